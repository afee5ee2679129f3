import { describe, expect, it } from 'vitest';
import { concat, fromHex, toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { decodeGen2OtherEntries, encodeGen2OtherEntries } from './gen2-other-entries.ts';

describe('gen-2 DF2/EF03 other entries (chip.md §5.3, §6.1)', () => {
  it('is D9 01 xx ‖ DE 81 C8 ‖ 200 ‖ 00 = 207 bytes', () => {
    const file = encodeGen2OtherEntries({ commissionerEntry: '0', reservedText: '' });
    expect(file).toEqual(concat(fromHex('D90130DE81C8'), new Uint8Array(201)));
    expect(file.length).toBe(207);
  });

  it('round-trips text and refuses more than 200 bytes', () => {
    const v = { commissionerEntry: '1', reservedText: '記載事項（サンドボックス）' };
    const file = encodeGen2OtherEntries(v);
    expect(toHex(file.subarray(0, 6))).toBe('D90131DE81C8');
    expect(decodeGen2OtherEntries(file)).toEqual(v);
    expect(() => encodeGen2OtherEntries({ ...v, reservedText: 'あ'.repeat(67) })).toThrow(CardFileError);
  });
});
