/**
 * `zairyu serve`: the sandbox issuing authority's HTTP API (what `npm start` runs).
 */
import { Command } from 'commander';
import { CliError, caDir } from './card-common.ts';
import { parseTaskSchedules } from './tasks.ts';

/** Builds `serve`; resolves only when the server stops. */
export function serveCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  return new Command('serve')
    .description('run the sandbox issuing authority (HTTP API, docs at /docs)')
    .option('--port <n>', 'port', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option(
      '--db <file>',
      'SQLite file (default ./data/zairyu.sqlite); DATABASE_URL=postgres://… selects PostgreSQL',
    )
    .option('--ca-dir <dir>', 'sandbox CA directory (created on first start)')
    .option('--no-demo', 'do not seed the demo data on first start')
    .option(
      '--date <YYYY-MM-DD>',
      'run the sandbox as if today were this day (from 09:00 JST; counters keep office days)',
    )
    .option(
      '--rate-limit <n>',
      'requests per minute per client address',
      process.env.ZAIRYU_RATE_LIMIT ?? '600',
    )
    .option('--no-tasks', 'do not run the scheduled tasks (expiry, session purge, audit checkpoints)')
    .option(
      '--task-schedule <name=schedule>',
      'replace a task\'s schedule, e.g. cards.expire="daily 00:05" or audit.checkpoint="every 15m" (repeatable)',
      (v: string, all: string[] | undefined) => [...(all ?? []), v],
    )
    .option(
      '--trust-proxy [list]',
      'behind a TLS proxy: trust its X-Forwarded-* (session cookies become Secure); optionally the proxy addresses',
      process.env.ZAIRYU_TRUST_PROXY,
    )
    .option(
      '--audit-key <file>',
      'Ed25519 key that signs audit checkpoints (created on first start)',
      process.env.ZAIRYU_AUDIT_KEY,
    )
    .addHelpText(
      'after',
      `
Environment:
  PORT, HOST            defaults of --port (3000) and --host (127.0.0.1)
  DATABASE_URL          postgres://… selects PostgreSQL (several servers may share it); else SQLite (--db)
  LOG_LEVEL             pino level: info (default: requests and security events), warn, error, debug
  ZAIRYU_RATE_LIMIT     default of --rate-limit
  ZAIRYU_CA_DIR         default of --ca-dir (./data/sandbox-ca)
  ZAIRYU_AUDIT_KEY      default of --audit-key (./data/audit-signing-key.pem)
  ZAIRYU_TRUST_PROXY    default of --trust-proxy

Without demo data (--no-demo) on an empty database, create the first administrator with
  npx zairyu users create --username admin --role system-admin
`,
    )
    .action(
      (opts: {
        port: string;
        host: string;
        db?: string;
        caDir?: string;
        demo: boolean;
        rateLimit: string;
        date?: string;
        trustProxy?: string | boolean;
        auditKey?: string;
        tasks: boolean;
        taskSchedule?: string[];
      }) =>
        run(async () => {
          const port = Number(opts.port);
          if (!Number.isInteger(port) || port < 0 || port > 65535)
            throw new CliError(`--port: not a port number: ${opts.port}`);
          const rateLimit = Number(opts.rateLimit);
          if (!Number.isInteger(rateLimit) || rateLimit < 1)
            throw new CliError(`--rate-limit: not a positive whole number: ${opts.rateLimit}`);
          let clock: { now(): Date } | undefined;
          if (opts.date) {
            const start = Date.parse(`${opts.date}T09:00:00+09:00`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date) || Number.isNaN(start))
              throw new CliError(`--date: expected YYYY-MM-DD, got "${opts.date}"`);
            const began = Date.now();
            clock = { now: () => new Date(start + (Date.now() - began)) };
          }
          const say = (line: string) => process.stdout.write(`${line}\n`);
          const { startServer } = await import('@zairyu/server'); // loaded only when serving
          const taskSchedules = await parseTaskSchedules(opts.taskSchedule ?? []);
          const server = await startServer({
            port,
            host: opts.host,
            databaseUrl: process.env.DATABASE_URL,
            sqliteFile: opts.db,
            caDir: caDir(opts.caDir),
            demo: opts.demo,
            rateLimit,
            clock,
            tasks: opts.tasks,
            taskSchedules,
            logLevel: process.env.LOG_LEVEL ?? 'info',
            trustProxy:
              opts.trustProxy === undefined || opts.trustProxy === 'false'
                ? false
                : opts.trustProxy === true || opts.trustProxy === 'true'
                  ? true
                  : opts.trustProxy,
            auditKeyFile: opts.auditKey,
            say,
          });
          await new Promise<void>((resolve) => {
            const stop = () => {
              say('stopping…');
              server.stop().then(resolve, resolve);
            };
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
          return 0;
        }),
    );
}
