import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeCommonData, encodeCommonData } from './common-data.ts';

describe('MF/EF01 common data (chip.md §4.1, §5.2)', () => {
  it('is C0 04 + 4 ASCII digits, 6 bytes', () => {
    expect(toHex(encodeCommonData('0001'))).toBe('C00430303031');
    expect(decodeCommonData(fromHex('C00430303032'))).toBe('0002');
  });

  it('refuses other shapes', () => {
    expect(() => encodeCommonData('1')).toThrow(CardFileError);
    expect(() => decodeCommonData(fromHex('C003303030'))).toThrow(CardFileError);
    expect(() => decodeCommonData(fromHex('C004414243 44'))).toThrow(CardFileError);
  });
});
