/**
 * Dates of a card at its grant, for the back office that issues it: the latest 在留期間満了日 a period of
 * stay allows, and the My Number function expiry of a newly issued 特定 card. The rules' only copies of this
 * arithmetic (core calls these instead of re-implementing them).
 */
import { addDays, civilMonthsPeriodEnd, type IsoDate, minDate } from './date.ts';
import { parsePeriod } from './duration.ts';

/**
 * The latest 在留期間満了日 for a period of stay that runs from the day after `countedFrom` (an extension
 * runs from the day after the old expiry): months by the calendar (民法143条: the day before the
 * corresponding day, or the month's last day where there is none), then days. Null when the period is not
 * an ISO 8601 duration (e.g. "indefinite").
 */
export function latestStayExpiry(periodOfStay: string, countedFrom: IsoDate): IsoDate | null {
  const p = parsePeriod(periodOfStay);
  if (!p) return null;
  const start = addDays(countedFrom, 1);
  const monthsEnd = p.months > 0 ? civilMonthsPeriodEnd(start, p.months) : countedFrom;
  return addDays(monthsEnd, p.days);
}

/**
 * The My Number function expiry of a newly issued 特定 card (source ⑧, ISA Q5-3): with an indefinite stay
 * the card's expiry; otherwise the 在留期間満了日, never past the card (the function lives on the card).
 */
export function newCardMyNumberExpiry(
  periodOfStay: string,
  stayExpiry: IsoDate | null,
  cardExpiry: IsoDate | null,
): IsoDate | null {
  if (periodOfStay === 'indefinite' || stayExpiry === null) return cardExpiry;
  return cardExpiry === null ? stayExpiry : minDate(stayExpiry, cardExpiry);
}
