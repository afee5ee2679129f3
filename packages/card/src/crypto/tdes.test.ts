import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { desDecryptBlock, desEncryptBlock, tdesCbcDecrypt, tdesCbcEncrypt } from './tdes.ts';

const KENC = fromHex('6522B4E171195BB218223A976C040111');

describe('2-key 3DES-CBC', () => {
  it('encrypts RND.IFD ‖ RND.ICC ‖ K.IFD to E_IFD (chip.md §4.10)', () => {
    const plain = fromHex('1122334455667788 5A6E7E385162B7A3 404142434445464748494A4B4C4D4E4F');
    const e = tdesCbcEncrypt(KENC, plain);
    expect(toHex(e)).toBe('937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA');
    expect(toHex(tdesCbcDecrypt(KENC, e))).toBe(toHex(plain));
  });

  it('decrypts E_ICC to RND.ICC ‖ RND.IFD ‖ K.ICC (chip.md §4.10)', () => {
    const eIcc = fromHex('5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE');
    expect(toHex(tdesCbcDecrypt(KENC, eIcc))).toBe(
      '5A6E7E385162B7A3112233445566778819D049490FFF52EEDBFCB930BC810ED0',
    );
  });

  it('single DES matches the classic FIPS 81 / "Now is the time" vector', () => {
    const key = fromHex('0123456789ABCDEF');
    const c = desEncryptBlock(key, fromHex('4E6F772069732074'));
    expect(toHex(c)).toBe('3FA40E8A984D4815');
    expect(toHex(desDecryptBlock(key, c))).toBe('4E6F772069732074');
  });

  it('rejects misuse (wrong key, IV or unaligned data)', () => {
    expect(() => tdesCbcEncrypt(new Uint8Array(8), new Uint8Array(8))).toThrow(RangeError);
    expect(() => tdesCbcEncrypt(KENC, new Uint8Array(7))).toThrow(RangeError);
    expect(() => tdesCbcDecrypt(KENC, new Uint8Array(8), new Uint8Array(16))).toThrow(RangeError);
  });
});
