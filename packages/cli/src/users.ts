/**
 * `zairyu users create|reset-password|list`: staff accounts, for the operator of the server (run on the server
 * with the same database settings). Generated passwords are printed once.
 */
import { Command } from 'commander';
import { asOperator, core, operatorContext, withMigratedDb } from './db-common.ts';

type Run = (fn: () => Promise<number>) => Promise<void>;

/** Builds `users`. */
export function usersCommand(run: Run): Command {
  const users = new Command('users').description(
    'staff accounts of a tenant (operator; prints passwords once)',
  );
  users.addCommand(
    new Command('create')
      .description('create a user with a generated password (printed once)')
      .requiredOption('--username <name>', 'login name, unique in the tenant')
      .requiredOption(
        '--role <role>',
        'authority: bureau-officer | municipal-officer | system-admin; employer: employer-admin | handler | auditor | lookup-only',
      )
      .option('--office <code>', 'bureau code (tokyo-bureau), 全国地方公共団体コード (131016) or site code')
      .option('--tenant <id>', 'tenant (default: the sandbox authority "default")', 'default')
      .option('--display-name <text>', 'name shown to people (default: the username)')
      .option('--db <file>', 'SQLite file (default ./data/zairyu.sqlite); DATABASE_URL selects PostgreSQL')
      .action(
        (o: {
          username: string;
          role: string;
          office?: string;
          tenant: string;
          displayName?: string;
          db?: string;
        }) =>
          run(() =>
            withMigratedDb(o.db, async (h) => {
              const c = await core();
              const ctx = await operatorContext(h, o.tenant);
              const password = c.randomPassword();
              const u = await asOperator(() =>
                c.createUser(ctx, {
                  username: o.username,
                  password,
                  role: o.role as never,
                  officeCode: o.office ?? null,
                  displayName: o.displayName ?? o.username,
                }),
              );
              process.stdout.write(
                `created ${u.role} ${u.username} in tenant ${o.tenant}${u.officeCode ? ` (office ${u.officeCode})` : ''}\n` +
                  `password (shown only now): ${password}\n` +
                  `log in: POST /auth/login {"username":"${u.username}","password":"…"${o.tenant === 'default' ? '' : `,"tenant":"${o.tenant}"`}}\n`,
              );
              return 0;
            }),
          ),
      )
      .exitOverride(),
  );
  users.addCommand(
    new Command('reset-password')
      .description("set a new generated password (printed once) and end the user's sessions")
      .requiredOption('--username <name>', 'login name')
      .option('--tenant <id>', 'tenant', 'default')
      .option('--db <file>', 'SQLite file')
      .action((o: { username: string; tenant: string; db?: string }) =>
        run(() =>
          withMigratedDb(o.db, async (h) => {
            const c = await core();
            const ctx = await operatorContext(h, o.tenant);
            const password = c.randomPassword();
            await asOperator(() => c.resetPassword(ctx, { username: o.username, password }));
            process.stdout.write(
              `new password for ${o.username} in tenant ${o.tenant} (shown only now): ${password}\n`,
            );
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  users.addCommand(
    new Command('list')
      .description('list the users of a tenant')
      .option('--tenant <id>', 'tenant', 'default')
      .option('--json', 'JSON Lines, one user per line')
      .option('--db <file>', 'SQLite file')
      .action((o: { tenant: string; json?: boolean; db?: string }) =>
        run(() =>
          withMigratedDb(o.db, async (h) => {
            const c = await core();
            const ctx = await operatorContext(h, o.tenant);
            let cursor: string | null = null;
            if (!o.json)
              process.stdout.write(
                `${'username'.padEnd(24)} ${'role'.padEnd(18)} ${'office'.padEnd(14)} disabled\n`,
              );
            do {
              const page: Awaited<ReturnType<typeof c.listUsers>> = await c.listUsers(ctx, {
                limit: 500,
                cursor,
              });
              for (const u of page.items)
                process.stdout.write(
                  o.json
                    ? `${JSON.stringify(u)}\n`
                    : `${u.username.padEnd(24)} ${u.role.padEnd(18)} ${(u.officeCode ?? '—').padEnd(14)} ${u.disabledAt ?? 'no'}\n`,
                );
              cursor = page.nextCursor;
            } while (cursor);
            return 0;
          }),
        ),
      )
      .exitOverride(),
  );
  return users.exitOverride();
}
