/**
 * The e-certificates on a 特定 card (公的個人認証: 署名用電子証明書 and 利用者証明用電子証明書; J-LIS): they run to
 * the 5th birthday after their issue and never past the card or its My Number function; no 署名用 certificate
 * is issued under 15; a change of the recorded name or address ends the 署名用 certificate. For a new card the
 * issue day is estimated as the earliest day; for a card held now the certificates' issue day is not known,
 * so the date is the latest it can be. Every answer that gives a My Number date gives this one.
 */
import type { CitationId } from '../citations.ts';
import { ageOn, type IsoDate, minDate, nthBirthdayAfter } from '../date.ts';
import { param } from '../parameters.ts';
import type { Applicability } from './applicability.ts';
import type { CardOutcome } from './card-to-be-issued.ts';
import type { EarliestDate } from './earliest-date.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

const VALIDITY: readonly CitationId[] = [
  'jpki-certificate-validity',
  'secondary-certificate-validity-and-lapse',
];
const LAPSE: readonly CitationId[] = ['secondary-certificate-validity-and-lapse'];

/** Decides the e-certificates' expiry and their warnings. */
export function eCertificates(
  f: Facts,
  a: Applicability,
  st: StayStatus,
  c: CardOutcome,
  ed: EarliestDate,
  cardExpiry: IsoDate | null,
  myNumberExpiry: IsoDate | null,
  rec: Recorder,
): IsoDate | null {
  const { h, s, proc } = f;
  if (myNumberExpiry !== null) {
    const newCard = c.specified && ed.earliestDate !== null;
    const issue = newCard ? (ed.earliestDate as IsoDate) : s.asOf;
    const birthdays = param('e-certificate-birthdays', issue);
    const fifth = nthBirthdayAfter(h.birthDate, issue, birthdays);
    let expiry = minDate(fifth, myNumberExpiry);
    if (newCard && cardExpiry) expiry = minDate(expiry, cardExpiry);
    rec.fire('e-certificate-expiry', expiry, VALIDITY);
    if (expiry === fifth && fifth < myNumberExpiry)
      rec.warn(
        newCard ? 'dates-estimated-from-earliest-date' : 'e-certificate-expiry-at-the-latest',
        VALIDITY,
      );
    if (ageOn(h.birthDate, issue) < param('signature-certificate-min-age', issue))
      rec.warn('no-signature-certificate-under-15', LAPSE);
    return finish(expiry);
  }
  return finish(null);

  function finish(expiry: IsoDate | null): IsoDate | null {
    // a changed name or address ends the 署名用 certificate of the card kept (or of a separate My Number card)
    const kept = (f.holdsSpecified && c.card === null) || (!f.holdsSpecified && h.myNumberCard === true);
    if (a.applicable && st.tooLate === null && proc.changesNameOrAddress && kept)
      rec.warn('signature-certificate-lapses', LAPSE);
    return expiry;
  }
}
