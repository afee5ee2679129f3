/**
 * A scheduled task as data — a name, a schedule and a run function — so the scheduler knows nothing of what
 * tasks do: each bounded context contributes its tasks (the authority its expiry run, the platform its session
 * purge and audit checkpoints, the employer later its retention, disposal and alerts) and the composition root
 * hands the list to the scheduler. A task must be idempotent: a crash can make a due time run again.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import { type Schedule, ScheduleError } from './schedule.ts';

/** What a task's run gets. */
export interface TaskContext {
  db: Kysely<Schema>;
  /** The app's clock (the sandbox may run with --date): the clock of the task's work, not of its due time. */
  clock: Clock;
  /** The due time being run (real time), or null for a run by hand. */
  dueAt: Date | null;
  /** The request id of this run; the commands the task calls put it on their audit events. */
  requestId: string;
}

/** What a run did, in one line of counts (never personal values: it is logged and shown by `tasks list`). */
export interface TaskOutcome {
  summary: string;
}

/** A task the scheduler runs. */
export interface ScheduledTask {
  /** `<namespace>.<verb>`, e.g. `cards.expire`; the key of its task_runs row and its job. */
  name: string;
  /** One line for `zairyu tasks list`. */
  description: string;
  schedule: Schedule;
  run(ctx: TaskContext): Promise<TaskOutcome>;
}

/** Shape of a task name. */
export const TASK_NAME = /^[a-z][a-z-]*\.[a-z][a-z-]*$/;

/** Throws on a task list the scheduler cannot keep apart (a bad or repeated name). */
export function checkTaskList(tasks: readonly ScheduledTask[]): void {
  const seen = new Set<string>();
  for (const t of tasks) {
    if (!TASK_NAME.test(t.name)) throw new Error(`task name must be <namespace>.<verb>: ${t.name}`);
    if (seen.has(t.name)) throw new Error(`task ${t.name} is listed twice`);
    seen.add(t.name);
  }
}

/** The list with some schedules replaced (operators, and tests that cannot wait an hour); unknown names throw. */
export function withSchedules(
  tasks: readonly ScheduledTask[],
  overrides: Readonly<Record<string, Schedule>>,
): ScheduledTask[] {
  const names = new Set(tasks.map((t) => t.name));
  for (const name of Object.keys(overrides))
    if (!names.has(name))
      throw new ScheduleError(`no task named ${name} (tasks: ${[...names].sort().join(', ')})`);
  return tasks.map((t) => {
    const schedule = overrides[t.name];
    return schedule ? { ...t, schedule } : t;
  });
}
