/**
 * The application as commands return it, with the snapshot of the rules' decision it was filed under.
 */
import type { Decision } from '@zairyu/rules';
import type { ApplicationRow } from '../repositories/applications.ts';

/** What an application keeps of the decision (codes and dates; messages are rendered from codes). */
export interface DecisionSnapshot {
  asOf: string;
  office: NonNullable<Decision['office']>;
  cardToBeIssued: Decision['cardToBeIssued'];
  cardExpiry: string | null;
  documents: string[];
  earliestDate: string | null;
  lawfulStayUntil: string | null;
  specialPeriodUntil: string | null;
  myNumberFunctionExpiry: string | null;
  warnings: string[];
  reasonCodes: string[];
  steps: { code: string; deadline: string | null }[];
}

/** An application. */
export interface Application {
  id: string;
  residentId: string;
  procedure: string;
  channel: 'counter' | 'online';
  requestSpecifiedCard: boolean;
  photoWithProcedure: boolean | null;
  lostOn: string | null;
  policeReceiptNumber: string | null;
  office: NonNullable<Decision['office']>;
  status: 'filed' | 'granted';
  filedOn: string;
  filedAt: string;
  filedBy: string;
  grantedAt: string | null;
  grantedBy: string | null;
  cardId: string | null;
  decision: DecisionSnapshot;
}

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
