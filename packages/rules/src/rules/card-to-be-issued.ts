/**
 * The card the holder walks away with, by explicit precedence (the first rule that matches decides, as
 * Catala's exceptions do): no card where the procedure does not apply, never issues one or can no longer
 * be filed; the 特定 card where the request is available; none where only the request would issue one; for
 * someone who is not a 中長期在留者, a residence card only if the new status or period makes them one
 * (入管法19条の3); otherwise the ordinary card (在留カード / 特別永住者証明書, 入管法19条の6以下, 入管特例法7条以下).
 */
import { cardFormat } from '../card-validity.ts';
import type { CitationId } from '../citations.ts';
import type { Decision } from '../decision.ts';
import type { Applicability } from './applicability.ts';
import type { Availability } from './availability.ts';
import type { Eligibility } from './eligibility.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

/** The card to be issued and whether it is the 特定 one. */
export interface CardOutcome {
  card: Decision['cardToBeIssued'];
  specified: boolean;
  /** The ordinary card of this holder. */
  ordinary: 'residence-card' | 'special-permanent-resident-certificate';
}

/** One rule of the precedence list: when it matches, it decides the card. */
interface CardRule {
  name: string;
  when: (x: CardInputs) => boolean;
  card: (x: CardInputs) => Decision['cardToBeIssued'];
}

interface CardInputs {
  f: Facts;
  e: Eligibility;
  a: Applicability;
  st: StayStatus;
  av: Availability;
}

const NEW_STATUS: readonly CitationId[] = ['immigration-act-19-3'];
const MLT_BASIS: readonly CitationId[] = ['immigration-act-19-15-2'];
const SPR_BASIS: readonly CitationId[] = ['special-act-16-2'];
// a new-format card shows fewer items on its face; the rest is in the chip (source ⑤, 入管法19条の4)
const NEW_FORMAT: readonly CitationId[] = ['source-article-5', 'source-article-6', 'isa-tokutei-qa-4-3'];

/** The precedence list, first match wins. */
export const CARD_RULES: readonly CardRule[] = [
  {
    name: 'no-procedure-no-card',
    when: ({ a, f, st }) => !a.applicable || f.proc.issuesCard === 'never' || st.tooLate !== null,
    card: () => null,
  },
  {
    name: 'specified-when-available',
    when: ({ av }) => av.available,
    card: ({ f }) =>
      f.spr ? 'specified-special-permanent-resident-certificate' : 'specified-residence-card',
  },
  { name: 'only-with-request', when: ({ f }) => f.proc.issuesCard === 'only-with-request', card: () => null },
  {
    name: 'not-mid-long-term',
    when: ({ e, f }) => !e.mlt.value && !f.spr,
    card: ({ f, e }) =>
      f.proc.changesStatus ||
      (f.proc.changesPeriod && f.status.midLongTermPossible && e.mlt.why === 'three-months-or-less')
        ? 'residence-card'
        : null,
  },
  {
    name: 'ordinary',
    when: () => true,
    card: ({ f }) => (f.spr ? 'special-permanent-resident-certificate' : 'residence-card'),
  },
];

/** Decides the card. */
export function cardToBeIssued(
  f: Facts,
  e: Eligibility,
  a: Applicability,
  st: StayStatus,
  av: Availability,
  rec: Recorder,
): CardOutcome {
  const x: CardInputs = { f, e, a, st, av };
  let card: Decision['cardToBeIssued'] = null;
  for (const r of CARD_RULES)
    if (r.when(x)) {
      card = r.card(x);
      break;
    }
  const ordinary = f.spr ? 'special-permanent-resident-certificate' : 'residence-card';
  if (card === 'residence-card' && !e.mlt.value && !f.spr) rec.warn('card-depends-on-new-status', NEW_STATUS);
  const specified = card !== null && card !== ordinary;
  rec.fire('card-to-be-issued', card, specified ? (f.spr ? SPR_BASIS : MLT_BASIS) : a.citations);
  if (card !== null) rec.fire('card-format', cardFormat(f.s.asOf), NEW_FORMAT);
  return { card, specified, ordinary };
}
