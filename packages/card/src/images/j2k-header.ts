/**
 * A bounded reader of a JPEG 2000 codestream's headers (ISO/IEC 15444-1 Annex A: SIZ A.5.1, COD A.6.1, COC
 * A.6.2, SOT A.4.2), so the decoder's cost can be judged before OpenJPEG allocates anything: image and tile
 * sizes, components, sample depth, decomposition levels and code-block sizes — also those a tile-part header
 * overrides. Decoding cost is estimated as samples × (levels + 2) + code-blocks × 256 + tiles × 4096 work
 * units (calibrated on OpenJPEG 2.x in WASM: 2 MB of samples ≈ 100 ms; one 4×4 code-block ≈ 1 KB of memory).
 */
import { checkDimensions, type ImageBudget } from './image-budget.ts';
import { ImageError } from './image-error.ts';

/** What a codestream's headers declare, with the work its decoding is estimated to take. */
export interface J2kHeader {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Bits per sample (1–16) and signedness, per component. */
  readonly bits: readonly number[];
  readonly signed: boolean;
  readonly tiles: number;
  /** The most decomposition levels any COD/COC asks for. */
  readonly levels: number;
  /** The smallest code-block any COD/COC asks for, in samples. */
  readonly minCodeBlock: number;
  /** Estimated decoding work (see the module comment). */
  readonly work: number;
}

const bad = (detail: string) => new ImageError('bad-image', `JPEG 2000: ${detail}`);
const unsupported = (detail: string) => new ImageError('unsupported-image', `JPEG 2000: ${detail}`);

/** Reads SIZ, every COD/COC of the main and tile-part headers, and refuses what exceeds `budget`. */
export function readJ2kHeader(cs: Uint8Array, budget: ImageBudget): J2kHeader {
  const dv = new DataView(cs.buffer, cs.byteOffset, cs.byteLength);
  const u16 = (o: number) => dv.getUint16(o);
  const u32 = (o: number) => dv.getUint32(o);
  if (cs.length < 44 || u16(0) !== 0xff4f || u16(2) !== 0xff51) throw bad('no SOC and SIZ markers');
  const lsiz = u16(4);
  const c = u16(40);
  if (c < 1 || c > 4) throw unsupported(`${c} components (grey, RGB or RGBA only)`);
  if (lsiz !== 38 + 3 * c || 4 + lsiz > cs.length) throw bad('SIZ marker length');
  const [xs, ys, xo, yo, tw, th, txo, tyo] = [8, 12, 16, 20, 24, 28, 32, 36].map(u32) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (xo >= xs || yo >= ys || tw < 1 || th < 1 || txo > xo || tyo > yo || txo + tw <= xo || tyo + th <= yo)
    throw bad('SIZ geometry is inconsistent');
  const width = xs - xo;
  const height = ys - yo;
  checkDimensions(width, height, c, budget, 'JPEG 2000');
  const tiles = Math.ceil((xs - txo) / tw) * Math.ceil((ys - tyo) / th);
  if (tiles > budget.maxSegments)
    throw new ImageError(
      'image-too-large',
      `JPEG 2000 of ${tiles} tiles, beyond the budget of ${budget.maxSegments}`,
    );
  const bits: number[] = [];
  let signed = false;
  for (let i = 0; i < c; i++) {
    const ssiz = cs[42 + 3 * i] as number;
    bits.push((ssiz & 0x7f) + 1);
    if (ssiz & 0x80) signed = true;
    if ((ssiz & 0x7f) + 1 > 16) throw unsupported(`${(ssiz & 0x7f) + 1}-bit samples`);
    if (cs[43 + 3 * i] !== 1 || cs[44 + 3 * i] !== 1) throw unsupported('subsampled components');
  }

  let levels = 0;
  let minCodeBlock = Number.POSITIVE_INFINITY;
  let sawCod = false;
  /** COD (0xFF52) and COC (0xFF53) bodies: `at` is the first byte after the length field. */
  const coding = (marker: number, at: number, length: number) => {
    const sp = marker === 0xff52 ? at + 5 : at + (c >= 257 ? 3 : 2);
    if (sp + 3 > at + length - 2) throw bad('COD/COC marker too short');
    const lv = cs[sp] as number;
    const xcb = cs[sp + 1] as number;
    const ycb = cs[sp + 2] as number;
    if (lv > 32 || xcb > 8 || ycb > 8 || xcb + ycb > 8) throw bad('COD/COC parameters out of range');
    levels = Math.max(levels, lv);
    minCodeBlock = Math.min(minCodeBlock, 2 ** (xcb + 2) * 2 ** (ycb + 2));
    if (marker === 0xff52) sawCod = true;
  };
  /** Walks marker segments from `p` until `stop` (SOT or SOD); returns where it stopped. */
  const segments = (start: number, stop: number): number => {
    let p = start;
    while (p + 4 <= cs.length) {
      const m = u16(p);
      if (m === stop) return p;
      if (m >> 8 !== 0xff) throw bad('marker expected');
      const len = u16(p + 2);
      if (len < 2 || p + 2 + len > cs.length) throw bad('marker segment runs past the end');
      if (m === 0xff52 || m === 0xff53) coding(m, p + 4, len);
      p += 2 + len;
    }
    throw bad(stop === 0xff90 ? 'no tile-part (SOT)' : 'tile-part header without SOD');
  };
  let p = segments(4 + lsiz, 0xff90);
  if (!sawCod) throw bad('no COD marker in the main header');
  // tile-part headers may override COD/COC; walk every SOT by its Psot length
  for (let parts = 0; p + 12 <= cs.length && u16(p) === 0xff90; parts++) {
    if (parts > budget.maxSegments * 4)
      throw new ImageError('image-too-large', 'JPEG 2000 with too many tile-parts');
    if (u16(p + 2) !== 10) throw bad('SOT marker length');
    const psot = u32(p + 6);
    segments(p + 12, 0xff93);
    if (psot === 0) break; // the last tile-part runs to EOC
    if (psot < 14 || p + psot > cs.length) throw bad('tile-part length runs past the end');
    p += psot;
  }

  const samples = width * height * c;
  const codeBlocks = Math.ceil(samples / minCodeBlock) + tiles * c * (3 * levels + 1);
  const work = samples * (levels + 2) + codeBlocks * 256 + tiles * 4096;
  if (work > budget.maxWork)
    throw new ImageError(
      'image-work-exceeded',
      `JPEG 2000 decoding estimated at ${work} steps (${levels} levels, code-blocks of ${minCodeBlock} samples, ${tiles} tiles), beyond the budget of ${budget.maxWork}`,
    );
  return { width, height, components: c, bits, signed, tiles, levels, minCodeBlock, work };
}
