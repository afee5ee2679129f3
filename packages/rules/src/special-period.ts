/**
 * Lawful stay and the 特例期間 (入管法20条6項, 21条4項): a change or extension filed on or before the expiry
 * (or on the next open day when the expiry is a closed day, 行政機関の休日に関する法律2条) and not yet
 * decided lets the holder stay until the decision or the end of the day two months after the expiry,
 * whichever is earlier. Two months are calendar months from the day after the expiry (民法140条・143条).
 * No 特例期間 for periods of 30 days or less, nor for a permanent-residence application.
 */
import { nextOpenDay } from './calendar.ts';
import { addDays, civilMonthsPeriodEnd, type IsoDate } from './date.ts';
import { isThirtyDaysOrLess, parsePeriod } from './duration.ts';
import { param } from './parameters.ts';
import type { Situation } from './situation.ts';

/** The end of a 特例期間 that follows an expiry on `stayExpiry`. */
export function specialPeriodEnd(stayExpiry: IsoDate): IsoDate {
  return civilMonthsPeriodEnd(addDays(stayExpiry, 1), param('special-period-months', stayExpiry));
}

/** The last day an extension or change filed for `stayExpiry` counts as timely. */
export function filingDeadline(stayExpiry: IsoDate): IsoDate {
  return nextOpenDay(stayExpiry, 'immigration-bureau');
}

/** Why a pending application does or does not give a 特例期間. */
export type SpecialPeriodWhy =
  | 'running'
  | 'no-application'
  | 'permanent-residence'
  | 'short-period'
  | 'filed-after-expiry'
  | 'no-expiry';

/** Lawful stay on the facts of a situation. */
export interface LawfulStay {
  /** Last lawful day (null: indefinite, no status, or unknown expiry). */
  until: IsoDate | null;
  /** End of the running 特例期間, or null. */
  specialPeriodUntil: IsoDate | null;
  why: SpecialPeriodWhy;
}

/** True when a period of stay is too short for a 特例期間 (30 days or less). */
export function tooShortForSpecialPeriod(periodOfStay: string, stayExpiry: IsoDate): boolean {
  const period = parsePeriod(periodOfStay);
  return period !== null && isThirtyDaysOrLess(period, stayExpiry);
}

/** Computes lawful stay from the holder's expiry and pending application. */
export function lawfulStay(holder: Situation['holder']): LawfulStay {
  const expiry = holder.stayExpiry;
  if (holder.status === 'none' || holder.periodOfStay === 'indefinite' || !expiry)
    return { until: null, specialPeriodUntil: null, why: 'no-expiry' };
  const pending = holder.applicationPending;
  if (!pending) return { until: expiry, specialPeriodUntil: null, why: 'no-application' };
  if (pending.kind === 'permanent-residence')
    return { until: expiry, specialPeriodUntil: null, why: 'permanent-residence' };
  if (tooShortForSpecialPeriod(holder.periodOfStay, expiry))
    return { until: expiry, specialPeriodUntil: null, why: 'short-period' };
  if (pending.filedOn > filingDeadline(expiry))
    return { until: expiry, specialPeriodUntil: null, why: 'filed-after-expiry' };
  const end = specialPeriodEnd(expiry);
  return { until: end, specialPeriodUntil: end, why: 'running' };
}
