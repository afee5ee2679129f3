/**
 * The application as commands return it, with the snapshot of the rules' decision it was filed under.
 */
import { CARD_KINDS, type Decision } from '@zairyu/rules';
import { z } from 'zod';
import type { ApplicationRow } from '../repositories/applications.ts';

const OFFICES = ['immigration-bureau', 'municipality'] as const;

/** What an application keeps of the decision (codes and dates; messages are rendered from codes). */
export const DecisionSnapshotSchema = z.object({
  asOf: z.string(),
  office: z.enum(OFFICES),
  cardToBeIssued: z.enum(CARD_KINDS).nullable(),
  cardExpiry: z.string().nullable(),
  documents: z.array(z.string()),
  earliestDate: z.string().nullable(),
  lawfulStayUntil: z.string().nullable(),
  specialPeriodUntil: z.string().nullable(),
  myNumberFunctionExpiry: z.string().nullable(),
  warnings: z.array(z.string()),
  reasonCodes: z.array(z.string()),
  steps: z.array(z.object({ code: z.string(), deadline: z.string().nullable() })),
});

/** What an application keeps of the decision. */
export type DecisionSnapshot = z.infer<typeof DecisionSnapshotSchema>;

/** An application as presented. */
export const ApplicationSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  procedure: z.string(),
  channel: z.enum(['counter', 'online']),
  requestSpecifiedCard: z.boolean(),
  photoWithProcedure: z.boolean().nullable(),
  lostOn: z.string().nullable(),
  policeReceiptNumber: z.string().nullable(),
  office: z.enum(OFFICES),
  status: z.enum(['filed', 'granted']),
  filedOn: z.string(),
  filedAt: z.string(),
  filedBy: z.string(),
  grantedAt: z.string().nullable(),
  grantedBy: z.string().nullable(),
  cardId: z.string().nullable(),
  decision: DecisionSnapshotSchema,
});

/** An application. */
export type Application = z.infer<typeof ApplicationSchema>;

/** The stored snapshot of a decision. */
export function snapshotOf(d: Decision & { office: NonNullable<Decision['office']> }): DecisionSnapshot {
  return {
    asOf: d.asOf,
    office: d.office,
    cardToBeIssued: d.cardToBeIssued,
    cardExpiry: d.cardExpiry,
    documents: [...d.documents],
    earliestDate: d.earliestDate,
    lawfulStayUntil: d.lawfulStayUntil,
    specialPeriodUntil: d.specialPeriodUntil,
    myNumberFunctionExpiry: d.myNumberFunctionExpiry,
    warnings: [...d.warnings],
    reasonCodes: d.specifiedCard.reasons.map((r) => r.code),
    steps: d.steps.map((s) => ({ code: s.code, deadline: s.deadline })),
  };
}

/** Presents an application row (with the id of the card issued on it, if any). */
export function presentApplication(row: ApplicationRow, cardId: string | null): Application {
  const d = JSON.parse(row.decision_json) as DecisionSnapshot;
  return {
    id: row.id,
    residentId: row.resident_id,
    procedure: row.procedure,
    channel: row.channel as Application['channel'],
    requestSpecifiedCard: Number(row.request_specified_card) === 1,
    photoWithProcedure: row.photo_with_procedure === null ? null : Number(row.photo_with_procedure) === 1,
    lostOn: row.lost_on,
    policeReceiptNumber: row.police_receipt_number,
    office: row.office as Application['office'],
    status: row.status as Application['status'],
    filedOn: row.filed_on,
    filedAt: row.filed_at,
    filedBy: row.filed_by,
    grantedAt: row.granted_at,
    grantedBy: row.granted_by,
    cardId,
    decision: {
      asOf: d.asOf,
      office: d.office,
      cardToBeIssued: d.cardToBeIssued,
      cardExpiry: d.cardExpiry,
      documents: d.documents,
      earliestDate: d.earliestDate,
      lawfulStayUntil: d.lawfulStayUntil,
      specialPeriodUntil: d.specialPeriodUntil,
      myNumberFunctionExpiry: d.myNumberFunctionExpiry,
      warnings: d.warnings,
      reasonCodes: d.reasonCodes,
      steps: d.steps,
    },
  };
}
