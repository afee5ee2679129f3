/**
 * The My Number function of a 特定 card (番号利用法: the card is a 個人番号カード; source ⑧, ISA Q5-3): it ends
 * on the 在留期間満了日 (indefinite stays: with the card), never past the card, and is not automatically
 * extended by the 特例期間 — 特定 holders should check with their municipality in time. Two-card holders'
 * separate My Number card can instead be extended by the municipality once, up to two months (特例延長,
 * rules.md §1.8).
 */
import type { CitationId } from '../citations.ts';
import type { IsoDate } from '../date.ts';
import { newCardMyNumberExpiry } from '../new-card-dates.ts';
import type { Applicability } from './applicability.ts';
import type { CardOutcome } from './card-to-be-issued.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayDates } from './stay-dates.ts';

const FUNCTION: readonly CitationId[] = ['isa-tokutei-qa-5-3', 'source-article-8'];
const FUNCTION_WITH_CARD: readonly CitationId[] = [
  'isa-tokutei-qa-5-3',
  'source-article-8',
  'isa-tokutei-qa-4-3',
];
const TWO_CARDS: readonly CitationId[] = [
  'secondary-my-number-card-special-extension',
  'immigration-act-20-6',
];

/** Decides the My Number function expiry and its warnings. */
export function myNumberFunction(
  f: Facts,
  a: Applicability,
  c: CardOutcome,
  cardExpiry: IsoDate | null,
  sd: StayDates,
  rec: Recorder,
): IsoDate | null {
  const { h, proc } = f;
  const losesSpecified = proc.endsSpecifiedCard && a.applicable;
  let expiry: IsoDate | null = null;
  if (!losesSpecified) {
    if (c.specified && !f.holdsSpecified)
      expiry =
        proc.changesPeriod && !f.indefinite
          ? null
          : newCardMyNumberExpiry(h.periodOfStay, h.stayExpiry, cardExpiry);
    else if (f.holdsSpecified)
      expiry = f.indefinite ? (c.specified ? cardExpiry : h.cardExpiry) : h.stayExpiry;
  }
  if (expiry && c.specified && cardExpiry && cardExpiry < expiry) expiry = cardExpiry;
  rec.fire('my-number-function-expiry', expiry, f.indefinite ? FUNCTION_WITH_CARD : FUNCTION);
  if (f.holdsSpecified && !f.indefinite && !losesSpecified && sd.specialPeriodApplies)
    rec.warn('my-number-function-not-extended-in-special-period', FUNCTION);
  // two-card holders: said when they hold a separate My Number card, or may hold one and are in the 特例期間
  const inSpecialPeriod = sd.specialPeriodRunning;
  if (
    h.card === 'residence-card' &&
    !f.indefinite &&
    (h.myNumberCard === true ? sd.specialPeriodApplies : h.myNumberCard === null && inSpecialPeriod)
  )
    rec.warn('my-number-card-extension-in-special-period', TWO_CARDS);
  return expiry;
}
