/**
 * `zairyu db migrate|status` and `zairyu audit verify`: operations on the back office's database.
 */
import type { openDatabase } from '@zairyu/core';
import { Command } from 'commander';
import { CARD_EXIT } from './card-common.ts';

const core = () => import('@zairyu/core'); // loaded only for database commands

async function withDb<T>(
  file: string | undefined,
  fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const handle = await (await core()).openDatabase({ url: process.env.DATABASE_URL, sqliteFile: file });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Builds `db`. */
export function dbCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  const db = new Command('db').description(
    'the database (SQLite ./data/zairyu.sqlite, or PostgreSQL with DATABASE_URL)',
  );
  db.addCommand(
    new Command('migrate')
      .description('apply pending migrations')
      .option('--db <file>', 'SQLite file')
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db: k, dialect }) => {
            const applied = await (await core()).migrate(k);
            process.stdout.write(
              applied.length ? `${dialect}: applied ${applied.join(', ')}\n` : `${dialect}: up to date\n`,
            );
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  db.addCommand(
    new Command('status')
      .description('list migrations and whether they are applied')
      .option('--db <file>', 'SQLite file')
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db: k, dialect }) => {
            const status = await (await core()).migrationStatus(k);
            process.stdout.write(`${dialect}\n`);
            for (const m of status)
              process.stdout.write(
                `  ${m.appliedAt ? 'applied' : 'pending'}  ${m.name}${m.appliedAt ? `  ${m.appliedAt}` : ''}\n`,
              );
            return status.some((m) => !m.appliedAt) ? 1 : 0;
          }),
        ),
      )
      .exitOverride(),
  );
  return db.exitOverride();
}

/** Builds `audit`. */
export function auditCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  const audit = new Command('audit').description('the hash-chained audit log');
  audit.addCommand(
    new Command('verify')
      .description('check the hash chain; report the first broken link')
      .option('--db <file>', 'SQLite file')
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db: k }) => {
            const r = await (await core()).verifyAuditChain(k, (await core()).DEFAULT_TENANT);
            if (r.ok) {
              process.stdout.write(`audit chain OK: ${r.checked} events\n`);
              return 0;
            }
            process.stdout.write(
              `audit chain BROKEN at event #${r.firstBroken?.seq}: ${r.firstBroken?.reason} (checked ${r.checked})\n`,
            );
            return CARD_EXIT.verificationFailed;
          }),
        ),
      )
      .exitOverride(),
  );
  return audit.exitOverride();
}
