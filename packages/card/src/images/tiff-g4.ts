/**
 * Bi-level TIFF with CCITT T.6 (Group 4, "MMR") compression — the format of the chip's card-face, name and
 * address images (chip.md §4.2 `D0`, §5.3 `D0`/`DFD1`). The encoder is hand-written (T.6 two-dimensional coding
 * against the previous line, pass / horizontal / vertical modes, EOFB) and writes a little-endian TIFF with one
 * strip, Compression=4, PhotometricInterpretation=0 (WhiteIsZero), FillOrder=1; decoding goes through utif2.
 */
import UTIF from 'utif2';
import type { Bitmap } from './bitmap.ts';
import { ImageError } from './image-error.ts';

// ITU-T T.4 Tables 2 and 3: terminating codes (run 0–63), then make-up codes (64–1728), as bit strings.
const WHITE_TERMINATING = [
  '00110101',
  '000111',
  '0111',
  '1000',
  '1011',
  '1100',
  '1110',
  '1111',
  '10011',
  '10100',
  '00111',
  '01000',
  '001000',
  '000011',
  '110100',
  '110101',
  '101010',
  '101011',
  '0100111',
  '0001100',
  '0001000',
  '0010111',
  '0000011',
  '0000100',
  '0101000',
  '0101011',
  '0010011',
  '0100100',
  '0011000',
  '00000010',
  '00000011',
  '00011010',
  '00011011',
  '00010010',
  '00010011',
  '00010100',
  '00010101',
  '00010110',
  '00010111',
  '00101000',
  '00101001',
  '00101010',
  '00101011',
  '00101100',
  '00101101',
  '00000100',
  '00000101',
  '00001010',
  '00001011',
  '01010010',
  '01010011',
  '01010100',
  '01010101',
  '00100100',
  '00100101',
  '01011000',
  '01011001',
  '01011010',
  '01011011',
  '01001010',
  '01001011',
  '00110010',
  '00110011',
  '00110100',
];
const BLACK_TERMINATING = [
  '0000110111',
  '010',
  '11',
  '10',
  '011',
  '0011',
  '0010',
  '00011',
  '000101',
  '000100',
  '0000100',
  '0000101',
  '0000111',
  '00000100',
  '00000111',
  '000011000',
  '0000010111',
  '0000011000',
  '0000001000',
  '00001100111',
  '00001101000',
  '00001101100',
  '00000110111',
  '00000101000',
  '00000010111',
  '00000011000',
  '000011001010',
  '000011001011',
  '000011001100',
  '000011001101',
  '000001101000',
  '000001101001',
  '000001101010',
  '000001101011',
  '000011010010',
  '000011010011',
  '000011010100',
  '000011010101',
  '000011010110',
  '000011010111',
  '000001101100',
  '000001101101',
  '000011011010',
  '000011011011',
  '000001010100',
  '000001010101',
  '000001010110',
  '000001010111',
  '000001100100',
  '000001100101',
  '000001010010',
  '000001010011',
  '000000100100',
  '000000110111',
  '000000111000',
  '000000100111',
  '000000101000',
  '000001011000',
  '000001011001',
  '000000101011',
  '000000101100',
  '000001011010',
  '000001100110',
  '000001100111',
];
/** Make-up codes for 64, 128, … 1728 (index = run / 64 − 1). */
const WHITE_MAKEUP = [
  '11011',
  '10010',
  '010111',
  '0110111',
  '00110110',
  '00110111',
  '01100100',
  '01100101',
  '01101000',
  '01100111',
  '011001100',
  '011001101',
  '011010010',
  '011010011',
  '011010100',
  '011010101',
  '011010110',
  '011010111',
  '011011000',
  '011011001',
  '011011010',
  '011011011',
  '010011000',
  '010011001',
  '010011010',
  '011000',
  '010011011',
];
const BLACK_MAKEUP = [
  '0000001111',
  '000011001000',
  '000011001001',
  '000001011011',
  '000000110011',
  '000000110100',
  '000000110101',
  '0000001101100',
  '0000001101101',
  '0000001001010',
  '0000001001011',
  '0000001001100',
  '0000001001101',
  '0000001110010',
  '0000001110011',
  '0000001110100',
  '0000001110101',
  '0000001110110',
  '0000001110111',
  '0000001010010',
  '0000001010011',
  '0000001010100',
  '0000001010101',
  '0000001011010',
  '0000001011011',
  '0000001100100',
  '0000001100101',
];
/** Extended make-up codes for 1792 … 2560, shared by both colours (T.4 Table 3 bis). */
const EXTENDED_MAKEUP = [
  '00000001000',
  '00000001100',
  '00000001101',
  '000000010010',
  '000000010011',
  '000000010100',
  '000000010101',
  '000000010110',
  '000000010111',
  '000000011100',
  '000000011101',
  '000000011110',
  '000000011111',
];
// ITU-T T.6 Table 1: two-dimensional mode codes; vertical codes by a1 − b1 (−3 … +3).
const PASS = '0001';
const HORIZONTAL = '001';
const VERTICAL: Record<number, string> = {
  [-3]: '0000010',
  [-2]: '000010',
  [-1]: '010',
  0: '1',
  1: '011',
  2: '000011',
  3: '0000011',
};
const EOL = '000000000001';

/** The T.6 code tables, exported so tests can check they are prefix-free (a wrong bit shows up there). */
export const G4_CODE_TABLES = {
  white: [...WHITE_TERMINATING, ...WHITE_MAKEUP, ...EXTENDED_MAKEUP],
  black: [...BLACK_TERMINATING, ...BLACK_MAKEUP, ...EXTENDED_MAKEUP],
  modes: [PASS, HORIZONTAL, ...Object.values(VERTICAL)],
} as const;

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
 * The first image of a bi-level TIFF (any compression utif2 reads, G4 included) as a {@link Bitmap}; honours
 * WhiteIsZero / BlackIsZero. Tolerates missing trailing `00` bytes (card DOs are NUL-trimmed).
 */
export function decodeTiffBitmap(bytes: Uint8Array): Bitmap {
  if (
    bytes.length < 8 ||
    !((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d))
  )
    throw new ImageError('bad-image', 'not a TIFF file');
  const padded = new Uint8Array(bytes.length + 16);
  padded.set(bytes);
  const buffer = padded.buffer;
  let ifd: UTIF.IFD;
  try {
    const ifds = UTIF.decode(buffer);
    const first = ifds[0];
    if (!first) throw new Error('no image directory');
    UTIF.decodeImage(buffer, first);
    ifd = first;
  } catch (e) {
    throw new ImageError('bad-image', 'TIFF could not be decoded', e);
  }
  const bps = tagNumber(ifd.t258) ?? 1;
  const spp = tagNumber(ifd.t277) ?? 1;
  const { width, height } = ifd;
  if (bps !== 1 || spp !== 1) throw new ImageError('unsupported-image', 'TIFF is not bi-level');
  if (!width || !height || !(ifd.data instanceof Uint8Array))
    throw new ImageError('bad-image', 'TIFF has no decodable image');
  let rgba: Uint8Array;
  try {
    rgba = UTIF.toRGBA8(ifd);
  } catch (e) {
    throw new ImageError('bad-image', 'TIFF pixels could not be converted', e);
  }
  if (rgba.length < width * height * 4) throw new ImageError('bad-image', 'TIFF pixel data is short');
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (rgba[i * 4] as number) < 128 ? 1 : 0;
  return { width, height, pixels };
}

function tagNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && typeof v[0] === 'number') return v[0];
  return undefined;
}
