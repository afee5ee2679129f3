import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCitationId } from './citations.ts';
import { PARAMETERS, type ParameterId, param, parameterCitations, parameterEntry } from './parameters.ts';

describe('parameters', () => {
  it('are cited, dated in ascending order, and picked by the day asked', () => {
    for (const [id, p] of Object.entries(PARAMETERS)) {
      expect(p.citations.length, id).toBeGreaterThan(0);
      for (const c of p.citations) expect(isCitationId(c), `${id} ${c}`).toBe(true);
      const froms = p.values.map((v) => v.from ?? '');
      expect([...froms].sort(), id).toEqual(froms);
    }
    expect(param('sixteenth-birthday-cutoff', '2023-10-31')).toBe('birthday');
    expect(param('sixteenth-birthday-cutoff', '2023-11-01')).toBe('eve');
    expect(param('illegal-employment-penalty', '2025-05-31')).toMatchObject({
      punishment: 'choeki',
      years: 3,
    });
    expect(param('illegal-employment-penalty', '2027-04-01')).toMatchObject({ years: 5, fineYen: 5_000_000 });
    expect(parameterEntry('illegal-employment-penalty', '2027-04-01').confidence).toBe('unverified');
    expect(parameterCitations('illegal-employment-penalty', '2025-06-01')).toContain(
      'penal-code-amendment-2022-67',
    );
  });

  it('are the only legal numbers in the rule units (no literal days, ages, years or windows)', () => {
    const dir = import.meta.dirname;
    const files = [
      ...readdirSync(join(dir, 'rules')).map((f) => join('rules', f)),
      'card-validity.ts',
      'special-period.ts',
      'duration.ts',
      'mid-long-term.ts',
      'new-card-dates.ts',
      'counter-acceptance.ts',
      'decide.ts',
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const calendar = new Set(['0', '1', '7', '12']); // a week has 7 days and a year 12 months
    for (const f of files) {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/'[^']*'|`[^`]*`|\/\/.*$/g, '').replace(/\[\d+\]/g, '[]'); // strings, comments, indices
        if (/^\s*(\*|\/\*)/.test(code)) return;
        for (const m of code.matchAll(/(?<![\w.])(\d+(?:_\d+)*)(?!\w)/g))
          expect(calendar.has(m[1] as string), `${f}:${i + 1} literal ${m[1]}: make it a parameter`).toBe(
            true,
          );
      });
    }
  });

  it('has a type per id (a typo fails tsc)', () => {
    const id: ParameterId = 'reissue-lost-days';
    expect(param(id, '2026-07-01')).toBe(14);
  });
});
