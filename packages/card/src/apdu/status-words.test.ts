import { describe, expect, it } from 'vitest';
import {
  describeSw,
  SW_AUTH_BLOCKED,
  SW_CLA_NOT_SUPPORTED,
  SW_CONDITIONS_NOT_SATISFIED,
  SW_FILE_NOT_FOUND,
  SW_INS_NOT_SUPPORTED,
  SW_NO_CURRENT_EF,
  SW_OFFSET_OUT_OF_RANGE,
  SW_OK,
  SW_SECURITY_NOT_SATISFIED,
  SW_SESSION_DESTROYED,
  SW_SM_DO_INCORRECT,
  SW_SM_DO_MISSING,
  SW_SM_NOT_SUPPORTED,
  SW_VERIFY_FAILED,
  SW_WRONG_DATA,
  SW_WRONG_LENGTH,
  SW_WRONG_P1P2,
  swCode,
  swTriesLeft,
  triesLeft,
} from './status-words.ts';

describe('status words', () => {
  it('have the values of chip.md §4.7, §6.1, §7.2', () => {
    expect([
      SW_OK,
      SW_VERIFY_FAILED,
      SW_SECURITY_NOT_SATISFIED,
      SW_CONDITIONS_NOT_SATISFIED,
      SW_NO_CURRENT_EF,
      SW_SM_DO_MISSING,
      SW_SM_DO_INCORRECT,
      SW_SM_NOT_SUPPORTED,
      SW_WRONG_LENGTH,
      SW_FILE_NOT_FOUND,
      SW_WRONG_P1P2,
      SW_WRONG_DATA,
      SW_OFFSET_OUT_OF_RANGE,
      SW_INS_NOT_SUPPORTED,
      SW_CLA_NOT_SUPPORTED,
      SW_SESSION_DESTROYED,
      SW_AUTH_BLOCKED,
    ]).toEqual([
      0x9000, 0x6300, 0x6982, 0x6985, 0x6986, 0x6987, 0x6988, 0x6882, 0x6700, 0x6a82, 0x6a86, 0x6a80, 0x6b00,
      0x6d00, 0x6e00, 0x69fc, 0x6984,
    ]);
  });

  it('63 Cx carries tries left; 63 00 does not mean zero tries (chip.md §7.2)', () => {
    expect(triesLeft(0x63c2)).toBe(2);
    expect(triesLeft(0x63c0)).toBe(0);
    expect(triesLeft(0x6300)).toBeNull();
    expect(triesLeft(0x9000)).toBeNull();
    expect(swTriesLeft(1)).toBe(0x63c1);
    expect(() => swTriesLeft(16)).toThrow(RangeError);
  });

  it('describes and codes every SW, known or not', () => {
    expect(describeSw(0x6982)).toBe('69 82 security status not satisfied');
    expect(describeSw(0x63c1)).toBe('63 C1 verification failed, 1 tries left');
    expect(describeSw(0x6a88)).toBe('6A 88 unknown status word');
    expect(swCode(0x69fc)).toBe('session-destroyed');
    expect(swCode(0x63c1)).toBe('verify-failed-tries-left');
    expect(swCode(0x1234)).toBe('unknown-sw');
  });
});
