import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedReason, isOpen, nationalHoliday, nextOpenDay } from './calendar.ts';
import { addDays, weekday } from './date.ts';

describe('calendar', () => {
  it('has the 2026 holidays of specs/rules.md §5.1', () => {
    const days = [
      '2026-01-01',
      '2026-01-12',
      '2026-02-11',
      '2026-02-23',
      '2026-03-20',
      '2026-04-29',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-07-20',
      '2026-08-11',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-10-12',
      '2026-11-03',
      '2026-11-23',
    ];
    for (const d of days) expect(nationalHoliday(d), d).not.toBeNull();
    let count = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) if (nationalHoliday(d)) count++;
    expect(count).toBe(18);
    expect(nationalHoliday('2027-03-22')).not.toBeNull(); // 振替休日 for Sun 3/21
  });

  it('opens ISA counters on Mon 2026-06-15, after the Sunday start', () => {
    expect(closedReason('2026-06-14', 'immigration-bureau')).toBe('weekend');
    expect(nextOpenDay('2026-06-14', 'immigration-bureau')).toBe('2026-06-15');
  });

  it('closes 12/29–1/3 and reopens Mon 2027-01-04', () => {
    expect(isOpen('2026-12-28', 'immigration-bureau')).toBe(true);
    expect(closedReason('2026-12-29', 'immigration-bureau')).toBe('year-end');
    expect(nextOpenDay('2026-12-29', 'immigration-bureau')).toBe('2027-01-04');
    expect(nextOpenDay('2026-09-19', 'immigration-bureau')).toBe('2026-09-24'); // Sat, Sun, 3 holidays
  });

  it('follows a municipality calendar that opens on Sundays', () => {
    const muni = { code: '131016', openWeekdays: [0, 1, 2, 3, 4, 5], extraClosedDates: ['2026-06-16'] };
    expect(isOpen('2026-06-14', 'municipality', muni)).toBe(true);
    expect(isOpen('2026-06-14', 'immigration-bureau')).toBe(false);
    expect(closedReason('2026-06-16', 'municipality', muni)).toBe('municipal-closure');
    expect(isOpen('2026-06-20', 'municipality', muni)).toBe(false); // Saturday
    expect(isOpen('2026-06-20', 'municipality', { ...muni, extraOpenDates: ['2026-06-20'] })).toBe(true);
  });

  it('always lands on an open day on or after the start (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 25 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, (d) => {
        const open = nextOpenDay(d, 'immigration-bureau');
        expect(open >= d).toBe(true);
        expect(isOpen(open, 'immigration-bureau')).toBe(true);
        expect([0, 6]).not.toContain(weekday(open));
        for (let x = d; x < open; x = addDays(x, 1)) expect(isOpen(x, 'immigration-bureau')).toBe(false);
      }),
    );
  });
});
