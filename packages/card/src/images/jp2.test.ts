import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { concat, toHex } from '../bytes.ts';
import { ImageError } from './image-error.ts';
import { decodeJp2, encodeJp2, extractCodestream, JP2_SIGNATURE, openjpegLog, wrapJp2 } from './jp2.ts';
import { createRaster, type RasterImage } from './raster-image.ts';
import { syntheticFace } from './synthetic-face.ts';

function meanAbsError(a: RasterImage, b: RasterImage): number {
  let e = 0;
  for (let i = 0; i < a.data.length; i++) e += Math.abs((a.data[i] as number) - (b.data[i] as number));
  return e / a.data.length;
}

describe('JPEG 2000 face (chip.md §4.2 D1, §5.3)', () => {
  let writes: unknown[] = [];
  beforeEach(() => {
    writes = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      writes.push(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('encodes a synthetic face as a JP2 file within 3000 bytes that decodes to the same size and colours', async () => {
    for (const seed of ['SANDBOX TARO', 'SANDBOX HANAKO', 7]) {
      const face = syntheticFace(seed);
      const jp2 = await encodeJp2(face);
      expect(jp2.length).toBeLessThanOrEqual(3000);
      expect(toHex(jp2.subarray(0, 12))).toBe(toHex(JP2_SIGNATURE));
      expect(new TextDecoder().decode(jp2.subarray(16, 24))).toBe('ftypjp2 ');
      expect(jp2[jp2.length - 1]).not.toBe(0); // ends in EOC (FF D9): survives NUL-trimming of the DO
      const back = await decodeJp2(jp2);
      expect([back.width, back.height, back.channels]).toEqual([face.width, face.height, 3]);
      expect(meanAbsError(face, back)).toBeLessThan(8);
      expect(await encodeJp2(face)).toEqual(jp2); // deterministic
    }
    expect(writes).toEqual([]); // OpenJPEG's [INFO] lines were captured, not printed
    expect(openjpegLog().some((l) => l.includes('[INFO]'))).toBe(true);
  });

  it('decodes the bare codestream too, and grey images', async () => {
    const grey = createRaster(32, 24, [128]);
    for (let i = 0; i < grey.data.length; i++) grey.data[i] = (i * 7) % 256 > 128 ? 200 : 40;
    const jp2 = await encodeJp2(grey, { maxBytes: 1500 });
    const cs = extractCodestream(jp2);
    expect(toHex(cs.subarray(0, 4))).toBe('FF4FFF51');
    const a = await decodeJp2(jp2);
    const b = await decodeJp2(cs);
    expect(a).toEqual(b);
    expect(a.channels).toBe(1);
    expect(meanAbsError(grey, a)).toBeLessThan(30);
  });

  it('honours a tighter budget and refuses impossible ones', async () => {
    const face = syntheticFace(1);
    expect((await encodeJp2(face, { maxBytes: 1200 })).length).toBeLessThanOrEqual(1200);
    await expect(encodeJp2(face, { maxBytes: 100 })).rejects.toBeInstanceOf(ImageError);
    await expect(encodeJp2(createRaster(4, 4, [1, 2, 3, 4]))).rejects.toBeInstanceOf(ImageError);
  });

  it('gives ImageError for damaged files and keeps working afterwards', async () => {
    const jp2 = await encodeJp2(syntheticFace(2));
    const bad = [
      new Uint8Array(0),
      Uint8Array.of(0xff, 0xd8, 0xff),
      jp2.subarray(0, 40),
      concat(jp2.subarray(0, 90), new Uint8Array(50).fill(0xff)),
      wrapJp2(Uint8Array.of(0xff, 0x4f, 0xff, 0x51, 0, 0x2f), 1, 1, 3),
    ];
    for (const b of bad) await expect(decodeJp2(b)).rejects.toBeInstanceOf(ImageError);
    expect((await decodeJp2(jp2)).width).toBe(120);
  });
});
