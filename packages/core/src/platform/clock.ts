/**
 * Time is an argument: commands read the time only from a Clock, so lifecycle tests can move through card
 * expiry and the 特例期間 deterministically. Japan dates (UTC+9, no DST) are what the rules reason about.
 */

/** Where commands get the current time. */
export interface Clock {
  now(): Date;
}

/** A clock a test can move. */
export interface MovableClock extends Clock {
  /** Sets the time (ISO 8601 instant, or a date `YYYY-MM-DD` meaning 10:00 Japan time that day). */
  set(iso: string): void;
  /** Moves the time forward by whole days. */
  advanceDays(days: number): void;
  /** Moves the time forward by milliseconds. */
  advanceMs(ms: number): void;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

function parseInstant(iso: string): Date {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T10:00:00+09:00` : iso;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
  return d;
}

/** A clock stopped at one instant (a date alone means 10:00 Japan time). */
export function fixedClock(iso: string): Clock {
  const t = parseInstant(iso).getTime();
  return { now: () => new Date(t) };
}

/** A clock that stays where it is put; each call to now() returns the same instant until moved. */
export function movableClock(iso: string): MovableClock {
  let t = parseInstant(iso).getTime();
  return {
    now: () => new Date(t),
    set: (next) => {
      t = parseInstant(next).getTime();
    },
    advanceDays: (days) => {
      t += days * 86_400_000;
    },
    advanceMs: (ms) => {
      t += ms;
    },
  };
}

/** The calendar date in Japan (UTC+9) of an instant, as `YYYY-MM-DD`. */
export function japanDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
