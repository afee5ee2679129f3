import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import {
  decodeGen2PrintedEntries,
  encodeGen2PrintedEntries,
  PRINTED_ENTRIES_VALUE_SIZE,
  PRINTED_ENTRY_FIELDS,
  type PrintedEntries,
} from './gen2-printed-entries.ts';

const residence: PrintedEntries = {
  cardExpiry: '20310614',
  birthDate: '19900101',
  sex: '2',
  nationality: 'UTO',
  status: 'SANDBOX',
  periodOfStay: '0300',
  permissionType: '01',
  permissionDate: '20260614',
  workRestriction: '4',
  stayExpiry: '20290614',
};
const special: PrintedEntries = {
  cardExpiry: '20330614',
  birthDate: '19800217',
  sex: '1',
  nationality: 'UTO',
  status: 'SPR',
  periodOfStay: '0000',
};

describe('gen-2 DF1/EF02 printed entries (chip.md §5.2, §5.3)', () => {
  it('has 53 value bytes in ten DOs', () => {
    expect(PRINTED_ENTRY_FIELDS.reduce((n, f) => n + f.size, 0)).toBe(PRINTED_ENTRIES_VALUE_SIZE);
    expect(PRINTED_ENTRY_FIELDS.map((f) => f.tag.toString(16).toUpperCase()).join(' ')).toBe(
      'C5 C6 C7 C8 C9 CE CA CB CC CD',
    );
  });

  it('is 73 bytes for 05/07 and round-trips', () => {
    const file = encodeGen2PrintedEntries(residence, '05');
    expect(file.length).toBe(73);
    expect(toHex(file.subarray(0, 10))).toBe('C5083230333130363134');
    expect(toHex(file.subarray(20, 23))).toBe('C70132');
    expect(decodeGen2PrintedEntries(file)).toEqual(residence);
    expect(encodeGen2PrintedEntries(decodeGen2PrintedEntries(file), '07')).toEqual(file);
  });

  it('is 46 bytes of six DOs for 06/08 and round-trips', () => {
    const file = encodeGen2PrintedEntries(special, '06');
    expect(file.length).toBe(46);
    expect(decodeGen2PrintedEntries(file)).toEqual(special);
    expect(encodeGen2PrintedEntries(decodeGen2PrintedEntries(file), '08')).toEqual(file);
  });

  it('refuses fields the card type lacks or misses, and wrong layouts', () => {
    expect(() => encodeGen2PrintedEntries(residence, '06')).toThrow(CardFileError);
    expect(() => encodeGen2PrintedEntries(special, '05')).toThrow(CardFileError);
    expect(() => encodeGen2PrintedEntries({ ...special, status: 'X'.repeat(11) }, '06')).toThrow(
      CardFileError,
    );
    const file = encodeGen2PrintedEntries(residence, '05');
    expect(() => decodeGen2PrintedEntries(file.subarray(0, 50))).toThrow(CardFileError);
  });
});
