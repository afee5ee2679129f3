/**
 * Whether the 特定 card can be requested in this situation — every reason that applies, not only the first
 * (ISA Q&A Q2-1, Q5-2; source ②④⑦⑧): the system's start (令和6年法律第59号), the channel (online: not for the
 * time being; some procedures not online at all), the procedure (it must carry the request), a card already
 * held, a stay that has ended, a lost card that cannot be presented with a 転入届 (入管法19条の9第3項), a
 * 特例期間 in which a new card's My Number function would already have ended, and personal appearance (the
 * planned 規則: in person unless under 16 or ill).
 */
import type { CitationId } from '../citations.ts';
import { param } from '../parameters.ts';
import type { Applicability } from './applicability.ts';
import { type Eligibility, eligibleCitations } from './eligibility.ts';
import type { Facts } from './facts.ts';
import { citeList, type Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

/** The availability of the request. */
export interface Availability {
  available: boolean;
  alreadyHolds: boolean;
  /** The request would be possible but for the start date (waiting allows it). */
  onlyStartDate: boolean;
}

const START: readonly CitationId[] = ['amending-act-2024-59', 'isa-tokutei-start', 'source-article-2'];
const ONLINE: readonly CitationId[] = [
  'isa-tokutei-qa-5-2',
  'secondary-online-not-accepted',
  'source-article-8',
  'source-article-faq',
];
const NOT_ONLINE: readonly CitationId[] = ['isa-online-procedures', 'isa-tokutei-qa-5-2'];
const QUALIFYING: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'source-article-2'];
const ALREADY: readonly CitationId[] = ['immigration-act-19-15-2', 'source-article-7'];
const ALREADY_SPR: readonly CitationId[] = ['special-act-16-2', 'source-article-7'];
const EXPIRED: readonly CitationId[] = [
  'immigration-act-21',
  'immigration-act-20-6',
  'administrative-holidays-act-2',
];
const ACQUISITION_LATE: readonly CitationId[] = ['immigration-act-22-2', 'administrative-holidays-act-2'];
const NOT_REQUESTED: readonly CitationId[] = ['isa-tokutei-qa-1', 'source-article-1', 'source-article-faq'];
const NOT_PRESENTED: readonly CitationId[] = [
  'immigration-act-19-9-3',
  'isa-tokutei-qa-2-1',
  'source-article-2',
];
const NOT_PRESENTED_SPR: readonly CitationId[] = ['special-act-10', 'isa-tokutei-qa-2-1', 'source-article-2'];
const MY_NUMBER_ENDED: readonly CitationId[] = [
  'immigration-act-20-6',
  'isa-tokutei-qa-5-3',
  'source-article-8',
];
const APPEARANCE: readonly CitationId[] = ['secondary-planned-rules-appearance', 'immigration-act-61-9-3'];
const AVAILABLE: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'source-article-2'];
const qualifyingCache = new WeakMap<readonly CitationId[], readonly CitationId[]>();

/** True when the holder must file the request in person (an agent; or a relative for someone 16 or over). */
export function appearanceRequired(f: Facts): boolean {
  const by = f.s.filedBy;
  if (by === 'agent') return true;
  return by !== 'self' && f.age >= param('personal-appearance-exempt-under-age', f.s.asOf);
}

/** Decides availability; adds every reason and, first, `eligible` when eligible. */
export function availability(
  f: Facts,
  e: Eligibility,
  a: Applicability,
  st: StayStatus,
  rec: Recorder,
): Availability {
  const { s, proc, h } = f;
  const blockers = rec.reasons.length;
  const inForce = s.asOf >= param('system-in-force-from', s.asOf);
  rec.fire('system-in-force', inForce, START);
  if (!inForce) rec.reason('before-start-date', START);
  if (s.channel === 'online') rec.reason('online-channel', ONLINE);
  if (a.holderApplies && !a.channelTakes) rec.reason('procedure-not-online', NOT_ONLINE);
  if (!a.holderApplies) rec.reason('procedure-not-applicable', a.citations);
  else if (!proc.qualifying) {
    let ids = qualifyingCache.get(a.citations);
    if (!ids) {
      ids = [...QUALIFYING, ...a.citations];
      qualifyingCache.set(a.citations, ids);
    }
    rec.reason('procedure-not-qualifying', ids);
  }
  const alreadyHolds = a.applicable && proc.issuesCard === 'only-with-request' && f.holdsSpecified;
  if (alreadyHolds) rec.reason('already-holds-specified-card', f.spr ? ALREADY_SPR : ALREADY);
  if (st.tooLate === 'stay-expired') rec.reason('stay-expired', EXPIRED);
  if (st.tooLate === 'filing-deadline-passed') rec.reason('filing-deadline-passed', ACQUISITION_LATE);
  if (!s.requestSpecifiedCard) rec.reason('not-requested', NOT_REQUESTED);
  if (a.holderApplies && proc.requiresCardPresented && f.lost)
    rec.reason('card-not-presented', f.spr ? NOT_PRESENTED_SPR : NOT_PRESENTED);
  // in the 特例期間 after the expiry, a new 特定 card's My Number function (to the old expiry) has ended
  if (
    a.holderApplies &&
    proc.qualifying &&
    !proc.changesPeriod &&
    st.stay.why === 'running' &&
    h.stayExpiry !== null &&
    s.asOf > h.stayExpiry
  )
    rec.reason('my-number-function-ended', MY_NUMBER_ENDED);
  if (appearanceRequired(f)) rec.reason('personal-appearance-required', APPEARANCE);
  const available = e.eligible && rec.reasons.length === blockers;
  if (e.eligible) rec.reasons.unshift({ code: 'eligible', citations: citeList(eligibleCitations(f.spr)) });
  rec.fire('available', available, AVAILABLE);
  // eligible, and the start date the only obstacle
  let onlyStartDate = e.eligible && rec.has('before-start-date');
  for (const r of rec.reasons)
    if (r.code !== 'eligible' && r.code !== 'before-start-date') onlyStartDate = false;
  return { available, alreadyHolds, onlyStartDate };
}
