import { describe, expect, it } from 'vitest';
import { periodOf, periodParts } from './period.ts';

describe('periodOf', () => {
  it('writes years and months the way the API reads them', () => {
    expect(periodOf('1', '3')).toBe('P1Y3M');
    expect(periodOf('5', '')).toBe('P5Y');
    expect(periodOf('', '6')).toBe('P6M');
    expect(periodOf('0', '0')).toBe('');
    expect(periodOf('x', '')).toBe('');
  });
});

describe('periodParts', () => {
  it('reads the durations the API stores', () => {
    expect(periodParts('P1Y6M')).toEqual({ years: 1, months: 6, days: 0 });
    expect(periodParts('P90D')).toEqual({ years: 0, months: 0, days: 90 });
    expect(periodParts('indefinite')).toBeNull();
    expect(periodParts('P')).toBeNull();
  });
});
