import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const ed = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).ed;

describe('earliest date', () => {
  it('moves to the next open day, the first counter day and the move, with the basis', () => {
    expect(ed({ asOf: '2026-07-18' })).toMatchObject({ earliestDate: '2026-07-21', basis: 'open-day' });
    expect(ed({ asOf: '2026-06-01', holder: { stayExpiry: '2026-08-31' } })).toMatchObject({
      earliestDate: '2026-06-15',
      basis: 'counters-open',
    });
    expect(ed({ procedure: 'move-in', movedOn: '2026-08-01' })).toMatchObject({
      earliestDate: '2026-08-03',
      basis: 'moved-on',
    });
  });

  it('keeps ISA’s extension practice as a window of its own', () => {
    expect(ed({ holder: { stayExpiry: '2027-03-31' } })).toMatchObject({
      earliestDate: '2026-07-01',
      applicationWindowFrom: '2027-01-04',
      windowBasis: 'extension-practice',
    });
  });
});
