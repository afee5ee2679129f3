import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen1RenewalApplication, encodeGen1RenewalApplication } from './gen1-renewal-application.ts';

describe('gen-1 DF2/EF04 renewal application (chip.md §4.1, §4.2)', () => {
  it('is D7 01 + 0/1', () => {
    expect(toHex(encodeGen1RenewalApplication('1'))).toBe('D70131');
    expect(decodeGen1RenewalApplication(fromHex('D70130'))).toBe('0');
    expect(() => encodeGen1RenewalApplication('10')).toThrow(CardFileError);
    expect(() => decodeGen1RenewalApplication(fromHex('D80130'))).toThrow(CardFileError);
  });
});
