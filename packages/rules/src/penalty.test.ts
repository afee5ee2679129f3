import { describe, expect, it } from 'vitest';
import { illegalEmploymentPenaltyText } from './messages.ts';
import { illegalEmploymentPenalty } from './penalty.ts';

describe('入管法73条の2 penalty stages', () => {
  it('dates each stage and marks the 2027 date unverified', () => {
    expect(illegalEmploymentPenalty('2025-05-31')).toMatchObject({
      punishment: 'choeki',
      years: 3,
      from: null,
    });
    expect(illegalEmploymentPenalty('2025-06-01')).toMatchObject({
      punishment: 'kokinkei',
      years: 3,
      fineYen: 3_000_000,
    });
    const later = illegalEmploymentPenalty('2027-04-01');
    expect(later).toMatchObject({
      years: 5,
      fineYen: 5_000_000,
      from: '2027-04-01',
      confidence: 'unverified',
    });
    expect(later.citations.map((c) => c.id)).toEqual(['immigration-act-73-2-2027']);
  });

  it('renders the stage in each language, saying when its date is unconfirmed', () => {
    expect(illegalEmploymentPenaltyText('en', '2026-07-01')).toEqual([
      'Facilitating illegal employment (入管法73条の2): up to 3 years of imprisonment (拘禁刑) or a fine of up to ¥3,000,000, or both.',
      'In force from Sun 1 Jun 2025 (this date is not yet confirmed).', // the 拘禁刑 start is unverified too
    ]);
    expect(illegalEmploymentPenaltyText('en', '2025-05-01')).toHaveLength(1);
    const ja = illegalEmploymentPenaltyText('ja', '2027-04-01');
    expect(ja[0]).toMatch(/5年以下の拘禁刑若しくは5,000,000円以下の罰金/);
    expect(ja[1]).toMatch(/施行日は未確認/);
  });
});
