/**
 * Which procedures apply to the holder, and where (ISA Q&A Q2-1; 特別永住者 at the municipality, source ②,
 * 入管特例法10条〜16条): the procedure table's `applies` property names the holders; a status not yet in force
 * takes none; someone who is not a 中長期在留者 can only extend or change their stay (or acquire a status);
 * the online system takes only the procedures marked `online` (ISA online Q&A).
 */
import type { Office } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import { param } from '../parameters.ts';
import type { Eligibility } from './eligibility.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';

/** Whether the procedure applies, through the channel asked, and its office. */
export interface Applicability {
  /** The procedure applies to this holder (whatever the channel). */
  holderApplies: boolean;
  /** The channel takes the procedure (the counter always; online only `online` procedures). */
  channelTakes: boolean;
  /** Both. */
  applicable: boolean;
  office: Office | null;
  /** The procedure's citations for this holder (入管特例法 for 特別永住者). */
  citations: readonly CitationId[];
}

const SPR_OFFICE: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'special-act-16-2', 'source-article-2'];

function holderApplies(f: Facts, e: Eligibility): boolean {
  const { proc, h, spr } = f;
  if (proc.code === 'none') return true;
  if (!e.statusInForce) return false;
  if (proc.excludedStatuses.includes(h.status)) return false;
  if ((spr ? proc.sprOffice : proc.office) === null) return false;
  if (proc.applies === 'holds-specified') return f.holdsSpecified;
  if (proc.applies === 'no-status') return h.status === 'none';
  if (h.status === 'none') return false;
  if (spr) return true;
  if (!e.mlt.value) return proc.openToShortStays && (proc.applies !== 'fixed-period' || !f.indefinite);
  switch (proc.applies) {
    case 'fixed-period':
      return !f.indefinite;
    case 'not-permanent-resident':
      return h.status !== 'permanent-resident';
    case 'indefinite-or-child':
      return f.indefinite || f.age < param('child-card-age', f.s.asOf);
    default:
      return true;
  }
}

/** Decides applicability and the office. */
export function applicability(f: Facts, e: Eligibility, rec: Recorder): Applicability {
  const { proc, spr, s } = f;
  const citations = spr && proc.sprCitations.length > 0 ? proc.sprCitations : proc.citations;
  const applies = holderApplies(f, e);
  const channelTakes = s.channel === 'counter' || proc.online || proc.code === 'none';
  const applicable = applies && channelTakes;
  rec.fire('procedure-applicable', applicable, citations);
  const office = applicable && proc.code !== 'none' ? (spr ? proc.sprOffice : proc.office) : null;
  rec.fire('office', office, spr ? SPR_OFFICE : citations);
  return { holderApplies: applies, channelTakes, applicable, office, citations };
}
