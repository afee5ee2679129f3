import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { aesCmac, cmacSubkeys } from './aes-cmac.ts';

const K = fromHex('2B7E151628AED2A6ABF7158809CF4F3C');
const M64 = fromHex(
  '6BC1BEE22E409F96E93D7E117393172A AE2D8A571E03AC9C9EB76FAC45AF8E51 30C81C46A35CE411E5FBC1191A0A52EF F69F2445DF4F9B17AD2B417BE66C3710',
);

describe('AES-CMAC', () => {
  it('RFC 4493 §4 subkey generation', () => {
    const { k1, k2 } = cmacSubkeys(K);
    expect(toHex(k1)).toBe('FBEED618357133667C85E08F7236A8DE');
    expect(toHex(k2)).toBe('F7DDAC306AE266CCF90BC11EE46D513B');
  });

  it.each([
    ['example 1, empty message', 0, 'BB1D6929E95937287FA37D129B756746'],
    ['example 2, 16 bytes', 16, '070A16B46B4D4144F79BDD9DD04A287C'],
    ['example 3, 40 bytes', 40, 'DFA66747DE9AE63030CA32611497C827'],
    ['example 4, 64 bytes', 64, '51F0BEBF7E3B9D92FC49741779363CFE'],
  ])('RFC 4493 §4 %s', (_name, len, mac) => {
    expect(toHex(aesCmac(K, M64.subarray(0, len)))).toBe(mac);
  });

  it('gen-2 M_IFD = CMAC(Kmac, E_IFD)[0..8] (chip.md §5.5)', () => {
    const kmac = fromHex('6522B4E171195BB218223A976C040111');
    const eIfd = fromHex('4AD3C7B6BB484A52771977DED618B41DF841FA0476A05FBE041DEAD6109E773B');
    expect(toHex(aesCmac(kmac, eIfd).subarray(0, 8))).toBe('AC854617634F5397');
  });
});
