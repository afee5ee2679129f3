import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import {
  decodeGen1ComprehensivePermission,
  decodeGen1IndividualPermission,
  encodeGen1ComprehensivePermission,
  encodeGen1IndividualPermission,
} from './gen1-permissions.ts';

describe('gen-1 DF2/EF02, EF03 permissions (chip.md §4.1, §4.2)', () => {
  it('is D5 78 / D6 78 + 120 bytes, 122-byte EFs, and round-trips', () => {
    const text = '許可：原則週２８時間以内・風俗営業等の従事を除く';
    const f2 = encodeGen1ComprehensivePermission(text);
    const f3 = encodeGen1IndividualPermission('');
    expect([f2.length, f3.length]).toEqual([122, 122]);
    expect(toHex(f2.subarray(0, 2))).toBe('D578');
    expect(toHex(f3.subarray(0, 2))).toBe('D678');
    expect(decodeGen1ComprehensivePermission(f2)).toBe(text);
    expect(decodeGen1IndividualPermission(f3)).toBe('');
  });

  it('reads the all-zero "permission removed" EF as null and writes it back', () => {
    expect(decodeGen1ComprehensivePermission(new Uint8Array(122))).toBeNull();
    expect(decodeGen1IndividualPermission(new Uint8Array(122))).toBeNull();
    expect(encodeGen1ComprehensivePermission(null)).toEqual(new Uint8Array(122));
  });

  it('refuses the other file tag and over-long text', () => {
    expect(() => decodeGen1IndividualPermission(encodeGen1ComprehensivePermission('x'))).toThrow(
      CardFileError,
    );
    expect(() => encodeGen1IndividualPermission('x'.repeat(121))).toThrow(CardFileError);
  });
});
