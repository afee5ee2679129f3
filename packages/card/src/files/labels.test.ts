import { describe, expect, it } from 'vitest';
import { CARD_TYPES } from './card-type.ts';
import {
  CARD_TYPE_LABELS,
  COMMISSIONER_ENTRY_LABELS,
  COMPREHENSIVE_PERMISSION_LABELS,
  INDIVIDUAL_PERMISSION_LABELS,
  RENEWAL_APPLICATION_LABELS,
  SEX_LABELS,
  WORK_RESTRICTION_LABELS,
} from './labels.ts';

describe('code labels (chip.md §2, §5.3)', () => {
  it('covers the codes of §5.3', () => {
    expect(Object.keys(SEX_LABELS)).toEqual(['1', '2', '3']);
    expect(Object.keys(WORK_RESTRICTION_LABELS)).toEqual(['1', '2', '4', '9']);
    expect(Object.keys(COMPREHENSIVE_PERMISSION_LABELS)).toEqual(['0', '1', '2']);
    expect(CARD_TYPES.every((t) => CARD_TYPE_LABELS[t])).toBe(true);
    expect(SEX_LABELS['3']?.code).toBe('unspecified');
    expect(WORK_RESTRICTION_LABELS['9']?.ja).toBe('就労不可');
  });

  it('uses kebab-case machine codes, unique per table', () => {
    for (const table of [
      CARD_TYPE_LABELS,
      SEX_LABELS,
      WORK_RESTRICTION_LABELS,
      COMPREHENSIVE_PERMISSION_LABELS,
      INDIVIDUAL_PERMISSION_LABELS,
      RENEWAL_APPLICATION_LABELS,
      COMMISSIONER_ENTRY_LABELS,
    ]) {
      const codes = Object.values(table).map((l) => l.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of codes) expect(c).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
