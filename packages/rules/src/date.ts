/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, in Japan's civil calendar. Pure arithmetic on day numbers:
 * no clock, no time zone, no `Date` parsing of user strings.
 */

/** An ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `s` is a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 (UTC-based proleptic Gregorian, used only as a counter). */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  const dt = new Date(n * MS_PER_DAY);
  return format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** `date` plus `days` (negative allowed). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Year, month (1–12), day of an ISO date. */
export function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Formats year, month, day as `YYYY-MM-DD`. */
export function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/**
 * The same day of month `months` later (or earlier, when negative); where that day does not exist the
 * month's last day ("応当日がないときはその月の末日").
 */
export function shiftMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The last day of a period of `months` calendar months that starts on `start` (民法140条 has already been
 * applied by the caller: `start` is the first counted day). 民法143条: the period ends on the day before the
 * day in the last month that corresponds to `start`; where no such day exists, on that month's last day.
 */
export function civilMonthsPeriodEnd(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  if (d > daysInMonth(ny, nm)) return format(ny, nm, daysInMonth(ny, nm));
  return addDays(format(ny, nm, d), -1);
}

/** Full years of age on `on` for a person born on `birth` (年齢計算ニ関スル法律: a year is reached at the birthday). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/**
 * The birthday of a person born on `birth` in year `y`. A 29 February birthday falls on 1 March in common
 * years, so its eve is 28 February (the convention ISA uses for "16歳の誕生日の前日").
 */
export function birthdayInYear(birth: IsoDate, y: number): IsoDate {
  const [, bm, bd] = parts(birth);
  if (bm === 2 && bd === 29 && !isLeapYear(y)) return format(y, 3, 1);
  return format(y, bm, bd);
}

/** The n-th birthday strictly after `after` ("交付の日後のn回目の誕生日"). */
export function nthBirthdayAfter(birth: IsoDate, after: IsoDate, n: number): IsoDate {
  const [ay] = parts(after);
  const first = birthdayInYear(birth, ay) > after ? ay : ay + 1;
  return birthdayInYear(birth, first + n - 1);
}

/** The day a person born on `birth` turns `years` old (their birthday in that year). */
export function birthdayAtAge(birth: IsoDate, years: number): IsoDate {
  return birthdayInYear(birth, parts(birth)[0] + years);
}
