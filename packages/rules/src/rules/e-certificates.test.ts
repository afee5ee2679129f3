import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';

const run = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] });

describe('e-certificates (J-LIS: 5th birthday after issue)', () => {
  it('never outlive the My Number function, and are given whenever it is', () => {
    const x = run({ procedure: 'reissue-exchange' });
    expect(x.myNumberExpiry).toBe('2026-09-30');
    expect(x.eCertificateExpiry).toBe('2026-09-30');
    expect(run({}).eCertificateExpiry).toBeNull(); // the new period is not known yet
  });

  it('end on the 5th birthday after issue when that comes first, estimated from the earliest day', () => {
    const x = run({
      procedure: 'reissue-exchange',
      holder: { periodOfStay: 'P5Y', stayExpiry: '2032-06-30' },
    });
    expect(x.eCertificateExpiry).toBe('2031-04-10');
    expect(x.rec.warnings).toContain('dates-estimated-from-earliest-date');
  });

  it('warns that a new address ends the 署名用 certificate of a kept 特定 card', () => {
    const x = run({ procedure: 'change-of-address', holder: { card: 'specified-residence-card' } });
    expect(x.rec.warnings).toContain('signature-certificate-lapses');
  });
});
