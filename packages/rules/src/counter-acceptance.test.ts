import { describe, expect, it } from 'vitest';
import { situationOf } from '../test/situation-of.ts';
import { counterAcceptance } from './counter-acceptance.ts';
import { decide } from './decide.ts';

const accept = (o: Parameters<typeof situationOf>[0], day?: string) => {
  const s = situationOf(o);
  return counterAcceptance(decide(s, { langs: [] }), day ?? s.asOf);
};

describe('counter acceptance (from Decision fields only)', () => {
  it('accepts on an open day, and names the refusal and its first day otherwise', () => {
    expect(accept({})).toEqual({ accepted: true });
    expect(accept({ asOf: '2026-07-18' })).toMatchObject({
      accepted: false,
      code: 'office-closed',
      from: '2026-07-21',
    });
    expect(
      accept({ asOf: '2026-06-12', requestSpecifiedCard: false, holder: { stayExpiry: '2026-08-31' } }),
    ).toEqual({
      accepted: true,
    });
    const early = accept({
      asOf: '2026-06-13',
      requestSpecifiedCard: true,
      holder: { stayExpiry: '2026-08-31' },
    });
    expect(early).toMatchObject({ accepted: false, code: 'specified-card-unavailable' });
    expect(accept({ asOf: '2026-06-14', holder: { stayExpiry: '2026-08-31' } })).toMatchObject({
      code: 'before-counters-open',
      from: '2026-06-15',
    });
  });

  it('refuses before the application window, after the stay and without an office', () => {
    const w = accept({ holder: { stayExpiry: '2027-03-31' } });
    expect(w).toMatchObject({ code: 'before-application-window', from: '2027-01-04' });
    if (!w.accepted) expect(w.citations.map((c) => c.id)).toEqual(['isa-extension-window']);
    expect(accept({ asOf: '2026-10-05' })).toMatchObject({ code: 'stay-expired', from: null });
    const none = accept({ procedure: 'none', requestSpecifiedCard: false });
    expect(none).toMatchObject({ code: 'no-office' });
    expect(accept({ procedure: 'move-in', movedOn: '2026-08-01' })).toMatchObject({
      code: 'before-move',
      from: '2026-08-03',
    });
  });

  it('checks a filing on another day than the one asked', () => {
    expect(accept({ holder: { stayExpiry: '2027-03-31' } }, '2027-01-04')).toEqual({ accepted: true });
  });
});
