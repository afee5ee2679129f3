import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2CardNumber, encodeGen2CardNumber } from './gen2-card-number.ts';

describe('gen-2 DF1/EF01 card number (chip.md §5.2, §5.3)', () => {
  it('is C2 0C + 12 ASCII, 14 bytes (card number of §4.10)', () => {
    expect(toHex(encodeGen2CardNumber('AA12345678BB'))).toBe('C20C414131323334353637384242');
    expect(decodeGen2CardNumber(fromHex('C20C414131323334353637384242'))).toBe('AA12345678BB');
  });

  it('refuses other shapes', () => {
    expect(() => encodeGen2CardNumber('aa12345678bb')).toThrow(CardFileError);
    expect(() => decodeGen2CardNumber(fromHex('C20C31313131313131313131313131'.slice(0, 28)))).toThrow(
      CardFileError,
    );
  });
});
