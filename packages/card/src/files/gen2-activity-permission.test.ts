import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2ActivityPermission, encodeGen2ActivityPermission } from './gen2-activity-permission.ts';

describe('gen-2 DF2/EF01 activity permission (chip.md §5.2, §5.3)', () => {
  it('is D5 07 (1 used) ‖ D6 08 ‖ D7 01, 22 bytes, and round-trips', () => {
    const p = { comprehensive: '1', comprehensiveExpiry: '20290614', individual: '0' };
    const file = encodeGen2ActivityPermission(p);
    expect(toHex(file)).toBe('D507310000000000 00D6083230323930363134D70130'.replace(' ', ''));
    expect(file.length).toBe(22);
    expect(decodeGen2ActivityPermission(file)).toEqual(p);
  });

  it('keeps empty fields empty and refuses long codes', () => {
    const p = { comprehensive: '0', comprehensiveExpiry: '', individual: '0' };
    expect(decodeGen2ActivityPermission(encodeGen2ActivityPermission(p))).toEqual(p);
    expect(() => encodeGen2ActivityPermission({ ...p, individual: '01' })).toThrow(CardFileError);
  });
});
