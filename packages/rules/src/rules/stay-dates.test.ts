import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const sd = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] });

describe('stay dates (入管法20条6項, 19条の5第2項)', () => {
  it('gives the 特例期間 a filing would run, and none for a 30-day period', () => {
    expect(sd({}).sd.specialPeriodUntil).toBe('2026-11-30');
    expect(sd({ holder: { periodOfStay: 'P30D', card: 'none' } }).sd.specialPeriodUntil).toBeNull();
  });

  it('keeps the held card valid through a running 特例期間', () => {
    const x = sd({
      asOf: '2026-10-05',
      procedure: 'none',
      requestSpecifiedCard: false,
      holder: { applicationPending: { filedOn: '2026-09-28', kind: 'extension-of-stay' } },
    });
    expect(x.sd.currentCardValidUntil).toBe('2026-11-30');
    expect(x.rec.warnings).toContain('card-valid-through-special-period');
    expect(x.rec.warnings).not.toContain('lawful-stay-ended');
  });
});
