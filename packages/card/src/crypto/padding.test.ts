import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { padIso7816, unpadIso7816 } from './padding.ts';

describe('ISO 7816-4 padding', () => {
  it('pads the 12-byte card number with 80 00 00 00 (chip.md §4.4 step 8)', () => {
    expect(toHex(padIso7816(fromHex('414131323334353637384242'), 8))).toBe(
      '41413132333435363738424280000000',
    );
    expect(toHex(padIso7816(fromHex('414131323334353637384242'), 16))).toBe(
      '41413132333435363738424280000000',
    );
  });

  it('always adds a block when the data is aligned', () => {
    expect(toHex(padIso7816(fromHex('0102030405060708'), 8))).toBe('01020304050607088000000000000000');
    expect(toHex(padIso7816(new Uint8Array(0), 8))).toBe('8000000000000000');
  });

  it('unpads and rejects bad padding with null', () => {
    expect(toHex(unpadIso7816(fromHex('0102800000000000'), 8)!)).toBe('0102');
    expect(unpadIso7816(fromHex('0102000000000000'), 8)).toBeNull();
    expect(unpadIso7816(fromHex('0000000000000000'), 8)).toBeNull();
    expect(unpadIso7816(fromHex('01020304050607'), 8)).toBeNull();
    expect(unpadIso7816(new Uint8Array(0), 8)).toBeNull();
    // padding longer than one block
    expect(unpadIso7816(fromHex('8000000000000000 0000000000000000'), 8)).toBeNull();
    expect(toHex(unpadIso7816(fromHex('0180'))!)).toBe('01');
  });

  it('round-trips any data for block sizes 8 and 16', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.constantFrom(8, 16), (data, bs) => {
        const padded = padIso7816(data, bs);
        expect(padded.length % bs).toBe(0);
        expect(toHex(unpadIso7816(padded, bs)!)).toBe(toHex(data));
      }),
    );
  });
});
