/**
 * One run of one task, under a lease the caller holds: the lease is renewed while the task works, a failure is
 * caught (recorded, logged, audited — it never stops the scheduler or the other tasks), and the finished run is
 * recorded in task_runs together with its audit event in one transaction.
 *
 * The audit event goes on the platform chain (PLATFORM_CHAIN), not a tenant's: a run belongs to no tenant — it
 * walks every tenant (expiry), every chain (checkpoints) or rows of all of them (session purge) — and what it
 * changes inside a tenant is audited on that tenant's own chain by the command it calls (cards.expire …), under
 * the same request id. Writing the run into every tenant's chain would show each tenant the others' schedule
 * and make one run's proof N events. The request id names the task and its due time (`task:NAME@DUE`), so the
 * platform chain proves which due times ran, and how often. Field names only, never values.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { type AuditEventInput, appendAuditEvents } from '../audit/append-audit-events.ts';
import type { Clock } from '../clock.ts';
import { PLATFORM_CHAIN } from '../tenants/tenant-kinds.ts';
import type { ScheduledTask } from './scheduled-task.ts';
import {
  acquireLease,
  DEFAULT_LEASE_MS,
  ensureTaskRuns,
  finishTaskRun,
  getTaskRun,
  renewLease,
} from './task-runs.ts';

/** Where the scheduler says what it did (the server's log; no personal values ever reach it). */
export type TaskLog = (level: 'info' | 'warn' | 'error', message: string) => void;

/** How a run came about. */
export type TaskTrigger = 'schedule' | 'hand';

/** What a run did. */
export interface TaskRunResult {
  name: string;
  trigger: TaskTrigger;
  /** The due time run (ISO), null for a run by hand. */
  dueAt: string | null;
  ok: boolean;
  /** The task's summary, or the failure's message. */
  summary: string;
  requestId: string;
}

/** What running a task needs besides the task. */
export interface RunTaskOptions {
  /** The app's clock, for the task's work and the audit event's time. */
  appClock: Clock;
  /** Real time, for leases and run times. */
  timeClock: Clock;
  /** Who holds the lease (process id). */
  owner: string;
  leaseMs?: number;
  log?: TaskLog;
}

/** The request id of a run: the task and its due time, or the instant of a run by hand. */
export function taskRequestId(name: string, dueAt: Date | null, now: Date): string {
  return dueAt ? `task:${name}@${dueAt.toISOString()}` : `task:${name}@hand-${now.toISOString()}`;
}

/** The first line of an error's message, shortened (database errors keep key values in `detail`, not here). */
function failureText(e: unknown): string {
  const msg = e instanceof Error ? e.message || e.name : String(e);
  const line = msg.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** Runs a task whose lease `o.owner` holds; records the run and frees the lease. Never throws for the task. */
export async function runLeasedTask(
  db: Kysely<Schema>,
  task: ScheduledTask,
  dueAt: Date | null,
  o: RunTaskOptions,
): Promise<TaskRunResult> {
  const leaseMs = o.leaseMs ?? DEFAULT_LEASE_MS;
  const requestId = taskRequestId(task.name, dueAt, o.timeClock.now());
  const heartbeat = setInterval(
    () => {
      renewLease(db, task.name, o.owner, o.timeClock.now(), leaseMs).then(
        (held) => {
          if (!held)
            o.log?.('warn', `task ${task.name}: lease lost while running (another process may run it)`);
        },
        () => {},
      );
    },
    Math.max(Math.floor(leaseMs / 3), 10),
  );
  heartbeat.unref();
  let ok: boolean;
  let summary: string;
  try {
    const outcome = await task.run({ db, clock: o.appClock, dueAt, requestId });
    ok = true;
    summary = outcome.summary;
  } catch (e) {
    ok = false;
    summary = failureText(e);
  } finally {
    clearInterval(heartbeat);
  }
  const event: AuditEventInput = {
    event: ok ? 'tasks.run' : 'tasks.fail',
    subjectType: 'task',
    subjectId: task.name,
    changedFields: dueAt ? ['lastDueAt', 'lastFinishedAt', 'lastResult'] : ['lastFinishedAt', 'lastResult'],
  };
  const scheduled = dueAt !== null;
  await db.transaction().execute(async (tx) => {
    await finishTaskRun(tx, {
      name: task.name,
      owner: o.owner,
      dueAt,
      finishedAt: o.timeClock.now(),
      result: `${ok ? 'ok' : 'failed'}: ${summary}`,
    });
    await appendAuditEvents(
      tx,
      {
        tenantId: PLATFORM_CHAIN,
        actorId: scheduled ? 'scheduler' : 'operator',
        actorRole: scheduled ? 'system' : 'operator',
        officeCode: null,
        requestId,
        at: o.appClock.now().toISOString(),
      },
      [event],
    );
  });
  const when = dueAt ? `due ${dueAt.toISOString()}` : 'by hand';
  if (ok) o.log?.('info', `task ${task.name} (${when}): ${summary}`);
  else o.log?.('error', `task ${task.name} (${when}) failed: ${summary}`);
  return {
    name: task.name,
    trigger: scheduled ? 'schedule' : 'hand',
    dueAt: dueAt?.toISOString() ?? null,
    ok,
    summary,
    requestId,
  };
}

/** A run by hand was refused; `code` is stable. */
export class TaskRunError extends Error {
  constructor(
    readonly code: 'unknown-task' | 'task-busy',
    message: string,
  ) {
    super(message);
    this.name = 'TaskRunError';
  }
}

/**
 * Runs one task now, by hand (`zairyu tasks run NAME`), under its lease so it never overlaps a scheduled run;
 * the due times stay as they are. Throws TaskRunError for an unknown name (listing the names) or a task that
 * is running elsewhere.
 */
export async function runTaskByHand(
  db: Kysely<Schema>,
  tasks: readonly ScheduledTask[],
  name: string,
  o: RunTaskOptions,
): Promise<TaskRunResult> {
  const task = tasks.find((t) => t.name === name);
  if (!task)
    throw new TaskRunError(
      'unknown-task',
      `no task named "${name}" (tasks: ${tasks
        .map((t) => t.name)
        .sort()
        .join(', ')})`,
    );
  await ensureTaskRuns(db, [name], o.timeClock.now());
  const now = o.timeClock.now();
  if (!(await acquireLease(db, { name, owner: o.owner, now, leaseMs: o.leaseMs })))
    throw new TaskRunError(
      'task-busy',
      `task ${name} is running in another process (lease until ${(await getTaskRun(db, name))?.lease_until ?? '?'}); try again when it is done`,
    );
  return runLeasedTask(db, task, null, o);
}
