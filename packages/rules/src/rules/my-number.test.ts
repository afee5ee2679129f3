import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const run = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] });
const pending = { filedOn: '2026-06-20', kind: 'extension-of-stay' as const };

describe('My Number function (source ⑧)', () => {
  it('ends at the stay expiry for a 特定 holder, with the 特定 warning in the 特例期間', () => {
    const x = run({
      procedure: 'none',
      requestSpecifiedCard: false,
      holder: { card: 'specified-residence-card', applicationPending: pending },
    });
    expect(x.myNumberExpiry).toBe('2026-09-30');
    expect(x.rec.warnings).toEqual(['my-number-function-not-extended-in-special-period']);
  });

  it('tells two-card holders about the 特例延長 instead', () => {
    const x = run({
      procedure: 'none',
      requestSpecifiedCard: false,
      holder: { myNumberCard: true, applicationPending: pending },
    });
    expect(x.myNumberExpiry).toBeNull();
    expect(x.rec.warnings).toEqual(['my-number-card-extension-in-special-period']);
    const none = run({
      procedure: 'none',
      requestSpecifiedCard: false,
      holder: { myNumberCard: false, applicationPending: pending },
    });
    expect(none.rec.warnings).toEqual([]);
  });
});
