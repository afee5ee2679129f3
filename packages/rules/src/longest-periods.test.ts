import { describe, expect, it } from 'vitest';
import { citations } from './citations.ts';
import { parsePeriod } from './duration.ts';
import { LONGEST_PERIODS, longestPeriodOf } from './longest-periods.ts';
import { STATUS_CODES, statusInfo } from './statuses.ts';

describe('longest periods of stay', () => {
  it('give every status a duration, indefinite, or null, consistent with the status table', () => {
    for (const v of LONGEST_PERIODS.values)
      for (const code of STATUS_CODES) {
        const p = v.value[code];
        if (p === 'indefinite') expect(statusInfo(code).indefinite, code).toBe(true);
        else if (p !== null) expect(parsePeriod(p), `${code} ${p}`).not.toBeNull();
      }
    for (const c of [...LONGEST_PERIODS.citations, 'moj-ordinance-2025-47' as const])
      expect(citations[c]).toBeDefined();
  });

  it('change on the day the ordinance changed them', () => {
    expect(longestPeriodOf('specified-skilled-worker-1', '2025-09-29').period).toBe('P1Y');
    const after = longestPeriodOf('specified-skilled-worker-1', '2025-09-30');
    expect(after.period).toBe('P3Y');
    expect(after.citations).toContain('moj-ordinance-2025-47');
    expect(longestPeriodOf('student', '2026-12-01').period).toBe('P4Y3M');
    expect(longestPeriodOf('permanent-resident', '2026-12-01').period).toBe('indefinite');
    expect(longestPeriodOf('diplomat', '2026-12-01').period).toBeNull();
  });
});
