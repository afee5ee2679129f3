import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardFileError } from './card-file-error.ts';
import { formatPeriodOfStay, type PeriodOfStay, parsePeriodOfStay } from './period-of-stay.ts';

describe('CE period of stay (chip.md §5.3, §6.1)', () => {
  it('reads YYMM, 0000 and the days forms', () => {
    expect(parsePeriodOfStay('0000')).toEqual({ kind: 'indefinite' });
    expect(parsePeriodOfStay('0300')).toEqual({ kind: 'years-months', years: 3, months: 0 });
    expect(parsePeriodOfStay('0106')).toEqual({ kind: 'years-months', years: 1, months: 6 });
    expect(parsePeriodOfStay('D090')).toEqual({ kind: 'days', days: 90, notation: 'D-prefix' });
    expect(parsePeriodOfStay('015')).toEqual({ kind: 'days', days: 15, notation: 'digits' });
  });

  it('refuses other shapes', () => {
    for (const bad of ['', '0012', 'D000', '000', 'ABCD', '12345', 'd090'])
      expect(() => parsePeriodOfStay(bad)).toThrow(CardFileError);
    expect(() => formatPeriodOfStay({ kind: 'days', days: 1000, notation: 'D-prefix' })).toThrow(
      CardFileError,
    );
    expect(() => formatPeriodOfStay({ kind: 'years-months', years: 0, months: 12 })).toThrow(CardFileError);
  });

  it('writes days as the modelled Dnnn and round-trips every period', () => {
    expect(formatPeriodOfStay({ kind: 'days', days: 30, notation: 'D-prefix' })).toBe('D030');
    const period: fc.Arbitrary<PeriodOfStay> = fc.oneof(
      fc.constant<PeriodOfStay>({ kind: 'indefinite' }),
      fc
        .record({ years: fc.integer({ min: 0, max: 99 }), months: fc.integer({ min: 0, max: 11 }) })
        .filter((p) => p.years + p.months > 0)
        .map((p): PeriodOfStay => ({ kind: 'years-months', ...p })),
      fc
        .record({
          days: fc.integer({ min: 1, max: 999 }),
          notation: fc.constantFrom('D-prefix' as const, 'digits' as const),
        })
        .map((p): PeriodOfStay => ({ kind: 'days', ...p })),
    );
    fc.assert(
      fc.property(period, (p) => {
        const s = formatPeriodOfStay(p);
        expect(s.length).toBeLessThanOrEqual(4);
        expect(parsePeriodOfStay(s)).toEqual(p);
      }),
    );
  });
});
