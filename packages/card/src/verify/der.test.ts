import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import {
  canonicalize,
  children,
  DerError,
  decodeOid,
  encodeLength,
  encodeNode,
  encodeOid,
  readNode,
} from './der.ts';

describe('readNode', () => {
  it('reads a DER SEQUENCE and its children', () => {
    const node = readNode(fromHex('30 06 02 01 05 04 01 FF'));
    expect(node.tag).toBe(0x30);
    expect(node.constructed).toBe(true);
    expect(node.nonMinimalLength).toBe(false);
    expect(children(node).map((c) => toHex(c.encoded))).toEqual(['020105', '0401FF']);
  });

  it('accepts non-minimal (BER) lengths and flags them', () => {
    const node = readNode(fromHex('30 82 00 03 02 01 05'));
    expect(node.nonMinimalLength).toBe(true);
    expect(toHex(canonicalize(node))).toBe('3003020105');
  });

  it('accepts indefinite lengths and re-encodes them definite', () => {
    const node = readNode(fromHex('30 80 02 01 05 30 80 05 00 00 00 00 00 FF'));
    expect(node.indefinite).toBe(true);
    expect(node.encoded.length).toBe(13);
    expect(toHex(canonicalize(node))).toBe('30070201053002 0500'.replace(/ /g, ''));
  });

  it('refuses truncated input, long length fields and high tag numbers with DerError', () => {
    for (const hex of ['30 05 02 01', '30', '30 85 00 00 00 00 01 00', '1F 01 00', '02 80 00 00'])
      expect(() => readNode(fromHex(hex))).toThrow(DerError);
  });

  it('never throws anything but DerError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          const n = readNode(bytes);
          if (n.constructed) children(n);
        } catch (e) {
          expect(e).toBeInstanceOf(DerError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('encoding', () => {
  it('encodes lengths minimally', () => {
    expect(toHex(encodeLength(5))).toBe('05');
    expect(toHex(encodeLength(0x80))).toBe('8180');
    expect(toHex(encodeLength(0x1234))).toBe('821234');
    expect(toHex(encodeNode(0x04, fromHex('AABB')))).toBe('0402AABB');
  });

  it('round-trips object identifiers', () => {
    for (const oid of ['1.2.840.10045.4.3.2', '1.2.840.113549.1.1.11', '2.5.4.11', '1.3.132.0.34']) {
      const enc = encodeOid(oid);
      expect(decodeOid(readNode(enc).content)).toBe(oid);
    }
    expect(toHex(encodeOid('1.2.840.10045.4.3.2'))).toBe('06082A8648CE3D040302');
  });
});
