import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';
import { Recorder } from './recorder.ts';
import { stayStatus } from './stay-status.ts';

const run = (o: Parameters<typeof situationOf>[0]) => {
  const x = evaluate(situationOf(o), { langs: [] });
  return stayStatus(x.f, x.a, new Recorder());
};

describe('stay status (入管法20条6項, 21条, 22条の2; 行政機関の休日に関する法律2条)', () => {
  it('keeps the extension timely after a Saturday expiry until the next open day', () => {
    const sunday = run({ asOf: '2026-08-02', holder: { stayExpiry: '2026-08-01' } });
    expect(sunday).toMatchObject({
      ended: true,
      timelyWindow: true,
      tooLate: null,
      filingDeadline: '2026-08-03',
    });
    expect(run({ asOf: '2026-08-04', holder: { stayExpiry: '2026-08-01' } }).tooLate).toBe('stay-expired');
  });

  it('refuses municipal procedures after the stay ended, even in the closed-day window', () => {
    expect(
      run({ asOf: '2026-08-02', procedure: 'move-in', holder: { stayExpiry: '2026-08-01' } }).tooLate,
    ).toBe('stay-expired');
  });

  it('gives a newborn 60 days and 30 to apply', () => {
    const born = {
      procedure: 'acquisition-of-status' as const,
      holder: {
        status: 'none' as const,
        periodOfStay: 'indefinite',
        stayExpiry: null,
        birthDate: '2026-06-01',
        card: 'none' as const,
      },
    };
    expect(run({ ...born, asOf: '2026-07-01' })).toMatchObject({ lawfulUntil: '2026-07-31', tooLate: null });
    expect(run({ ...born, asOf: '2026-07-02' }).tooLate).toBe('filing-deadline-passed');
  });
});
