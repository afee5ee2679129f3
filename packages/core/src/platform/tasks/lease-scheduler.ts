/**
 * The embedded scheduler (SQLite): a loop in the server process that wakes at each task's next due time (and at
 * least every `pollMs`, to take over the lease of a crashed process), and for each task tries to take its lease
 * for the latest due time at or before now. The lease UPDATE succeeds only while the lease is free or expired,
 * the due time is after last_due_at and the task was known by then — so of several processes on one database
 * exactly one runs each due time, and after downtime the missed due times collapse into the latest one: run
 * once at start, not once per missed slot. A crash mid-run leaves last_due_at behind; once the lease expires the
 * due time runs again (tasks are idempotent).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { type Clock, systemClock } from '../clock.ts';
import { type RunTaskOptions, runLeasedTask, type TaskLog, type TaskRunResult } from './run-task.ts';
import { latestDueAt, nextDueAt } from './schedule.ts';
import { checkTaskList, type ScheduledTask } from './scheduled-task.ts';
import { acquireLease, DEFAULT_LEASE_MS, ensureTaskRuns } from './task-runs.ts';

/** What a scheduler needs. */
export interface SchedulerOptions {
  db: Kysely<Schema>;
  tasks: readonly ScheduledTask[];
  /** The app's clock (the sandbox's `--date`), for the tasks' work. */
  clock: Clock;
  /** Real time, for due times and leases (default: the system clock). */
  timeClock?: Clock;
  /** This process's name on leases (default: host, pid and a random suffix). */
  owner: string;
  leaseMs?: number;
  /** Longest sleep between two looks at the leases (default 30 s). */
  pollMs?: number;
  log?: TaskLog;
}

/** A running scheduler. */
export interface Scheduler {
  /** What decides the due times: the lease loop, or the PostgreSQL job engine. */
  engine: 'lease' | 'graphile-worker';
  /** Stops scheduling and waits for the runs in progress to finish. */
  stop(): Promise<void>;
}

/** The lease scheduler; `tick()` is one look at every task (what the loop does at each wake-up). */
export interface LeaseScheduler extends Scheduler {
  engine: 'lease';
  /** Starts every due run it can lease now and waits for them. */
  tick(): Promise<TaskRunResult[]>;
  /** Starts the loop. */
  start(): void;
}

/** Creates the lease scheduler (not started). */
export function leaseScheduler(o: SchedulerOptions): LeaseScheduler {
  checkTaskList(o.tasks);
  const time = o.timeClock ?? systemClock;
  const leaseMs = o.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = o.pollMs ?? 30_000;
  const runOptions: RunTaskOptions = {
    appClock: o.clock,
    timeClock: time,
    owner: o.owner,
    leaseMs,
    log: o.log,
  };
  const running = new Map<string, Promise<TaskRunResult>>();
  let known = false;
  let active = false;
  let timer: NodeJS.Timeout | null = null;
  let looking: Promise<unknown> = Promise.resolve();

  /** Takes the lease of every task due now and starts its run; returns the runs started. */
  async function claim(): Promise<Promise<TaskRunResult>[]> {
    const now = time.now();
    if (!known) {
      await ensureTaskRuns(
        o.db,
        o.tasks.map((t) => t.name),
        now,
      );
      known = true;
    }
    const started: Promise<TaskRunResult>[] = [];
    for (const task of o.tasks) {
      if (running.has(task.name)) continue;
      const dueAt = latestDueAt(task.schedule, now);
      const leased = await acquireLease(o.db, {
        name: task.name,
        owner: o.owner,
        now,
        leaseMs,
        dueAt,
        knownBeforeDue: true,
      });
      if (!leased) continue;
      const run = runLeasedTask(o.db, task, dueAt, runOptions).finally(() => running.delete(task.name));
      running.set(task.name, run);
      started.push(run);
    }
    return started;
  }

  function wakeIn(): number {
    const now = time.now().getTime();
    const next = Math.min(...o.tasks.map((t) => nextDueAt(t.schedule, new Date(now)).getTime()));
    return Math.max(10, Math.min(pollMs, next - now + 5));
  }

  function loop(): void {
    if (!active) return;
    looking = claim().then(
      (runs) => {
        for (const r of runs) r.catch((e) => o.log?.('error', `scheduler: ${(e as Error).message}`));
      },
      (e) => o.log?.('error', `scheduler: ${e instanceof Error ? e.message : String(e)}`),
    );
    looking.then(() => {
      if (active) timer = setTimeout(loop, wakeIn());
    });
  }

  return {
    engine: 'lease',
    async tick() {
      return Promise.all(await claim());
    },
    start() {
      if (active) return;
      active = true;
      loop();
    },
    async stop() {
      active = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await looking;
      await Promise.allSettled([...running.values()]);
    },
  };
}
