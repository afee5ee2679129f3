import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { libtiffBitmaps, rawTiff } from '../../test/write-libtiff-fixtures.ts';
import { toHex } from '../bytes.ts';
import { type Bitmap, createBitmap, fillRect } from './bitmap.ts';
import { drawText } from './bitmap-font.ts';
import { ImageError } from './image-error.ts';
import { decodeTiffBitmap, encodeG4, encodeTiffG4, G4_CODE_TABLES } from './tiff-g4.ts';

function bitmapOf(width: number, height: number, f: (x: number, y: number) => boolean): Bitmap {
  const b = createBitmap(width, height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) b.pixels[y * width + x] = f(x, y) ? 1 : 0;
  return b;
}

/** utif2's reading of a bi-level TIFF (the independent oracle; it has no budget, so only for trusted files). */
function utif2Pixels(tiff: Uint8Array): Uint8Array {
  const buffer = tiff.slice().buffer;
  const [ifd] = UTIF.decode(buffer);
  UTIF.decodeImage(buffer, ifd!);
  const rgba = UTIF.toRGBA8(ifd!);
  return Uint8Array.from({ length: rgba.length / 4 }, (_, i) => ((rgba[i * 4] as number) < 128 ? 1 : 0));
}

function expectRoundTrip(b: Bitmap): Uint8Array {
  const tiff = encodeTiffG4(b);
  const back = decodeTiffBitmap(tiff);
  expect([back.width, back.height]).toEqual([b.width, b.height]);
  expect(back.pixels).toEqual(b.pixels);
  expect(utif2Pixels(tiff)).toEqual(b.pixels); // our encoder, read by someone else's decoder
  return tiff;
}

describe('CCITT G4 code tables (ITU-T T.4 / T.6)', () => {
  it('are prefix-free per colour (Kraft sum at most 1)', () => {
    for (const set of [G4_CODE_TABLES.white, G4_CODE_TABLES.black, G4_CODE_TABLES.modes]) {
      const codes = [...set];
      expect(new Set(codes).size).toBe(codes.length);
      for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
      const kraft = codes.reduce((s, c) => s + 2 ** -c.length, 0);
      expect(kraft).toBeLessThanOrEqual(1);
    }
    expect(G4_CODE_TABLES.white).toHaveLength(64 + 27 + 13);
    expect(G4_CODE_TABLES.black).toHaveLength(64 + 27 + 13);
  });

  it('codes an all-white line as V0 per line and ends with EOFB (T.6 §2.4)', () => {
    // 2 lines of white: V0 V0 then 000000000001 000000000001, padded: 11000000 00000100 00000000 01000000
    expect(toHex(encodeG4(createBitmap(8, 2)))).toBe('C0040040');
  });
});

