/**
 * 有効期間 of a card issued on a given day (入管法19条の5, 入管特例法9条; new format from 2026-06-14 per ISA
 * Q&A Q4-3 as quoted by secondary sources). Old format: 永住者・高度専門職2号 7 years (under 16: the eve of the
 * 16th birthday, for cards from 2023-11-01; the birthday itself before), 特別永住者 the 7th birthday after
 * issue — after the old expiry when the certificate is renewed (入管特例法9条); everyone else the
 * 在留期間満了日 (under 16: or the 16th-birthday eve if earlier). New format: 永住者・高度専門職2号・特別永住者 the
 * 10th birthday after issue (under 18: the 5th). Every number is a parameter (parameters.ts).
 */
import type { CitationId } from './citations.ts';
import {
  addDays,
  ageOn,
  birthdayAtAge,
  type IsoDate,
  minDate,
  nthBirthdayAfter,
  shiftMonthsClamped,
} from './date.ts';
import { param } from './parameters.ts';
import type { StatusCode } from './statuses.ts';

/** First day of new-format (新様式) cards. */
export const NEW_FORMAT_FROM: IsoDate = param('new-format-from', '2026-06-14');

/** Card format by issue date. */
export function cardFormat(issueDate: IsoDate): 'old' | 'new' {
  return issueDate >= param('new-format-from', issueDate) ? 'new' : 'old';
}

/** What the validity depends on. */
export interface ValidityInput {
  status: StatusCode;
  birthDate: IsoDate;
  issueDate: IsoDate;
  /** 在留期間満了日 the card will carry; null when unknown or indefinite. */
  stayExpiry: IsoDate | null;
  /** A 特別永住者証明書 renewed before it expires: the old expiry, from which the birthdays count. */
  renewedFrom?: IsoDate | null;
}

/** The rule that decided a validity. */
export type ValidityRule =
  | 'new-format-10th-birthday'
  | 'new-format-5th-birthday'
  | 'old-format-16th-birthday'
  | 'old-format-7-years'
  | 'old-format-7th-birthday'
  | 'stay-expiry-unknown'
  | 'stay-expiry-or-16th-birthday'
  | 'stay-expiry';

/** The computed validity, the rule applied and its citations. */
export interface Validity {
  expiry: IsoDate | null;
  rule: ValidityRule;
  citations: readonly CitationId[];
}

const NEW: readonly CitationId[] = ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'];
const NEW_SPR: readonly CitationId[] = [
  'isa-tokutei-qa-4-3',
  'secondary-new-format-validity',
  'special-act-9',
];
const OLD: readonly CitationId[] = ['immigration-act-19-5'];
const OLD_SPR: readonly CitationId[] = ['special-act-9'];

function sixteenthCutoff(birth: IsoDate, issue: IsoDate): IsoDate {
  const sixteen = birthdayAtAge(birth, param('child-card-age', issue));
  return param('sixteenth-birthday-cutoff', issue) === 'eve' ? addDays(sixteen, -1) : sixteen;
}

/** True when a card issued on `issueDate` is a child's card (under 16, and not within half a year of 16). */
export function isChildCard(birthDate: IsoDate, issueDate: IsoDate): boolean {
  const age = param('child-card-age', issueDate);
  return (
    ageOn(birthDate, issueDate) < age &&
    shiftMonthsClamped(birthdayAtAge(birthDate, age), -param('child-card-margin-months', issueDate)) >
      issueDate
  );
}

/** The card's 有効期間の満了日. */
export function cardValidity(v: ValidityInput): Validity {
  const on = v.issueDate;
  const age = ageOn(v.birthDate, on);
  // A card issued within half a year before the 16th birthday is a full (16+) card: photo, face image and
  // ordinary validity (chip.md §4.9, 在留カード等仕様書 §3.3.5).
  const child = isChildCard(v.birthDate, on);
  const long = v.status === 'permanent-resident' || v.status === 'highly-skilled-professional-2';
  const spr = v.status === 'special-permanent-resident';
  // a renewed 特別永住者証明書 counts its birthdays from the old expiry (入管特例法9条)
  const countFrom = spr && v.renewedFrom && v.renewedFrom > on ? v.renewedFrom : on;
  if ((long || spr) && cardFormat(on) === 'new') {
    const adult = age >= param('new-format-adult-age', on);
    const n = adult ? param('new-format-birthdays', on) : param('new-format-child-birthdays', on);
    return {
      expiry: nthBirthdayAfter(v.birthDate, countFrom, n),
      rule: adult ? 'new-format-10th-birthday' : 'new-format-5th-birthday',
      citations: spr ? NEW_SPR : NEW,
    };
  }
  const childAge = param('child-card-age', on);
  if (long) {
    if (age < childAge)
      return { expiry: sixteenthCutoff(v.birthDate, on), rule: 'old-format-16th-birthday', citations: OLD };
    // 交付の日から起算して7年を経過する日: the issue day counts, so the period ends the day before the 7th anniversary
    return {
      expiry: addDays(shiftMonthsClamped(on, param('old-format-long-term-years', on) * 12), -1),
      rule: 'old-format-7-years',
      citations: OLD,
    };
  }
  if (spr) {
    if (age < childAge)
      return {
        expiry: sixteenthCutoff(v.birthDate, on),
        rule: 'old-format-16th-birthday',
        citations: OLD_SPR,
      };
    return {
      expiry: nthBirthdayAfter(v.birthDate, countFrom, param('old-format-spr-birthdays', on)),
      rule: 'old-format-7th-birthday',
      citations: OLD_SPR,
    };
  }
  if (!v.stayExpiry) return { expiry: null, rule: 'stay-expiry-unknown', citations: OLD };
  if (child)
    return {
      expiry: minDate(v.stayExpiry, sixteenthCutoff(v.birthDate, on)),
      rule: 'stay-expiry-or-16th-birthday',
      citations: OLD,
    };
  return { expiry: v.stayExpiry, rule: 'stay-expiry', citations: OLD };
}
