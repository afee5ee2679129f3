/**
 * JPEG 2000 for the chip's face photo (chip.md §4.2 `D1`: JP2 container, colour, ≤3000 bytes; §5.3). Encoding
 * runs OpenJPEG (WASM, lazy-loaded) to a J2K codestream, lowering the rate until it fits the byte budget, then
 * wraps it in a minimal JP2 box structure (signature, ftyp, jp2h{ihdr, colr}, jp2c). Decoding takes JP2 or a bare
 * codestream. OpenJPEG's `[INFO]` / `[WARNING]` lines are captured, never written to the caller's stdout.
 */
import type { OpenJpegModule } from '@cornerstonejs/codec-openjpeg/wasmjs';
import { concat, uintBE } from '../bytes.ts';
import { checkInputSize, DEFAULT_IMAGE_BUDGET, type ImageBudget } from './image-budget.ts';
import { ImageError } from './image-error.ts';
import { readJ2kHeader } from './j2k-header.ts';
import { checkRaster, type RasterImage } from './raster-image.ts';

/** The 12-byte JPEG 2000 signature box that starts every JP2 file (ISO/IEC 15444-1 Annex I). */
export const JP2_SIGNATURE = Uint8Array.of(
  0x00,
  0x00,
  0x00,
  0x0c,
  0x6a,
  0x50,
  0x20,
  0x20,
  0x0d,
  0x0a,
  0x87,
  0x0a,
);
/** The SOC + SIZ markers that start a bare J2K codestream. */
const J2K_START = Uint8Array.of(0xff, 0x4f, 0xff, 0x51);
/** Bytes the JP2 boxes add around the codestream. */
export const JP2_OVERHEAD = 85;
/** The face field's size (chip.md §4.1, §5.3). */
export const FACE_MAX_BYTES = 3000;

let modulePromise: Promise<OpenJpegModule> | null = null;
const log: string[] = [];

function capture(line: string): void {
  log.push(line);
  if (log.length > 20) log.shift();
}

/** Loads OpenJPEG once, with its console output captured. */
function openjpeg(): Promise<OpenJpegModule> {
  if (!modulePromise) {
    modulePromise = import('@cornerstonejs/codec-openjpeg/wasmjs')
      .then((m) => m.default({ print: capture, printErr: capture }))
      .catch((e: unknown) => {
        modulePromise = null;
        throw new ImageError('unsupported-image', 'OpenJPEG (WASM) could not be loaded', e);
      });
  }
  return modulePromise;
}

/** The last lines OpenJPEG printed (for diagnosing a failure; they never contain pixel values). */
export function openjpegLog(): readonly string[] {
  return [...log];
}

/** Options of {@link encodeJp2}. */
export interface Jp2EncodeOptions {
  /** Largest allowed JP2 file (default 3000, the `D1` field). */
  maxBytes?: number;
  /** Wavelet decomposition levels (default: as many as the size allows, at most 5). */
  decompositions?: number;
}

/** A JP2 file of an 8-bit grey or RGB raster that fits `maxBytes` (lossy 9/7; fails with `bad-input` if it cannot). */
export async function encodeJp2(image: RasterImage, options: Jp2EncodeOptions = {}): Promise<Uint8Array> {
  checkRaster(image);
  if (image.channels === 4)
    throw new ImageError('bad-input', 'JP2 faces have no alpha channel: pass grey or RGB');
  const maxBytes = options.maxBytes ?? FACE_MAX_BYTES;
  const budget = maxBytes - JP2_OVERHEAD;
  if (budget < 64) throw new ImageError('bad-input', `a JP2 cannot fit in ${maxBytes} bytes`);
  const m = await openjpeg();
  const levels =
    options.decompositions ??
    Math.max(0, Math.min(5, Math.floor(Math.log2(Math.min(image.width, image.height))) - 2));
  let ratio = Math.max(1, image.data.length / budget);
  for (let attempt = 0; attempt < 40; attempt++) {
    const cs = encodeCodestream(m, image, ratio, levels);
    if (cs.length <= budget) return wrapJp2(cs, image.width, image.height, image.channels);
    ratio *= Math.max(1.05, (cs.length / budget) * 1.02);
  }
  throw new ImageError('bad-input', `image does not compress to ${maxBytes} bytes`);
}

function encodeCodestream(m: OpenJpegModule, image: RasterImage, ratio: number, levels: number): Uint8Array {
  const enc = new m.J2KEncoder();
  try {
    const frame = {
      width: image.width,
      height: image.height,
      bitsPerSample: 8,
      componentCount: image.channels,
      isSigned: false,
    };
    enc.getDecodedBuffer(frame).set(image.data);
    enc.setDecompositions(levels);
    enc.setQuality(false, 1);
    enc.setCompressionRatio(0, ratio);
    enc.encode();
    const out = new Uint8Array(enc.getEncodedBuffer()); // copy out of WASM memory
    if (out.length < 4 || !startsWith(out, J2K_START))
      throw new ImageError('bad-input', `OpenJPEG produced no codestream (${log.at(-1) ?? 'no message'})`);
    return out;
  } catch (e) {
    if (e instanceof ImageError) throw e;
    throw new ImageError('bad-input', 'OpenJPEG could not encode the image', e);
  } finally {
    enc.delete();
  }
}

