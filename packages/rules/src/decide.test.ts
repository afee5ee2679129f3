import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSituation } from '../test/generate-situation.ts';
import { isOpen } from './calendar.ts';
import { DOCUMENT_CODES, OBLIGATION_CODES, REASON_CODES, STEP_CODES, WARNING_CODES } from './codes.ts';
import { COUNTERS_FROM, decide } from './decide.ts';
import { DecisionSchema } from './decision.ts';
import { catalogs } from './messages.ts';
import { parseSituation, type Situation } from './situation.ts';

function situation(seed: number): Situation {
  const r = parseSituation(generateSituation(seed));
  if (!r.ok)
    throw new Error(`generator made an invalid situation (seed ${seed}): ${JSON.stringify(r.issues)}`);
  return r.value;
}

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('decide (properties over generated situations)', () => {
  it('always returns a Decision that matches the published schema', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        DecisionSchema.parse(decide(situation(seed)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives an earliestDate that is an open day, never before asOf, and never before 2026-06-15 for a request', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const s = situation(seed);
        const d = decide(s, { langs: [] });
        if (d.earliestDate === null) return;
        expect(d.earliestDate >= s.asOf).toBe(true);
        expect(d.office).not.toBeNull();
        expect(isOpen(d.earliestDate, d.office!)).toBe(true);
        if (d.specifiedCard.available || d.cardToBeIssued?.startsWith('specified'))
          expect(d.earliestDate >= COUNTERS_FROM).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the meanings of eligible / available / cardToBeIssued consistent', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const s = situation(seed);
        const d = decide(s, { langs: [] });
        const codes = d.specifiedCard.reasons.map((r) => r.code);
        expect(codes.includes('eligible')).toBe(d.specifiedCard.eligible);
        if (d.specifiedCard.available) {
          expect(d.specifiedCard.eligible).toBe(true);
          expect(codes).toEqual(['eligible']);
          expect(s.channel).toBe('counter');
          expect(s.requestSpecifiedCard).toBe(true);
          expect(s.asOf >= '2026-06-14').toBe(true);
          expect(d.cardToBeIssued?.startsWith('specified')).toBe(true);
          expect(d.documents).toEqual(
            expect.arrayContaining(['specified-card-application-form', 'pin-setting-form']),
          );
        } else {
          expect(codes.some((c) => c !== 'eligible')).toBe(true);
          expect(d.cardToBeIssued?.startsWith('specified') ?? false).toBe(false);
          expect(d.documents).toEqual([]);
        }
        if (s.channel === 'online') expect(codes).toContain('online-channel');
        if (!s.requestSpecifiedCard) expect(codes).toContain('not-requested');
        if (s.procedure === 'none') expect(d.office).toBeNull();
        if (s.holder.status === 'special-permanent-resident' && d.office)
          expect(d.office).toBe('municipality');
      }),
      { numRuns: 500 },
    );
  });

  it('cites every reason and never leaks a 12-digit number', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const d = decide(situation(seed));
        for (const r of d.specifiedCard.reasons) expect(r.citations.length).toBeGreaterThan(0);
        for (const t of d.trace) expect(t.citations.length, t.rule).toBeGreaterThan(0);
        const text = JSON.stringify(d, (k, v) => (k === 'url' ? undefined : v));
        expect(text).not.toMatch(/(?<![0-9])[0-9]{12}(?![0-9])/);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the My Number function at the original expiry during a special period', () => {
    const r = parseSituation({
      asOf: '2026-09-10',
      holder: {
        status: 'student',
        periodOfStay: 'P1Y3M',
        stayExpiry: '2026-09-30',
        birthDate: '2003-03-03',
        residentRecord: true,
        card: 'specified-residence-card',
        applicationPending: { filedOn: '2026-09-01', kind: 'extension-of-stay' },
      },
      procedure: 'none',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    if (!r.ok) throw new Error('bad fixture');
    const d = decide(r.value);
    expect(d.lawfulStayUntil).toBe('2026-11-30');
    expect(d.myNumberFunctionExpiry).toBe('2026-09-30');
    expect(d.warnings).toContain('my-number-function-not-extended-in-special-period');
  });
});

describe('message catalogs', () => {
  it('have a message for every code in every language, with the same placeholders', () => {
    const keys = [
      ...REASON_CODES.map((c) => `reason.${c}`),
      ...WARNING_CODES.map((c) => `warning.${c}`),
      ...STEP_CODES.map((c) => `step.${c}`),
      ...OBLIGATION_CODES.map((c) => `obligation.${c}`),
      ...DOCUMENT_CODES.map((c) => `document.${c}`),
    ];
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, cat] of Object.entries(catalogs)) {
      for (const k of keys) expect((cat as Record<string, string>)[k], `${lang} ${k}`).toBeTruthy();
      for (const [k, v] of Object.entries(cat))
        expect(placeholders(v), `${lang} ${k}`).toEqual(
          placeholders(catalogs.en[k as keyof typeof catalogs.en]),
        );
    }
  });

  it('renders only catalogued text, in all three languages', () => {
    const d = decide(situation(42));
    for (const lang of ['ja', 'en', 'ja-easy'] as const) {
      expect(d.messages[lang]?.length).toBeGreaterThan(0);
      for (const m of d.messages[lang] ?? []) expect(m).not.toMatch(/\{\w+\}|undefined|null/);
    }
  });
});
