import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2AddressImage, encodeGen2AddressImage } from './gen2-address-image.ts';

describe('gen-2 DF1/EF04 address image (chip.md §5.2, §5.3)', () => {
  it('is DF D1 82 09 C4 + 2500 NUL-padded, 2505 bytes, with a two-byte tag', () => {
    const tiff = fromHex('49492A00 0800 0000 CD');
    const file = encodeGen2AddressImage(tiff);
    expect(file.length).toBe(2505);
    expect(toHex(file.subarray(0, 5))).toBe('DFD18209C4');
    expect(decodeGen2AddressImage(file)).toEqual(tiff);
    expect(encodeGen2AddressImage(decodeGen2AddressImage(file))).toEqual(file);
  });

  it('refuses the one-byte D1 tag and an empty DO', () => {
    expect(() => decodeGen2AddressImage(fromHex('D10131'))).toThrow(CardFileError);
    expect(() => decodeGen2AddressImage(fromHex('DFD100'))).toThrow(CardFileError);
  });
});
