import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { CardNumberFormatError, cardNumberBytes, normalizeCardNumber } from './card-number.ts';

describe('card number', () => {
  it('is the 12 ASCII bytes of chip.md §4.10 and uppercased first', () => {
    expect(toHex(cardNumberBytes('AA12345678BB'))).toBe('414131323334353637384242');
    expect(normalizeCardNumber('aa12345678bb')).toBe('AA12345678BB');
  });

  it.each([
    '',
    'AA1234567BB',
    'AA123456789BB',
    'A112345678BB',
    'AA12345678B1',
    ' AA12345678BB',
    'ＡＡ12345678BB',
  ])('rejects %j with CardNumberFormatError, without echoing it', (bad) => {
    let err: unknown;
    try {
      normalizeCardNumber(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CardNumberFormatError);
    expect((err as CardNumberFormatError).code).toBe('invalid-card-number');
    if (bad.length > 0) expect((err as Error).message).not.toContain(bad.trim());
  });
});
