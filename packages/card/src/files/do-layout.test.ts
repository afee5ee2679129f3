import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import {
  certificateOf,
  checkCertificate,
  expectDos,
  fillFile,
  fixedDo,
  imageDo,
  imageOf,
  parseDos,
} from './do-layout.ts';

describe('DO layout helpers', () => {
  it('pads fixed DOs and files with NUL (chip.md §4.2)', () => {
    expect(toHex(fixedDo('x', { tag: 0xd2, size: 4 }, fromHex('3132')))).toBe('D20431320000');
    expect(toHex(fillFile('x', 5, [fromHex('C10131')]))).toBe('C101310000');
    expect(() => fillFile('x', 2, [fromHex('C10131')])).toThrow(CardFileError);
  });

  it('checks DO order and sizes', () => {
    const tlvs = parseDos('x', fromHex('D20131D30132'));
    expect(
      expectDos('x', tlvs, [
        { tag: 0xd2, size: 1 },
        { tag: 0xd3, size: 1 },
      ]).map(toHex),
    ).toEqual(['31', '32']);
    const err = (fields: { tag: number; size: number }[]) => {
      try {
        expectDos('x', tlvs, fields);
      } catch (e) {
        return (e as CardFileError).code;
      }
      return 'none';
    };
    expect(err([{ tag: 0xd2, size: 1 }])).toBe('unexpected-do');
    expect(
      err([
        { tag: 0xd2, size: 1 },
        { tag: 0xd4, size: 1 },
      ]),
    ).toBe('unexpected-do');
    expect(
      err([
        { tag: 0xd2, size: 1 },
        { tag: 0xd3, size: 1 },
        { tag: 0xd4, size: 1 },
      ]),
    ).toBe('missing-do');
    expect(
      err([
        { tag: 0xd2, size: 0 },
        { tag: 0xd3, size: 1 },
      ]),
    ).toBe('value-too-long');
    try {
      parseDos('DF1/EF01', fromHex('D082'));
    } catch (e) {
      expect(e).toBeInstanceOf(CardFileError);
      expect((e as CardFileError).code).toBe('tlv');
      expect((e as CardFileError).file).toBe('DF1/EF01');
    }
  });

  it('writes images as fixed DOs or the empty DO, and reads them back', () => {
    const f = { tag: 0xd1, size: 6 };
    expect(toHex(imageDo('x', f, fromHex('FF4F')))).toBe('D106FF4F00000000');
    expect(toHex(imageDo('x', f, null))).toBe('D100');
    expect(toHex(imageDo('x', f, new Uint8Array(0)))).toBe('D106000000000000');
    expect(() => imageDo('x', f, fromHex('FF00'))).toThrow(CardFileError);
    expect(imageOf(new Uint8Array(0))).toBeNull();
    expect(toHex(imageOf(fromHex('FF4F0000')) as Uint8Array)).toBe('FF4F');
  });

  it('cuts certificates at their DER length, keeping DER bytes that are 00 (chip.md §4.8)', () => {
    const cert = fromHex('3004 02020100');
    expect(toHex(certificateOf(concat(cert, new Uint8Array(10))))).toBe('300402020100');
    expect(toHex(certificateOf(fromHex('3080 0101FF 0000 0000')))).toBe('30800101FF');
    expect(toHex(certificateOf(fromHex('3004 0202 0100 99 00')))).toBe('30040202010099');
    expect(() => checkCertificate('x', 0xdb, cert)).not.toThrow();
    expect(() => checkCertificate('x', 0xdb, fromHex('3080 0101FF 0000'))).toThrow(CardFileError);
  });
});
