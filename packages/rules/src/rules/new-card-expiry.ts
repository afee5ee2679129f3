/**
 * The validity of the card to be issued (入管法19条の5, 入管特例法9条; new format: ISA Q&A Q4-3), estimated
 * from the earliest day as its issue day. Not known now where the procedure grants a new period (the
 * decision sets it) or permanent residence (the card then runs to the 10th birthday after the grant's
 * issue day). A card never offers a validity that has already ended: during the 特例期間 a card tied to the
 * old expiry is valid through the 特例期間 (入管法19条の5第2項).
 */
import { cardValidity, type ValidityRule } from '../card-validity.ts';
import type { CitationId } from '../citations.ts';
import type { IsoDate } from '../date.ts';
import type { RuleName } from '../decision.ts';
import type { CardOutcome } from './card-to-be-issued.ts';
import type { EarliestDate } from './earliest-date.ts';
import type { Eligibility } from './eligibility.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayDates } from './stay-dates.ts';

const THROUGH_SPECIAL: readonly CitationId[] = ['immigration-act-19-5-2'];
const VALIDITY_RULES: Record<ValidityRule, RuleName> = {
  'new-format-10th-birthday': 'card-validity:new-format-10th-birthday',
  'new-format-5th-birthday': 'card-validity:new-format-5th-birthday',
  'old-format-16th-birthday': 'card-validity:old-format-16th-birthday',
  'old-format-7-years': 'card-validity:old-format-7-years',
  'old-format-7th-birthday': 'card-validity:old-format-7th-birthday',
  'stay-expiry-unknown': 'card-validity:stay-expiry-unknown',
  'stay-expiry-or-16th-birthday': 'card-validity:stay-expiry-or-16th-birthday',
  'stay-expiry': 'card-validity:stay-expiry',
};

/** Decides the new card's validity (null when it cannot be known now). */
export function newCardExpiry(
  f: Facts,
  e: Eligibility,
  c: CardOutcome,
  ed: EarliestDate,
  sd: StayDates,
  rec: Recorder,
): IsoDate | null {
  const { h, proc } = f;
  if (!c.card || !ed.earliestDate) return null;
  if (c.card === 'residence-card' && !e.mlt.value && !f.spr) return null;
  const renewal = f.spr && proc.deadline?.kind === 'by-card-expiry';
  const v = cardValidity({
    status: h.status,
    birthDate: h.birthDate,
    issueDate: ed.earliestDate,
    stayExpiry: proc.changesPeriod ? null : h.stayExpiry,
    renewedFrom: renewal ? h.cardExpiry : null,
  });
  let expiry = (proc.changesPeriod && !f.indefinite) || proc.grantsPermanentResidence ? null : v.expiry;
  rec.fire(VALIDITY_RULES[v.rule], expiry, v.citations);
  if (expiry && expiry < ed.earliestDate && sd.specialPeriodUntil && h.stayExpiry === expiry) {
    expiry = sd.specialPeriodUntil;
    rec.fire('card-through-special-period', expiry, THROUGH_SPECIAL);
  }
  if (expiry && (f.indefinite || f.spr)) rec.warn('dates-estimated-from-earliest-date', v.citations);
  return expiry;
}
