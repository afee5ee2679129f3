/**
 * The audit event as listed: who, what, which subject, which field names — and its chain link.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { AuditEventsTable } from '../../db/schema.ts';

/** An audit event as presented. */
export const AuditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string(),
  actorRole: z.string(),
  officeCode: z.string().nullable(),
  requestId: z.string(),
  event: z.string().meta({ example: 'cards.issue' }),
  subjectType: z.string(),
  subjectId: z.string(),
  changedFields: z.array(z.string()).meta({ description: 'Field names only, never values' }),
  prevHash: z.string(),
  hash: z.string(),
});

/** An audit event. */
export type AuditEvent = z.infer<typeof AuditEventSchema>;

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
