import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const obligations = (o: Parameters<typeof situationOf>[0]) =>
  evaluate(situationOf(o), { langs: [] }).obligationList;

describe('obligations (入管法23条, 特例法17条)', () => {
  it('tells card holders to carry and show the card, others the passport', () => {
    expect(obligations({})).toEqual(['carry-card', 'present-on-request']);
    expect(obligations({ holder: { card: 'none' } })).toEqual([
      'carry-passport',
      'present-passport-on-request',
    ]);
    expect(
      obligations({ holder: { status: 'temporary-visitor', periodOfStay: 'P90D', card: 'none' } }),
    ).toEqual(['carry-passport', 'present-passport-on-request']);
  });

  it('exempts under-16s from carrying, and 特別永住者 altogether', () => {
    expect(obligations({ holder: { birthDate: '2012-01-01' } })).toEqual(['present-on-request']);
    expect(
      obligations({
        procedure: 'none',
        holder: {
          status: 'special-permanent-resident',
          periodOfStay: 'indefinite',
          stayExpiry: null,
          card: 'special-permanent-resident-certificate',
        },
      }),
    ).toEqual(['present-on-request']);
  });
});
