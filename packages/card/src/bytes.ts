/**
 * Byte helpers shared by every layer of the card library: hex, concatenation, comparison, integers.
 */
import { CardLibraryError } from './errors/library-error.ts';

/** Text that is not hex where hex was expected (a card.json field, a hex line, a key file). */
export class HexFormatError extends CardLibraryError {
  /** Stable machine code. */
  readonly code = 'not-hex';

  constructor(length: number) {
    super(`not a hex string (${length} characters; hex digits in pairs, spaces and colons allowed)`);
    this.name = 'HexFormatError';
  }
}

/**
 * Bytes from hex; spaces, newlines and colons are ignored. Throws {@link HexFormatError} on anything else (the
 * message never quotes the input: it may be a chip file).
 */
export function fromHex(hex: string): Uint8Array {
  if (typeof hex !== 'string') throw new HexFormatError(0);
  const clean = hex.replace(/[\s:]/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) throw new HexFormatError(hex.length);
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Uppercase hex without separators. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s.toUpperCase();
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Byte-wise equality (not constant-time; use `timingSafeEqual` for secrets). */
export function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Constant-time equality for MACs and secrets. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] as number) ^ (b[i] as number);
  return d === 0;
}

/** XOR of two equal-length arrays. */
export function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length !== b.length) throw new Error('xor: lengths differ');
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  return out;
}

/** ASCII / UTF-8 text to bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Big-endian unsigned integer of `length` bytes. */
export function uintBE(value: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = v & 0xff;
    v = Math.floor(v / 256);
  }
  return out;
}

/** `data` padded with `fill` bytes to `length` (throws if longer). */
export function padTo(data: Uint8Array, length: number, fill = 0): Uint8Array {
  if (data.length > length) throw new Error(`value of ${data.length} bytes exceeds its field of ${length}`);
  const out = new Uint8Array(length).fill(fill);
  out.set(data);
  return out;
}
