/**
 * The dated stages of the employer-side penalty of 入管法73条の2 (不法就労助長罪; employer-web.md §5.1): 懲役3年・
 * 300万円 until 2025-05-31; 拘禁刑3年・300万円 from 2025-06-01 (令和4年法律第67号); 拘禁刑5年・500万円 from the
 * 育成就労 act's in-force day, modelled as 2027-04-01 and marked unverified. The work-eligibility engine and the
 * employer screens read the stage for a day from here.
 */
import type { Citation, Confidence } from './citations.ts';
import type { IsoDate } from './date.ts';
import { type Penalty, parameterEntry } from './parameters.ts';
import { citeList } from './rules/recorder.ts';

/** The penalty in force on a day, with its basis and how certain its date is. */
export interface PenaltyStage extends Penalty {
  /** The day this stage took (or takes) effect; null for the oldest stage modelled. */
  from: IsoDate | null;
  citations: Citation[];
  /** `unverified` for the 2027 stage (the 施行期日政令 was not found). */
  confidence: Confidence;
}

/** The 入管法73条の2 penalty in force on `on`. */
export function illegalEmploymentPenalty(on: IsoDate): PenaltyStage {
  const e = parameterEntry('illegal-employment-penalty', on);
  const citations = citeList(e.citations ?? ['immigration-act-73-2']);
  return {
    ...e.value,
    from: e.from,
    citations,
    confidence:
      e.confidence ??
      citations.reduce<Confidence>((c, x) => (x.confidence === 'law' ? c : x.confidence), 'law'),
  };
}
