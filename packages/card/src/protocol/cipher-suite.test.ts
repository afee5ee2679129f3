import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { suiteBlockSize, suiteDecrypt, suiteEncrypt, suiteForCardType, suiteMac } from './cipher-suite.ts';

const K = fromHex('6522B4E171195BB218223A976C040111');

describe('cipher suites', () => {
  it('map card types to suites (chip.md §0, §2)', () => {
    expect(suiteForCardType('1')).toBe('tdes');
    expect(suiteForCardType('2')).toBe('tdes');
    for (const t of ['05', '06', '07', '08']) expect(suiteForCardType(t)).toBe('aes');
    expect(suiteForCardType('09')).toBeNull();
    expect(suiteBlockSize('tdes')).toBe(8);
    expect(suiteBlockSize('aes')).toBe(16);
  });

  it('tdes: 3DES-CBC + retail MAC (chip.md §4.10 E_IFD / M_IFD)', () => {
    const e = suiteEncrypt(
      'tdes',
      K,
      fromHex('11223344556677885A6E7E385162B7A3404142434445464748494A4B4C4D4E4F'),
    );
    expect(toHex(e)).toBe('937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA');
    expect(toHex(suiteMac('tdes', K, e))).toBe('1AD7FB6A3389E017');
    expect(toHex(suiteDecrypt('tdes', K, e))).toBe(
      '11223344556677885A6E7E385162B7A3404142434445464748494A4B4C4D4E4F',
    );
  });

  it('aes: AES-CBC + CMAC[0..8] (chip.md §5.5 E_ICC / M_ICC)', () => {
    const e = fromHex('289A96B1DA6AE3DA87770419BFD14F0BDAD15F36432B5A946C188C7221759A62');
    expect(toHex(suiteMac('aes', K, e))).toBe('FA942EC51E62FF5F');
    expect(toHex(suiteDecrypt('aes', K, e))).toBe(
      '921CE277323DA0571122334455667788' + '2CC6AF9B8B607C662FDCAD27B401D08B',
    );
  });

  it('uses a given IV', () => {
    const iv = fromHex('000102030405060708090A0B0C0D0E0F');
    const data = new Uint8Array(16);
    expect(toHex(suiteEncrypt('aes', K, data, iv))).not.toBe(toHex(suiteEncrypt('aes', K, data)));
    expect(toHex(suiteDecrypt('aes', K, suiteEncrypt('aes', K, data, iv), iv))).toBe(toHex(data));
  });
});
