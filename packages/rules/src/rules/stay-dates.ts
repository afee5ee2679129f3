/**
 * The dates of the stay and of the card held now: the 特例期間 that runs or would run (入管法20条6項; none for
 * periods of 30 days or less, none for a permanent-residence application), the current card's validity —
 * through the 特例期間 while an extension or change is pending (入管法19条の5第2項) — and what to say when the
 * stay has ended: after a closed-day expiry with nothing filed, the extension can still be filed in time at
 * the bureau (行政機関の休日に関する法律2条) and the stay has not "ended" in any way that matters yet;
 * otherwise the overstay path.
 */
import type { CitationId } from '../citations.ts';
import type { IsoDate } from '../date.ts';
import { param } from '../parameters.ts';
import { specialPeriodEnd, tooShortForSpecialPeriod } from '../special-period.ts';
import type { Applicability } from './applicability.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

/** The stay's dates. */
export interface StayDates {
  specialPeriodUntil: IsoDate | null;
  /** The held card's validity, extended through a running 特例期間. */
  currentCardValidUntil: IsoDate | null;
  /** The 特例期間 runs or would run for the procedure asked. */
  specialPeriodApplies: boolean;
  /** A timely extension or change is pending: the 特例期間 runs (or will, from the expiry). */
  specialPeriodRunning: boolean;
}

const SPECIAL: readonly CitationId[] = ['immigration-act-20-6', 'civil-code-143'];
const NO_SPECIAL: readonly CitationId[] = ['immigration-act-20-6'];
const LATE_FILING: readonly CitationId[] = ['immigration-act-20-6', 'administrative-holidays-act-2'];
const CLOSED_DAY: readonly CitationId[] = [
  'administrative-holidays-act-2',
  'immigration-act-20-6',
  'immigration-act-21',
];
const CARD_THROUGH: readonly CitationId[] = ['immigration-act-19-5-2', 'immigration-act-20-6'];
const CURRENT_CARD: readonly CitationId[] = ['immigration-act-19-5'];
const CURRENT_CERT: readonly CitationId[] = ['special-act-9'];

/** Decides the stay's dates and the warnings about them. */
export function stayDates(f: Facts, a: Applicability, st: StayStatus, rec: Recorder): StayDates {
  const { s, h, proc } = f;
  const stay = st.stay;
  let specialPeriodUntil = stay.specialPeriodUntil;
  const wouldRun =
    a.applicable &&
    proc.extendsStay &&
    st.tooLate === null &&
    h.stayExpiry !== null &&
    f.period !== null &&
    !tooShortForSpecialPeriod(h.periodOfStay, h.stayExpiry) &&
    !f.pendingStay;
  if (!specialPeriodUntil && wouldRun && h.stayExpiry) specialPeriodUntil = specialPeriodEnd(h.stayExpiry);
  rec.fire('special-period', specialPeriodUntil, SPECIAL);
  if (stay.why === 'permanent-residence' || (proc.grantsPermanentResidence && a.applicable && !f.indefinite))
    rec.warn('no-special-period-for-permanent-residence', NO_SPECIAL);
  if (stay.why === 'short-period') rec.warn('no-special-period-short-stay', NO_SPECIAL);
  if (stay.why === 'filed-after-expiry') rec.warn('application-filed-after-expiry', LATE_FILING);
  if (st.timelyWindow) rec.warn('stay-expiry-on-closed-day', CLOSED_DAY);
  else if (st.ended) rec.warn('lawful-stay-ended', NO_SPECIAL);

  // the card held now: its own expiry, or (fixed periods) the stay expiry; through the 特例期間 (19条の5第2項)
  let currentCardValidUntil: IsoDate | null = null;
  if (f.holdsCard) {
    const tied =
      !f.indefinite && h.stayExpiry !== null && (h.cardExpiry === null || h.cardExpiry === h.stayExpiry);
    const adult = f.age >= param('child-card-age', s.asOf);
    currentCardValidUntil = h.cardExpiry ?? (tied && !f.spr && adult ? h.stayExpiry : null);
    let through = false;
    if (tied && stay.why === 'running' && stay.specialPeriodUntil) {
      currentCardValidUntil = stay.specialPeriodUntil;
      through = true;
      if (h.stayExpiry && s.asOf > h.stayExpiry) rec.warn('card-valid-through-special-period', CARD_THROUGH);
    }
    rec.fire(
      'current-card-validity',
      currentCardValidUntil,
      through ? CARD_THROUGH : f.spr ? CURRENT_CERT : CURRENT_CARD,
    );
  }
  const specialPeriodApplies = stay.why === 'running' || wouldRun;
  return {
    specialPeriodUntil,
    currentCardValidUntil,
    specialPeriodApplies,
    specialPeriodRunning: stay.why === 'running',
  };
}
