/**
 * Checks of one answer before Continue: which error (a catalog key) and which field it is about. Pure, so
 * the question page only maps codes to text.
 */
import type { IsoDate } from '@zairyu/rules';
import { type DateParts, isoOf } from './answers.ts';
import type { Part } from './fields.tsx';

/** An error: its catalog key and the part of a date or duration it is about. */
export interface Problem {
  key: string;
  part: Part;
}

/** Whether a date may be after today. */
export type DateRule = 'past' | 'any';

/** Checks a date of three fields: required (the question's own message), complete, real, not after today. */
export function checkDate(question: string, d: DateParts, rule: DateRule, today: IsoDate): Problem | null {
  const y = d.year.trim();
  const m = d.month.trim();
  const day = d.day.trim();
  if (!y && !m && !day) return { key: `guide.q.${question}.error`, part: 'all' };
  if (!y) return { key: 'guide.error.date-year', part: 'year' };
  if (!m) return { key: 'guide.error.date-month', part: 'month' };
  if (!day) return { key: 'guide.error.date-day', part: 'day' };
  if (!/^\d{4}$/.test(y)) return { key: 'guide.error.date-year-digits', part: 'year' };
  if (!/^\d{1,2}$/.test(m) || Number(m) < 1 || Number(m) > 12)
    return { key: 'guide.error.date-invalid', part: 'month' };
  const iso = isoOf(d);
  if (!iso || y < '1900') return { key: 'guide.error.date-invalid', part: 'day' };
  if (rule === 'past' && iso > today) return { key: 'guide.error.date-future', part: 'all' };
  return null;
}

/** Checks a period of whole years (0–10) and months (0–11), not both zero. */
export function checkPeriod(years: string, months: string): Problem | null {
  const y = years.trim();
  const m = months.trim();
  if (!y && !m) return { key: 'guide.q.period.error', part: 'all' };
  if ((y && !/^\d{1,2}$/.test(y)) || (m && !/^\d{1,2}$/.test(m)))
    return { key: 'guide.error.period-digits', part: 'all' };
  const yn = Number(y || '0');
  const mn = Number(m || '0');
  if (yn > 10 || mn > 11 || yn + mn === 0) return { key: 'guide.error.period-range', part: 'all' };
  return null;
}
