/**
 * Appends audit events inside the caller's transaction, extending the tenant's own hash chain. Appends to one
 * chain are serialised so concurrent writers never fork it: SQLite has one writer at a time; on PostgreSQL the
 * transaction takes an advisory lock on the tenant's chain (released at commit) before it reads the last link,
 * so writers of different tenants do not wait for each other. (tenant_id, seq) is the primary key, so a fork
 * would fail rather than be stored.
 */
import { type Kysely, sql } from 'kysely';
import { auditHash, GENESIS_HASH } from '../../db/audit-hash.ts';
import { isPostgres } from '../../db/dialect-of.ts';
import type { AuditEventsTable, Schema } from '../../db/schema.ts';

/** First key of the advisory lock of an audit chain ("zairyu audit"); the second is hashtext(tenant id). */
export const AUDIT_LOCK_KEY = 735_123_401;

/** One event to append: what happened to which subject, and the names of the fields it changed. */
export interface AuditEventInput {
  /** `<namespace>.<verb>`, e.g. `cards.issue`. */
  event: string;
  subjectType: string;
  subjectId: string;
  /** Field names only — never values. */
  changedFields: string[];
}

/** Who did it, where, in which request, when; `tenantId` names the chain. */
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

/** Takes the tenant chain's lock for the rest of the transaction (PostgreSQL; SQLite has one writer). */
export async function lockAuditChain(tx: Kysely<Schema>, tenantId: string): Promise<void> {
  if (isPostgres(tx))
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY}, hashtext(${tenantId}))`.execute(tx);
}

/** Appends `events` in order to the tenant's chain; call it last in a transaction. */
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
  await lockAuditChain(tx, meta.tenantId);
  const last = await tx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', meta.tenantId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last ? Number(last.seq) : 0;
  let prev = last ? last.hash : GENESIS_HASH;
  const rows: AuditEventsTable[] = [];
  for (const e of events) {
    seq += 1;
    const row = {
      tenant_id: meta.tenantId,
      seq,
      at: meta.at,
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

/** Appends events in a transaction of their own (security events, reads). */
export async function recordAuditEvents(
  db: Kysely<Schema>,
  meta: AuditMeta,
  events: AuditEventInput[],
): Promise<void> {
  await db.transaction().execute((tx) => appendAuditEvents(tx, meta, events));
}
