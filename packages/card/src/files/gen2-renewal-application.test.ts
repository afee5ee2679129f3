import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2RenewalApplication, encodeGen2RenewalApplication } from './gen2-renewal-application.ts';

describe('gen-2 DF2/EF02 renewal application (chip.md §5.2, §5.3)', () => {
  it('is D8 01 + 0/1', () => {
    expect(toHex(encodeGen2RenewalApplication('1'))).toBe('D80131');
    expect(decodeGen2RenewalApplication(fromHex('D80130'))).toBe('0');
    expect(() => decodeGen2RenewalApplication(fromHex('D70130'))).toThrow(CardFileError);
  });
});
