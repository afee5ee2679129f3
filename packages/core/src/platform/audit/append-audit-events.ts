/**
 * Appends audit events inside the caller's transaction, extending the hash chain. Appends are serialised so
 * concurrent writers never fork the chain: SQLite has one writer at a time; on PostgreSQL the transaction
 * takes an advisory lock (released at commit) before it reads the last link. `seq` is the primary key, so a
 * fork would fail rather than be stored.
 */
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/dialect-of.ts';
import type { AuditEventsTable, Schema } from '../../db/schema.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';

/** Advisory lock key of the audit chain ("zairyu audit"). */
export const AUDIT_LOCK_KEY = 7_351_234_017;

/** One event to append: what happened to which subject, and the names of the fields it changed. */
export interface AuditEventInput {
  /** `<namespace>.<verb>`, e.g. `cards.issue`. */
  event: string;
  subjectType: string;
  subjectId: string;
  /** Field names only — never values. */
  changedFields: string[];
}

/** Who did it, where, in which request, when. */
export interface AuditMeta {
  tenantId: string;
  actorId: string;
  actorRole: string;
  officeCode: string | null;
  requestId: string;
  at: string;
}

const EVENT_NAME = /^[a-z][a-z-]*\.[a-z][a-z-]*$/;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9.]*$/;

/** Appends `events` in order; call it last in a transaction. */
export async function appendAuditEvents(
  tx: Kysely<Schema>,
  meta: AuditMeta,
  events: AuditEventInput[],
): Promise<void> {
  if (events.length === 0) return;
  for (const e of events) {
    if (!EVENT_NAME.test(e.event)) throw new Error(`audit event name must be <namespace>.<verb>: ${e.event}`);
    for (const f of e.changedFields)
      if (!FIELD_NAME.test(f)) throw new Error(`audit changed field must be a field name: ${f}`);
  }
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(tx);
  const last = await tx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prev = last ? last.hash : GENESIS_HASH;
  const rows: AuditEventsTable[] = [];
  for (const e of events) {
    seq += 1;
    const row = {
      seq,
      at: meta.at,
      tenant_id: meta.tenantId,
      actor_id: meta.actorId,
      actor_role: meta.actorRole,
      office_code: meta.officeCode,
      request_id: meta.requestId,
      event: e.event,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      changed_fields: JSON.stringify([...e.changedFields]),
      prev_hash: prev,
    };
    const hash = auditHash(row);
    rows.push({ ...row, hash });
    prev = hash;
  }
  await tx.insertInto('audit_events').values(rows).execute();
}