describe('TIFF G4 files', () => {
  it('start with II*\\0 and carry the tags utif2 reads (Compression 4, WhiteIsZero, FillOrder 1)', () => {
    const b = bitmapOf(40, 10, (x, y) => (x + y) % 7 === 0);
    const tiff = encodeTiffG4(b);
    expect(toHex(tiff.subarray(0, 4))).toBe('49492A00');
    expect(tiff[tiff.length - 1]).not.toBe(0);
    const [ifd] = UTIF.decode(tiff.slice().buffer);
    expect(ifd?.t259).toEqual([4]);
    expect(ifd?.t262).toEqual([0]);
    expect(ifd?.t266).toEqual([1]);
    expect(ifd?.t256).toEqual([40]);
    expect(ifd?.t257).toEqual([10]);
  });

  it('decode pixel for pixel in utif2 for edge-case bitmaps', () => {
    expectRoundTrip(createBitmap(1, 1));
    expectRoundTrip(bitmapOf(1, 5, () => true));
    expectRoundTrip(bitmapOf(17, 9, () => true));
    expectRoundTrip(bitmapOf(33, 33, (x, y) => (x + y) % 2 === 0)); // checkerboard: every mode
    expectRoundTrip(bitmapOf(64, 8, (x) => x % 3 === 0)); // vertical stripes
    expectRoundTrip(bitmapOf(50, 20, (x, y) => x > y * 3 || x === 49)); // diagonals and the last column
    expectRoundTrip(bitmapOf(6000, 3, (x, y) => (y === 1 ? x >= 2600 : x < 5900))); // runs past 2560
    expectRoundTrip(bitmapOf(1800, 2, (x, y) => (y === 0 ? x >= 1729 : x < 1792)));
  });

  it('decode pixel for pixel in utif2 for random bitmaps', () => {
    const arb = fc
      .record({
        width: fc.integer({ min: 1, max: 200 }),
        height: fc.integer({ min: 1, max: 12 }),
        seed: fc.integer(),
        density: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ width, height, seed, density }) => {
        let s = seed >>> 0;
        const rnd = () => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 2 ** 32;
        };
        // runs of random length, so both short and long runs occur
        let v = 0;
        return bitmapOf(width, height, () => {
          if (rnd() < density * 0.5) v ^= 1;
          return v === 1;
        });
      });
    fc.assert(
      fc.property(arb, (b) => {
        expectRoundTrip(b);
      }),
      { numRuns: 300 },
    );
  });

  it('fit the chip fields for synthetic card images (chip.md §4.1 D0 7000, §5.3 D0/DFD1 2500)', () => {
    const front = createBitmap(674, 425);
    fillRect(front, 0, 0, 674, 3);
    fillRect(front, 0, 422, 674, 3);
    drawText(front, 'SANDBOX RESIDENCE CARD', 20, 16, 2);
    drawText(front, 'NAME SANDBOX TARO', 20, 60, 3);
    drawText(front, 'DATE OF BIRTH 1990-01-01  SEX X  NATIONALITY UTOPIA', 20, 110, 2);
    drawText(front, 'ADDRESS 1-2-3 SANDBOX-CHO, SANDBOX-KU', 20, 150, 2);
    drawText(front, 'STATUS SANDBOX  PERIOD 3 YEARS (2029-06-14)', 20, 190, 2);
    drawText(front, 'AB12345678CD', 420, 16, 2);
    const frontTiff = expectRoundTrip(front);
    expect(frontTiff.length).toBeLessThanOrEqual(7000);
    const name = createBitmap(480, 40);
    drawText(name, 'SANDBOX TARO', 8, 6, 4);
    expect(expectRoundTrip(name).length).toBeLessThanOrEqual(2500);
    const address = createBitmap(640, 64);
    drawText(address, '1-2-3 SANDBOX-CHO, SANDBOX-KU', 8, 8, 2);
    drawText(address, 'TOKYO-TO 100-0000', 8, 36, 2);
    expect(expectRoundTrip(address).length).toBeLessThanOrEqual(2500);
  });

  it('decode when trailing 00 bytes were trimmed, and refuse what is not a bi-level TIFF', () => {
    const b = bitmapOf(30, 4, (x) => x < 10);
    const tiff = encodeTiffG4(b);
    expect(decodeTiffBitmap(tiff.subarray(0, tiff.length)).pixels).toEqual(b.pixels);
    for (const bad of [
      new Uint8Array(0),
      Uint8Array.of(1, 2, 3),
      tiff.subarray(0, 30),
      new Uint8Array(64).fill(0x49),
    ])
      expect(() => decodeTiffBitmap(bad)).toThrow(ImageError);
    expect(() => encodeG4({ width: 3, height: 3, pixels: new Uint8Array(8) })).toThrow(ImageError);
  });

  it('read libtiff’s G4 output pixel for pixel: one strip, 5-row strips, LSB-first fill order (utif2 agrees)', () => {
    const dir = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'libtiff');
    for (const [name, b] of Object.entries(libtiffBitmaps())) {
      const raw = new Uint8Array(readFileSync(join(dir, `${name}-raw.tif`)));
      expect(toHex(raw)).toBe(toHex(rawTiff(b))); // the committed source is what the builder makes
      expect(decodeTiffBitmap(raw).pixels, `${name} raw`).toEqual(b.pixels);
      for (const variant of ['g4', 'g4-strips', 'g4-lsb']) {
        const file = new Uint8Array(readFileSync(join(dir, `${name}-${variant}.tif`)));
        const got = decodeTiffBitmap(file);
        expect([got.width, got.height], `${name}-${variant}`).toEqual([b.width, b.height]);
        expect(got.pixels, `${name}-${variant}`).toEqual(b.pixels);
        expect(utif2Pixels(file), `${name}-${variant} (utif2)`).toEqual(b.pixels);
      }
    }
  });

  it('refuses malformed G4 data with bad-image: runs past the line, vertical codes outside it, truncation', () => {
    const b = bitmapOf(40, 6, (x, y) => (x * y) % 5 === 1);
    const tiff = encodeTiffG4(b);
    const stripAt = tiff.length - encodeG4(b).length;
    const bad: Uint8Array[] = [];
    for (const cut of [1, 3, 6]) bad.push(tiff.slice(0, tiff.length - cut)); // truncated strip
    for (let i = 0; i < 12; i++) {
      const t = tiff.slice();
      const at = stripAt + (i % 6);
      t[at] = (t[at] as number) ^ (1 << (i % 8)); // flipped bits in the data
      bad.push(t);
    }
    let refused = 0;
    for (const t of bad) {
      try {
        decodeTiffBitmap(t);
      } catch (e) {
        expect(e).toBeInstanceOf(ImageError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(5); // some flips still decode (to other pixels); none throws anything else
  });
});
