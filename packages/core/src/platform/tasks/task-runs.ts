/**
 * The task_runs rows: one per task, with the lease a process holds while the task runs and the last due time
 * done. Every change is one conditional UPDATE, atomic on SQLite and PostgreSQL alike, so of two processes
 * racing for a lease exactly one row update succeeds. A lease expires (a crashed holder) and is renewed while
 * the task runs; times are real time (ISO instants compare as text).
 */
import type { Kysely } from 'kysely';
import type { Schema, TaskRunsTable } from '../../db/schema.ts';

/** How long a lease lasts unless renewed. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/** Creates the rows of tasks not seen before, known since `now`; existing rows stay as they are. */
export async function ensureTaskRuns(db: Kysely<Schema>, names: readonly string[], now: Date): Promise<void> {
  if (names.length === 0) return;
  await db
    .insertInto('task_runs')
    .values(
      names.map((name) => ({
        name,
        known_since: now.toISOString(),
        last_due_at: null,
        last_started_at: null,
        last_finished_at: null,
        last_result: null,
        lease_owner: null,
        lease_until: null,
      })),
    )
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** A lease to take. */
export interface LeaseRequest {
  name: string;
  owner: string;
  now: Date;
  leaseMs?: number;
  /**
   * The due time to run: the lease is taken only while it is not done yet (last_due_at before it). Absent for a
   * run by hand, which takes the lease whatever the due times.
   */
  dueAt?: Date;
  /** Also require the task to have been known at the due time (the lease scheduler's catch-up rule). */
  knownBeforeDue?: boolean;
}

/** Takes the task's lease when it is free or expired (and the due time is still to do); true when taken. */
export async function acquireLease(db: Kysely<Schema>, r: LeaseRequest): Promise<boolean> {
  const now = r.now.toISOString();
  let q = db
    .updateTable('task_runs')
    .set({
      lease_owner: r.owner,
      lease_until: new Date(r.now.getTime() + (r.leaseMs ?? DEFAULT_LEASE_MS)).toISOString(),
      last_started_at: now,
    })
    .where('name', '=', r.name)
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_until', '<=', now)]));
  if (r.dueAt) {
    const due = r.dueAt.toISOString();
    q = q.where((eb) => eb.or([eb('last_due_at', 'is', null), eb('last_due_at', '<', due)]));
    if (r.knownBeforeDue)
      q = q.where((eb) => eb.or([eb('known_since', 'is', null), eb('known_since', '<=', due)]));
  }
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Extends a lease the owner still holds; false when it was lost (expired and taken by another process). */
export async function renewLease(
  db: Kysely<Schema>,
  name: string,
  owner: string,
  now: Date,
  leaseMs = DEFAULT_LEASE_MS,
): Promise<boolean> {
  const res = await db
    .updateTable('task_runs')
    .set({ lease_until: new Date(now.getTime() + leaseMs).toISOString() })
    .where('name', '=', name)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** What a finished run records. */
export interface FinishedRun {
  name: string;
  owner: string;
  /** The due time done (null for a run by hand: it does not stand for a due time). */
  dueAt: Date | null;
  finishedAt: Date;
  /** `ok: …` or `failed: …`. */
  result: string;
}

/** Records a finished run and frees the lease (only the owner's); inside the caller's transaction. */
export async function finishTaskRun(tx: Kysely<Schema>, f: FinishedRun): Promise<void> {
  await tx
    .updateTable('task_runs')
    .set({
      ...(f.dueAt ? { last_due_at: f.dueAt.toISOString() } : {}),
      last_finished_at: f.finishedAt.toISOString(),
      last_result: f.result,
      lease_owner: null,
      lease_until: null,
    })
    .where('name', '=', f.name)
    .where('lease_owner', '=', f.owner)
    .execute();
}

/** Frees a lease without recording a run (the run could not start). */
export async function releaseLease(db: Kysely<Schema>, name: string, owner: string): Promise<void> {
  await db
    .updateTable('task_runs')
    .set({ lease_owner: null, lease_until: null })
    .where('name', '=', name)
    .where('lease_owner', '=', owner)
    .execute();
}

/** One task's row, or undefined before any scheduler knew it. */
export async function getTaskRun(db: Kysely<Schema>, name: string): Promise<TaskRunsTable | undefined> {
  return db.selectFrom('task_runs').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Every task's row, by name. */
export async function listTaskRuns(db: Kysely<Schema>): Promise<TaskRunsTable[]> {
  return db.selectFrom('task_runs').selectAll().orderBy('name').execute();
}
