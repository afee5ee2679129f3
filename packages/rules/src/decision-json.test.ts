import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSituation } from '../test/generate-situation.ts';
import { decide } from './decide.ts';
import { decisionJson } from './decision-json.ts';
import { parseSituation } from './situation.ts';

describe('decisionJson', () => {
  it('is byte-identical to JSON.stringify for generated decisions in every language choice', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(undefined, ['en'], [], ['ja-easy', 'ja']),
        (seed, langs) => {
          const r = parseSituation(generateSituation(seed));
          if (!r.ok) throw new Error('bad generated situation');
          const d = decide(r.value, langs === undefined ? {} : { langs: langs as never });
          expect(decisionJson(d)).toBe(JSON.stringify(d));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('falls back to JSON.stringify for messages it did not render and escapes unusual strings', () => {
    const r = parseSituation(generateSituation(3));
    if (!r.ok) throw new Error('bad generated situation');
    const d = decide(r.value, { langs: [] });
    const odd = {
      ...d,
      messages: { en: ['say "hi"\n'] },
      trace: [{ rule: 'x"y', result: 'a\\b', citations: [] }],
    };
    expect(decisionJson(odd)).toBe(JSON.stringify(odd));
  });
});
