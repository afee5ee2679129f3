/**
 * Bi-level TIFF with CCITT T.6 (Group 4, "MMR") compression — the format of the chip's card-face, name and
 * address images (chip.md §4.2 `D0`, §5.3 `D0`/`DFD1`). The encoder is hand-written (T.6 two-dimensional coding
 * against the previous line, pass / horizontal / vertical modes, EOFB) and writes a little-endian TIFF with one
 * strip, Compression=4, PhotometricInterpretation=0 (WhiteIsZero), FillOrder=1. Decoding is bounded by an image
 * budget (`tiff-container.ts`, `g4-decoder.ts`); utif2 stays the independent oracle the tests compare against.
 */
import type { Bitmap } from './bitmap.ts';
import {
  BLACK_MAKEUP,
  BLACK_TERMINATING,
  EOL,
  EXTENDED_MAKEUP,
  HORIZONTAL,
  PASS,
  VERTICAL,
  WHITE_MAKEUP,
  WHITE_TERMINATING,
} from './g4-codes.ts';
import { decodeG4 } from './g4-decoder.ts';
import { DEFAULT_IMAGE_BUDGET, type ImageBudget, WorkMeter } from './image-budget.ts';
import { ImageError } from './image-error.ts';
import { readTiffImageInfo } from './tiff-container.ts';

export { G4_CODE_TABLES } from './g4-codes.ts';

class BitWriter {
  private readonly out: number[] = [];
  private acc = 0;
  private n = 0;

  write(code: string): void {
    for (let i = 0; i < code.length; i++) {
      this.acc = (this.acc << 1) | (code.charCodeAt(i) === 49 ? 1 : 0);
      if (++this.n === 8) {
        this.out.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }

  bytes(): Uint8Array {
    if (this.n > 0) this.out.push(this.acc << (8 - this.n));
    this.acc = 0;
    this.n = 0;
    return Uint8Array.from(this.out);
  }
}

function writeRun(w: BitWriter, run: number, black: boolean): void {
  let r = run;
  while (r >= 2560) {
    w.write(EXTENDED_MAKEUP[12] as string);
    r -= 2560;
  }
  if (r >= 64) {
    const m = r >> 6; // multiples of 64
    w.write((m <= 27 ? (black ? BLACK_MAKEUP : WHITE_MAKEUP)[m - 1] : EXTENDED_MAKEUP[m - 28]) as string);
    r -= m << 6;
  }
  w.write((black ? BLACK_TERMINATING : WHITE_TERMINATING)[r] as string);
}

/** Positions where a line changes colour (the imaginary pixel before it is white). */
function changingElements(px: Uint8Array, start: number, width: number): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let x = 0; x < width; x++) {
    const v = px[start + x] ? 1 : 0;
    if (v !== prev) {
      out.push(x);
      prev = v;
    }
  }
  return out;
}

/** Index of the first change in `ch` greater than `pos`, from `from`. */
function firstAfter(ch: number[], pos: number, from = 0): number {
  let i = from;
  while (i < ch.length && (ch[i] as number) <= pos) i++;
  return i;
}

/** CCITT T.6 (Group 4) data of a bitmap: every line coded against the previous one, then EOFB, byte-padded. */
export function encodeG4(bitmap: Bitmap): Uint8Array {
  const { width, height, pixels } = bitmap;
  if (pixels.length !== width * height)
    throw new ImageError('bad-input', 'pixel buffer does not match the size');
  const w = new BitWriter();
  let ref: number[] = [];
  for (let y = 0; y < height; y++) {
    const cur = changingElements(pixels, y * width, width);
    const at = (ch: number[], i: number) => (i < ch.length ? (ch[i] as number) : width);
    let a0 = -1;
    let black = false;
    while (a0 < width) {
      const a1 = at(cur, firstAfter(cur, a0));
      // b1: first change on the reference line right of a0 whose new colour is opposite to a0's colour.
      // Changes alternate white→black (even index) and black→white (odd index).
      let i = firstAfter(ref, a0);
      if (i % 2 !== (black ? 1 : 0)) i++;
      const b1 = at(ref, i);
      const b2 = at(ref, i + 1);
      if (b2 < a1) {
        w.write(PASS);
        a0 = b2;
      } else if (Math.abs(a1 - b1) <= 3) {
        w.write(VERTICAL[a1 - b1] as string);
        a0 = a1;
        black = !black;
      } else {
        const a2 = at(cur, firstAfter(cur, a1));
        w.write(HORIZONTAL);
        writeRun(w, a1 - Math.max(a0, 0), black);
        writeRun(w, a2 - a1, !black);
        a0 = a2;
      }
    }
    ref = cur;
  }
  w.write(EOL);
  w.write(EOL);
  return w.bytes();
}