function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = concat(...payload);
  return concat(uintBE(8 + body.length, 4), new TextEncoder().encode(type), body);
}

/** Wraps a J2K codestream in the minimal JP2 boxes (signature, ftyp `jp2 `, jp2h{ihdr, colr sRGB/grey}, jp2c). */
export function wrapJp2(codestream: Uint8Array, width: number, height: number, channels: 1 | 3): Uint8Array {
  const brand = new TextEncoder().encode('jp2 ');
  const ihdr = box(
    'ihdr',
    uintBE(height, 4),
    uintBE(width, 4),
    uintBE(channels, 2),
    Uint8Array.of(7, 7, 0, 0),
  );
  const colr = box('colr', Uint8Array.of(1, 0, 0), uintBE(channels === 3 ? 16 : 17, 4));
  return concat(
    JP2_SIGNATURE,
    box('ftyp', brand, uintBE(0, 4), brand),
    box('jp2h', ihdr, colr),
    box('jp2c', codestream),
  );
}

/** The codestream inside a JP2 file's `jp2c` box, or the input itself if it is a bare J2K codestream. */
export function extractCodestream(bytes: Uint8Array): Uint8Array {
  if (startsWith(bytes, J2K_START)) return bytes;
  if (!startsWith(bytes, JP2_SIGNATURE))
    throw new ImageError('bad-image', 'neither a JP2 file nor a J2K codestream');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  while (p + 8 <= bytes.length) {
    let len = dv.getUint32(p);
    const type = String.fromCharCode(...bytes.subarray(p + 4, p + 8));
    let header = 8;
    if (len === 1) {
      if (p + 16 > bytes.length) break;
      len = Number(dv.getBigUint64(p + 8));
      header = 16;
    } else if (len === 0) len = bytes.length - p;
    if (len < header || p + len > bytes.length) break;
    if (type === 'jp2c') return bytes.subarray(p + header, p + len);
    p += len;
  }
  throw new ImageError('bad-image', 'JP2 file has no complete jp2c box');
}

/**
 * Decodes a JP2 file or J2K codestream to an 8-bit raster (grey or RGB; deeper samples are scaled down),
 * within `budget`: the box structure and the codestream headers are checked first (`readJ2kHeader`: size,
 * tiles, components, levels, code-blocks, estimated work), and only the codestream itself reaches OpenJPEG.
 */
export async function decodeJp2(
  bytes: Uint8Array,
  budget: ImageBudget = DEFAULT_IMAGE_BUDGET,
): Promise<RasterImage> {
  checkInputSize(bytes, budget, 'JPEG 2000');
  const cs = extractCodestream(bytes);
  const header = readJ2kHeader(cs, budget);
  if (header.signed) throw new ImageError('unsupported-image', 'signed JPEG 2000 samples');
  const m = await openjpeg();
  const dec = new m.J2KDecoder();
  try {
    dec.getEncodedBuffer(cs.length).set(cs);
    dec.decode();
    const f = dec.getFrameInfo();
    const raw = dec.getDecodedBuffer();
    const channels = f.componentCount;
    if (f.width !== header.width || f.height !== header.height || channels !== header.components)
      throw new ImageError('bad-image', 'JPEG 2000 decoded to another size than its header declares');
    if (channels !== 1 && channels !== 3 && channels !== 4)
      throw new ImageError('unsupported-image', `JPEG 2000 with ${channels} components`);
    if (f.isSigned || f.bitsPerSample < 1 || f.bitsPerSample > 16)
      throw new ImageError('unsupported-image', 'signed or deep JPEG 2000 samples');
    const n = f.width * f.height * channels;
    const data = new Uint8Array(n);
    if (f.bitsPerSample <= 8) {
      if (raw.length < n) throw new ImageError('bad-image', 'JPEG 2000 decoded short');
      const scale = 255 / ((1 << f.bitsPerSample) - 1);
      for (let i = 0; i < n; i++) data[i] = Math.round((raw[i] as number) * scale);
    } else {
      if (raw.length < n * 2) throw new ImageError('bad-image', 'JPEG 2000 decoded short');
      const words = new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + n * 2));
      for (let i = 0; i < n; i++) data[i] = (words[i] as number) >> (f.bitsPerSample - 8);
    }
    return { width: f.width, height: f.height, channels, data };
  } catch (e) {
    if (e instanceof ImageError) throw e;
    modulePromise = null; // a WASM abort leaves the instance unusable: load a fresh one next time
    throw new ImageError('bad-image', 'JPEG 2000 could not be decoded', e);
  } finally {
    try {
      dec.delete();
    } catch {
      // the instance was aborted; nothing left to free
    }
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
