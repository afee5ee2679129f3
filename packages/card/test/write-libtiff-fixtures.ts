/**
 * Writes `fixtures/libtiff/*`: bi-level test bitmaps as uncompressed TIFFs (written here), then the same
 * images compressed with CCITT G4 by libtiff's `tiffcp` (Debian `libtiff-tools`) — one strip, 5-row strips,
 * and LSB-first fill order — so the G4 decoder is checked against an encoder nobody here wrote. Run once:
 * `npx tsx packages/card/test/write-libtiff-fixtures.ts` (needs tiffcp). Synthetic images only.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bitmap, createBitmap, fillRect } from '../src/images/bitmap.ts';
import { drawText } from '../src/images/bitmap-font.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'libtiff');

/** An uncompressed, one-strip, WhiteIsZero bi-level TIFF. */
export function rawTiff(b: Bitmap): Uint8Array {
  const rowBytes = Math.ceil(b.width / 8);
  const data = new Uint8Array(rowBytes * b.height);
  for (let y = 0; y < b.height; y++)
    for (let x = 0; x < b.width; x++)
      if (b.pixels[y * b.width + x]) data[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  const entries: [number, number, number][] = [
    [256, 4, b.width],
    [257, 4, b.height],
    [258, 3, 1],
    [259, 3, 1],
    [262, 3, 0],
    [273, 4, 0],
    [277, 3, 1],
    [278, 4, b.height],
    [279, 4, data.length],
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const out = new Uint8Array(8 + ifdSize + data.length);
  const dv = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0]);
  dv.setUint32(4, 8, true);
  dv.setUint16(8, entries.length, true);
  entries.forEach(([tag, type, v], k) => {
    const p = 10 + k * 12;
    dv.setUint16(p, tag, true);
    dv.setUint16(p + 2, type, true);
    dv.setUint32(p + 4, 1, true);
    if (type === 3) dv.setUint16(p + 8, v, true);
    else dv.setUint32(p + 8, tag === 273 ? 8 + ifdSize : v, true);
  });
  out.set(data, 8 + ifdSize);
  return out;
}

/** The test bitmaps: card-like text, a checkerboard, random runs, a wide image with runs past 2560. */
export function libtiffBitmaps(): Record<string, Bitmap> {
  const text = createBitmap(300, 48);
  fillRect(text, 0, 0, 300, 2);
  drawText(text, 'SANDBOX TARO 1990', 6, 10, 3);
  const checker = createBitmap(61, 23);
  for (let y = 0; y < 23; y++) for (let x = 0; x < 61; x++) checker.pixels[y * 61 + x] = (x + y) % 2;
  const noise = createBitmap(157, 41);
  let s = 12345;
  let v = 0;
  for (let i = 0; i < noise.pixels.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    if (s / 2 ** 32 < 0.15) v ^= 1;
    noise.pixels[i] = v;
  }
  const wide = createBitmap(5000, 6);
  fillRect(wide, 0, 1, 4990, 1);
  fillRect(wide, 2700, 3, 2000, 2);
  return { text, checker, noise, wide };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, b] of Object.entries(libtiffBitmaps())) {
    const raw = join(DIR, `${name}-raw.tif`);
    writeFileSync(raw, rawTiff(b));
    execFileSync('tiffcp', ['-c', 'g4', raw, join(DIR, `${name}-g4.tif`)]);
    execFileSync('tiffcp', ['-c', 'g4', '-r', '5', raw, join(DIR, `${name}-g4-strips.tif`)]);
    execFileSync('tiffcp', ['-c', 'g4', '-f', 'lsb2msb', raw, join(DIR, `${name}-g4-lsb.tif`)]);
    process.stdout.write(`${name}: written\n`);
  }
}
