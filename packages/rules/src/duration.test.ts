import { describe, expect, it } from 'vitest';
import { isSixMonthsOrMore, isThirtyDaysOrLess, isThreeMonthsOrLess, parsePeriod } from './duration.ts';

const D = '2026-07-01';

describe('duration', () => {
  it('parses the contract examples', () => {
    expect(parsePeriod('P5Y')).toEqual({ months: 60, days: 0 });
    expect(parsePeriod('P1Y3M')).toEqual({ months: 15, days: 0 });
    expect(parsePeriod('P30D')).toEqual({ months: 0, days: 30 });
    expect(parsePeriod('P2W')).toEqual({ months: 0, days: 14 });
    expect(parsePeriod('P')).toBeNull();
    expect(parsePeriod('5Y')).toBeNull();
    expect(parsePeriod('P1.5Y')).toBeNull();
    expect(parsePeriod('indefinite')).toBeNull();
  });

  it('draws the 中長期 line at three months', () => {
    expect(isThreeMonthsOrLess(parsePeriod('P3M')!, D)).toBe(true);
    expect(isThreeMonthsOrLess(parsePeriod('P90D')!, D)).toBe(true);
    expect(isThreeMonthsOrLess(parsePeriod('P4M')!, D)).toBe(false);
    expect(isThreeMonthsOrLess(parsePeriod('P3M1D')!, D)).toBe(false);
  });

  it('draws the special-period line at 30 days and the window line at 6 months', () => {
    expect(isThirtyDaysOrLess(parsePeriod('P30D')!, D)).toBe(true);
    expect(isThirtyDaysOrLess(parsePeriod('P31D')!, D)).toBe(false);
    expect(isThirtyDaysOrLess(parsePeriod('P1M')!, D)).toBe(false);
    expect(isSixMonthsOrMore(parsePeriod('P6M')!, D)).toBe(true);
    expect(isSixMonthsOrMore(parsePeriod('P4M')!, D)).toBe(false);
  });
});
