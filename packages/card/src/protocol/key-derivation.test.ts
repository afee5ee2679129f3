import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardNumberFormatError } from './card-number.ts';
import { accessKeyFromCardNumber, sessionKey } from './key-derivation.ts';

const K_IFD = fromHex('404142434445464748494A4B4C4D4E4F');

describe('key derivation', () => {
  it('Kenc = Kmac = SHA-1("AA12345678BB")[0..16] (chip.md §4.10, §5.5)', () => {
    expect(toHex(accessKeyFromCardNumber('AA12345678BB'))).toBe('6522B4E171195BB218223A976C040111');
    expect(toHex(accessKeyFromCardNumber('aa12345678bb'))).toBe('6522B4E171195BB218223A976C040111');
  });

  it('throws on a malformed card number', () => {
    expect(() => accessKeyFromCardNumber('AA-12345678-BB')).toThrow(CardNumberFormatError);
  });

  it('gen-1 KSenc from K.IFD ⊕ K.ICC (chip.md §4.10)', () => {
    const kIcc = fromHex('19D049490FFF52EEDBFCB930BC810ED0');
    expect(toHex(sessionKey(K_IFD, kIcc))).toBe('CE94938E19E3B97DF96EABCEDC1715CC');
  });

  it('gen-2 KSenc (chip.md §5.5)', () => {
    const kIcc = fromHex('2CC6AF9B8B607C662FDCAD27B401D08B');
    expect(toHex(sessionKey(K_IFD, kIcc))).toBe('C19CF13D3D7FBEE9EA293D834C88952F');
  });

  it('rejects key halves of the wrong size', () => {
    expect(() => sessionKey(K_IFD, new Uint8Array(8))).toThrow(RangeError);
  });
});
