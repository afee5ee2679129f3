import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const warnings = (o: Parameters<typeof situationOf>[0]) =>
  evaluate(situationOf(o), { langs: [] }).rec.warnings;

describe('card-choice warnings', () => {
  it('warns about the driving licence only to holders of a My Number card', () => {
    expect(warnings({ procedure: 'reissue-exchange' })).not.toContain('driving-licence-not-carried-over');
    expect(warnings({ procedure: 'reissue-exchange', holder: { myNumberCard: true } })).toContain(
      'driving-licence-not-carried-over',
    );
  });

  it('says waiting for 2026-06-15 allows the request only when the deadline permits', () => {
    expect(warnings({ asOf: '2026-06-01', holder: { stayExpiry: '2026-08-31' } })).toContain(
      'wait-for-start-date',
    );
    expect(warnings({ asOf: '2026-06-01', holder: { stayExpiry: '2026-06-12' } })).not.toContain(
      'wait-for-start-date',
    );
  });

  it('warns about the ordinary online card only where the system takes the procedure', () => {
    expect(warnings({ channel: 'online' })).toContain('online-issues-ordinary-card');
    expect(warnings({ channel: 'online', procedure: 'reissue-exchange' })).not.toContain(
      'online-issues-ordinary-card',
    );
  });
});
