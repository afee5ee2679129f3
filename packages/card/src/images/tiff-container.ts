/**
 * A strict, bounded reader of the TIFF container (TIFF 6.0 §2 structure, baseline bi-level tags §3): the
 * header, the first image file directory and the strips of a one-bit, one-sample image. Everything is checked
 * against the file's length and the image budget before any pixel is decoded: a hostile file cannot make it
 * loop (only the first IFD is read, no sub-IFDs are followed), allocate (counts must fit in the file) or
 * decode a strip that lies outside the file.
 */
import { checkDimensions, checkInputSize, type ImageBudget } from './image-budget.ts';
import { ImageError } from './image-error.ts';

/** The compressions the card images use: 1 none, 4 CCITT T.6 (Group 4, "MMR"). */
export type TiffCompression = 1 | 4;

/** One strip: where its bytes are and how many rows it holds. */
export interface TiffStrip {
  readonly offset: number;
  readonly length: number;
  readonly rows: number;
}

/** What decoding a bi-level TIFF needs. */
export interface TiffImageInfo {
  readonly width: number;
  readonly height: number;
  readonly compression: TiffCompression;
  /** 0 WhiteIsZero (a 1 bit is black), 1 BlackIsZero (a 0 bit is black). */
  readonly photometric: 0 | 1;
  /** 1: bits from the most significant; 2: from the least significant. */
  readonly fillOrder: 1 | 2;
  readonly strips: readonly TiffStrip[];
}

/** Bytes per value of TIFF field types 1–12 (TIFF 6.0 §2, plus the TIFF 6.0 signed and float types). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8];
/** More entries than any baseline image needs; a hostile count is refused, not walked. */
const MAX_ENTRIES = 256;

const bad = (detail: string) => new ImageError('bad-image', `TIFF: ${detail}`);
const unsupported = (detail: string) => new ImageError('unsupported-image', `TIFF: ${detail}`);

/** Reads and checks the first image of a TIFF file; throws {@link ImageError} for anything it will not decode. */
export function readTiffImageInfo(bytes: Uint8Array, budget: ImageBudget): TiffImageInfo {
  checkInputSize(bytes, budget, 'TIFF');
  if (bytes.length < 8) throw bad('shorter than a header');
  const le = bytes[0] === 0x49 && bytes[1] === 0x49;
  if (!le && !(bytes[0] === 0x4d && bytes[1] === 0x4d)) throw bad('no II/MM byte order mark');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => dv.getUint16(o, le);
  const u32 = (o: number) => dv.getUint32(o, le);
  if (u16(2) !== 42) throw bad('not version 42 (BigTIFF and others are not card images)');
  const ifd = u32(4);
  if (ifd < 8 || ifd + 2 > bytes.length) throw bad('first IFD outside the file');
  const count = u16(ifd);
  if (count === 0 || count > MAX_ENTRIES) throw bad(`IFD with ${count} entries`);
  if (ifd + 2 + count * 12 > bytes.length) throw bad('IFD runs past the end of the file');

  /** Values of one entry as unsigned integers (types SHORT, LONG, BYTE only), checked against the file. */
  const fields = new Map<number, number[]>();
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    const tag = u16(e);
    const type = u16(e + 2);
    const n = u32(e + 4);
    const size = TYPE_SIZE[type];
    if (!size) throw bad(`tag ${tag} has unknown type ${type}`);
    if (!WANTED.has(tag)) continue; // other tags (resolution, software, EXIF …) are not read at all
    if (type !== 1 && type !== 3 && type !== 4) throw bad(`tag ${tag} is not an unsigned integer`);
    if ((tag === 273 || tag === 279) && n > budget.maxSegments)
      throw new ImageError(
        'image-too-large',
        `TIFF of ${n} strips, beyond the budget of ${budget.maxSegments}`,
      );
    if (n === 0 || n > budget.maxSegments) throw bad(`tag ${tag} has ${n} values`);
    const total = n * size;
    const at = total <= 4 ? e + 8 : u32(e + 8);
    if (at + total > bytes.length) throw bad(`values of tag ${tag} lie outside the file`);
    const values: number[] = [];
    for (let i = 0; i < n; i++)
      values.push(type === 1 ? (bytes[at + i] as number) : type === 3 ? u16(at + 2 * i) : u32(at + 4 * i));
    fields.set(tag, values);
  }
  const one = (tag: number, fallback?: number): number => {
    const v = fields.get(tag);
    if (v === undefined) {
      if (fallback === undefined) throw bad(`required tag ${tag} missing`);
      return fallback;
    }
    if (v.length !== 1) throw bad(`tag ${tag} must have one value`);
    return v[0] as number;
  };

  const width = one(256);
  const height = one(257);
  checkDimensions(width, height, 1, budget, 'TIFF');
  if (fields.has(322) || fields.has(324)) throw unsupported('tiled images are not card images');
  const bps = fields.get(258) ?? [1];
  if (bps.length !== 1 || bps[0] !== 1 || one(277, 1) !== 1)
    throw unsupported('not bi-level (1 bit, 1 sample)');
  const compression = one(259, 1);
  if (compression !== 1 && compression !== 4) throw unsupported(`compression ${compression}`);
  const photometric = one(262, 0);
  if (photometric !== 0 && photometric !== 1) throw unsupported(`photometric interpretation ${photometric}`);
  const fillOrder = one(266, 1);
  if (fillOrder !== 1 && fillOrder !== 2) throw bad(`fill order ${fillOrder}`);
  if (compression === 4 && (one(293, 0) & 0x02) !== 0) throw unsupported('T.6 uncompressed mode');

  const offsets = fields.get(273);
  const counts = fields.get(279);
  if (!offsets || !counts) throw bad('no strips');
  if (offsets.length !== counts.length) throw bad('strip offsets and byte counts differ in number');
  const rowsPerStrip = Math.min(one(278, height), height);
  if (rowsPerStrip < 1) throw bad('rows per strip is 0');
  const expected = Math.ceil(height / rowsPerStrip);
  if (offsets.length !== expected) throw bad(`${offsets.length} strips where ${expected} are needed`);
  const rowBytes = Math.ceil(width / 8);
  const strips: TiffStrip[] = offsets.map((offset, i) => {
    const length = counts[i] as number;
    const rows = Math.min(rowsPerStrip, height - i * rowsPerStrip);
    if (offset + length > bytes.length + 16 || length === 0) throw bad(`strip ${i} lies outside the file`); // 16: the NUL padding a card DO may have lost
    if (compression === 1 && length < rows * rowBytes) throw bad(`strip ${i} is shorter than its rows`);
    return { offset, length, rows };
  });
  return {
    width,
    height,
    compression,
    photometric,
    fillOrder,
    strips,
  };
}

/** The tags the decoder reads (TIFF 6.0 §3, §8): everything else is skipped unread. */
const WANTED = new Set([256, 257, 258, 259, 262, 266, 273, 277, 278, 279, 293, 322, 324]);
