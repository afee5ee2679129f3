/**
 * The scheduler on PostgreSQL: graphile-worker 0.16 (a job queue in PostgreSQL) runs the tasks from its crontab.
 * Every server process runs a graphile-worker runner with the same crontab; at each due minute each runner
 * tries to schedule the job, and the engine's one statement — advance `_private_known_crontabs.last_execution`
 * only if it is older than this due time, and add the job only for the row it advanced — lets exactly one of
 * them add it; the job is then taken by exactly one worker (`FOR UPDATE SKIP LOCKED`). At start the engine
 * backfills due times missed while no runner ran; the backfill window is one period of the task's schedule,
 * which holds exactly one due time — so after any downtime a task runs once at start, not once per missed slot
 * (tasks are idempotent; the latest run covers the missed ones). A task first seen is not backfilled.
 *
 * The job handler still takes the task's lease in task_runs (for that due time only), so a scheduled run never
 * overlaps a run by hand or a previous run that is still going, and task_runs records what ran. A task failure
 * is recorded and audited, and the job completes (the next due time is the retry); a job that could not start
 * (the server stopping while it waited for the lease, a database error) fails and the engine retries it.
 *
 * The engine's tables live in their own schema derived from the connection's current schema
 * (`graphile_worker` for `public`, `<schema>_graphile_worker` otherwise), so installations and parallel test
 * schemas in one database do not share a queue. Its migrations run under an advisory lock, since two servers
 * starting together would otherwise race to create that schema.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import pg from 'pg';
import type { Schema } from '../../db/schema.ts';
import { systemClock } from '../clock.ts';
import type { Scheduler, SchedulerOptions } from './lease-scheduler.ts';
import { type RunTaskOptions, runLeasedTask } from './run-task.ts';
import { dueAtMinuteOfDay, japanMinuteOfDay, periodMinutes } from './schedule.ts';
import { checkTaskList, type ScheduledTask } from './scheduled-task.ts';
import { acquireLease, DEFAULT_LEASE_MS, ensureTaskRuns, getTaskRun } from './task-runs.ts';

/** First key of the advisory lock around the engine's migrations ("zairyu tasks"). */
export const TASK_ENGINE_LOCK_KEY = 735_123_402;

/** Options of the PostgreSQL scheduler: the connection URL too (the engine opens its own small pool). */
export interface EngineSchedulerOptions extends SchedulerOptions {
  databaseUrl: string;
  /** How often an idle worker looks for jobs besides LISTEN/NOTIFY (default 2 s). */
  pollIntervalMs?: number;
}

/** The engine's schema for a current schema. */
export function taskEngineSchemaFor(currentSchema: string): string {
  return currentSchema === 'public' ? 'graphile_worker' : `${currentSchema}_graphile_worker`;
}

/** The engine's schema for the database's connection. */
export async function taskEngineSchema(db: Kysely<Schema>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return taskEngineSchemaFor(rows[0]?.schema ?? 'public');
}

/** The engine's job identifier of a task. */
export function taskJobIdentifier(name: string): string {
  return `zairyu.${name}`;
}

type GraphileWorker = typeof import('graphile-worker');

async function engine(): Promise<GraphileWorker> {
  return import('graphile-worker'); // loaded only on PostgreSQL
}

function engineLogger(gw: GraphileWorker, o: Pick<SchedulerOptions, 'log'>) {
  return new gw.Logger(() => (level, message) => {
    if (level === 'error') o.log?.('error', `job engine: ${message}`);
    else if (level === 'warning') o.log?.('warn', `job engine: ${message}`);
  });
}

/** Creates or migrates the engine's schema, one process at a time. */
export async function installTaskEngine(
  databaseUrl: string,
  schema: string,
  o: Pick<SchedulerOptions, 'log'> = {},
): Promise<void> {
  const gw = await engine();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1, hashtext($2))', [TASK_ENGINE_LOCK_KEY, schema]);
    await gw.runMigrations({ connectionString: databaseUrl, schema, logger: engineLogger(gw, o) });
  } finally {
    await client.query('select pg_advisory_unlock($1, hashtext($2))', [TASK_ENGINE_LOCK_KEY, schema]);
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the PostgreSQL scheduler: the engine's runner with one crontab entry per task. */
export async function engineScheduler(o: EngineSchedulerOptions): Promise<Scheduler> {
  checkTaskList(o.tasks);
  const gw = await engine();
  const time = o.timeClock ?? systemClock;
  const leaseMs = o.leaseMs ?? DEFAULT_LEASE_MS;
  const schema = await taskEngineSchema(o.db);
  await installTaskEngine(o.databaseUrl, schema, o);
  await ensureTaskRuns(
    o.db,
    o.tasks.map((t) => t.name),
    time.now(),
  );
  const runOptions: RunTaskOptions = {
    appClock: o.clock,
    timeClock: time,
    owner: o.owner,
    leaseMs,
    log: o.log,
  };
  let stopping = false;

  const handler =
    (task: ScheduledTask) =>
    async (payload: unknown, helpers: { abortSignal?: AbortSignal }): Promise<void> => {
      const ts = (payload as { _cron?: { ts?: unknown } } | null)?._cron?.ts;
      const dueAt = new Date(typeof ts === 'string' ? ts : Number.NaN);
      if (Number.isNaN(dueAt.getTime())) throw new Error(`job of ${task.name} without a due time`);
      for (;;) {
        if (await acquireLease(o.db, { name: task.name, owner: o.owner, now: time.now(), leaseMs, dueAt }))
          break;
        const row = await getTaskRun(o.db, task.name);
        if (row?.last_due_at && row.last_due_at >= dueAt.toISOString()) return; // done already
        if (stopping || helpers.abortSignal?.aborted)
          throw new Error(
            `task ${task.name}: the server stopped before the run could start; the engine retries it`,
          );
        await sleep(500); // a run by hand, or the previous run, still holds the lease
      }
      await runLeasedTask(o.db, task, dueAt, runOptions);
    };

  const taskList = Object.fromEntries(o.tasks.map((t) => [taskJobIdentifier(t.name), handler(t)]));
  const parsedCronItems = gw.parseCronItems(
    o.tasks.map((t) => ({
      task: taskJobIdentifier(t.name),
      identifier: taskJobIdentifier(t.name),
      match: (d: { hour: number; min: number }) =>
        dueAtMinuteOfDay(t.schedule, japanMinuteOfDay(d.hour, d.min)),
      options: { backfillPeriod: periodMinutes(t.schedule) * 60_000, maxAttempts: 5 },
    })),
  );
  const runner = await gw.run({
    connectionString: o.databaseUrl,
    schema,
    concurrency: Math.max(1, o.tasks.length),
    maxPoolSize: Math.max(2, o.tasks.length + 1),
    pollInterval: o.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    logger: engineLogger(gw, o),
    taskList,
    parsedCronItems,
  });
  return {
    engine: 'graphile-worker',
    async stop() {
      stopping = true;
      await runner.stop();
    },
  };
}
