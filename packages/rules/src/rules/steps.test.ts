import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const steps = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).rec.steps;

describe('steps', () => {
  it('files the request with the procedure by its deadline', () => {
    expect(steps({})).toEqual([{ code: 'file-with-accompanying-procedure', deadline: '2026-09-30' }]);
  });

  it('after a closed-day expiry says: the bureau, by the next open day; later, the overstay path', () => {
    const expired = { procedure: 'move-in' as const, holder: { stayExpiry: '2026-08-01' } };
    expect(steps({ ...expired, asOf: '2026-08-02' })).toEqual([
      { code: 'file-extension-at-bureau', deadline: '2026-08-03' },
    ]);
    expect(steps({ ...expired, asOf: '2026-08-04' })).toEqual([
      { code: 'consult-bureau-about-overstay', deadline: null },
    ]);
  });
});
