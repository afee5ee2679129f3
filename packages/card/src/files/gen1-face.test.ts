import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen1Face, encodeGen1Face } from './gen1-face.ts';

describe('gen-1 DF1/EF02 face (chip.md §4.1, §4.9)', () => {
  it('is D1 82 0B B8 + 3000 NUL-padded, 3004 bytes, and round-trips', () => {
    const jp2 = fromHex('0000000C6A5020200D0A870A FFD9');
    const file = encodeGen1Face(jp2);
    expect(file.length).toBe(3004);
    expect(toHex(file.subarray(0, 4))).toBe('D1820BB8');
    expect(decodeGen1Face(file)).toEqual(jp2);
    expect(encodeGen1Face(decodeGen1Face(file))).toEqual(file);
  });

  it('writes no face as D1 00 + NUL padding and reads both empty forms', () => {
    const file = encodeGen1Face(null);
    expect(file.length).toBe(3004);
    expect(toHex(file.subarray(0, 3))).toBe('D10000');
    expect(decodeGen1Face(file)).toBeNull();
    const fixedEmpty = encodeGen1Face(new Uint8Array(0));
    expect(toHex(fixedEmpty.subarray(0, 4))).toBe('D1820BB8');
    expect(decodeGen1Face(fixedEmpty)).toEqual(new Uint8Array(0));
    expect(encodeGen1Face(decodeGen1Face(fixedEmpty))).toEqual(fixedEmpty);
  });

  it('refuses an oversized face', () => {
    expect(() => encodeGen1Face(new Uint8Array(3001).fill(1))).toThrow(CardFileError);
  });
});
