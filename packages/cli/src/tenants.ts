/**
 * `zairyu tenants create|list`: the authorities and employers the server hosts (operator).
 */
import { Command } from 'commander';
import { asOperator, core, withMigratedDb } from './db-common.ts';

type Run = (fn: () => Promise<number>) => Promise<void>;

/** Builds `tenants`. */
export function tenantsCommand(run: Run): Command {
  const tenants = new Command('tenants').description('authorities and employers on this server (operator)');
  tenants.addCommand(
    new Command('create')
      .description(
        'create a tenant; then `zairyu users create --tenant ID --role …` makes its first administrator',
      )
      .requiredOption('--id <id>', 'tenant id: 2–40 characters a–z, 0–9 and -')
      .requiredOption('--kind <kind>', 'authority | employer')
      .requiredOption('--name <text>', 'name shown to people')
      .option('--db <file>', 'SQLite file (default ./data/zairyu.sqlite); DATABASE_URL selects PostgreSQL')
      .action((o: { id: string; kind: string; name: string; db?: string }) =>
        run(() =>
          withMigratedDb(o.db, async (h) => {
            const c = await core();
            const t = await asOperator(() =>
              c.createTenant(h.db, c.systemClock, { id: o.id, kind: o.kind as never, name: o.name }),
            );
            const admin = c.ADMIN_ROLE[t.kind];
            process.stdout.write(
              `created ${t.kind} tenant ${t.id} (${t.name})\nnext: npx zairyu users create --tenant ${t.id} --username admin --role ${admin}\n`,
            );
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  tenants.addCommand(
    new Command('list')
      .description('list the tenants')
      .option('--json', 'JSON Lines, one tenant per line')
      .option('--db <file>', 'SQLite file')
      .action((o: { json?: boolean; db?: string }) =>
        run(() =>
          withMigratedDb(o.db, async (h) => {
            const list = await (await core()).listTenants(h.db);
            if (!o.json) process.stdout.write(`${'id'.padEnd(24)} ${'kind'.padEnd(10)} name\n`);
            for (const t of list)
              process.stdout.write(
                o.json ? `${JSON.stringify(t)}\n` : `${t.id.padEnd(24)} ${t.kind.padEnd(10)} ${t.name}\n`,
              );
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  return tenants.exitOverride();
}
