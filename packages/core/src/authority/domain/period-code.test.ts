import { describe, expect, it } from 'vitest';
import { periodCode } from './period-code.ts';

describe('periodCode', () => {
  it('prints years and months as YYMM, days as Dnnn, indefinite as 0000', () => {
    expect(periodCode('P1Y')).toBe('0100');
    expect(periodCode('P5Y')).toBe('0500');
    expect(periodCode('P6M')).toBe('0006');
    expect(periodCode('P1Y6M')).toBe('0106');
    expect(periodCode('P18M')).toBe('0106');
    expect(periodCode('P30D')).toBe('D030');
    expect(periodCode('P2W')).toBe('D014');
    expect(periodCode('indefinite')).toBe('0000');
  });
  it('refuses what a card cannot print', () => {
    expect(periodCode('P1Y30D')).toBeNull();
    expect(periodCode('P')).toBeNull();
    expect(periodCode('1Y')).toBeNull();
    expect(periodCode('P1000D')).toBeNull();
  });
});
