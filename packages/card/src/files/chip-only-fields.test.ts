import { describe, expect, it } from 'vitest';
import { CHIP_ONLY_FIELD_NAMES, chipOnlyFields, PRESENCE_LABELS } from './chip-only-fields.ts';
import { FIELD_LABELS, periodOfStayLabel } from './field-labels.ts';

const values = { periodOfStay: '0500', permissionType: 'Z1', permissionDate: '20260615', issueDate: null };

describe('chip-only fields (source article ⑤)', () => {
  it('are the four the article names, labelled from the catalog', () => {
    expect(CHIP_ONLY_FIELD_NAMES.map((f) => FIELD_LABELS[f].ja)).toEqual([
      '在留期間',
      '許可の種類',
      '許可年月日',
      '交付年月日',
    ]);
  });

  it('a 2nd-generation or 特定 residence card: three on the chip, 交付年月日 in no published tag', () => {
    for (const type of ['05', '07'] as const)
      expect(chipOnlyFields(type, values).map((f) => [f.field, f.presence, f.value])).toEqual([
        ['periodOfStay', 'on-chip', '0500'],
        ['permissionType', 'on-chip', 'Z1'],
        ['permissionDate', 'on-chip', '20260615'],
        ['issueDate', 'no-chip-tag', null],
      ]);
  });

  it('special permanent residents have no permission fields; gen 1 has all four only in the front image', () => {
    expect(
      chipOnlyFields('06', { ...values, permissionType: null, permissionDate: null }).map((f) => f.presence),
    ).toEqual(['on-chip', 'not-on-this-card-type', 'not-on-this-card-type', 'no-chip-tag']);
    expect(
      chipOnlyFields('1', values).every((f) => f.presence === 'front-image-only' && f.value === null),
    ).toBe(true);
    expect(chipOnlyFields('05', { ...values, permissionDate: '' })[2]?.presence).toBe('empty-on-chip');
    expect(Object.keys(PRESENCE_LABELS)).toHaveLength(5);
  });

  it('period-of-stay wording comes from the catalog', () => {
    expect(periodOfStayLabel({ kind: 'years-months', years: 1, months: 6 })).toEqual({
      ja: '1年6月',
      en: '1 year 6 months',
    });
    expect(periodOfStayLabel({ kind: 'days', days: 90, notation: 'D-prefix' })).toEqual({
      ja: '90日',
      en: '90 days',
    });
    expect(periodOfStayLabel({ kind: 'indefinite' })).toEqual({ ja: '無期限', en: 'indefinite' });
  });
});
