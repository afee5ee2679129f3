import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../bytes.ts';
import { sha1, sha256 } from './hash.ts';

describe('hash', () => {
  it('SHA-1 of the card number AA12345678BB matches chip.md §4.10', () => {
    expect(toHex(sha1(utf8('AA12345678BB')))).toBe('6522B4E171195BB218223A976C040111BDC4AA25');
  });

  it('SHA-256 of "abc" is the FIPS 180-2 value', () => {
    expect(toHex(sha256(utf8('abc')))).toBe(
      'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD',
    );
  });
});
