/**
 * Runs the data cases in packages/rules/cases/*.yaml. Each case names the source-article section(s) it
 * covers and at least one citation id; together they must cover every section and every reason code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isCitationId } from './citations.ts';
import { REASON_CODES, WARNING_CODES } from './codes.ts';
import { decide, decisionCitations } from './decide.ts';
import { DecisionSchema } from './decision.ts';
import { parseSituation } from './situation.ts';

interface Case {
  id: string;
  title: string;
  sections: string[];
  citations: string[];
  situation: unknown;
  invalid?: string[];
  /** The issue code of the invalid fields (e.g. inconsistent). */
  invalidCode?: string;
  expect?: Record<string, unknown>;
}

const dir = join(import.meta.dirname, '..', 'cases');
const cases: (Case & { file: string })[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((file) => (parse(readFileSync(join(dir, file), 'utf8')) as Case[]).map((c) => ({ ...c, file })));

const SECTIONS = ['1', '2', '3', '4', '5', '6', '7', '8', 'faq'];
const sortCodes = (xs: unknown) => [...(xs as string[])].sort();

describe('rule cases (YAML)', () => {
  it('has at least 270 cases (190 before the second pass) with unique ids, each with a section and a known citation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(270);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.sections?.length, c.id).toBeGreaterThan(0);
      for (const s of c.sections) expect(SECTIONS, `${c.id} section ${s}`).toContain(String(s));
      expect(c.citations?.length, c.id).toBeGreaterThan(0);
      for (const id of c.citations) expect(isCitationId(id), `${c.id} cites unknown ${id}`).toBe(true);
    }
  });

  it('covers every section of the source article and every reason code', () => {
    const sections = new Set(cases.flatMap((c) => c.sections.map(String)));
    for (const s of SECTIONS) expect(sections, `section ${s}`).toContain(s);
    const seen = new Set<string>();
    for (const c of cases) {
      const r = parseSituation(c.situation);
      if (r.ok) for (const x of decide(r.value, { langs: [] }).specifiedCard.reasons) seen.add(x.code);
    }
    for (const code of REASON_CODES) expect(seen, `reason ${code}`).toContain(code);
  });

  for (const c of cases) {
    it(`${c.file} ${c.id}: ${c.title}`, () => {
      const r = parseSituation(c.situation);
      if (c.invalid) {
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(c.invalid));
          if (c.invalidCode)
            for (const path of c.invalid)
              expect(
                r.issues.filter((i) => i.path === path).map((i) => i.code),
                path,
              ).toContain(c.invalidCode);
        }
        return;
      }
      if (!r.ok) throw new Error(`invalid situation: ${JSON.stringify(r.issues)}`);
      const d = decide(r.value);
      DecisionSchema.parse(d);
      // the decision cites what the case says it cites
      const cited = new Set(decisionCitations(d).map((x) => x.id));
      for (const id of c.citations)
        expect(cited.has(id as never), `${c.id}: decision does not cite ${id}`).toBe(true);
      const e = c.expect ?? {};
      const codes = d.specifiedCard.reasons.map((x) => x.code);
      for (const [key, want] of Object.entries(e)) {
        switch (key) {
          case 'eligible':
            expect(d.specifiedCard.eligible, key).toBe(want);
            break;
          case 'available':
            expect(d.specifiedCard.available, key).toBe(want);
            break;
          case 'reasons':
            expect(sortCodes(codes), key).toEqual(sortCodes(want));
            break;
          case 'reasonsInclude':
            expect(codes, key).toEqual(expect.arrayContaining(want as string[]));
            break;
          case 'warnings':
            expect(sortCodes(d.warnings), key).toEqual(sortCodes(want));
            break;
          case 'warningsInclude':
            for (const w of want as string[])
              expect(WARNING_CODES, `${c.id}: unknown warning ${w}`).toContain(w);
            expect(d.warnings, key).toEqual(expect.arrayContaining(want as string[]));
            break;
          case 'warningsExclude':
            for (const w of want as string[]) expect(d.warnings, key).not.toContain(w);
            break;
          case 'citationsExclude': {
            const ids = decisionCitations(d).map((x) => x.id as string);
            for (const id of want as string[]) expect(ids, key).not.toContain(id);
            break;
          }
          case 'earliestDateBasis':
            expect(d.earliestDateBasis?.code ?? null, key).toBe(want);
            break;
          case 'stepsExclude':
            for (const st of want as string[])
              expect(
                d.steps.map((x) => x.code),
                key,
              ).not.toContain(st);
            break;
          case 'procedureDocuments':
            expect(sortCodes(d.procedureDocuments), key).toEqual(sortCodes(want));
            break;
          case 'procedureDocumentsInclude':
            expect(d.procedureDocuments, key).toEqual(expect.arrayContaining(want as string[]));
            break;
          case 'stepsInclude':
            expect(
              d.steps.map((s) => s.code),
              key,
            ).toEqual(expect.arrayContaining(want as string[]));
            break;
          case 'documents':
          case 'obligations':
            expect(sortCodes(d[key]), key).toEqual(sortCodes(want));
            break;
          default:
            expect(d[key as keyof typeof d], key).toEqual(want);
        }
      }
    });
  }
});
