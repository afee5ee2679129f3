/**
 * decide(): Situation → Decision, composed of rule units (src/rules/, one file each with the statute it
 * implements in its header). The order below is the order of precedence and of data: each unit reads only
 * what the units before it decided, and where two rules could answer the same question the unit states
 * which one wins (card-to-be-issued.ts lists its rules by precedence, as Catala's exceptions do).
 *
 *  1. facts                 — the situation's facts (no conclusions)
 *  2. eligibility           — 中長期在留者 or 特別永住者, in the 住民基本台帳 (入管法19条の15の2, 特例法16条の2)
 *  3. applicability         — the procedure applies to the holder, through the channel, and where
 *  4. stay-status           — the stay still allows it (入管法20条6項, 21条, 22条の2)
 *  5. procedure-deadline    — the procedure's own deadline (住基法22条・23条, 入管法19条の7〜19条の12 …)
 *  6. availability          — every reason the request is or is not available
 *  7. card-to-be-issued     — the card, by precedence
 *  8. request-documents     — the request's papers (source ④)
 *  9. procedure-documents   — the procedure's own papers
 * 10. earliest-date         — the first open day, the move, the counters, the windows
 * 11. stay-dates            — 特例期間, the card held now (入管法19条の5第2項), the closed-day expiry
 * 12. new-card-expiry       — the new card's validity (入管法19条の5, 特例法9条)
 * 13. my-number             — the My Number function (source ⑧)
 * 14. e-certificates        — 署名用/利用者証明用電子証明書
 * 15. card-choice-warnings  — online, loss, return, driving licence, start date, children
 * 16. steps                 — what to do, with deadlines
 * 17. obligations           — carry and present (入管法23条, 特例法17条)
 *
 * Pure: the day is `situation.asOf`, calendars are passed in.
 */
import type { MunicipalityCalendars } from './calendar.ts';
import { type Citation, cite } from './citations.ts';
import type { Decision, Lang } from './decision.ts';
import { renderMessages } from './messages.ts';
import { param } from './parameters.ts';
import { applicability } from './rules/applicability.ts';
import { availability } from './rules/availability.ts';
import { cardChoiceWarnings } from './rules/card-choice-warnings.ts';
import { cardToBeIssued } from './rules/card-to-be-issued.ts';
import { eCertificates } from './rules/e-certificates.ts';
import { earliestDate } from './rules/earliest-date.ts';
import { eligibility } from './rules/eligibility.ts';
import { factsOf } from './rules/facts.ts';
import { myNumberFunction } from './rules/my-number.ts';
import { newCardExpiry } from './rules/new-card-expiry.ts';
import { obligations } from './rules/obligations.ts';
import { procedureDeadline } from './rules/procedure-deadline.ts';
import { procedureDocuments } from './rules/procedure-documents.ts';
import { citeList, Recorder } from './rules/recorder.ts';
import { requestDocuments } from './rules/request-documents.ts';
import { stayDates } from './rules/stay-dates.ts';
import { stayStatus } from './rules/stay-status.ts';
import { steps } from './rules/steps.ts';
import type { Situation } from './situation.ts';

/** The day the 2024 amendment takes effect (令和6年法律第59号). */
export const IN_FORCE_FROM = param('system-in-force-from', '2026-06-14');
/** The first day counters accept requests (the next open day after the Sunday start). */
export const COUNTERS_FROM = param('counters-open-from', '2026-06-15');

/** What decide() may use besides the situation. */
export interface DecideOptions {
  /** Municipality calendars by 全国地方公共団体コード. */
  calendars?: MunicipalityCalendars;
  /** Languages to render messages in (default all three); an empty list renders none. */
  langs?: readonly Lang[];
}

const ALL_LANGS: readonly Lang[] = ['ja', 'en', 'ja-easy'];

/** What every unit decided for one situation, in the order above (for decide() and the units' tests). */
export function evaluate(s: Situation, options: DecideOptions = {}) {
  const rec = new Recorder();
  const f = factsOf(s, options.calendars);
  const e = eligibility(f, rec);
  const a = applicability(f, e, rec);
  const st = stayStatus(f, a, rec);
  const pd = procedureDeadline(f, a, st, rec);
  const av = availability(f, e, a, st, rec);
  const c = cardToBeIssued(f, e, a, st, av, rec);
  const documents = requestDocuments(f, av, rec);
  const procDocs = procedureDocuments(f, e, a, st, rec);
  const ed = earliestDate(f, e, a, st, av, pd, rec);
  const sd = stayDates(f, a, st, rec);
  const cardExpiry = newCardExpiry(f, e, c, ed, sd, rec);
  const myNumberExpiry = myNumberFunction(f, a, c, cardExpiry, sd, rec);
  const eCertificateExpiry = eCertificates(f, a, st, c, ed, cardExpiry, myNumberExpiry, rec);
  cardChoiceWarnings(f, a, av, c, pd, rec);
  steps(f, a, st, av, pd, rec);
  const obligationList = obligations(f, e, rec);
  return {
    rec,
    f,
    e,
    a,
    st,
    pd,
    av,
    c,
    documents,
    procDocs,
    ed,
    sd,
    cardExpiry,
    myNumberExpiry,
    eCertificateExpiry,
    obligationList,
  };
}

/** Decides every question of the contract for one situation. */
export function decide(s: Situation, options: DecideOptions = {}): Decision {
  const {
    rec,
    e,
    a,
    st,
    av,
    c,
    documents,
    procDocs,
    ed,
    sd,
    cardExpiry,
    myNumberExpiry,
    eCertificateExpiry,
    obligationList,
  } = evaluate(s, options);
  const decision: Decision = {
    asOf: s.asOf,
    specifiedCard: { eligible: e.eligible, available: av.available, reasons: rec.reasons },
    office: a.office,
    cardToBeIssued: c.card,
    cardExpiry,
    documents,
    earliestDate: ed.earliestDate,
    applicationWindowFrom: ed.applicationWindowFrom,
    earliestDateBasis: ed.basis ? { code: ed.basis, citations: citeList(ed.basisCitations) } : null,
    applicationWindowBasis: ed.windowBasis
      ? { code: ed.windowBasis, citations: citeList(ed.windowCitations) }
      : null,
    procedureDocuments: procDocs,
    lawfulStayUntil: st.lawfulUntil,
    specialPeriodUntil: sd.specialPeriodUntil,
    currentCardValidUntil: sd.currentCardValidUntil,
    myNumberFunctionExpiry: myNumberExpiry,
    eCertificateExpiry,
    obligations: obligationList,
    warnings: rec.warnings,
    steps: rec.steps,
    trace: rec.trace,
    messages: {},
  };
  decision.messages = renderMessages(decision, s, options.langs ?? ALL_LANGS);
  return decision;
}

/** Every citation a decision rests on, once each (for checklists). */
export function decisionCitations(d: Decision): Citation[] {
  const ids = new Set<Citation['id']>();
  for (const r of d.specifiedCard.reasons) for (const c of r.citations) ids.add(c.id);
  for (const t of d.trace) for (const c of t.citations) ids.add(c);
  if (d.earliestDateBasis) for (const c of d.earliestDateBasis.citations) ids.add(c.id);
  if (d.applicationWindowBasis) for (const c of d.applicationWindowBasis.citations) ids.add(c.id);
  return cite(...ids);
}
