/**
 * One entry of an officer's work queue: the application awaiting grant and the name to call the resident by
 * at the counter — an explicit allowlist (the resident's other fields are a click away, audited).
 */
import { z } from 'zod';
import type { ApplicationRow } from '../repositories/applications.ts';
import { type Application, ApplicationSchema, presentApplication } from './present-application.ts';

/** An entry of the work queue as presented. */
export const WorkQueueItemSchema = z.object({
  application: ApplicationSchema,
  resident: z.object({
    id: z.string(),
    displayName: z.string().meta({ description: 'FAMILY GIVEN, as on the card', example: 'SANDBOX MAI' }),
  }),
});

/** An entry of the work queue. */
export type WorkQueueItem = z.infer<typeof WorkQueueItemSchema>;

/** Presents an application row with its resident's name. */
export function presentWorkQueueItem(
  row: ApplicationRow,
  resident: { familyName: string; givenName: string },
): WorkQueueItem {
  const application: Application = presentApplication(row, null);
  return {
    application,
    resident: {
      id: row.resident_id,
      displayName: [resident.familyName, resident.givenName].filter(Boolean).join(' '),
    },
  };
}
