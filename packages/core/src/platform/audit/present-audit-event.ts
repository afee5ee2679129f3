/**
 * The audit event as listed: who, what, which subject, which field names — and its chain link.
 */
import type { Selectable } from 'kysely';
import type { AuditEventsTable } from '../../db/schema.ts';

/** An audit event. */
export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  officeCode: string | null;
  requestId: string;
  event: string;
  subjectType: string;
  subjectId: string;
  changedFields: string[];
  prevHash: string;
  hash: string;
}

/** Presents an audit row. */
export function presentAuditEvent(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    officeCode: row.office_code,
    requestId: row.request_id,
    event: row.event,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    changedFields: JSON.parse(row.changed_fields) as string[],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
