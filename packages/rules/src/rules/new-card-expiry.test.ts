import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const expiry = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).cardExpiry;

describe('new card expiry', () => {
  it('is unknown when the grant sets a new period, and the stay expiry otherwise', () => {
    expect(expiry({})).toBeNull();
    expect(expiry({ procedure: 'reissue-exchange' })).toBe('2026-09-30');
  });

  it('runs through the 特例期間 instead of an expiry that has passed', () => {
    expect(
      expiry({
        asOf: '2026-10-05',
        procedure: 'reissue-exchange',
        requestSpecifiedCard: false,
        holder: { applicationPending: { filedOn: '2026-09-28', kind: 'extension-of-stay' } },
      }),
    ).toBe('2026-11-30');
  });
});
