/**
 * The guide's addresses: `/` is the start page, `/?page=<question>` a question, `/?page=check` the answers to
 * check, `/?page=answer` the result, `/?page=shared&a=…` a link someone asked for. Addresses carry no answer
 * (only a shared link does, on request, without the birth date); `?today=` (a test and demo hook) and
 * `?return=check` (after a Change link) are kept.
 */
import type { IsoDate } from '@zairyu/rules';

/** True for a real calendar date YYYY-MM-DD (kept here: the start page loads without the rules engine). */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The pages of the guide besides the questions. */
export type Page = 'start' | 'check' | 'answer' | 'shared';

/** The day in Japan (the composition root may read the clock; the rules may not). */
export function todayInJapan(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** Today, or the `?today=YYYY-MM-DD` of the address (fixed dates for tests and demonstrations). */
export function todayOf(search: string): IsoDate {
  const asked = new URLSearchParams(search).get('today');
  return asked && isRealDate(asked) ? asked : todayInJapan();
}

/** The href of a guide page, keeping `?today=` of the current address. */
export function guideHref(page: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (page !== 'start') params.set('page', page);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const today = new URLSearchParams(location.search).get('today');
  if (today) params.set('today', today);
  const q = params.toString();
  return q ? `/?${q}` : '/';
}
