import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { decodeTlvs, encodeTlv, encodeTlvHeader, encodeTlvs, readTlvHeader, type Tlv } from './ber-tlv.ts';
import { TlvError } from './tlv-error.ts';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof TlvError) return e.code;
    throw e;
  }
  return 'no-error';
}

const tagArb = fc.oneof(
  fc.integer({ min: 1, max: 0xff }).filter((t) => (t & 0x1f) !== 0x1f),
  fc
    .tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 0xff }))
    .map(([hi, lo]) => (((hi << 5) | 0x1f) << 8) | lo),
);
const tlvArb: fc.Arbitrary<Tlv> = fc.record({
  tag: tagArb,
  value: fc.oneof(fc.uint8Array({ maxLength: 140 }), fc.uint8Array({ minLength: 250, maxLength: 300 })),
});

describe('BER-TLV known answers', () => {
  it('reads the gen-1 card type file C1 01 31 (chip.md §2, §4.1)', () => {
    expect(decodeTlvs(fromHex('C10131'))).toEqual([{ tag: 0xc1, value: fromHex('31') }]);
    expect(toHex(encodeTlv(0xc1, fromHex('31')))).toBe('C10131');
  });

  it('reads the gen-2 card type C1 02 30 35 (chip.md §2)', () => {
    expect(decodeTlvs(fromHex('C1023035'))).toEqual([{ tag: 0xc1, value: fromHex('3035') }]);
  });

  it('writes the fixed headers of chip.md §4.1 and §5.3', () => {
    expect(toHex(encodeTlvHeader(0xd0, 7000))).toBe('D0821B58');
    expect(toHex(encodeTlvHeader(0xd1, 3000))).toBe('D1820BB8');
    expect(toHex(encodeTlvHeader(0xd4, 320))).toBe('D4820140');
    expect(toHex(encodeTlvHeader(0xd5, 120))).toBe('D578');
    expect(toHex(encodeTlvHeader(0xda, 256))).toBe('DA820100');
    expect(toHex(encodeTlvHeader(0xdb, 1200))).toBe('DB8204B0');
    expect(toHex(encodeTlvHeader(0xde, 200))).toBe('DE81C8');
    expect(toHex(encodeTlvHeader(0xdfd1, 2500))).toBe('DFD18209C4');
    expect(toHex(encodeTlvHeader(0xdc, 96))).toBe('DC60');
    expect(toHex(encodeTlvHeader(0xdd, 598))).toBe('DD820256');
    expect(toHex(encodeTlvHeader(0xc2, 0x10000))).toBe('C283010000');
  });

  it('reads headers for sizing a read (chip.md §2)', () => {
    expect(readTlvHeader(fromHex('DFD18209C4'))).toEqual({ tag: 0xdfd1, headerLength: 5, valueLength: 2500 });
    expect(readTlvHeader(fromHex('00D578'), 1)).toEqual({ tag: 0xd5, headerLength: 2, valueLength: 120 });
  });

  it('parses concatenated DOs with NUL padding, as DF3 of gen 2 (chip.md §5.4)', () => {
    const sig = new Uint8Array(96).fill(0xab);
    const cert = new Uint8Array(598).fill(0x30);
    const file = concat(fromHex('DC60'), sig, fromHex('DD820256'), cert, new Uint8Array(4));
    expect(file.length).toBe(704);
    const tlvs = decodeTlvs(file);
    expect(tlvs.map((t) => t.tag)).toEqual([0xdc, 0xdd]);
    expect(tlvs[0]?.value).toEqual(sig);
    expect(tlvs[1]?.value).toEqual(cert);
  });

  it('parses D9 01 xx ‖ DE 81 C8 ‖ 200 ‖ 00 (chip.md §6.1)', () => {
    const file = concat(fromHex('D90130DE81C8'), new Uint8Array(200), fromHex('00'));
    expect(decodeTlvs(file).map((t) => [t.tag, t.value.length])).toEqual([
      [0xd9, 1],
      [0xde, 200],
    ]);
  });

  it('reads an all-zero file (removed permission, chip.md §4.2) as no DOs', () => {
    expect(decodeTlvs(new Uint8Array(122))).toEqual([]);
    expect(decodeTlvs(new Uint8Array(0))).toEqual([]);
  });

  it('round-trips the 3-byte length form 83 xx xx xx', () => {
    const value = new Uint8Array(0x10001).fill(7);
    const [t] = decodeTlvs(concat(encodeTlv(0xc2, value), new Uint8Array(3)));
    expect(t?.tag).toBe(0xc2);
    expect(t?.value.length).toBe(0x10001);
    expect(t?.value.every((b) => b === 7)).toBe(true);
  });

  it('accepts a non-minimal length and re-encodes it minimally', () => {
    expect(decodeTlvs(fromHex('C0820001AA'))).toEqual([{ tag: 0xc0, value: fromHex('AA') }]);
    expect(toHex(encodeTlvs(decodeTlvs(fromHex('C0820001AA'))))).toBe('C001AA');
  });
});

