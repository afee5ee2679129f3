import { CARD_NUMBER_PATTERN } from '@zairyu/card';
import { describe, expect, it } from 'vitest';
import { newId, randomCardNumber } from './ids.ts';

describe('ids', () => {
  it('are prefixed, time-ordered and never a 12-digit number', () => {
    const a = newId('res', new Date('2026-06-15T00:00:00Z'));
    const b = newId('res', new Date('2026-06-15T00:00:00.001Z'));
    expect(a).toMatch(/^res_[0-9a-z]{26}$/);
    expect(a < b).toBe(true);
    for (let i = 0; i < 200; i++) expect(newId('x', new Date())).not.toMatch(/\b\d{12}\b/);
  });

  it('card numbers follow AA99999999AA', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = randomCardNumber();
      expect(n).toMatch(CARD_NUMBER_PATTERN);
      seen.add(n);
    }
    expect(seen.size).toBe(200);
  });
});
