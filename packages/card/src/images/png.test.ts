import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { createBitmap, fillRect } from './bitmap.ts';
import { ImageError } from './image-error.ts';
import { decodePng, encodePng } from './png.ts';
import { createRaster } from './raster-image.ts';
import { syntheticFace } from './synthetic-face.ts';

describe('PNG export', () => {
  it('encodes a colour raster that decodes to the same pixels', () => {
    const face = syntheticFace(9);
    const png = encodePng(face);
    expect(toHex(png.subarray(0, 8))).toBe('89504E470D0A1A0A');
    expect(decodePng(png)).toEqual(face);
  });

  it('encodes a bitmap as black ink on white grey', () => {
    const b = createBitmap(4, 2);
    fillRect(b, 0, 0, 2, 1);
    const back = decodePng(encodePng(b));
    expect(back.channels).toBe(1);
    expect(Array.from(back.data)).toEqual([0, 0, 255, 255, 255, 255, 255, 255]);
  });

  it('keeps RGBA and refuses mismatched buffers and non-PNG bytes', () => {
    const rgba = createRaster(2, 2, [10, 20, 30, 40]);
    expect(decodePng(encodePng(rgba))).toEqual(rgba);
    expect(() => encodePng({ width: 2, height: 2, channels: 3, data: new Uint8Array(5) })).toThrow(
      ImageError,
    );
    expect(() => decodePng(Uint8Array.of(1, 2, 3))).toThrow(ImageError);
    expect(() => createRaster(1, 1, [1, 2])).toThrow(ImageError);
  });
});
