import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { retailMac } from './retail-mac.ts';

const KMAC = fromHex('6522B4E171195BB218223A976C040111');

describe('retail MAC (ISO/IEC 9797-1 alg. 3, padding 2)', () => {
  it('M_IFD = MAC(Kmac, E_IFD) (chip.md §4.10)', () => {
    const eIfd = fromHex('937745C20883A1BAD1E04193722A1592378F81A8F1DC589157AEB0F7544FA1BA');
    expect(toHex(retailMac(KMAC, eIfd))).toBe('1AD7FB6A3389E017');
  });

  it('M_ICC = MAC(Kmac, E_ICC) (chip.md §4.10)', () => {
    const eIcc = fromHex('5860775B4D032CC564BA204B8EA868F694A74E7475A8FEF240588BDA1AF496CE');
    expect(toHex(retailMac(KMAC, eIcc))).toBe('59388FD6CD45248B');
  });

  it('depends on every byte and rejects a short key', () => {
    const a = retailMac(KMAC, fromHex('00'));
    const b = retailMac(KMAC, fromHex('0000'));
    expect(toHex(a)).not.toBe(toHex(b));
    expect(() => retailMac(new Uint8Array(8), new Uint8Array(8))).toThrow(RangeError);
  });
});
