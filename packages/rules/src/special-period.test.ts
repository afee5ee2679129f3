import { describe, expect, it } from 'vitest';
import type { Situation } from './situation.ts';
import { filingDeadline, lawfulStay, specialPeriodEnd } from './special-period.ts';

const holder = (over: Partial<Situation['holder']>): Situation['holder'] => ({
  status: 'engineer-humanities-international',
  periodOfStay: 'P1Y',
  stayExpiry: '2026-08-31',
  birthDate: '1995-04-01',
  residentRecord: true,
  card: 'residence-card',
  applicationPending: null,
  cardExpiry: null,
  designatedActivitiesCategory: null,
  myNumberCard: null,
  ...over,
});

describe('special period (入管法20条6項)', () => {
  it('ends two calendar months after the expiry, month-end rule included', () => {
    expect(specialPeriodEnd('2026-06-15')).toBe('2026-08-15');
    expect(specialPeriodEnd('2026-06-30')).toBe('2026-08-31');
    expect(specialPeriodEnd('2026-12-30')).toBe('2027-02-28');
    expect(specialPeriodEnd('2026-12-31')).toBe('2027-02-28');
    expect(specialPeriodEnd('2027-12-30')).toBe('2028-02-29');
  });

  it('moves the filing deadline off a closed day', () => {
    expect(filingDeadline('2026-08-29')).toBe('2026-08-31'); // Saturday → Monday
    expect(filingDeadline('2026-12-30')).toBe('2027-01-04');
  });

  it('runs only for a timely extension or change of a period over 30 days', () => {
    const filed = { filedOn: '2026-08-20', kind: 'extension-of-stay' as const };
    expect(lawfulStay(holder({ applicationPending: filed }))).toEqual({
      until: '2026-10-31',
      specialPeriodUntil: '2026-10-31',
      why: 'running',
    });
    expect(lawfulStay(holder({ applicationPending: { ...filed, kind: 'permanent-residence' } })).until).toBe(
      '2026-08-31',
    );
    expect(lawfulStay(holder({ periodOfStay: 'P30D', applicationPending: filed })).why).toBe('short-period');
    expect(lawfulStay(holder({ applicationPending: { ...filed, filedOn: '2026-09-01' } })).why).toBe(
      'filed-after-expiry',
    );
    // expiry on Sat 2026-08-29: filing on Mon 08-31 is timely
    expect(
      lawfulStay(
        holder({ stayExpiry: '2026-08-29', applicationPending: { ...filed, filedOn: '2026-08-31' } }),
      ).why,
    ).toBe('running');
    expect(
      lawfulStay(holder({ status: 'permanent-resident', periodOfStay: 'indefinite', stayExpiry: null }))
        .until,
    ).toBeNull();
  });
});
