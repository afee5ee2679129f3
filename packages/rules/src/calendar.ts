/**
 * Which days a counter is open. National offices (入管) close on weekends, national holidays and
 * 12/29–1/3 (行政機関の休日に関する法律1条); municipalities set their own days by 条例 (地方自治法4条の2) —
 * the same pattern by default, changed per municipality through configuration (some open on weekends).
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, type IsoDate, parts, weekday } from './date.ts';

/** Where a procedure is handled. */
export type Office = 'immigration-bureau' | 'municipality';

/** Why a day is closed. */
export type ClosedReason = 'weekend' | 'national-holiday' | 'year-end' | 'municipal-closure';

/** A municipality's opening days, as configuration (from its 条例 and published 休日開庁 days). */
export interface MunicipalityCalendar {
  /** 全国地方公共団体コード (6 digits). */
  code: string;
  name?: string;
  /** Days of the week normally open, 0 = Sunday … 6 = Saturday. Default Monday–Friday. */
  openWeekdays?: number[];
  /** Open on national holidays that fall on an open weekday. Default false. */
  openOnHolidays?: boolean;
  /** Closed 12/29–1/3. Default true. */
  yearEndClosure?: boolean;
  /** Extra open days (e.g. 休日開庁 Sundays in March and April). */
  extraOpenDates?: IsoDate[];
  /** Extra closed days (e.g. system migration days). */
  extraClosedDates?: IsoDate[];
  /** Where this calendar comes from (URL or 条例 name). */
  source?: string;
}

/** Calendars the engine may use, keyed by municipality code. */
export type MunicipalityCalendars = Readonly<Record<string, MunicipalityCalendar>>;

const HOLIDAYS = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;

/** The national holiday (国民の祝日・休日) on `date`, or null. Data: @holiday-jp/holiday_jp (to 2050). */
export function nationalHoliday(date: IsoDate): { ja: string; en: string } | null {
  const h = HOLIDAYS[date];
  return h ? { ja: h.name, en: h.name_en } : null;
}

/** True on 12/29–1/3. */
export function isYearEnd(date: IsoDate): boolean {
  const [, m, d] = parts(date);
  return (m === 12 && d >= 29) || (m === 1 && d <= 3);
}

/** Why `office` is closed on `date`, or null when it is open. */
export function closedReason(
  date: IsoDate,
  office: Office,
  muni?: MunicipalityCalendar,
): ClosedReason | null {
  if (office === 'municipality' && muni) {
    if (muni.extraClosedDates?.includes(date)) return 'municipal-closure';
    if (muni.extraOpenDates?.includes(date)) return null;
    if ((muni.yearEndClosure ?? true) && isYearEnd(date)) return 'year-end';
    if (!(muni.openWeekdays ?? [1, 2, 3, 4, 5]).includes(weekday(date))) return 'weekend';
    if (!muni.openOnHolidays && nationalHoliday(date)) return 'national-holiday';
    return null;
  }
  if (isYearEnd(date)) return 'year-end';
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return 'weekend';
  if (nationalHoliday(date)) return 'national-holiday';
  return null;
}

/** True when `office` accepts procedures on `date`. */
export function isOpen(date: IsoDate, office: Office, muni?: MunicipalityCalendar): boolean {
  return closedReason(date, office, muni) === null;
}

/**
 * The first open day on or after `from` (行政機関の休日に関する法律2条 moves a deadline the same way).
 * A calendar with no open day in a year is a configuration error.
 */
export function nextOpenDay(from: IsoDate, office: Office, muni?: MunicipalityCalendar): IsoDate {
  // without a municipality calendar both offices follow the national pattern: cache it (pure, bounded)
  if (!muni) {
    const hit = nationalNextOpen.get(from);
    if (hit !== undefined) return hit;
    if (nationalNextOpen.size > 100_000) nationalNextOpen.clear();
    const day = scanOpenDay(from, office);
    nationalNextOpen.set(from, day);
    return day;
  }
  return scanOpenDay(from, office, muni);
}

const nationalNextOpen = new Map<IsoDate, IsoDate>();

function scanOpenDay(from: IsoDate, office: Office, muni?: MunicipalityCalendar): IsoDate {
  let d = from;
  for (let i = 0; i < 370; i++) {
    if (isOpen(d, office, muni)) return d;
    d = addDays(d, 1);
  }
  throw new Error(`no open day within a year after ${from} for ${office}${muni ? ` ${muni.code}` : ''}`);
}
