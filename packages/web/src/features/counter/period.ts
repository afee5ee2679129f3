/** A period of stay asked as years and months, as the API's ISO 8601 duration. */

/** P{y}Y{m}M of years and months ('' when neither is a whole number above 0). */
export function periodOf(years: string, months: string): string {
  const y = /^\d{1,2}$/.test(years) ? Number(years) : 0;
  const m = /^\d{1,2}$/.test(months) ? Number(months) : 0;
  if (y === 0 && m === 0) return '';
  return `P${y > 0 ? `${y}Y` : ''}${m > 0 ? `${m}M` : ''}`;
}

/** The years, months and days of an ISO duration the API stores (`P1Y6M`, `P90D`); null for anything else. */
export function periodParts(iso: string): { years: number; months: number; days: number } | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(iso);
  if (!m || iso === 'P') return null;
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), days: Number(m[3] ?? 0) };
}
