import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen1Address, encodeGen1Address } from './gen1-address.ts';

describe('gen-1 DF2/EF01 address (chip.md §4.1, §4.2)', () => {
  const a = { date: '20120310', municipalityCode: '131016', address: '東京都千代田区霞が関１－１－１' };

  it('lays out D2 08 / D3 06 / D4 82 01 40 in 342 bytes (example values of §4.2)', () => {
    const file = encodeGen1Address(a);
    expect(file.length).toBe(342);
    expect(toHex(file.subarray(0, 22))).toBe('D2083230313230333130D306313331303136D4820140');
    expect(decodeGen1Address(file)).toEqual(a);
    expect(encodeGen1Address(decodeGen1Address(file))).toEqual(file);
  });

  it('reads a Shift_JIS address from an old card (§4.3) and empty fields', () => {
    const file = concat(
      fromHex('D208'),
      new Uint8Array(8),
      fromHex('D306'),
      new Uint8Array(6),
      fromHex('D4820140 938C8B9E'),
      new Uint8Array(316),
    );
    expect(decodeGen1Address(file)).toEqual({ date: '', municipalityCode: '', address: '東京' });
  });

  it('refuses an address over 320 bytes and a wrong layout', () => {
    expect(() => encodeGen1Address({ ...a, address: 'あ'.repeat(107) })).toThrow(CardFileError);
    expect(() => decodeGen1Address(fromHex('D20131'))).toThrow(CardFileError);
  });
});
