import { describe, expect, it } from 'vitest';
import { isNationalityCode } from './nationality.ts';

describe('nationality codes', () => {
  it('are the assigned ISO 3166-1 alpha-3 codes and the ICAO codes for the stateless', () => {
    for (const c of ['VNM', 'PHL', 'NPL', 'KOR', 'CHN', 'TWN', 'BRA', 'UKR', 'XXA', 'XXB'])
      expect(isNationalityCode(c), c).toBe(true);
    for (const c of ['ABC', 'ZZZ', 'JPX', 'vnm', 'VN', 'EUR']) expect(isNationalityCode(c), c).toBe(false);
  });
});
