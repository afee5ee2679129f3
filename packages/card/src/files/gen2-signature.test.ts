import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2Signature, encodeGen2Signature, rawEcdsaSignature } from './gen2-signature.ts';
import { placeholderCertificate } from './sample-card-data.ts';

describe('gen-2 DF3/EF01 signature (chip.md §5.3, §5.4, §6.1)', () => {
  const r = new Uint8Array(48).fill(0x81);
  const s = concat(new Uint8Array(1), new Uint8Array(47).fill(0x22));
  const raw = concat(r, s);

  it('is DC 60 ‖ 96 ‖ DD 82 02 56 ‖ 598 ‖ 00 00 00 00 (the §5.4 DF3 read)', () => {
    const certificate = placeholderCertificate(598);
    const file = encodeGen2Signature({ checkCode: raw, certificate });
    expect(file.length).toBe(704);
    expect(toHex(file.subarray(0, 2))).toBe('DC60');
    expect(toHex(file.subarray(98, 102))).toBe('DD820256');
    expect(toHex(file.subarray(700))).toBe('00000000');
    expect(decodeGen2Signature(file)).toEqual({ checkCode: raw, certificate });
    expect(encodeGen2Signature(decodeGen2Signature(file))).toEqual(file);
  });

  it('leaves 3 padding bytes for a 599-byte certificate', () => {
    const file = encodeGen2Signature({ checkCode: raw, certificate: placeholderCertificate(599) });
    expect(toHex(file.subarray(98, 102))).toBe('DD820257');
    expect(toHex(file.subarray(701))).toBe('000000');
  });

  it('reads a fixed 602-byte DD (gen-1 style) and writes it back the same', () => {
    const certificate = placeholderCertificate(598);
    const file = concat(fromHex('DC60'), raw, fromHex('DD82025A'), certificate, new Uint8Array(4));
    expect(file.length).toBe(704);
    const back = decodeGen2Signature(file);
    expect(back).toEqual({ checkCode: raw, certificate, certificateLayout: 'fixed' });
    expect(encodeGen2Signature(back)).toEqual(file);
  });

  it('accepts a DER ECDSA signature in DC and converts it to raw r‖s', () => {
    // r has its top bit set, so DER prefixes 00 (49 bytes); s starts with 00, so DER drops it (47 bytes).
    const der = concat(fromHex('3064 023100'), r, fromHex('022F'), s.subarray(1));
    expect(der.length).toBe(102);
    expect(rawEcdsaSignature(der)).toEqual(raw);
    const certificate = placeholderCertificate(590);
    const file = encodeGen2Signature({ checkCode: der, certificate });
    expect(decodeGen2Signature(file)).toEqual({ checkCode: der, certificate });
    expect(rawEcdsaSignature(raw)).toEqual(raw);
  });

  it('refuses check codes of any other shape and missing certificates', () => {
    for (const bad of [
      new Uint8Array(95),
      fromHex('30060201010201'),
      fromHex('3006020101020181'),
      fromHex('300602010102010100'),
    ])
      expect(() => rawEcdsaSignature(bad)).toThrow(CardFileError);
    expect(() =>
      encodeGen2Signature({ checkCode: new Uint8Array(64), certificate: placeholderCertificate(598) }),
    ).toThrow(CardFileError);
    expect(() => encodeGen2Signature({ checkCode: raw, certificate: new Uint8Array(0) })).toThrow(
      CardFileError,
    );
    expect(() => encodeGen2Signature({ checkCode: raw, certificate: placeholderCertificate(603) })).toThrow(
      CardFileError,
    );
    expect(() => decodeGen2Signature(concat(fromHex('DC60'), raw, fromHex('DD00')))).toThrow(CardFileError);
    expect(() => decodeGen2Signature(new Uint8Array(704))).toThrow(CardFileError);
  });
});