describe('BER-TLV errors', () => {
  it('names each malformation with its offset', () => {
    expect(codeOf(() => decodeTlvs(fromHex('DF')))).toBe('truncated-tag');
    expect(codeOf(() => decodeTlvs(fromHex('DFD1')))).toBe('truncated-length');
    expect(codeOf(() => decodeTlvs(fromHex('C1')))).toBe('truncated-length');
    expect(codeOf(() => decodeTlvs(fromHex('C182')))).toBe('truncated-length');
    expect(codeOf(() => decodeTlvs(fromHex('C180')))).toBe('invalid-length');
    expect(codeOf(() => decodeTlvs(fromHex('C18400000001')))).toBe('invalid-length');
    expect(codeOf(() => decodeTlvs(fromHex('C10231')))).toBe('truncated-value');
    expect(codeOf(() => decodeTlvs(fromHex('C101310000C1')))).toBe('data-after-padding');
    expect(codeOf(() => readTlvHeader(fromHex('C101'), 2))).toBe('truncated-tag');
    try {
      decodeTlvs(fromHex('C10131C10231'));
    } catch (e) {
      expect(e).toBeInstanceOf(TlvError);
      expect((e as TlvError).offset).toBe(3);
    }
    try {
      decodeTlvs(fromHex('C1013100000007'));
    } catch (e) {
      expect((e as TlvError).offset).toBe(6);
    }
  });

  it('refuses tags and lengths it cannot write', () => {
    expect(codeOf(() => encodeTlv(0, new Uint8Array()))).toBe('invalid-tag');
    expect(codeOf(() => encodeTlv(0x1f, new Uint8Array()))).toBe('invalid-tag');
    expect(codeOf(() => encodeTlv(0xc0c1, new Uint8Array()))).toBe('invalid-tag');
    expect(codeOf(() => encodeTlv(0x10000, new Uint8Array()))).toBe('invalid-tag');
    expect(codeOf(() => encodeTlv(1.5, new Uint8Array()))).toBe('invalid-tag');
    expect(codeOf(() => encodeTlvHeader(0xc0, 0x1000000))).toBe('value-too-long');
    try {
      encodeTlvs([
        { tag: 0xc0, value: fromHex('01') },
        { tag: 0, value: fromHex('01') },
      ]);
    } catch (e) {
      expect((e as TlvError).offset).toBe(3);
    }
  });
});

describe('BER-TLV properties', () => {
  it('round-trips any DO list, with or without NUL padding', () => {
    fc.assert(
      fc.property(fc.array(tlvArb, { maxLength: 6 }), fc.nat({ max: 40 }), (tlvs, pad) => {
        const bytes = encodeTlvs(tlvs);
        expect(decodeTlvs(bytes)).toEqual(tlvs);
        expect(decodeTlvs(concat(bytes, new Uint8Array(pad)))).toEqual(tlvs);
        expect(encodeTlvs(decodeTlvs(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('gives only TlvError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          const tlvs = decodeTlvs(bytes);
          // Whatever decodes must re-encode to a prefix-compatible canonical form that decodes the same.
          expect(decodeTlvs(encodeTlvs(tlvs))).toEqual(tlvs);
        } catch (e) {
          expect(e).toBeInstanceOf(TlvError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives only TlvError on mutated, truncated and extended valid files', () => {
    const mutated = fc
      .tuple(
        fc.array(
          tlvArb.filter((t) => t.value.length < 300),
          { minLength: 1, maxLength: 4 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 8 }),
      )
      .map(([tlvs, flips, cut, tail]) => {
        const b = encodeTlvs(tlvs);
        for (const [i, v] of flips) b[i % b.length] = v;
        return concat(b.slice(0, b.length - (cut % 4)), tail);
      });
    fc.assert(
      fc.property(mutated, (bytes) => {
        try {
          decodeTlvs(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(TlvError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives only TlvError from the encoder on arbitrary tags', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (tag) => {
        try {
          decodeTlvs(encodeTlv(tag, new Uint8Array(1)));
        } catch (e) {
          expect(e).toBeInstanceOf(TlvError);
        }
      }),
    );
  });
});
