import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { ApduFormatError } from './apdu-format-error.ts';
import { encodeResponse, parseResponse } from './response-apdu.ts';

describe('response APDU codec', () => {
  it('splits data and SW: GET CHALLENGE answer of chip.md §4.10', () => {
    const r = parseResponse(fromHex('5A6E7E385162B7A39000'));
    expect(toHex(r.data)).toBe('5A6E7E385162B7A3');
    expect(r.sw).toBe(0x9000);
    expect(toHex(encodeResponse(r))).toBe('5A6E7E385162B7A39000');
  });

  it('status-only answers, e.g. 63 00 after a wrong VERIFY (chip.md §4.4)', () => {
    expect(parseResponse(fromHex('6300'))).toEqual({ data: new Uint8Array(0), sw: 0x6300 });
    expect(toHex(encodeResponse({ data: new Uint8Array(0), sw: 0x6a82 }))).toBe('6A82');
  });

  it('needs 2 bytes and a 16-bit SW', () => {
    expect(() => parseResponse(fromHex('90'))).toThrow(ApduFormatError);
    expect(() => encodeResponse({ data: new Uint8Array(0), sw: 0x10000 })).toThrow(ApduFormatError);
  });

  it('property: round trip byte-identical; random input parses or throws ApduFormatError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        try {
          expect(toHex(encodeResponse(parseResponse(b)))).toBe(toHex(b));
        } catch (e) {
          expect(e).toBeInstanceOf(ApduFormatError);
          expect(b.length).toBeLessThan(2);
        }
      }),
    );
  });
});
