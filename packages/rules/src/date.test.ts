import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  birthdayAtAge,
  civilMonthsPeriodEnd,
  fromDayNumber,
  isIsoDate,
  nthBirthdayAfter,
  shiftMonthsClamped,
  toDayNumber,
  weekday,
} from './date.ts';

describe('date', () => {
  it('rejects impossible dates and accepts real ones', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-6-1')).toBe(false);
    expect(isIsoDate('2026-06-14')).toBe(true);
  });

  it('knows 2026-06-14 is a Sunday', () => {
    expect(weekday('2026-06-14')).toBe(0);
    expect(weekday('2026-06-15')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('applies 民法143条 to month periods', () => {
    // expiry 2026-06-15 → period starts 06-16 → ends 08-15
    expect(civilMonthsPeriodEnd('2026-06-16', 2)).toBe('2026-08-15');
    // expiry 2026-06-30 → starts 07-01 → ends 08-31 (not 08-30)
    expect(civilMonthsPeriodEnd('2026-07-01', 2)).toBe('2026-08-31');
    // expiry 2026-12-29 → starts 12-30 → 2027-02-30 does not exist → 02-28
    expect(civilMonthsPeriodEnd('2026-12-30', 2)).toBe('2027-02-28');
    // expiry 2026-12-27 → starts 12-28 → day before 02-28 → 02-27
    expect(civilMonthsPeriodEnd('2026-12-28', 2)).toBe('2027-02-27');
    // leap year: expiry 2027-12-28 → starts 12-29 → 2028-02-29 exists → 02-28
    expect(civilMonthsPeriodEnd('2027-12-29', 2)).toBe('2028-02-28');
  });

  it('shifts months with month-end clamping', () => {
    expect(shiftMonthsClamped('2026-05-31', -3)).toBe('2026-02-28');
    expect(shiftMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(shiftMonthsClamped('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('computes ages and birthdays', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(birthdayAtAge('2008-02-29', 16)).toBe('2024-02-29');
    expect(birthdayAtAge('2008-02-29', 17)).toBe('2025-03-01');
    // the 10th birthday after an issue date; a birthday on the issue day itself is not "after"
    expect(nthBirthdayAfter('1990-06-20', '2026-06-20', 10)).toBe('2036-06-20');
    expect(nthBirthdayAfter('1990-06-21', '2026-06-20', 10)).toBe('2035-06-21');
    expect(nthBirthdayAfter('1990-06-19', '2026-06-20', 1)).toBe('2027-06-19');
  });

  it('keeps nthBirthdayAfter strictly after and within n years', () => {
    const date = fc
      .record({ y: fc.integer({ min: 1950, max: 2040 }), d: fc.integer({ min: 0, max: 364 }) })
      .map(({ y, d }) => addDays(`${y}-01-01`, d));
    fc.assert(
      fc.property(date, date, fc.integer({ min: 1, max: 10 }), (birth, after, n) => {
        const b = nthBirthdayAfter(birth, after, n);
        expect(b > after).toBe(true);
        expect(toDayNumber(b) - toDayNumber(after)).toBeLessThanOrEqual(366 * n + 1);
      }),
    );
  });
});
