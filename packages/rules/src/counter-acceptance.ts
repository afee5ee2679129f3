/**
 * Whether a counter accepts a filing on a given day, as a value: the rules decide, the back office records.
 * It reads only the Decision's fields (never its trace): no office for the procedure; the stay has ended (or
 * the procedure's own deadline has passed); a requested 特定 card that is not available; before the usual
 * application window (ISA practice for extensions, the card-renewal window); before the counters open on
 * 2026-06-15; before the move; or an office closed that day. The first that applies is the refusal, with the
 * rules' reasons and their citations.
 */
import type { Citation } from './citations.ts';
import type { ReasonCode } from './codes.ts';
import type { IsoDate } from './date.ts';
import type { DateBasisCode, Decision } from './decision.ts';

/** Why a counter refuses a filing. */
export type CounterRefusalCode =
  | 'no-office'
  | 'stay-expired'
  | 'specified-card-unavailable'
  | 'before-application-window'
  | 'before-counters-open'
  | 'before-move'
  | 'office-closed';

/** A refusal reason: one of the rules' reason codes, or the timing refusal itself. */
export interface CounterRefusalReason {
  code: ReasonCode | 'before-application-window' | 'before-counters-open' | 'before-move' | 'office-closed';
  citations: Citation[];
}

/** The counter's answer for a filing on a day. */
export type CounterAcceptance =
  | { accepted: true }
  | {
      accepted: false;
      code: CounterRefusalCode;
      /** The first day the filing would be accepted, when the refusal is about timing. */
      from: IsoDate | null;
      reasons: CounterRefusalReason[];
      /** Every citation of the reasons, once each. */
      citations: Citation[];
    };

const TIMING: Record<DateBasisCode, CounterRefusalReason['code']> = {
  'open-day': 'office-closed',
  'moved-on': 'before-move',
  'counters-open': 'before-counters-open',
  'application-window': 'before-application-window',
};

function refusal(
  code: CounterRefusalCode,
  from: IsoDate | null,
  reasons: CounterRefusalReason[],
): CounterAcceptance {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const r of reasons)
    for (const c of r.citations)
      if (!seen.has(c.id)) {
        seen.add(c.id);
        citations.push(c);
      }
  return { accepted: false, code, from, reasons, citations };
}

function reasonsWithout(d: Decision, drop: readonly ReasonCode[]): CounterRefusalReason[] {
  return d.specifiedCard.reasons
    .filter((r) => !drop.includes(r.code))
    .map((r) => ({ code: r.code, citations: r.citations }));
}

/** Decides whether a counter accepts the filing the decision describes on `onDay`. */
export function counterAcceptance(d: Decision, onDay: IsoDate): CounterAcceptance {
  const codes = d.specifiedCard.reasons.map((r) => r.code);
  if (d.office === null) return refusal('no-office', null, reasonsWithout(d, ['eligible', 'not-requested']));
  if (d.earliestDate === null || codes.includes('stay-expired') || codes.includes('filing-deadline-passed'))
    return refusal('stay-expired', null, reasonsWithout(d, ['eligible', 'not-requested']));
  const requested = !codes.includes('not-requested');
  if (requested && !d.specifiedCard.available)
    return refusal('specified-card-unavailable', null, reasonsWithout(d, ['eligible']));
  if (d.applicationWindowFrom !== null && d.applicationWindowFrom > onDay)
    return refusal('before-application-window', d.applicationWindowFrom, [
      { code: 'before-application-window', citations: d.applicationWindowBasis?.citations ?? [] },
    ]);
  if (d.earliestDate > onDay) {
    const code = TIMING[d.earliestDateBasis?.code ?? 'open-day'];
    return refusal(code as CounterRefusalCode, d.earliestDate, [
      { code, citations: d.earliestDateBasis?.citations ?? [] },
    ]);
  }
  return { accepted: true };
}