const IFD_OFFSET = 8;

/**
 * A complete TIFF file (little-endian, one strip, Compression=4, WhiteIsZero, FillOrder=1, 200 dpi) of a bitmap.
 * The strip comes last, so the file ends in image data, never in `00` — it survives the NUL-trimming of card DOs.
 */
export function encodeTiffG4(bitmap: Bitmap, dpi = 200): Uint8Array {
  const strip = encodeG4(bitmap);
  // tag, type (3 SHORT, 4 LONG, 5 RATIONAL), value
  const entries: [number, number, number][] = [
    [256, 4, bitmap.width],
    [257, 4, bitmap.height],
    [258, 3, 1], // BitsPerSample
    [259, 3, 4], // Compression: CCITT T.6
    [262, 3, 0], // PhotometricInterpretation: WhiteIsZero
    [266, 3, 1], // FillOrder: MSB first
    [273, 4, 0], // StripOffsets (patched below)
    [277, 3, 1], // SamplesPerPixel
    [278, 4, bitmap.height], // RowsPerStrip
    [279, 4, strip.length], // StripByteCounts
    [282, 5, 0], // XResolution (offset patched below)
    [283, 5, 0], // YResolution
    [293, 4, 0], // T6Options
    [296, 3, 2], // ResolutionUnit: inch
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const rationals = IFD_OFFSET + ifdSize;
  const stripOffset = rationals + 16;
  const out = new Uint8Array(stripOffset + strip.length);
  const dv = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  dv.setUint32(4, IFD_OFFSET, true);
  dv.setUint16(IFD_OFFSET, entries.length, true);
  entries.forEach(([tag, type, value], k) => {
    const p = IFD_OFFSET + 2 + k * 12;
    let v = value;
    if (tag === 273) v = stripOffset;
    if (tag === 282) v = rationals;
    if (tag === 283) v = rationals + 8;
    dv.setUint16(p, tag, true);
    dv.setUint16(p + 2, type, true);
    dv.setUint32(p + 4, 1, true);
    if (type === 3) dv.setUint16(p + 8, v, true);
    else dv.setUint32(p + 8, v, true);
  });
  dv.setUint32(IFD_OFFSET + 2 + entries.length * 12, 0, true); // no next IFD
  for (const off of [rationals, rationals + 8]) {
    dv.setUint32(off, dpi, true);
    dv.setUint32(off + 4, 1, true);
  }
  out.set(strip, stripOffset);
  return out;
}

/**
 * The first image of a bi-level TIFF (uncompressed or CCITT G4) as a {@link Bitmap}, within `budget`: the
 * container is checked first (dimensions, strips, tags — see `readTiffImageInfo`), then every strip is decoded
 * with a work meter. Honours WhiteIsZero / BlackIsZero and both fill orders. Tolerates missing trailing `00`
 * bytes (card DOs are NUL-trimmed). Every failure is an {@link ImageError}.
 */
export function decodeTiffBitmap(bytes: Uint8Array, budget: ImageBudget = DEFAULT_IMAGE_BUDGET): Bitmap {
  const info = readTiffImageInfo(bytes, budget);
  const { width, height } = info;
  const meter = new WorkMeter(budget.maxWork, 'TIFF');
  const coded = new Uint8Array(width * height);
  let y = 0;
  for (const strip of info.strips) {
    const data = bytes.subarray(strip.offset, strip.offset + strip.length);
    if (info.compression === 4) decodeG4(data, width, strip.rows, coded, y * width, meter, info.fillOrder);
    else unpackRows(data, width, strip.rows, coded, y * width, meter, info.fillOrder);
    y += strip.rows;
  }
  // G4 codes "white" as 0; WhiteIsZero keeps 1 = black, BlackIsZero turns it round (as utif2 and libtiff do)
  if (info.photometric === 1) for (let i = 0; i < coded.length; i++) coded[i] = coded[i] ? 0 : 1;
  return { width, height, pixels: coded };
}

function unpackRows(
  data: Uint8Array,
  width: number,
  rows: number,
  out: Uint8Array,
  offset: number,
  meter: WorkMeter,
  fillOrder: 1 | 2,
): void {
  const rowBytes = Math.ceil(width / 8);
  meter.spend(width * rows);
  for (let r = 0; r < rows; r++)
    for (let x = 0; x < width; x++) {
      const byte = data[r * rowBytes + (x >> 3)] ?? 0;
      const bit = fillOrder === 1 ? (byte >> (7 - (x & 7))) & 1 : (byte >> (x & 7)) & 1;
      out[offset + r * width + x] = bit;
    }
}
