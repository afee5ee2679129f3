import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';
import { appearanceRequired } from './availability.ts';
import { factsOf } from './facts.ts';

const reasons = (o: Parameters<typeof situationOf>[0]) =>
  evaluate(situationOf(o), { langs: [] }).rec.reasons.map((r) => r.code);

describe('availability (every reason, not the first)', () => {
  it('collects the start date, the channel and the request together', () => {
    expect(reasons({ asOf: '2026-06-01', channel: 'online', requestSpecifiedCard: false })).toEqual([
      'eligible',
      'before-start-date',
      'online-channel',
      'not-requested',
    ]);
  });

  it('refuses a request through an agent, and a relative for someone 16 or over', () => {
    expect(appearanceRequired(factsOf(situationOf({ filedBy: 'agent' })))).toBe(true);
    expect(appearanceRequired(factsOf(situationOf({ filedBy: 'relative' })))).toBe(true);
    expect(
      appearanceRequired(factsOf(situationOf({ filedBy: 'relative', holder: { birthDate: '2012-01-01' } }))),
    ).toBe(false);
    expect(reasons({ filedBy: 'agent' })).toEqual(['eligible', 'personal-appearance-required']);
  });

  it('refuses the request with a 転入届 when the card is lost', () => {
    expect(reasons({ procedure: 'move-in', lostOn: '2026-06-30' })).toEqual([
      'eligible',
      'card-not-presented',
    ]);
  });
});
