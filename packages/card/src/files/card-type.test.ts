import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import {
  CARD_TYPES,
  cardGeneration,
  decodeCardType,
  encodeCardType,
  isSpecialPermanentResident,
} from './card-type.ts';

describe('MF/EF02 card type (chip.md §2)', () => {
  it('reads the known answers of §2', () => {
    expect(decodeCardType(fromHex('C10131'))).toBe('1');
    expect(decodeCardType(fromHex('C10132'))).toBe('2');
    expect(decodeCardType(fromHex('C1023035'))).toBe('05');
    expect(toHex(encodeCardType('1'))).toBe('C10131');
    expect(toHex(encodeCardType('08'))).toBe('C1023038');
  });

  it('round-trips every type, with EF sizes 3 (gen 1) and 4 (gen 2 / 特定)', () => {
    for (const t of CARD_TYPES) {
      const bytes = encodeCardType(t);
      expect(bytes.length).toBe(cardGeneration(t) === 'gen1' ? 3 : 4);
      expect(decodeCardType(bytes)).toBe(t);
    }
  });

  it('classifies generations and 特別永住者証明書 types', () => {
    expect(CARD_TYPES.map(cardGeneration)).toEqual(['gen1', 'gen1', 'gen2', 'gen2', 'tokutei', 'tokutei']);
    expect(CARD_TYPES.filter(isSpecialPermanentResident)).toEqual(['2', '06', '08']);
  });

  it('refuses unknown types and malformed files with CardFileError', () => {
    for (const hex of ['C10133', 'C1023039', 'C10231 00', 'C0 01 31', 'C1', '', 'C1033030 35'])
      expect(() => decodeCardType(fromHex(hex))).toThrow(CardFileError);
    expect(() => encodeCardType('3' as never)).toThrow(CardFileError);
  });
});
