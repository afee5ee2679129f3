import { describe, expect, it } from 'vitest';
import {
  dailyAt,
  dueAtMinuteOfDay,
  every,
  formatSchedule,
  japanMinuteOfDay,
  latestDueAt,
  nextDueAt,
  parseSchedule,
  periodMinutes,
  ScheduleError,
} from './schedule.ts';

const at = (iso: string) => new Date(iso);

describe('schedules', () => {
  it('finds the latest and next due time of a daily Japan-time schedule across the UTC date line', () => {
    const s = dailyAt('00:05');
    // 00:05 JST is 15:05 UTC of the day before
    expect(latestDueAt(s, at('2026-06-15T15:04:59.999Z')).toISOString()).toBe('2026-06-14T15:05:00.000Z');
    expect(latestDueAt(s, at('2026-06-15T15:05:00.000Z')).toISOString()).toBe('2026-06-15T15:05:00.000Z');
    expect(latestDueAt(s, at('2026-06-16T01:00:00.000Z')).toISOString()).toBe('2026-06-15T15:05:00.000Z');
    expect(nextDueAt(s, at('2026-06-15T15:05:00.000Z')).toISOString()).toBe('2026-06-16T15:05:00.000Z');
    expect(nextDueAt(s, at('2026-06-15T15:04:00.000Z')).toISOString()).toBe('2026-06-15T15:05:00.000Z');
  });

  it('counts intervals from 00:00 Japan time', () => {
    const hourly = parseSchedule('hourly');
    expect(latestDueAt(hourly, at('2026-06-15T03:59:30Z')).toISOString()).toBe('2026-06-15T03:00:00.000Z');
    expect(nextDueAt(hourly, at('2026-06-15T03:59:30Z')).toISOString()).toBe('2026-06-15T04:00:00.000Z');
    // every 2 hours from 00:00 JST = odd UTC hours
    const twoHours = every(120);
    expect(latestDueAt(twoHours, at('2026-06-15T04:30:00Z')).toISOString()).toBe('2026-06-15T03:00:00.000Z');
    const minute = every(1);
    expect(latestDueAt(minute, at('2026-06-15T04:30:59.999Z')).toISOString()).toBe(
      '2026-06-15T04:30:00.000Z',
    );
    expect(nextDueAt(minute, at('2026-06-15T04:30:00.000Z')).toISOString()).toBe('2026-06-15T04:31:00.000Z');
  });

  it('agrees with the minute-of-day predicate the PostgreSQL crontab uses, for every minute of a day', () => {
    for (const s of [dailyAt('00:05'), dailyAt('23:59'), every(1), every(15), every(60), every(180)]) {
      const start = Date.parse('2026-06-14T15:00:00Z'); // 00:00 JST
      let slots = 0;
      for (let m = 0; m < 1440; m++) {
        const t = new Date(start + m * 60_000);
        const due = dueAtMinuteOfDay(s, japanMinuteOfDay(t.getUTCHours(), t.getUTCMinutes()));
        expect(due).toBe(latestDueAt(s, t).getTime() === t.getTime());
        if (due) slots += 1;
      }
      expect(slots).toBe(1440 / periodMinutes(s));
    }
  });

  it('reads and writes its text form', () => {
    for (const text of ['every 5m', 'every 1h', 'every 2h', 'daily 00:05 JST', 'every 1m', 'every 24h'])
      expect(formatSchedule(parseSchedule(text))).toBe(text);
    expect(parseSchedule('  Daily 09:30 ')).toEqual({ kind: 'daily', at: '09:30' });
    expect(parseSchedule('every 90 min')).toEqual({ kind: 'every', minutes: 90 });
  });

  it('refuses schedules it cannot keep, with a stable code', () => {
    for (const bad of [
      'every 7m',
      'every 0m',
      'every 25h',
      'daily 24:00',
      'daily 9:30',
      'weekly',
      'every 30s',
    ])
      expect(() => parseSchedule(bad)).toThrow(ScheduleError);
    const error = (() => {
      try {
        every(7);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ScheduleError);
    expect((error as ScheduleError).code).toBe('invalid-schedule');
    expect((error as Error).message).toMatch(/divides a day/);
  });
});
