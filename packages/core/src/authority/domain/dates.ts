/**
 * Plain calendar arithmetic the back office needs on ISO dates (`YYYY-MM-DD`, UTC-free). Legal date rules
 * (deadlines, 特例期間, open days, card validity) come from @zairyu/rules, never from here.
 */

/** Adds whole days. */
export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds whole years (29 February → 28 February in a common year). */
export function addYearsIso(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** `YYYY-MM-DD` → `YYYYMMDD` (chip format). */
export function chipDate(date: string): string {
  return date.replaceAll('-', '');
}
