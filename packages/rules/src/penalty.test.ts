import { describe, expect, it } from 'vitest';
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
});
