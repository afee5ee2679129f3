import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';

describe('periodOf', () => {
  it('writes years and months the way the API reads them', () => {
    expect(periodOf('1', '3')).toBe('P1Y3M');
    expect(periodOf('5', '')).toBe('P5Y');
    expect(periodOf('', '6')).toBe('P6M');
    expect(periodOf('0', '0')).toBe('');
    expect(periodOf('x', '')).toBe('');
  });
});
