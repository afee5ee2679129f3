import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { eligibility } from './eligibility.ts';
import { factsOf } from './facts.ts';
import { Recorder } from './recorder.ts';

const run = (o: Parameters<typeof situationOf>[0]) => {
  const rec = new Recorder();
  return { e: eligibility(factsOf(situationOf(o)), rec), rec };
};

describe('eligibility (入管法19条の15の2, 特例法16条の2, 住基法30条の45)', () => {
  it('takes a recorded 中長期在留者', () => {
    const { e, rec } = run({});
    expect(e.eligible).toBe(true);
    expect(rec.reasons).toEqual([]);
  });

  it('counts the 転入届 of someone arriving from abroad as creating the record, but not for a 短期滞在', () => {
    expect(run({ procedure: 'move-in', holder: { residentRecord: false } }).e).toMatchObject({
      eligible: true,
      recordByFiling: true,
    });
    const visitor = run({
      procedure: 'move-in',
      holder: { status: 'temporary-visitor', periodOfStay: 'P90D', residentRecord: false, card: 'none' },
    });
    expect(visitor.e.eligible).toBe(false);
    expect(visitor.rec.reasons.map((r) => r.code)).toEqual(['not-mid-long-term', 'not-in-resident-register']);
  });

  it('refuses a status not yet in force', () => {
    const { rec } = run({
      asOf: '2027-03-31',
      holder: { status: 'employment-for-skill-development', card: 'none', stayExpiry: '2028-03-31' },
    });
    expect(rec.reasons.map((r) => r.code)).toEqual(['status-not-in-force']);
  });
});
