/**
 * A valid Situation from a few overrides, for unit tests: an adult 技術・人文知識・国際業務 holder with an ordinary
 * card extending at the bureau on 2026-07-01 and asking for the 特定 card. Throws on invalid input.
 */
import { parseSituation, type Situation, type SituationInput } from '../src/situation.ts';

/** Overrides of the base situation (holder fields merge). */
export type Overrides = Partial<Omit<SituationInput, 'holder'>> & {
  holder?: Partial<SituationInput['holder']>;
};

/** The base situation with `o` applied, validated. */
export function situationOf(o: Overrides = {}): Situation {
  const input = {
    asOf: '2026-07-01',
    procedure: 'extension-of-stay',
    channel: 'counter',
    requestSpecifiedCard: true,
    ...o,
    holder: {
      status: 'engineer-humanities-international',
      periodOfStay: 'P1Y',
      stayExpiry: '2026-09-30',
      birthDate: '1990-04-10',
      residentRecord: true,
      card: 'residence-card',
      ...(o.holder ?? {}),
    },
  };
  const r = parseSituation(input);
  if (!r.ok) throw new Error(`invalid test situation: ${JSON.stringify(r.issues)}`);
  return r.value;
}
