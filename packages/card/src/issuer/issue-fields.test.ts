import { describe, expect, it } from 'vitest';
import { fieldsFromSeed, IssueFieldsError, mergeFields, validateFields } from './issue-fields.ts';

describe('issue fields', () => {
  it('are deterministic per seed and valid for every card type', () => {
    expect(fieldsFromSeed('05', 7)).toEqual(fieldsFromSeed('05', 7));
    expect(fieldsFromSeed('05', 7).cardNumber).not.toBe(fieldsFromSeed('05', 8).cardNumber);
    for (const type of ['1', '2', '05', '06', '07', '08'] as const)
      expect(() => validateFields(type, fieldsFromSeed(type, 3))).not.toThrow();
    expect(fieldsFromSeed('06', 1).periodOfStay).toBe('0000');
  });

  it('accept YYYY-MM-DD dates and status names, and refuse what cannot go on a card', () => {
    const base = fieldsFromSeed('05', 1);
    const f = mergeFields('05', base, { birthDate: '1990-04-01', status: 'student', workRestriction: '9' });
    expect(f.birthDate).toBe('19900401');
    expect(f.status).toBe('Z22');
    const bad = (input: unknown) => {
      try {
        mergeFields('05', base, input);
      } catch (e) {
        return e instanceof IssueFieldsError ? e.field : 'other';
      }
      return null;
    };
    expect(bad({ nickname: 'X' })).toBe('nickname');
    expect(bad({ birthDate: '1990-02-30' })).toBe('birthDate');
    expect(bad({ cardNumber: 'A1' })).toBe('cardNumber');
    expect(bad({ address: '東京都' })).toBe('address'); // drawn into the gen-2 address image: A–Z only
    expect(bad({ sex: 4 })).toBe('sex');
    expect(bad([])).toBe('(document)');
    expect(() => mergeFields('1', fieldsFromSeed('1', 1), { address: '東京都千代田区' })).not.toThrow(); // gen-1 D4 is text
  });
});
