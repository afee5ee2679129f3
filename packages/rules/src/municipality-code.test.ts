import { describe, expect, it } from 'vitest';
import { isValidMunicipalityCode, municipalityCheckDigit } from './municipality-code.ts';

describe('municipality code', () => {
  it('accepts real codes (千代田区, 札幌市, 那覇市, 浜松市中央区)', () => {
    for (const code of ['131016', '011002', '472018', '221384'])
      expect(isValidMunicipalityCode(code)).toBe(true);
  });

  it('rejects a wrong check digit, a bad prefecture and non-digits', () => {
    expect(isValidMunicipalityCode('131017')).toBe(false);
    expect(isValidMunicipalityCode('481001')).toBe(false);
    expect(isValidMunicipalityCode('13101')).toBe(false);
    expect(isValidMunicipalityCode('13101a')).toBe(false);
  });

  it('maps remainders 0 and 1 to check digits 1 and 0', () => {
    expect(municipalityCheckDigit('10001')).toBe(3); // 6 + 2 = 8 → 11 − 8
    expect(municipalityCheckDigit('00000')).toBe(1); // sum 0 → (11 − 0) mod 10
    expect(municipalityCheckDigit('00006')).toBe(0); // sum 12 ≡ 1 → (11 − 1) mod 10
  });
});
