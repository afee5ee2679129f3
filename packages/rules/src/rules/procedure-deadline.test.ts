import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';
import { procedureDeadline } from './procedure-deadline.ts';
import { Recorder } from './recorder.ts';

const run = (o: Parameters<typeof situationOf>[0]) => {
  const x = evaluate(situationOf(o), { langs: [] });
  return procedureDeadline(x.f, x.a, x.st, new Recorder());
};

describe('procedure deadline (住基法22条, 入管法19条の9・19条の12・22条の2, 民法140条)', () => {
  it('counts 14 days from the move, off a holiday', () => {
    expect(run({ procedure: 'change-of-address', movedOn: '2026-11-09', asOf: '2026-11-10' }).deadline).toBe(
      '2026-11-24',
    );
    expect(run({ procedure: 'move-in' }).deadline).toBeNull(); // no day of the move, no deadline
  });

  it('runs a loss learned abroad from the re-entry', () => {
    const lost = { procedure: 'reissue-lost' as const, lostOn: '2026-07-01', asOf: '2026-07-25' };
    expect(run(lost).reissueDeadline).toBe('2026-07-15');
    expect(run({ ...lost, reEntryDate: '2026-07-20' }).reissueDeadline).toBe('2026-08-03');
  });

  it('uses the stay expiry for an extension, unless one is already pending', () => {
    expect(run({ holder: { stayExpiry: '2026-10-10' } }).deadline).toBe('2026-10-13');
    expect(
      run({
        holder: {
          stayExpiry: '2026-10-10',
          applicationPending: { filedOn: '2026-06-30', kind: 'extension-of-stay' },
        },
      }).deadline,
    ).toBeNull();
  });
});
