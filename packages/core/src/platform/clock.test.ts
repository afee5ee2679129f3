import { describe, expect, it } from 'vitest';
import { fixedClock, japanDate, movableClock, systemClock } from './clock.ts';

describe('clocks', () => {
  it('fixed and movable clocks; a bare date means 10:00 in Japan', () => {
    expect(fixedClock('2026-06-15').now().toISOString()).toBe('2026-06-15T01:00:00.000Z');
    const c = movableClock('2026-06-15T23:30:00+09:00');
    expect(japanDate(c.now())).toBe('2026-06-15');
    c.advanceMs(60 * 60_000);
    expect(japanDate(c.now())).toBe('2026-06-16');
    c.advanceDays(30);
    expect(japanDate(c.now())).toBe('2026-07-16');
    c.set('2027-01-01');
    expect(c.now().toISOString()).toBe('2027-01-01T01:00:00.000Z');
    expect(() => fixedClock('not a date')).toThrow(RangeError);
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('japanDate is UTC+9', () => {
    expect(japanDate(new Date('2026-06-14T14:59:59Z'))).toBe('2026-06-14');
    expect(japanDate(new Date('2026-06-14T15:00:00Z'))).toBe('2026-06-15');
  });
});
