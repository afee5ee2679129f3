import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSituation } from '../test/generate-situation.ts';
import { fastParse, parseSituation, parseWithSchema } from './situation.ts';

const mutations: ((x: Record<string, unknown>) => void)[] = [
  (x) => {
    x.asOf = '2026-02-30';
  },
  (x) => {
    x.extra = 1;
  },
  (x) => {
    (x.holder as Record<string, unknown>).card = 'residence-card';
  },
  (x) => {
    (x.holder as Record<string, unknown>).applicationPending = {
      filedOn: '2026-01-01',
      kind: 'extension-of-stay',
      x: 1,
    };
  },
  (x) => {
    x.filedBy = null;
  },
  (x) => {
    x.municipalityCode = '131017';
  },
  (x) => {
    (x.holder as Record<string, unknown>).periodOfStay = 'P';
  },
  (x) => {
    x.lostOn = '2099-01-01';
  },
  (x) => {
    (x.holder as Record<string, unknown>).designatedActivitiesCategory = null;
  },
  (x) => {
    x.movedOn = null;
    x.photoWithProcedure = undefined;
  },
];

describe('parseSituation', () => {
  it('gives exactly what the zod schema gives, on valid and on broken input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: -1, max: mutations.length - 1 }),
        (seed, m) => {
          const input = JSON.parse(JSON.stringify(generateSituation(seed))) as Record<string, unknown>;
          if (m >= 0) mutations[m]?.(input);
          const fast = parseSituation(input);
          const reference = parseWithSchema(input);
          expect(fast).toEqual(reference);
          if (fast.ok && reference.ok)
            expect(JSON.stringify(fast.value)).toBe(JSON.stringify(reference.value));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('takes the fast path for well-formed situations', () => {
    for (let seed = 1; seed <= 200; seed++)
      expect(fastParse(generateSituation(seed)), `seed ${seed}`).not.toBeNull();
    expect(fastParse({ ...generateSituation(1), asOf: '2026-02-30' })).toBeNull();
  });
});
