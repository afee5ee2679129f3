/**
 * Eligibility (入管法19条の15の2, 入管特例法16条の2; ISA Q&A Q1; source ③): a 中長期在留者 (入管法19条の3) or
 * 特別永住者 recorded in the 住民基本台帳 (住基法30条の45), under a status that exists on the day asked. The
 * filing that creates the record counts as recorded: the first 住居地届出 after landing and the 転入届 of
 * someone arriving from abroad (入管法19条の7第3項, 住基法30条の46).
 */
import type { CitationId } from '../citations.ts';
import { type MidLongTerm, midLongTerm } from '../mid-long-term.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';

/** What eligibility found. */
export interface Eligibility {
  statusInForce: boolean;
  mlt: MidLongTerm;
  /** Recorded in the 住民基本台帳, or the procedure itself creates the record. */
  residentRecord: boolean;
  /** The record is created by the procedure (not yet recorded). */
  recordByFiling: boolean;
  eligible: boolean;
  /** The provision that makes the holder eligible. */
  basis: CitationId;
}

const RECORD: readonly CitationId[] = ['residents-basic-act-30-45', 'isa-tokutei-qa-1'];
const RECORD_BY_FILING: readonly CitationId[] = [
  'residents-basic-act-30-45',
  'residents-basic-act-30-46',
  'immigration-act-19-7-3',
  'isa-tokutei-qa-1',
];
const NOT_RECORDED: readonly CitationId[] = [
  'residents-basic-act-30-45',
  'isa-tokutei-qa-1',
  'source-article-3',
];
const ELIGIBLE_MLT: readonly CitationId[] = [
  'immigration-act-19-15-2',
  'isa-tokutei-qa-1',
  'source-article-3',
];
const ELIGIBLE_SPR: readonly CitationId[] = ['special-act-16-2', 'isa-tokutei-qa-1', 'source-article-3'];
const NOT_MLT_EXTRA: readonly CitationId[] = ['isa-tokutei-qa-1', 'source-article-faq'];
const notMltCache = new WeakMap<readonly CitationId[], readonly CitationId[]>();

/** The citations of `not-mid-long-term`: why the holder is not one, and who may apply. */
function notMltCitations(mlt: MidLongTerm): readonly CitationId[] {
  let hit = notMltCache.get(mlt.citations);
  if (!hit) {
    hit = [...mlt.citations, ...NOT_MLT_EXTRA];
    notMltCache.set(mlt.citations, hit);
  }
  return hit;
}

/** The citations a decision's `eligible` reason carries. */
export function eligibleCitations(spr: boolean): readonly CitationId[] {
  return spr ? ELIGIBLE_SPR : ELIGIBLE_MLT;
}

/** Decides eligibility and records its reasons. */
export function eligibility(f: Facts, rec: Recorder): Eligibility {
  const { s, status, spr, proc } = f;
  const statusInForce = status.from === null || s.asOf >= status.from;
  rec.fire('status-in-force', statusInForce, [status.citation]);
  const mlt = midLongTerm(f.h, s.asOf);
  rec.fire('mid-long-term', mlt.value ? true : mlt.why, mlt.citations);
  const holderOffice = spr ? proc.sprOffice : proc.office;
  const recordByFiling =
    !f.h.residentRecord && proc.createsResidentRecord && holderOffice !== null && (mlt.value || spr);
  const residentRecord = f.h.residentRecord || recordByFiling;
  rec.fire('resident-register', residentRecord, recordByFiling ? RECORD_BY_FILING : RECORD);
  const eligible = statusInForce && (mlt.value || spr) && residentRecord;
  if (!statusInForce) rec.reason('status-not-in-force', [status.citation]);
  else if (!mlt.value && !spr) rec.reason('not-mid-long-term', notMltCitations(mlt));
  if (!residentRecord) rec.reason('not-in-resident-register', NOT_RECORDED);
  const basis: CitationId = spr ? 'special-act-16-2' : 'immigration-act-19-15-2';
  rec.fire('eligible', eligible, eligibleCitations(spr));
  return { statusInForce, mlt, residentRecord, recordByFiling, eligible, basis };
}
