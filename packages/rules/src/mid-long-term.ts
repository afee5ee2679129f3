/**
 * 中長期在留者 (入管法19条の3): anyone with a status of residence except a period of 3 months or less,
 * 短期滞在, 外交, 公用, the 特定活動 office-staff categories of the 法務省令, and 特別永住者 (who get a
 * certificate instead). No status, no card.
 */
import type { CitationId } from './citations.ts';
import type { IsoDate } from './date.ts';
import { isThreeMonthsOrLess, parsePeriod } from './duration.ts';
import type { Situation } from './situation.ts';
import { statusInfo } from './statuses.ts';

/** Why someone is not a 中長期在留者. */
export type NotMidLongTermWhy =
  | 'no-status'
  | 'excluded-status'
  | 'three-months-or-less'
  | 'office-staff-designated-activities'
  | 'special-permanent-resident';

/** The determination with the rule that decided it. */
export interface MidLongTerm {
  value: boolean;
  why: NotMidLongTermWhy | null;
  citations: readonly CitationId[];
}

const BASE: readonly CitationId[] = ['immigration-act-19-3'];
const SPR: readonly CitationId[] = ['immigration-act-19-3', 'special-act-status'];
const OFFICE: readonly CitationId[] = ['immigration-act-19-3', 'immigration-rules-19-3-4'];

/** Decides 中長期在留者 status for the holder of a situation on `on`. */
export function midLongTerm(holder: Situation['holder'], on: IsoDate): MidLongTerm {
  if (holder.status === 'none') return { value: false, why: 'no-status', citations: BASE };
  if (holder.status === 'special-permanent-resident')
    return { value: false, why: 'special-permanent-resident', citations: SPR };
  if (!statusInfo(holder.status).midLongTermPossible)
    return { value: false, why: 'excluded-status', citations: BASE };
  if (
    holder.designatedActivitiesCategory === 'taiwan-japan-relations-office' ||
    holder.designatedActivitiesCategory === 'palestine-general-delegation'
  )
    return { value: false, why: 'office-staff-designated-activities', citations: OFFICE };
  if (holder.periodOfStay !== 'indefinite') {
    const p = parsePeriod(holder.periodOfStay);
    if (p && isThreeMonthsOrLess(p, on))
      return { value: false, why: 'three-months-or-less', citations: BASE };
  }
  return { value: true, why: null, citations: BASE };
}
