import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen1FrontImage, encodeGen1FrontImage } from './gen1-front-image.ts';

describe('gen-1 DF1/EF01 front image (chip.md §4.1)', () => {
  const tiff = fromHex('49492A00 08000000 FF');

  it('is D0 82 1B 58 + 7000 NUL-padded, 7004 bytes, and round-trips', () => {
    const file = encodeGen1FrontImage(tiff);
    expect(file.length).toBe(7004);
    expect(toHex(file.subarray(0, 13))).toBe('D0821B5849492A0008000000FF');
    expect(file.subarray(13).every((b) => b === 0)).toBe(true);
    expect(decodeGen1FrontImage(file)).toEqual(tiff);
    expect(encodeGen1FrontImage(decodeGen1FrontImage(file))).toEqual(file);
  });

  it('accepts a shorter D0 (reader leniency) and refuses bad input', () => {
    expect(decodeGen1FrontImage(concat(fromHex('D003'), fromHex('4949FF')))).toEqual(fromHex('4949FF'));
    expect(() => encodeGen1FrontImage(new Uint8Array(7001).fill(1))).toThrow(CardFileError);
    expect(() => decodeGen1FrontImage(fromHex('D100'))).toThrow(CardFileError);
    expect(() => decodeGen1FrontImage(fromHex('D000'))).toThrow(CardFileError);
    expect(() => decodeGen1FrontImage(new Uint8Array(7004))).toThrow(CardFileError);
    expect(() => decodeGen1FrontImage(fromHex('D0821B58'))).toThrow(CardFileError);
  });
});
