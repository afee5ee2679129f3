/**
 * The public contract cannot drift: the Decision interface equals the output type of DecisionSchema, and the
 * Situation type is the output type of SituationSchema. These are checked by `tsc` (npm test); the runtime
 * assertions below only keep vitest aware of the file and check a round trip.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateSituation } from '../test/generate-situation.ts';
import { decide } from './decide.ts';
import { type Decision, DecisionSchema } from './decision.ts';
import { parseSituation, type Situation, type SituationSchema } from './situation.ts';

/** True only when X and Y are the same type (mutually assignable, no `any` leaks). */
type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
const assertType = <T extends true>(value: T) => value;

// a field added to the interface but not the schema (or the other way round) makes one of these `false`
assertType<Equal<Decision, z.output<typeof DecisionSchema>>>(true);
assertType<Equal<Situation, z.output<typeof SituationSchema>>>(true);

describe('contract types', () => {
  it('parses generated decisions back into the same value', () => {
    const r = parseSituation(generateSituation(7));
    if (!r.ok) throw new Error('bad generated situation');
    const d = decide(r.value, { langs: ['en'] });
    expect(DecisionSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(JSON.parse(JSON.stringify(d)));
  });
});
