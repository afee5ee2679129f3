import { describe, expect, it } from 'vitest';
import { latestStayExpiry, newCardMyNumberExpiry } from './new-card-dates.ts';

describe('new card dates', () => {
  it('counts a period of stay from the day after, by the calendar (民法143条)', () => {
    expect(latestStayExpiry('P1Y', '2026-08-31')).toBe('2027-08-31');
    expect(latestStayExpiry('P3Y', '2026-09-30')).toBe('2029-09-30');
    expect(latestStayExpiry('P1M', '2027-01-30')).toBe('2027-02-28'); // no 31 February: the month's last day
    expect(latestStayExpiry('P90D', '2026-07-01')).toBe('2026-09-29');
    expect(latestStayExpiry('indefinite', '2026-07-01')).toBeNull();
  });

  it('ends a new 特定 card’s My Number function with the stay, never past the card', () => {
    expect(newCardMyNumberExpiry('P1Y', '2027-08-31', '2027-08-31')).toBe('2027-08-31');
    expect(newCardMyNumberExpiry('P1Y', '2027-08-31', '2027-03-31')).toBe('2027-03-31');
    expect(newCardMyNumberExpiry('indefinite', null, '2036-06-15')).toBe('2036-06-15');
    expect(newCardMyNumberExpiry('P1Y', null, '2027-03-31')).toBe('2027-03-31');
  });
});
