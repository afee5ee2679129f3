/**
 * 有効期間 of a card issued on a given day (入管法19条の5, 入管特例法13条; new format from 2026-06-14 per ISA
 * Q&A Q4-3 as quoted by secondary sources). Old format: 永住者・高度専門職2号 7 years (under 16: the eve of the
 * 16th birthday, for cards from 2023-11-01; the birthday itself before), 特別永住者 the 7th birthday after
 * issue; everyone else the 在留期間満了日 (under 16: or the 16th-birthday eve if earlier). New format:
 * 永住者・高度専門職2号・特別永住者 the 10th birthday after issue (under 18: the 5th).
 */
import {
  addDays,
  ageOn,
  birthdayAtAge,
  type IsoDate,
  minDate,
  nthBirthdayAfter,
  shiftMonthsClamped,
} from './date.ts';
import type { StatusCode } from './statuses.ts';

/** First day of new-format (新様式) cards. */
export const NEW_FORMAT_FROM: IsoDate = '2026-06-14';
/** First day on which under-16 cards ran to the eve of the 16th birthday instead of the birthday. */
const EVE_RULE_FROM: IsoDate = '2023-11-01';

/** Card format by issue date. */
export function cardFormat(issueDate: IsoDate): 'old' | 'new' {
  return issueDate >= NEW_FORMAT_FROM ? 'new' : 'old';
}

/** What the validity depends on. */
export interface ValidityInput {
  status: StatusCode;
  birthDate: IsoDate;
  issueDate: IsoDate;
  /** 在留期間満了日 the card will carry; null when unknown or indefinite. */
  stayExpiry: IsoDate | null;
}

/** The computed validity, the rule applied and its citations. */
export interface Validity {
  expiry: IsoDate | null;
  rule: string;
  citations: string[];
}

function sixteenthCutoff(birth: IsoDate, issue: IsoDate): IsoDate {
  const sixteen = birthdayAtAge(birth, 16);
  return issue >= EVE_RULE_FROM ? addDays(sixteen, -1) : sixteen;
}

/** True when a card issued on `issueDate` is a child's card (under 16, and not within half a year of 16). */
export function isChildCard(birthDate: IsoDate, issueDate: IsoDate): boolean {
  return ageOn(birthDate, issueDate) < 16 && shiftMonthsClamped(birthdayAtAge(birthDate, 16), -6) > issueDate;
}

/** The card's 有効期間の満了日. */
export function cardValidity(v: ValidityInput): Validity {
  const age = ageOn(v.birthDate, v.issueDate);
  // A card issued within half a year before the 16th birthday is a full (16+) card: photo, face image and
  // ordinary validity (chip.md §4.9, 在留カード等仕様書 §3.3.5).
  const child = isChildCard(v.birthDate, v.issueDate);
  const format = cardFormat(v.issueDate);
  const long = v.status === 'permanent-resident' || v.status === 'highly-skilled-professional-2';
  const spr = v.status === 'special-permanent-resident';
  if ((long || spr) && format === 'new') {
    const n = age < 18 ? 5 : 10;
    return {
      expiry: nthBirthdayAfter(v.birthDate, v.issueDate, n),
      rule: age < 18 ? 'new-format-5th-birthday' : 'new-format-10th-birthday',
      citations: ['isa-tokutei-qa-4-3', 'secondary-new-format-validity'],
    };
  }
  if (long) {
    if (age < 16)
      return {
        expiry: sixteenthCutoff(v.birthDate, v.issueDate),
        rule: 'old-format-16th-birthday',
        citations: ['immigration-act-19-5'],
      };
    // 交付の日から起算して7年を経過する日: the issue day counts, so the period ends the day before the 7th anniversary
    return {
      expiry: addDays(shiftMonthsClamped(v.issueDate, 84), -1),
      rule: 'old-format-7-years',
      citations: ['immigration-act-19-5'],
    };
  }
  if (spr) {
    if (age < 16)
      return {
        expiry: sixteenthCutoff(v.birthDate, v.issueDate),
        rule: 'old-format-16th-birthday',
        citations: ['special-act-13'],
      };
    return {
      expiry: nthBirthdayAfter(v.birthDate, v.issueDate, 7),
      rule: 'old-format-7th-birthday',
      citations: ['special-act-13'],
    };
  }
  if (!v.stayExpiry)
    return { expiry: null, rule: 'stay-expiry-unknown', citations: ['immigration-act-19-5'] };
  if (child)
    return {
      expiry: minDate(v.stayExpiry, sixteenthCutoff(v.birthDate, v.issueDate)),
      rule: 'stay-expiry-or-16th-birthday',
      citations: ['immigration-act-19-5'],
    };
  return { expiry: v.stayExpiry, rule: 'stay-expiry', citations: ['immigration-act-19-5'] };
}
