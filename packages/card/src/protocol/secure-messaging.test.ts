import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCommand, parseCommand } from '../apdu/command-apdu.ts';
import { concat, fromHex, toHex, uintBE } from '../bytes.ts';
import { aesEncryptBlock } from '../crypto/aes.ts';
import type { CipherSuite } from './cipher-suite.ts';
import {
  buildSmReadBinary,
  buildVerifyCommand,
  checkVerifyData,
  decryptDo86,
  encryptDo86,
  leDo,
  parseLeDo,
  specifiedIv,
  zeroIv,
} from './secure-messaging.ts';

const KS_GEN1 = fromHex('CE94938E19E3B97DF96EABCEDC1715CC');
const KS_GEN2 = fromHex('C19CF13D3D7FBEE9EA293D834C88952F');

describe('secure messaging', () => {
  it('zero IVs are block-sized', () => {
    expect(toHex(zeroIv('tdes'))).toBe('0000000000000000');
    expect(zeroIv('aes').length).toBe(16);
  });

  describe('gen 1 (chip.md §4.10, §4.5, §4.6)', () => {
    it('VERIFY APDU byte for byte, and the card accepts it', () => {
      const c = buildVerifyCommand('tdes', KS_GEN1, 'AA12345678BB', zeroIv('tdes'));
      expect(toHex(encodeCommand(c))).toBe('0820008613861101' + '1AA82973DB959A811F9711D728F0EEF6');
      expect(checkVerifyData('tdes', KS_GEN1, zeroIv('tdes'), c.data, 'AA12345678BB')).toBe('match');
      expect(checkVerifyData('tdes', KS_GEN1, zeroIv('tdes'), c.data, 'AA12345678BC')).toBe('mismatch');
    });

    it('derived SM round trip: D2 08 "20120310" ↔ 86 11 01 4F8D… (chip.md §4.10, derived)', () => {
      const plain = fromHex('D2083230313230333130');
      const do86 = encryptDo86('tdes', KS_GEN1, zeroIv('tdes'), plain);
      expect(toHex(do86)).toBe('861101' + '4F8D341B894A0649E32FCFEE01453810');
      expect(toHex(decryptDo86('tdes', KS_GEN1, zeroIv('tdes'), do86)!)).toBe(toHex(plain));
    });

    it('DF1/EF01 front image answers 86 82 1B 61 01 ‖ 7008 bytes (chip.md §4.6)', () => {
      const plain = concat(fromHex('D0821B58'), new Uint8Array(7000).fill(0x11));
      const do86 = encryptDo86('tdes', KS_GEN1, zeroIv('tdes'), plain);
      expect(toHex(do86.subarray(0, 5))).toBe('86821B6101');
      expect(do86.length).toBe(5 + 7008);
      expect(toHex(decryptDo86('tdes', KS_GEN1, zeroIv('tdes'), do86)!)).toBe(toHex(plain));
      const face = concat(fromHex('D1820BB8'), new Uint8Array(3000));
      expect(toHex(encryptDo86('tdes', KS_GEN1, zeroIv('tdes'), face).subarray(0, 5))).toBe('86820BC101');
    });

    it('SM READ BINARY 08 B0 85 00 00 00 04 96 02 00 00 00 00 (chip.md §4.6)', () => {
      const c = buildSmReadBinary(0x85, 0x00, 65536, '96-02');
      expect(toHex(encodeCommand(c))).toBe('08B08500000004960200000000');
      expect(parseLeDo(parseCommand(encodeCommand(c)).data)).toBe(65536);
    });
  });

  describe('gen 2 (chip.md §5.5, §5.4)', () => {
    it('VERIFY APDU byte for byte, and the card accepts it', () => {
      const c = buildVerifyCommand('aes', KS_GEN2, 'aa12345678bb', zeroIv('aes'));
      expect(toHex(encodeCommand(c))).toBe('0820008613861101' + 'EE0B31EF877F68D071C56D58C72E6748');
      expect(checkVerifyData('aes', KS_GEN2, zeroIv('aes'), c.data, 'AA12345678BB')).toBe('match');
    });

    it('derived SM round trip: C7 01 31 ↔ 86 11 01 CD29… (chip.md §5.5, derived)', () => {
      const do86 = encryptDo86('aes', KS_GEN2, zeroIv('aes'), fromHex('C70131'));
      expect(toHex(do86)).toBe('861101' + 'CD2954512458AE82720C35A4D0721976');
      expect(toHex(decryptDo86('aes', KS_GEN2, zeroIv('aes'), do86)!)).toBe('C70131');
    });

    it('DF1/EF03 answers 86 82 15 91 01 ‖ 5520 bytes (chip.md §5.4)', () => {
      const plain = concat(
        fromHex('D08209C4'),
        new Uint8Array(2500),
        fromHex('D1820BB8'),
        new Uint8Array(3000),
      );
      const do86 = encryptDo86('aes', KS_GEN2, zeroIv('aes'), plain);
      expect(toHex(do86.subarray(0, 5))).toBe('8682159101');
      expect(do86.length).toBe(5 + 5520);
    });
  });

  describe('特定 model (chip.md §6.1, modelled)', () => {
    const key = fromHex('000102030405060708090A0B0C0D0E0F');

    it('IV = AES-128-ECB(key, counter as 16-byte big-endian)', () => {
      expect(toHex(specifiedIv(key, 0))).toBe('C6A13B37878F5B826F4F8162A1C8D879');
      expect(toHex(specifiedIv(key, 1))).toBe('7346139595C0B41E497BBDE365F42D0A');
      expect(toHex(specifiedIv(key, 2))).toBe('49D68753999BA68CE3897A686081B09D');
      expect(toHex(specifiedIv(key, 2 ** 40))).toBe(toHex(aesEncryptBlock(key, uintBE(2 ** 40, 16))));
      expect(() => specifiedIv(key, -1)).toThrow(RangeError);
      expect(() => specifiedIv(key, 1.5)).toThrow(RangeError);
    });

    it('SM READ BINARY with 96 03 00 HH LL and Lc 5', () => {
      const c = buildSmReadBinary(0x81, 0x00, 0x0102, '96-03');
      expect(toHex(encodeCommand(c))).toBe('08B0810000000596030001020000');
    });

    it('VERIFY under counter IV decrypts only with the same counter', () => {
      const c = buildVerifyCommand('aes', key, 'AB12345678CD', specifiedIv(key, 1));
      expect(toHex(encodeCommand(c).subarray(0, 8))).toBe('0820008613861101');
      expect(checkVerifyData('aes', key, specifiedIv(key, 1), c.data, 'AB12345678CD')).toBe('match');
      expect(checkVerifyData('aes', key, specifiedIv(key, 2), c.data, 'AB12345678CD')).not.toBe('match');
    });
  });

  it('Le DO: both forms, 65536 as zeros, anything else null', () => {
    expect(toHex(leDo(65536, '96-02'))).toBe('96020000');
    expect(toHex(leDo(0x1b58, '96-02'))).toBe('96021B58');
    expect(toHex(leDo(65536, '96-03'))).toBe('9603000000');
    expect(toHex(leDo(0x1b58, '96-03'))).toBe('9603001B58');
    expect(parseLeDo(fromHex('96021B58'))).toBe(0x1b58);
    expect(parseLeDo(fromHex('9603000001'))).toBe(1);
    expect(parseLeDo(fromHex('9603010000'))).toBeNull();
    expect(parseLeDo(fromHex('960100'))).toBeNull();
    expect(parseLeDo(fromHex('97020000'))).toBeNull();
    expect(parseLeDo(fromHex('9602000000'))).toBeNull();
    expect(() => leDo(0, '96-02')).toThrow(RangeError);
    expect(() => leDo(65537, '96-03')).toThrow(RangeError);
  });

  it('DO 86 uses the 81 length form from 128 bytes and rejects malformed DOs with null', () => {
    const iv = zeroIv('aes');
    const do86 = encryptDo86('aes', KS_GEN2, iv, new Uint8Array(130));
    expect(toHex(do86.subarray(0, 4))).toBe('86819101');
    expect(decryptDo86('aes', KS_GEN2, iv, do86)!.length).toBe(130);
    const ok = encryptDo86('aes', KS_GEN2, iv, fromHex('C70131'));
    const cases: Record<string, Uint8Array> = {
      empty: new Uint8Array(0),
      'wrong tag': concat(fromHex('87'), ok.subarray(1)),
      'padding indicator 02': concat(ok.subarray(0, 2), fromHex('02'), ok.subarray(3)),
      'length too long': concat(fromHex('8612'), ok.subarray(2)),
      'trailing byte': concat(ok, fromHex('00')),
      'unaligned cryptogram': fromHex('86080100112233445566'),
      'indicator only': fromHex('860101'),
      'indefinite length': concat(fromHex('8680'), ok.subarray(2)),
      'truncated 82 form': fromHex('8682'),
      'wrong key (bad padding)': encryptDo86('aes', KS_GEN1, iv, fromHex('C70131')),
    };
    for (const [name, bytes] of Object.entries(cases))
      expect(decryptDo86('aes', KS_GEN2, iv, bytes), name).toBeNull();
    // non-minimal BER length is accepted
    expect(toHex(decryptDo86('aes', KS_GEN2, iv, concat(fromHex('868111'), ok.subarray(2)))!)).toBe('C70131');
  });

  const suite = fc.constantFrom<CipherSuite>('tdes', 'aes');

  it('property: encryptDo86 → decryptDo86 round-trips any plaintext under any IV', () => {
    fc.assert(
      fc.property(
        suite,
        fc.uint8Array({ maxLength: 400 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (s, p, iv16) => {
          const iv = iv16.subarray(0, s === 'tdes' ? 8 : 16);
          const key = s === 'tdes' ? KS_GEN1 : KS_GEN2;
          expect(toHex(decryptDo86(s, key, iv, encryptDo86(s, key, iv, p))!)).toBe(toHex(p));
        },
      ),
    );
  });

  it('property: random bytes to decryptDo86 give null or bytes, never an exception', () => {
    const wellFormedHeader = fc
      .tuple(fc.integer({ min: 1, max: 6 }), suite)
      .chain(([blocks]) =>
        fc
          .uint8Array({ minLength: blocks * 8, maxLength: blocks * 8 })
          .map((c) => concat(Uint8Array.of(0x86, c.length + 1, 0x01), c)),
      );
    fc.assert(
      fc.property(suite, fc.oneof(fc.uint8Array({ maxLength: 80 }), wellFormedHeader), (s, bytes) => {
        const r = decryptDo86(s, s === 'tdes' ? KS_GEN1 : KS_GEN2, zeroIv(s), bytes);
        expect(r === null || r instanceof Uint8Array).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: random bytes to parseLeDo give null or 1..65536', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 8 }),
          fc.uint8Array({ minLength: 2, maxLength: 3 }).map((b) => concat(fromHex('9602'), b)),
        ),
        (b) => {
          const r = parseLeDo(b);
          expect(r === null || (Number.isInteger(r) && r >= 1 && r <= 65536)).toBe(true);
        },
      ),
    );
  });

  it('property: leDo → parseLeDo round-trips', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 65536 }),
        fc.constantFrom('96-02' as const, '96-03' as const),
        (le, form) => {
          expect(parseLeDo(leDo(le, form))).toBe(le);
        },
      ),
    );
  });
});
