/**
 * When a scheduled task is due, as data: every N minutes or daily at HH:MM, both in Asia/Tokyo (UTC+9, no daylight
 * saving time). Due times are whole minutes — the granularity of the PostgreSQL job engine's crontab — and an
 * interval divides the day, so every schedule is a set of minutes of the Japan day repeating with one period:
 * the latest due time at or before an instant and the next one after it are plain arithmetic, and the same
 * predicate drives the engine's crontab on PostgreSQL and the lease loop on SQLite.
 */

/** Minutes in a day. */
const DAY_MINUTES = 1440;
/** Japan's offset from UTC in minutes (Asia/Tokyo has had no daylight saving time since 1951). */
const JST_OFFSET_MINUTES = 540;
const MINUTE_MS = 60_000;

/** A schedule: every `minutes` (a divisor of 1440, counted from 00:00 JST), or daily at `at` (HH:MM JST). */
export type Schedule = { kind: 'every'; minutes: number } | { kind: 'daily'; at: string };

/** A schedule that cannot be used; `code` is stable. */
export class ScheduleError extends Error {
  readonly code = 'invalid-schedule';
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

/** Every `minutes` minutes from 00:00 JST; `minutes` must divide a day (1, 2, 5, 10, 15, 30, 60, 120, …, 1440). */
export function every(minutes: number): Schedule {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > DAY_MINUTES || DAY_MINUTES % minutes !== 0)
    throw new ScheduleError(
      `an interval must be a whole number of minutes that divides a day (1, 2, 5, 10, 15, 30, 60, 120, …, 1440), got ${minutes}`,
    );
  return { kind: 'every', minutes };
}

/** Daily at `hhmm` (24-hour `HH:MM`) Japan time. */
export function dailyAt(hhmm: string): Schedule {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new ScheduleError(`a daily time must be HH:MM (00:00–23:59, Japan time), got "${hhmm}"`);
  return { kind: 'daily', at: hhmm };
}

/**
 * Reads a schedule from text: `every 5m`, `every 2h`, `hourly`, `daily 00:05` (an optional trailing `JST` is
 * allowed; times are always Japan time).
 */
export function parseSchedule(text: string): Schedule {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'hourly') return every(60);
  const e = /^every (\d+) ?(m|min|h)$/.exec(t);
  if (e) return every(Number(e[1]) * (e[2] === 'h' ? 60 : 1));
  const d = /^daily (\d{2}:\d{2})(?: jst)?$/.exec(t);
  if (d) return dailyAt(d[1] as string);
  throw new ScheduleError(
    `not a schedule: "${text}" (expected "every 5m", "every 1h", "hourly" or "daily 00:05")`,
  );
}

/** The schedule as text parseSchedule reads back (`every 5m`, `every 1h`, `daily 00:05 JST`). */
export function formatSchedule(s: Schedule): string {
  if (s.kind === 'daily') return `daily ${s.at} JST`;
  return s.minutes % 60 === 0 ? `every ${s.minutes / 60}h` : `every ${s.minutes}m`;
}

/** The schedule's period in minutes (its slots are evenly spaced). */
export function periodMinutes(s: Schedule): number {
  return s.kind === 'daily' ? DAY_MINUTES : s.minutes;
}

function dailyMinute(at: string): number {
  return Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5));
}

/** True when the minute `minuteOfDay` (0–1439, Japan time) is a due time of the schedule. */
export function dueAtMinuteOfDay(s: Schedule, minuteOfDay: number): boolean {
  return s.kind === 'daily' ? minuteOfDay === dailyMinute(s.at) : minuteOfDay % s.minutes === 0;
}

/** The Japan minute of the day (0–1439) of a UTC hour and minute (what the engine's crontab digests give). */
export function japanMinuteOfDay(utcHour: number, utcMinute: number): number {
  return (utcHour * 60 + utcMinute + JST_OFFSET_MINUTES) % DAY_MINUTES;
}

/** The latest due time at or before `now`. */
export function latestDueAt(s: Schedule, now: Date): Date {
  const minuteStart = Math.floor(now.getTime() / MINUTE_MS);
  const jst = (((minuteStart + JST_OFFSET_MINUTES) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const back = s.kind === 'daily' ? (jst - dailyMinute(s.at) + DAY_MINUTES) % DAY_MINUTES : jst % s.minutes;
  return new Date((minuteStart - back) * MINUTE_MS);
}

/** The first due time after `now`. */
export function nextDueAt(s: Schedule, now: Date): Date {
  return new Date(latestDueAt(s, now).getTime() + periodMinutes(s) * MINUTE_MS);
}
