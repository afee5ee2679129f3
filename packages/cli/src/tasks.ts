/**
 * `zairyu tasks list` and `zairyu tasks run NAME`: the scheduled tasks `zairyu serve` runs — each with its
 * schedule and last run — and one run by hand, now, under the task's lease (never alongside a scheduled run).
 */
import type { openDatabase, Schedule } from '@zairyu/core';
import { Command } from 'commander';
import { CliError } from './card-common.ts';
import { EXIT } from './io.ts';

const core = () => import('@zairyu/core'); // loaded only for these commands
const server = () => import('@zairyu/server'); // the server's task list

const noKey = () => {
  throw new Error('listing tasks needs no key');
};

/** Reads `--task-schedule NAME=SCHEDULE` values; a bad schedule or an unknown task name is a CliError. */
export async function parseTaskSchedules(values: readonly string[]): Promise<Record<string, Schedule>> {
  if (values.length === 0) return {};
  const { parseSchedule, ScheduleError } = await core();
  const names = (await server()).serverTasks({ auditKey: noKey }).map((t) => t.name);
  const out: Record<string, Schedule> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const name = eq > 0 ? v.slice(0, eq).trim() : '';
    if (!names.includes(name))
      throw new CliError(
        `--task-schedule: expected NAME=SCHEDULE with NAME one of ${names.join(', ')}, got "${v}"`,
      );
    try {
      out[name] = parseSchedule(v.slice(eq + 1));
    } catch (e) {
      if (e instanceof ScheduleError) throw new CliError(`--task-schedule ${name}: ${e.message}`);
      throw e;
    }
  }
  return out;
}

async function withDb<T>(
  file: string | undefined,
  fn: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const c = await core();
  const handle = await c.openDatabase({ url: process.env.DATABASE_URL, sqliteFile: file });
  try {
    if ((await c.migrationStatus(handle.db)).some((m) => m.appliedAt === null))
      throw new CliError('the database has pending migrations: run `zairyu db migrate` first');
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** The sandbox clock of `--date` (as `zairyu serve --date`): that day from 09:00 JST, running. */
function dateClock(date: string | undefined) {
  if (date === undefined) return undefined;
  const start = Date.parse(`${date}T09:00:00+09:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(start))
    throw new CliError(`--date: expected YYYY-MM-DD, got "${date}"`);
  const began = Date.now();
  return { now: () => new Date(start + (Date.now() - began)) };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Builds `tasks`. */
export function tasksCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  const tasks = new Command('tasks').description(
    'the scheduled tasks `zairyu serve` runs (expiry, session purge, audit checkpoints)',
  );
  tasks.addCommand(
    new Command('list')
      .description('each task, its schedule, its last run and its next due time')
      .option(
        '--db <file>',
        'SQLite file (default ./data/zairyu.sqlite); DATABASE_URL=postgres://… for PostgreSQL',
      )
      .action((opts: { db?: string }) =>
        run(() =>
          withDb(opts.db, async ({ db }) => {
            const c = await core();
            const list = (await server()).serverTasks({ auditKey: noKey });
            const rows = new Map((await c.listTaskRuns(db)).map((r) => [r.name, r]));
            const now = new Date();
            const lines = [
              ['TASK', 'SCHEDULE', 'LAST DUE TIME DONE', 'LAST FINISHED', 'NEXT DUE', 'LAST RESULT'],
            ];
            for (const t of list) {
              const r = rows.get(t.name);
              const running = r?.lease_owner && r.lease_until && r.lease_until > now.toISOString();
              lines.push([
                t.name,
                c.formatSchedule(t.schedule),
                r?.last_due_at ?? '-',
                r?.last_finished_at ?? '-',
                c.nextDueAt(t.schedule, now).toISOString(),
                running ? `running (lease until ${r.lease_until})` : (r?.last_result ?? 'never run'),
              ]);
            }
            process.stdout.write(`${table(lines)}\n`);
            for (const t of list) process.stdout.write(`  ${t.name}: ${t.description}\n`);
            return EXIT.ok;
          }),
        ),
      )
      .exitOverride(),
  );
  tasks.addCommand(
    new Command('run')
      .description('run one task now, by hand (its due times stay as they are)')
      .argument('<name>', 'the task, e.g. cards.expire (see `zairyu tasks list`)')
      .option(
        '--db <file>',
        'SQLite file (default ./data/zairyu.sqlite); DATABASE_URL=postgres://… for PostgreSQL',
      )
      .option(
        '--audit-key <file>',
        'Ed25519 key that signs audit checkpoints (audit.checkpoint; created when missing)',
        process.env.ZAIRYU_AUDIT_KEY || './data/audit-signing-key.pem',
      )
      .option('--date <YYYY-MM-DD>', 'run as the sandbox would on that day (as `zairyu serve --date`)')
      .action((name: string, opts: { db?: string; auditKey: string; date?: string }) =>
        run(async () => {
          const appClock = dateClock(opts.date);
          const c = await core();
          const list = (await server()).serverTasks({
            auditKey: () => c.loadOrCreateAuditKey(opts.auditKey).key,
          });
          if (!list.some((t) => t.name === name))
            throw new CliError(
              `no task named "${name}"; tasks: ${list
                .map((t) => t.name)
                .sort()
                .join(', ')}`,
            );
          return withDb(opts.db, async ({ db }) => {
            let r: Awaited<ReturnType<typeof c.runTaskByHand>>;
            try {
              r = await c.runTaskByHand(db, list, name, {
                appClock: appClock ?? c.systemClock,
                timeClock: c.systemClock,
                owner: `cli:${c.schedulerOwner()}`,
              });
            } catch (e) {
              if (e instanceof c.TaskRunError) throw new CliError(e.message, EXIT.internal);
              throw e;
            }
            if (!r.ok) {
              process.stderr.write(`zairyu: task ${name} failed: ${r.summary}\n`);
              return EXIT.internal;
            }
            process.stdout.write(`${name}: ${r.summary}\n`);
            return EXIT.ok;
          });
        }),
      )
      .exitOverride(),
  );
  return tasks.exitOverride();
}
