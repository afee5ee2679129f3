import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2NameAndFace, encodeGen2NameAndFace } from './gen2-name-face.ts';

describe('gen-2 DF1/EF03 name image + face (chip.md §5.2, §5.4)', () => {
  const nameImage = fromHex('49492A00 0800 0000 AB');
  const face = fromHex('0000000C6A5020200D0A870A FFD9');

  it('is D0 82 09 C4 ‖ 2500 ‖ D1 82 0B B8 ‖ 3000 = 5508 bytes (the §5.4 plaintext)', () => {
    const file = encodeGen2NameAndFace({ nameImage, face });
    expect(file.length).toBe(5508);
    expect(toHex(file.subarray(0, 4))).toBe('D08209C4');
    expect(toHex(file.subarray(2504, 2508))).toBe('D1820BB8');
    expect(decodeGen2NameAndFace(file)).toEqual({ nameImage, face });
    expect(encodeGen2NameAndFace(decodeGen2NameAndFace(file))).toEqual(file);
  });

  it('writes a missing face (under 1 year) as D1 00 and NUL padding', () => {
    const file = encodeGen2NameAndFace({ nameImage, face: null });
    expect(file.length).toBe(5508);
    expect(toHex(file.subarray(2504, 2507))).toBe('D10000');
    expect(decodeGen2NameAndFace(file)).toEqual({ nameImage, face: null });
  });

  it('refuses oversized images and a missing name image', () => {
    expect(() => encodeGen2NameAndFace({ nameImage: new Uint8Array(2501).fill(1), face })).toThrow(
      CardFileError,
    );
    expect(() => encodeGen2NameAndFace({ nameImage, face: new Uint8Array(3001).fill(1) })).toThrow(
      CardFileError,
    );
    expect(() => decodeGen2NameAndFace(fromHex('D000D100'))).toThrow(CardFileError);
  });
});
