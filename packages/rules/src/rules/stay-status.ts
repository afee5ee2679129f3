/**
 * Whether the stay still allows the procedure (入管法20条6項・21条, 22条の2; 行政機関の休日に関する法律2条).
 * After the stay ended with nothing filed that runs a 特例期間, nothing can be filed — except, when the expiry
 * fell on a closed day, an extension or change at the bureau up to the next open day (filed then, it is
 * timely). A person born in Japan (or who lost Japanese nationality) applies for a status within 30 days of
 * the cause (next open day when the 30th is closed) and may stay 60 days without one.
 */
import { nextOpenDay } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import { addDays, type IsoDate } from '../date.ts';
import { param, parameterCitations } from '../parameters.ts';
import { filingDeadline, type LawfulStay, lawfulStay } from '../special-period.ts';
import type { Applicability } from './applicability.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';

/** Why the procedure can no longer be filed. */
export type TooLate = 'stay-expired' | 'filing-deadline-passed';

/** The stay on the day asked. */
export interface StayStatus {
  stay: LawfulStay;
  /** Last lawful day (the stay or 特例期間; 60 days from birth for someone without a status). */
  lawfulUntil: IsoDate | null;
  /** The lawful stay has ended on the day asked. */
  ended: boolean;
  /** Ended, but the expiry was a closed day and an extension or change can still be filed in time. */
  timelyWindow: boolean;
  /** The last day an extension or change for the current expiry is timely (null without an expiry). */
  filingDeadline: IsoDate | null;
  /** The procedure asked can no longer be filed. */
  tooLate: TooLate | null;
  /** For someone without a status: the day of birth or loss of nationality. */
  causeDate: IsoDate | null;
}

const LAWFUL: readonly CitationId[] = ['immigration-act-20-6', 'civil-code-140', 'civil-code-143'];
const LAWFUL_PR: readonly CitationId[] = ['immigration-act-20-6', 'immigration-act-22'];
const FILING: readonly CitationId[] = [
  'immigration-act-21',
  'administrative-holidays-act-1',
  'administrative-holidays-act-2',
  'national-holidays-act',
];
const ACQUISITION: readonly CitationId[] = ['immigration-act-22-2', 'civil-code-140'];

/** The cause date of an acquisition of status (default: the birth date). */
export function causeDateOf(f: Facts): IsoDate | null {
  if (f.h.status !== 'none') return null;
  if (f.proc.applies !== 'no-status' && f.s.causeDate === null) return null;
  return f.s.causeDate ?? f.h.birthDate;
}

/** Decides what the stay allows. */
export function stayStatus(f: Facts, a: Applicability, rec: Recorder): StayStatus {
  const { s, h, proc } = f;
  const stay = lawfulStay(h);
  rec.fire('lawful-stay', stay.why, stay.why === 'permanent-residence' ? LAWFUL_PR : LAWFUL);
  const deadline = h.stayExpiry && !f.indefinite && h.status !== 'none' ? filingDeadline(h.stayExpiry) : null;
  const ended = stay.until !== null && s.asOf > stay.until;
  // nothing filed that runs a 特例期間, the expiry passed, but its closed days still allow a timely filing
  const timelyWindow = ended && stay.specialPeriodUntil === null && deadline !== null && s.asOf <= deadline;
  const causeDate = causeDateOf(f);
  let lawfulUntil = stay.until;
  let tooLate: TooLate | null = null;
  if (causeDate !== null) {
    lawfulUntil = addDays(causeDate, param('acquisition-stay-days', causeDate));
    const last = nextOpenDay(
      addDays(causeDate, param('acquisition-of-status-days', causeDate)),
      'immigration-bureau',
    );
    rec.fire('acquisition-deadline', last, [
      ...ACQUISITION,
      ...parameterCitations('acquisition-of-status-days'),
    ]);
    if (a.applicable && proc.applies === 'no-status' && s.asOf > last) tooLate = 'filing-deadline-passed';
  } else if (a.applicable && proc.code !== 'none' && ended && stay.specialPeriodUntil === null) {
    if (!(timelyWindow && proc.extendsStay)) tooLate = 'stay-expired';
  }
  if (deadline !== null) rec.fire('filing-before-expiry', tooLate === null, FILING);
  return { stay, lawfulUntil, ended, timelyWindow, filingDeadline: deadline, tooLate, causeDate };
}
