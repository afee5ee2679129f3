import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { aesCbcDecrypt, aesCbcEncrypt, aesEncryptBlock } from './aes.ts';

const KENC = fromHex('6522B4E171195BB218223A976C040111');
const ZERO = new Uint8Array(16);

describe('AES-128', () => {
  it('CBC: RND.IFD ‖ RND.ICC ‖ K.IFD → E_IFD (chip.md §5.5)', () => {
    const plain = fromHex('1122334455667788 921CE277323DA057 404142434445464748494A4B4C4D4E4F');
    const e = aesCbcEncrypt(KENC, ZERO, plain);
    expect(toHex(e)).toBe('4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B');
    expect(toHex(aesCbcDecrypt(KENC, ZERO, e))).toBe(toHex(plain));
  });

  it('ECB block: FIPS-197 appendix C.1 / RFC 4493 L = AES(K, 0)', () => {
    expect(
      toHex(
        aesEncryptBlock(
          fromHex('000102030405060708090A0B0C0D0E0F'),
          fromHex('00112233445566778899AABBCCDDEEFF'),
        ),
      ),
    ).toBe('69C4E0D86A7B0430D8CDB78070B4C55A');
    expect(toHex(aesEncryptBlock(fromHex('2B7E151628AED2A6ABF7158809CF4F3C'), ZERO))).toBe(
      '7DF76B0C1AB899B33E42F047B91B546F',
    );
  });

  it('CBC uses the IV (NIST SP 800-38A F.2.1 first block)', () => {
    const key = fromHex('2B7E151628AED2A6ABF7158809CF4F3C');
    const iv = fromHex('000102030405060708090A0B0C0D0E0F');
    expect(toHex(aesCbcEncrypt(key, iv, fromHex('6BC1BEE22E409F96E93D7E117393172A')))).toBe(
      '7649ABAC8119B246CEE98E9B12E9197D',
    );
  });

  it('rejects misuse', () => {
    expect(() => aesCbcEncrypt(new Uint8Array(8), ZERO, ZERO)).toThrow(RangeError);
    expect(() => aesCbcEncrypt(KENC, new Uint8Array(8), ZERO)).toThrow(RangeError);
    expect(() => aesCbcDecrypt(KENC, ZERO, new Uint8Array(15))).toThrow(RangeError);
    expect(() => aesEncryptBlock(KENC, new Uint8Array(32))).toThrow(RangeError);
  });
});
