/**
 * BER-TLV as residence-card EFs use it (chip.md §4.2, §5.1, §5.3): 1–2 byte tags (`C0`, `DFD1` — a first byte
 * with low bits `11111` means exactly one more tag byte, whatever its b8), lengths
 * `00–7F` / `81 xx` / `82 xx xx` / `83 xx xx xx`, data objects concatenated, and `00` padding after the last DO
 * up to the file's capacity (an all-zero file holds no DO). Every failure is a {@link TlvError}.
 */
import { concat } from '../bytes.ts';
import { TlvError } from './tlv-error.ts';

/** One data object: its tag as a number (`0xC0`, `0xDFD1`) and its value bytes. */
export interface Tlv {
  tag: number;
  value: Uint8Array;
}

/** Where a DO's value lies, so a reader can size the rest of a READ BINARY from the first bytes (chip.md §2). */
export interface TlvHeader {
  /** Tag number. */
  tag: number;
  /** Bytes taken by tag and length fields. */
  headerLength: number;
  /** Bytes of value that follow the header. */
  valueLength: number;
}

/** Largest value the 3-byte length form `83 xx xx xx` can state. */
export const MAX_TLV_VALUE_LENGTH = 0xffffff;

/** Reads the tag and length at `offset`; readers use it to learn a DO's size before reading the whole file. */
export function readTlvHeader(bytes: Uint8Array, offset = 0): TlvHeader {
  let p = offset;
  if (p >= bytes.length) throw new TlvError('truncated-tag', p, 'input ends before a tag');
  const first = bytes[p++] as number;
  let tag = first;
  if ((first & 0x1f) === 0x1f) {
    if (p >= bytes.length) throw new TlvError('truncated-tag', offset, 'input ends inside a two-byte tag');
    // Always exactly two bytes: gen-2 `DFD1` has b8 set in its second byte, which strict BER (ISO/IEC 8825-1)
    // would read as "more tag bytes follow"; these cards use no tag longer than two bytes (chip.md §5.1).
    tag = (first << 8) | (bytes[p++] as number);
  }
  if (p >= bytes.length) throw new TlvError('truncated-length', p, 'input ends before a length');
  const lengthStart = p;
  const l0 = bytes[p++] as number;
  let valueLength = l0;
  if (l0 >= 0x80) {
    const n = l0 & 0x7f;
    if (n === 0 || n > 3) throw new TlvError('invalid-length', lengthStart, `length form ${hexByte(l0)}`);
    if (p + n > bytes.length)
      throw new TlvError('truncated-length', lengthStart, 'input ends inside a length');
    valueLength = 0;
    for (let i = 0; i < n; i++) valueLength = valueLength * 256 + (bytes[p++] as number);
  }
  return { tag, headerLength: p - offset, valueLength };
}

/** Parses an EF's content into its DOs, stopping at `00` padding; the value arrays are copies. */
export function decodeTlvs(bytes: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  let p = 0;
  while (p < bytes.length) {
    if (bytes[p] === 0x00) {
      for (let q = p; q < bytes.length; q++)
        if (bytes[q] !== 0x00) throw new TlvError('data-after-padding', q, 'non-zero byte after 00 padding');
      break;
    }
    const h = readTlvHeader(bytes, p);
    const start = p + h.headerLength;
    if (start + h.valueLength > bytes.length)
      throw new TlvError('truncated-value', p, `value of ${h.valueLength} bytes runs past the input`);
    out.push({ tag: h.tag, value: bytes.subarray(start, start + h.valueLength) });
    p = start + h.valueLength;
  }
  return out;
}

/** Tag and minimal length bytes of a DO; encoders of fixed-size files use it to lay out headers. */
export function encodeTlvHeader(tag: number, valueLength: number): Uint8Array {
  const tagBytes = encodeTag(tag);
  if (!Number.isInteger(valueLength) || valueLength < 0 || valueLength > MAX_TLV_VALUE_LENGTH)
    throw new TlvError('value-too-long', 0, `value length ${valueLength} cannot be encoded`);
  let len: number[];
  if (valueLength < 0x80) len = [valueLength];
  else if (valueLength <= 0xff) len = [0x81, valueLength];
  else if (valueLength <= 0xffff) len = [0x82, valueLength >> 8, valueLength & 0xff];
  else len = [0x83, valueLength >> 16, (valueLength >> 8) & 0xff, valueLength & 0xff];
  const out = new Uint8Array(tagBytes.length + len.length);
  out.set(tagBytes);
  out.set(len, tagBytes.length);
  return out;
}

/** One DO with the shortest length form; the inverse of one step of {@link decodeTlvs}. */
export function encodeTlv(tag: number, value: Uint8Array): Uint8Array {
  return concat(encodeTlvHeader(tag, value.length), value);
}

/** DOs concatenated in order (no padding); `decodeTlvs(encodeTlvs(x))` gives `x` back. */
export function encodeTlvs(tlvs: readonly Tlv[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let n = 0;
  for (const t of tlvs) {
    let part: Uint8Array;
    try {
      part = encodeTlv(t.tag, t.value);
    } catch (e) {
      if (e instanceof TlvError) throw new TlvError(e.code, n, `DO #${parts.length}: ${e.code}`);
      throw e;
    }
    parts.push(part);
    n += part.length;
  }
  return concat(...parts);
}

function encodeTag(tag: number): Uint8Array {
  if (Number.isInteger(tag) && tag > 0 && tag <= 0xff && (tag & 0x1f) !== 0x1f) return Uint8Array.of(tag);
  if (Number.isInteger(tag) && tag > 0xff && tag <= 0xffff) {
    const first = tag >> 8;
    if ((first & 0x1f) === 0x1f) return Uint8Array.of(first, tag & 0xff);
  }
  throw new TlvError('invalid-tag', 0, `tag ${String(tag)} is not a 1–2 byte BER tag`);
}

function hexByte(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}
