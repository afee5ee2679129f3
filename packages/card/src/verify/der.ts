/**
 * A tolerant ASN.1 reader and a canonical DER writer, just enough for card certificates: real cards carry
 * certificates with non-minimal (BER) lengths, indefinite lengths and `00` padding (chip.md §4.8, §5.6).
 */

import { concat } from '../bytes.ts';
import { CardLibraryError } from '../errors/library-error.ts';

/** Why a byte string is not readable as ASN.1. */
export type DerErrorCode = 'der-truncated' | 'der-bad-length' | 'der-bad-tag' | 'der-too-deep';

/** Malformed ASN.1; carries the offset where reading stopped. */
export class DerError extends CardLibraryError {
  override readonly name = 'DerError';
  constructor(
    readonly code: DerErrorCode,
    readonly offset: number,
  ) {
    super(`${code} at offset ${offset}`);
  }
}

/** One ASN.1 element as found in its buffer. */
export interface DerNode {
  /** The identifier octet (low tag numbers only, which is all X.509 uses). */
  readonly tag: number;
  readonly constructed: boolean;
  /** True when the element used the BER indefinite-length form. */
  readonly indefinite: boolean;
  /** True when the length was not in its minimal DER form. */
  readonly nonMinimalLength: boolean;
  /** The element's whole encoding, identifier to end (end-of-contents included). */
  readonly encoded: Uint8Array;
  /** The content octets (end-of-contents excluded). */
  readonly content: Uint8Array;
}

const MAX_DEPTH = 32;

/** Universal tags used by the certificate code. */
export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  sequence: 0x30,
  set: 0x31,
  utcTime: 0x17,
  generalizedTime: 0x18,
} as const;

/** Reads the element starting at `offset` of `buf`. */
export function readNode(buf: Uint8Array, offset = 0, depth = 0): DerNode {
  if (depth > MAX_DEPTH) throw new DerError('der-too-deep', offset);
  if (offset >= buf.length) throw new DerError('der-truncated', offset);
  const tag = buf[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('der-bad-tag', offset);
  const constructed = (tag & 0x20) !== 0;
  let p = offset + 1;
  if (p >= buf.length) throw new DerError('der-truncated', p);
  const first = buf[p++] as number;
  if (first === 0x80) {
    if (!constructed) throw new DerError('der-bad-length', p - 1);
    const contentStart = p;
    while (true) {
      if (p + 1 < buf.length && buf[p] === 0 && buf[p + 1] === 0) break;
      const child = readNode(buf, p, depth + 1);
      p += child.encoded.length;
    }
    return {
      tag,
      constructed,
      indefinite: true,
      nonMinimalLength: false,
      encoded: buf.subarray(offset, p + 2),
      content: buf.subarray(contentStart, p),
    };
  }
  let length = first;
  let nonMinimalLength = false;
  if (first > 0x80) {
    const n = first & 0x7f;
    if (n > 4) throw new DerError('der-bad-length', p - 1);
    if (p + n > buf.length) throw new DerError('der-truncated', p);
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + (buf[p + i] as number);
    nonMinimalLength = buf[p] === 0 || length < 0x80;
    p += n;
  }
  if (p + length > buf.length) throw new DerError('der-truncated', p);
  return {
    tag,
    constructed,
    indefinite: false,
    nonMinimalLength,
    encoded: buf.subarray(offset, p + length),
    content: buf.subarray(p, p + length),
  };
}

/** The elements inside a constructed element, in order. */
export function children(node: DerNode, depth = 0): DerNode[] {
  const out: DerNode[] = [];
  let p = 0;
  while (p < node.content.length) {
    const child = readNode(node.content, p, depth + 1);
    out.push(child);
    p += child.encoded.length;
  }
  return out;
}

/** A DER length field. */
export function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let v = length; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** A DER element from its identifier octet and content. */
export function encodeNode(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concat(...content);
  return concat(Uint8Array.of(tag), encodeLength(body.length), body);
}

/**
 * Re-encodes an element with minimal definite lengths, recursing into SEQUENCE, SET and constructed
 * context/application tags. `rewrite` may replace any element before it is re-encoded.
 */
export function canonicalize(node: DerNode, rewrite?: (node: DerNode) => Uint8Array | undefined): Uint8Array {
  const replaced = rewrite?.(node);
  if (replaced) return replaced;
  const recurse = node.constructed && (node.tag === TAG.sequence || node.tag === TAG.set || node.tag >= 0x60);
  if (!recurse) return encodeNode(node.tag, node.content);
  return encodeNode(node.tag, ...children(node).map((c) => canonicalize(c, rewrite)));
}

/** Dotted form of an OBJECT IDENTIFIER's content. */
export function decodeOid(content: Uint8Array): string {
  if (content.length === 0) throw new DerError('der-bad-length', 0);
  const parts: number[] = [];
  let value = 0;
  for (const b of content) {
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      parts.push(value);
      value = 0;
    }
  }
  const first = parts.shift() as number;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...parts].join('.');
}

/** An OBJECT IDENTIFIER element from its dotted form. */
export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const values = [(arcs[0] as number) * 40 + (arcs[1] as number), ...arcs.slice(2)];
  const bytes: number[] = [];
  for (const v of values) {
    const group: number[] = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) group.unshift((x & 0x7f) | 0x80);
    bytes.push(...group);
  }
  return encodeNode(TAG.oid, Uint8Array.from(bytes));
}
