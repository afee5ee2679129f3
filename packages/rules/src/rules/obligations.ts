/**
 * Duties that come with the card (入管法23条: a 中長期在留者 carries the card and shows it on request, under-16s
 * are exempt from carrying; everyone else carries and shows the passport; 入管特例法17条: a 特別永住者 shows the
 * certificate on request and need not carry it). "Show the card" is said only to holders of a card.
 */
import type { CitationId } from '../citations.ts';
import type { ObligationCode } from '../codes.ts';
import { param } from '../parameters.ts';
import type { Eligibility } from './eligibility.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';

const SPR: readonly CitationId[] = ['special-act-17'];
const MLT: readonly CitationId[] = ['immigration-act-23', 'source-article-3'];

/** The obligations of the holder. */
export function obligations(f: Facts, e: Eligibility, rec: Recorder): ObligationCode[] {
  const carries = f.age >= param('carry-duty-age', f.s.asOf);
  let out: ObligationCode[];
  if (f.spr) out = f.holdsCard ? ['present-on-request'] : ['present-passport-on-request'];
  else if (e.mlt.value && f.holdsCard)
    out = carries ? ['carry-card', 'present-on-request'] : ['present-on-request'];
  else out = carries ? ['carry-passport', 'present-passport-on-request'] : ['present-passport-on-request'];
  rec.fire('obligations', out.join(','), f.spr ? SPR : MLT);
  return out;
}
