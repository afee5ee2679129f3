/**
 * The link of the audit chain: hash = SHA-256(prev_hash ‖ canonical JSON of the event without its hash).
 * The first event links to GENESIS_HASH.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { AuditEventsTable } from './schema.ts';

/** prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of an event row (everything but the hash; changed_fields as the parsed list). */
export function auditHashInput(row: Omit<AuditEventsTable, 'hash'>): string {
  return canonicalJson({
    seq: Number(row.seq),
    at: row.at,
    tenantId: row.tenant_id,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    officeCode: row.office_code,
    requestId: row.request_id,
    event: row.event,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    changedFields: JSON.parse(row.changed_fields) as unknown,
  });
}

/** The hash of an event row given its prev_hash. */
export function auditHash(row: Omit<AuditEventsTable, 'hash'>): string {
  return createHash('sha256').update(row.prev_hash).update(auditHashInput(row)).digest('hex');
}
