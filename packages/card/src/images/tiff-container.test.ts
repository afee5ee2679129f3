import { describe, expect, it } from 'vitest';
import { createBitmap } from './bitmap.ts';
import { DEFAULT_IMAGE_BUDGET } from './image-budget.ts';
import { ImageError } from './image-error.ts';
import { readTiffImageInfo } from './tiff-container.ts';
import { encodeTiffG4 } from './tiff-g4.ts';

const codeOf = (bytes: Uint8Array, budget = DEFAULT_IMAGE_BUDGET) => {
  try {
    readTiffImageInfo(bytes, budget);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ImageError);
    return (e as ImageError).code;
  }
};

/** The encoder's file with one IFD entry's value (or count) replaced. */
function patch(tag: number, field: 'count' | 'value', v: number): Uint8Array {
  const t = encodeTiffG4(createBitmap(16, 4));
  const dv = new DataView(t.buffer);
  const n = dv.getUint16(8, true);
  for (let k = 0; k < n; k++) {
    const p = 10 + k * 12;
    if (dv.getUint16(p, true) !== tag) continue;
    if (field === 'count') dv.setUint32(p + 4, v, true);
    else if (dv.getUint16(p + 2, true) === 3) dv.setUint16(p + 8, v, true);
    else dv.setUint32(p + 8, v, true);
  }
  return t;
}

describe('TIFF container', () => {
  it('reads what the encoder writes', () => {
    const info = readTiffImageInfo(encodeTiffG4(createBitmap(16, 4)), DEFAULT_IMAGE_BUDGET);
    expect(info).toMatchObject({ width: 16, height: 4, compression: 4, photometric: 0, fillOrder: 1 });
    expect(info.strips).toHaveLength(1);
  });

  it('refuses each structural lie with its own code, before decoding anything', () => {
    expect(codeOf(patch(256, 'value', 100_000))).toBe('image-too-large');
    expect(codeOf(patch(257, 'value', 0))).toBe('bad-image');
    expect(codeOf(patch(259, 'value', 5))).toBe('unsupported-image'); // LZW
    expect(codeOf(patch(258, 'value', 8))).toBe('unsupported-image'); // not bi-level
    expect(codeOf(patch(262, 'value', 2))).toBe('unsupported-image'); // RGB
    expect(codeOf(patch(273, 'value', 1_000_000))).toBe('bad-image'); // strip outside the file
    expect(codeOf(patch(279, 'value', 1_000_000))).toBe('bad-image');
    expect(codeOf(patch(278, 'value', 1))).toBe('bad-image'); // 4 strips needed, 1 given
    expect(codeOf(patch(273, 'count', 5000))).toBe('image-too-large');
    expect(codeOf(patch(258, 'count', 0x40000000))).toBe('bad-image');
    expect(codeOf(Uint8Array.of(0x49, 0x49, 0x2b, 0, 8, 0, 0, 0))).toBe('bad-image'); // BigTIFF
    expect(codeOf(Uint8Array.of(0x49, 0x49, 0x2a, 0, 0xff, 0xff, 0xff, 0x7f))).toBe('bad-image');
    expect(codeOf(new Uint8Array(300_000).fill(0x49))).toBe('image-input-too-large');
  });
});
