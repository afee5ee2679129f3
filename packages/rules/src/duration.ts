/**
 * 在留期間 as ISO 8601 durations (P5Y, P1Y3M, P6M, P30D …) and the comparisons the law makes with them:
 * "3月以下" (入管法19条の3第1号), "30日以下" (no 特例期間, 20条6項), "6月以上" (ISA's 3-month window). This is
 * the only parser of periods of stay in zairyu: core and the CLI use {@link parsePeriod}.
 */
import type { IsoDate } from './date.ts';
import { param } from './parameters.ts';

/** A parsed period of stay; years are folded into months and weeks into days. */
export interface Period {
  months: number;
  days: number;
}

/** ISO 8601 date-only duration with at least one component. */
export const DURATION_PATTERN = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$';
const DURATION = new RegExp(DURATION_PATTERN);

/** Parses an ISO 8601 duration (P1Y3M, P90D); null when it is not one. */
export function parsePeriod(s: string): Period | null {
  const m = DURATION.exec(s);
  if (!m) return null;
  return { months: count(m[1]) * 12 + count(m[2]), days: count(m[3]) * 7 + count(m[4]) };
}

/** The number of a matched component such as `3M` (0 when absent). */
function count(g: string | undefined): number {
  return g ? Number(g.slice(0, -1)) : 0;
}

/**
 * 3月以下. Month periods compare by months; day periods count a month as 30 days, so 90 days (短期滞在's
 * longest) is within 3 months and 91 days is not — see docs/rules-open-questions.md.
 */
export function isThreeMonthsOrLess(p: Period, on: IsoDate): boolean {
  return (
    p.months * param('period-month-as-days', on) + p.days <= param('mid-long-term-max-excluded-days', on)
  );
}

/** 30日以下 (a period this short gives no 特例期間). */
export function isThirtyDaysOrLess(p: Period, on: IsoDate): boolean {
  return p.months === 0 && p.days <= param('no-special-period-max-days', on);
}

/** 6月以上 (ISA accepts extensions from about 3 months before expiry for these). */
export function isSixMonthsOrMore(p: Period, on: IsoDate): boolean {
  return (
    p.months * param('period-month-as-days', on) + p.days >= param('extension-window-min-period-days', on)
  );
}
