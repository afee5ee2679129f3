/**
 * Migration 0003 — when the scheduler first knew each task (`task_runs.known_since`): a task seen for the first
 * time runs at its next due time, not at once for a due time that passed before it existed, and catch-up after
 * downtime runs only due times from then on. The same rule the PostgreSQL job engine (graphile-worker) applies
 * to its crontab entries, so both databases agree.
 */
import type { Kysely } from 'kysely';

/** Applies migration 0003. */
export async function taskRunsUp(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('task_runs').addColumn('known_since', 'text').execute();
}

/** Reverts migration 0003. */
export async function taskRunsDown(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('task_runs').dropColumn('known_since').execute();
}
