import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen1Signature, encodeGen1Signature } from './gen1-signature.ts';

describe('gen-1 DF3/EF01 signature (chip.md §4.1, §4.6, §4.9)', () => {
  const checkCode = new Uint8Array(256).fill(0x11);
  // A DER-shaped certificate of 900 bytes (4 + 0x380) whose own last two bytes are 00.
  const certificate = concat(fromHex('30820380'), new Uint8Array(894).fill(0xa5), fromHex('0000'));

  it('is DA 82 01 00 + 256 ‖ DB 82 04 B0 + 1200, 1464 bytes (the §4.6 DF3 read)', () => {
    const file = encodeGen1Signature({ checkCode, certificate });
    expect(file.length).toBe(1464);
    expect(toHex(file.subarray(0, 4))).toBe('DA820100');
    expect(toHex(file.subarray(260, 264))).toBe('DB8204B0');
    const back = decodeGen1Signature(file);
    expect(back.checkCode).toEqual(checkCode);
    expect(back.certificate?.length).toBe(900); // cut at the DER length, keeping its own trailing 00 00
    expect(encodeGen1Signature(back)).toEqual(file);
  });

  it('reads and writes both under-16 variants of §4.9', () => {
    const daDb = concat(fromHex('DA00DB00'), new Uint8Array(1460));
    const da = concat(fromHex('DA00'), new Uint8Array(1462));
    expect(decodeGen1Signature(daDb)).toEqual({ checkCode: null, certificate: null });
    expect(decodeGen1Signature(da)).toEqual({
      checkCode: null,
      certificate: null,
      certificateDoOmitted: true,
    });
    expect(encodeGen1Signature(decodeGen1Signature(daDb))).toEqual(daDb);
    expect(encodeGen1Signature(decodeGen1Signature(da))).toEqual(da);
  });

  it('refuses a check code that is not 256 bytes and inconsistent fields', () => {
    expect(() => encodeGen1Signature({ checkCode: new Uint8Array(255), certificate })).toThrow(CardFileError);
    expect(() => decodeGen1Signature(concat(fromHex('DA0101DB00'), new Uint8Array(10)))).toThrow(
      CardFileError,
    );
    expect(() => encodeGen1Signature({ checkCode: null, certificate, certificateDoOmitted: true })).toThrow(
      CardFileError,
    );
    expect(() => decodeGen1Signature(new Uint8Array(1464))).toThrow(CardFileError);
    expect(() => encodeGen1Signature({ checkCode, certificate: new Uint8Array(1201).fill(1) })).toThrow(
      CardFileError,
    );
  });
});
