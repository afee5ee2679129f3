import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { applicability } from './applicability.ts';
import { eligibility } from './eligibility.ts';
import { factsOf } from './facts.ts';
import { Recorder } from './recorder.ts';

const run = (o: Parameters<typeof situationOf>[0]) => {
  const rec = new Recorder();
  const f = factsOf(situationOf(o));
  return applicability(f, eligibility(f, rec), rec);
};

describe('applicability (ISA Q2-1; 入管特例法10条〜16条)', () => {
  it('takes the online system only for procedures marked online', () => {
    expect(run({ channel: 'online' })).toMatchObject({ applicable: true, office: 'immigration-bureau' });
    expect(run({ channel: 'online', procedure: 'move-in' })).toMatchObject({
      holderApplies: true,
      channelTakes: false,
      office: null,
    });
  });

  it('sends 特別永住者 to the municipality and cites 入管特例法', () => {
    const a = run({
      procedure: 'reissue-damaged',
      holder: {
        status: 'special-permanent-resident',
        periodOfStay: 'indefinite',
        stayExpiry: null,
        card: 'special-permanent-resident-certificate',
      },
    });
    expect(a.office).toBe('municipality');
    expect(a.citations).toContain('special-act-14');
    expect(a.citations).not.toContain('immigration-act-19-13');
  });

  it('opens acquisition of status only to someone without one', () => {
    expect(run({ procedure: 'acquisition-of-status' }).applicable).toBe(false);
    expect(
      run({
        procedure: 'acquisition-of-status',
        asOf: '2026-07-10',
        holder: {
          status: 'none',
          periodOfStay: 'indefinite',
          stayExpiry: null,
          birthDate: '2026-07-01',
          card: 'none',
        },
      }).office,
    ).toBe('immigration-bureau');
  });
});
