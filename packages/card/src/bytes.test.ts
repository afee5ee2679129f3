import { describe, expect, it } from 'vitest';
import { concat, equal, fromHex, padTo, timingSafeEqual, toHex, uintBE, xor } from './bytes.ts';

describe('bytes', () => {
  it('round-trips hex with separators', () => {
    expect(toHex(fromHex('00 a4 04 0c:10'))).toBe('00A4040C10');
    expect(() => fromHex('0G')).toThrow(/not a hex/);
    expect(() => fromHex('abc')).toThrow(/not a hex/);
  });

  it('concatenates, compares, xors, pads', () => {
    expect(toHex(concat(fromHex('01'), fromHex('0203')))).toBe('010203');
    expect(equal(fromHex('0102'), fromHex('0102'))).toBe(true);
    expect(timingSafeEqual(fromHex('0102'), fromHex('0103'))).toBe(false);
    expect(toHex(xor(fromHex('F0F0'), fromHex('0FF0')))).toBe('FF00');
    expect(toHex(uintBE(0x1b58, 2))).toBe('1B58');
    expect(toHex(padTo(fromHex('01'), 3))).toBe('010000');
    expect(() => padTo(fromHex('0102'), 1)).toThrow(/exceeds/);
  });
});
