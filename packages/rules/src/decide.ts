/**
 * decide(): Situation → Decision. Each rule below records what it found in the trace with its citations;
 * "no" is a value with every reason that applies. Pure: the day is `situation.asOf`, calendars are passed in.
 */
import { type MunicipalityCalendars, nextOpenDay, type Office } from './calendar.ts';
import { cardValidity, isChildCard } from './card-validity.ts';
import { type Citation, cite } from './citations.ts';
import type { DocumentCode, ObligationCode, ReasonCode, StepCode, WarningCode } from './codes.ts';
import { addDays, ageOn, type IsoDate, shiftMonthsClamped } from './date.ts';
import type { Decision, Lang, Reason, TraceEntry } from './decision.ts';
import { isSixMonthsOrMore, isThirtyDaysOrLess, parsePeriod } from './duration.ts';
import { renderMessages } from './messages.ts';
import { midLongTerm } from './mid-long-term.ts';
import { type ProcedureInfo, procedureInfo } from './procedures.ts';
import type { Situation } from './situation.ts';
import { filingDeadline, lawfulStay, specialPeriodEnd } from './special-period.ts';
import { statusInfo } from './statuses.ts';

/** The day the 2024 amendment takes effect (令和6年法律第59号). */
export const IN_FORCE_FROM: IsoDate = '2026-06-14';
/** The first day counters accept requests (the next open day after the Sunday start). */
export const COUNTERS_FROM: IsoDate = '2026-06-15';

/** What decide() may use besides the situation. */
export interface DecideOptions {
  /** Municipality calendars by 全国地方公共団体コード. */
  calendars?: MunicipalityCalendars;
  /** Languages to render messages in (default all three); an empty list renders none. */
  langs?: readonly Lang[];
}

const SPECIFIED = new Set(['specified-residence-card', 'specified-special-permanent-resident-certificate']);

function procedureApplies(
  s: Situation,
  proc: ProcedureInfo,
  mlt: boolean,
  spr: boolean,
  statusInForce: boolean,
  age: number,
): boolean {
  const code = proc.code;
  if (code === 'none') return true;
  if (!statusInForce) return false;
  const indefinite = s.holder.periodOfStay === 'indefinite';
  const holdsSpecified = SPECIFIED.has(s.holder.card);
  if (spr) return proc.sprOffice !== null && (code !== 'return-specified-card' || holdsSpecified);
  if (s.holder.status === 'none') return false;
  if (!mlt) {
    // no residence card: only the stay itself can be extended or changed
    if (code === 'extension-of-stay') return s.holder.status !== 'diplomat';
    return code === 'change-of-status';
  }
  switch (code) {
    case 'extension-of-stay':
      return !indefinite;
    case 'permanent-residence':
      return s.holder.status !== 'permanent-resident';
    case 'card-renewal':
      return indefinite || age < 16;
    case 'return-specified-card':
      return holdsSpecified;
    default:
      return true;
  }
}

/** Decides every question of the contract for one situation. */
export function decide(s: Situation, options: DecideOptions = {}): Decision {
  const trace: TraceEntry[] = [];
  const fire = (rule: string, result: boolean | string | null, citations: string[]) =>
    trace.push({ rule, result, citations });
  const reasons: Reason[] = [];
  const reason = (code: ReasonCode, ...ids: string[]) => reasons.push({ code, citations: cite(...ids) });
  const warnings: WarningCode[] = [];
  const warn = (code: WarningCode, rule: string, ...ids: string[]) => {
    if (!warnings.includes(code)) warnings.push(code);
    fire(`warning:${rule}`, code, ids);
  };

  const h = s.holder;
  const status = statusInfo(h.status);
  const proc = procedureInfo(s.procedure);
  const spr = h.status === 'special-permanent-resident';
  const age = ageOn(h.birthDate, s.asOf);
  const holdsSpecified = SPECIFIED.has(h.card);
  const indefinite = h.periodOfStay === 'indefinite';

  // — eligibility: 中長期在留者 in the 住民基本台帳, or 特別永住者 (入管法19条の15の2, 特例法16条の2) —
  const statusInForce = status.from === null || s.asOf >= status.from;
  fire('status-in-force', statusInForce, [status.citation]);
  const mlt = midLongTerm(h);
  fire('mid-long-term', mlt.value ? true : mlt.why, mlt.citations);
  // the first address notification after landing is the 転入届 that creates the record (住基法30条の46)
  const residentRecord = h.residentRecord || s.procedure === 'first-address';
  fire('resident-register', residentRecord, ['residents-basic-act-30-45', 'isa-tokutei-qa-1']);
  const eligible = statusInForce && (mlt.value || spr) && residentRecord;
  if (!statusInForce) reason('status-not-in-force', status.citation);
  else if (!mlt.value && !spr)
    reason('not-mid-long-term', ...mlt.citations, 'isa-tokutei-qa-1', 'source-article-faq');
  if (!residentRecord)
    reason('not-in-resident-register', 'residents-basic-act-30-45', 'isa-tokutei-qa-1', 'source-article-3');
  const basis = spr ? 'special-act-16-2' : 'immigration-act-19-15-2';
  fire('eligible', eligible, [basis, 'isa-tokutei-qa-1', 'source-article-3']);

  // — the accompanying procedure and its office (Q2-1; 特別永住者 at the municipality) —
  const applicable = procedureApplies(s, proc, mlt.value, spr, statusInForce, age);
  fire('procedure-applicable', applicable, proc.citations);
  const office: Office | null = applicable ? (spr ? proc.sprOffice : proc.office) : null;
  fire('office', office, spr ? ['isa-tokutei-qa-2-1', 'source-article-2'] : proc.citations);
  const muni =
    office === 'municipality' && s.municipalityCode ? options.calendars?.[s.municipalityCode] : undefined;

  // — lawful stay and the 特例期間 (入管法20条6項, 民法143条) —
  const stay = lawfulStay(h);
  fire('lawful-stay', stay.why, ['immigration-act-20-6', 'civil-code-140', 'civil-code-143']);
  const period = indefinite ? null : parsePeriod(h.periodOfStay);
  // a pending extension or change (not a permanent-residence application) already runs its own 特例期間
  const pendingStay = h.applicationPending !== null && h.applicationPending.kind !== 'permanent-residence';
  const extendsStay = proc.code === 'extension-of-stay' || proc.code === 'change-of-status';
  // after the expiry (and its next open day) with no 特例期間 the status has lapsed: nothing can be filed
  const stayExpired =
    applicable &&
    proc.code !== 'none' &&
    h.stayExpiry !== null &&
    stay.specialPeriodUntil === null &&
    s.asOf > filingDeadline(h.stayExpiry);
  fire('filing-before-expiry', !stayExpired, ['immigration-act-21', 'administrative-holidays-act-2']);

  // — availability: every reason that applies, not only the first —
  if (s.asOf < IN_FORCE_FROM)
    reason('before-start-date', 'amending-act-2024-59', 'isa-tokutei-start', 'source-article-2');
  if (s.channel === 'online')
    reason('online-channel', 'isa-tokutei-qa-5-2', 'secondary-online-not-accepted', 'source-article-8');
  if (!applicable) reason('procedure-not-applicable', ...proc.citations);
  else if (!proc.qualifying)
    reason('procedure-not-qualifying', 'isa-tokutei-qa-2-1', 'source-article-2', ...proc.citations);
  const alreadyHolds = applicable && proc.issuesCard === 'only-with-request' && holdsSpecified;
  if (alreadyHolds) reason('already-holds-specified-card', 'immigration-act-19-15-2', 'source-article-7');
  if (stayExpired)
    reason('stay-expired', 'immigration-act-21', 'immigration-act-20-6', 'administrative-holidays-act-2');
  if (!s.requestSpecifiedCard) reason('not-requested', 'isa-tokutei-qa-1', 'source-article-1');
  const available = eligible && reasons.every((r) => r.code === 'eligible');
  if (eligible)
    reasons.unshift({ code: 'eligible', citations: cite(basis, 'isa-tokutei-qa-1', 'source-article-3') });
  fire('available', available, ['isa-tokutei-qa-2-1', 'source-article-2']);

  // — the card the holder walks away with —
  const ordinary = spr ? 'special-permanent-resident-certificate' : 'residence-card';
  const specified = spr ? 'specified-special-permanent-resident-certificate' : 'specified-residence-card';
  let card: Decision['cardToBeIssued'] = null;
  if (!applicable || proc.issuesCard === 'never' || stayExpired) card = null;
  else if (available) card = specified;
  else if (proc.issuesCard === 'only-with-request') card = null;
  else if (!mlt.value && !spr) {
    // the new status (change) or new period (extension) decides whether the holder becomes a 中長期在留者
    const canBecome =
      proc.code === 'change-of-status' ||
      (proc.code === 'extension-of-stay' && status.midLongTermPossible && mlt.why === 'three-months-or-less');
    if (canBecome) {
      card = 'residence-card';
      warn('card-depends-on-new-status', 'card-depends-on-new-status', 'immigration-act-19-3');
    }
  } else card = ordinary;
  fire('card-to-be-issued', card, card === specified ? [basis] : proc.citations);

  // — documents for the request (source article ④) —
  const documents: DocumentCode[] = [];
  if (available) {
    const photoTaken = s.photoWithProcedure ?? (proc.takesPhoto && !isChildCard(h.birthDate, s.asOf));
    fire('photo-with-procedure', photoTaken, ['source-article-4', 'isa-photo-rules']);
    documents.push('specified-card-application-form', 'pin-setting-form');
    if (!photoTaken) documents.push('photo');
  }

  // — earliest day the office accepts it —
  let earliestDate: IsoDate | null = null;
  let applicationWindowFrom: IsoDate | null = null;
  if (office !== null && !stayExpired) {
    let from = s.asOf;
    const requestViable =
      s.requestSpecifiedCard &&
      eligible &&
      applicable &&
      proc.qualifying &&
      s.channel === 'counter' &&
      !alreadyHolds;
    if (requestViable && from < COUNTERS_FROM) {
      from = COUNTERS_FROM;
      fire('counters-open-from', COUNTERS_FROM, [
        'isa-tokutei-start',
        'source-article-2',
        'source-article-faq',
      ]);
    }
    // ISA's extension practice ("概ね3か月前から", not a statutory window) is a warning with its own date; the
    // card-renewal window (rules.md §1.7) moves the earliest date
    if (
      proc.code === 'extension-of-stay' &&
      h.stayExpiry &&
      period &&
      isSixMonthsOrMore(period) &&
      !pendingStay
    ) {
      const opens = nextOpenDay(shiftMonthsClamped(h.stayExpiry, -3), 'immigration-bureau');
      fire('extension-window', opens, ['isa-extension-window']);
      if (opens > from) {
        applicationWindowFrom = opens;
        warn('before-application-window', 'application-window', 'isa-extension-window');
      }
    }
    if (proc.code === 'card-renewal' && h.cardExpiry) {
      const windowStart = shiftMonthsClamped(h.cardExpiry, age < 16 ? -6 : -2);
      fire('card-renewal-window', windowStart, ['isa-card-renewal-window', 'immigration-act-19-11']);
      if (windowStart > from) {
        from = windowStart;
        applicationWindowFrom = nextOpenDay(windowStart, office, muni);
        warn('before-application-window', 'application-window', 'isa-card-renewal-window');
      }
    }
    earliestDate = nextOpenDay(from, office, muni);
    fire(
      'earliest-open-day',
      earliestDate,
      office === 'municipality'
        ? ['local-autonomy-act-4-2', 'national-holidays-act']
        : ['administrative-holidays-act-1', 'national-holidays-act'],
    );
    if (office === 'municipality' && !muni)
      warn('municipality-open-days-vary', 'municipal-calendar', 'local-autonomy-act-4-2', 'source-article-2');
  }

  // — dates: lawful stay, 特例期間, card validity, My Number function —
  let specialPeriodUntil = stay.specialPeriodUntil;
  if (
    !specialPeriodUntil &&
    applicable &&
    extendsStay &&
    !stayExpired &&
    h.stayExpiry &&
    period &&
    !isThirtyDaysOrLess(period) &&
    !pendingStay
  )
    specialPeriodUntil = specialPeriodEnd(h.stayExpiry);
  fire('special-period', specialPeriodUntil, ['immigration-act-20-6', 'civil-code-143']);
  if (
    stay.why === 'permanent-residence' ||
    (proc.code === 'permanent-residence' && applicable && !indefinite)
  )
    warn('no-special-period-for-permanent-residence', 'special-period', 'immigration-act-20-6');
  if (stay.why === 'short-period')
    warn('no-special-period-short-stay', 'special-period', 'immigration-act-20-6');
  if (stay.why === 'filed-after-expiry')
    warn(
      'application-filed-after-expiry',
      'special-period',
      'immigration-act-20-6',
      'administrative-holidays-act-2',
    );
  if (stay.until && s.asOf > stay.until) warn('lawful-stay-ended', 'lawful-stay', 'immigration-act-20-6');

  let cardExpiry: IsoDate | null = null;
  if (card && earliestDate && !(card === 'residence-card' && !mlt.value && !spr)) {
    const v = cardValidity({
      status: h.status,
      birthDate: h.birthDate,
      issueDate: earliestDate,
      stayExpiry: proc.changesPeriod ? null : h.stayExpiry,
    });
    if (!(proc.changesPeriod && !indefinite) && proc.code !== 'permanent-residence') cardExpiry = v.expiry;
    fire(`card-validity:${v.rule}`, cardExpiry, v.citations);
    if (cardExpiry && (indefinite || spr))
      warn('dates-estimated-from-earliest-date', 'card-validity', ...v.citations);
  }

  const losesSpecified = proc.code === 'reissue-lost' || proc.code === 'return-specified-card';
  const issuesSpecified = card === specified;
  let myNumberFunctionExpiry: IsoDate | null = null;
  if (!losesSpecified || !applicable) {
    if (issuesSpecified && !holdsSpecified) {
      myNumberFunctionExpiry = indefinite ? cardExpiry : proc.changesPeriod ? null : h.stayExpiry;
    } else if (holdsSpecified) {
      myNumberFunctionExpiry = indefinite ? (issuesSpecified ? cardExpiry : h.cardExpiry) : h.stayExpiry;
    }
  }
  if (myNumberFunctionExpiry && issuesSpecified && cardExpiry && cardExpiry < myNumberFunctionExpiry)
    myNumberFunctionExpiry = cardExpiry; // the function lives on the card and ends with it
  fire('my-number-function-expiry', myNumberFunctionExpiry, ['isa-tokutei-qa-5-3', 'source-article-8']);
  if (
    (holdsSpecified || issuesSpecified) &&
    !indefinite &&
    !(losesSpecified && applicable) &&
    (stay.why === 'running' || (extendsStay && applicable))
  )
    warn(
      'my-number-function-not-extended-in-special-period',
      'my-number-function-expiry',
      'isa-tokutei-qa-5-3',
      'source-article-8',
    );

  // — warnings about the card choice —
  if (s.requestSpecifiedCard && proc.code === 'none')
    warn('not-standalone', 'not-standalone', 'isa-tokutei-qa-2-1', 'source-article-2', 'source-article-4');
  if (
    s.channel === 'online' &&
    applicable &&
    proc.issuesCard === 'always' &&
    (s.requestSpecifiedCard || holdsSpecified)
  )
    warn('online-issues-ordinary-card', 'online-channel', 'isa-tokutei-qa-5-2', 'source-article-8');
  if (proc.code === 'reissue-lost' && applicable && (holdsSpecified || s.requestSpecifiedCard))
    warn('lost-card-reissued-as-ordinary', 'loss', 'source-article-7');
  if (holdsSpecified && card === ordinary && !losesSpecified)
    warn('specified-card-not-continued', 'renewal-choice', 'source-article-7', 'isa-tokutei-qa-2-3');
  if (issuesSpecified)
    warn('driving-licence-not-carried-over', 'driving-licence', 'secondary-license-not-carried');
  if (proc.code === 'return-specified-card' && applicable)
    warn('two-cards-after-return', 'return', 'isa-tokutei-qa-2-3', 'source-article-7');

  // — steps —
  const steps: Decision['steps'] = [];
  const step = (code: StepCode, deadline: IsoDate | null, ...ids: string[]) => {
    steps.push({ code, deadline });
    fire(`step:${code}`, deadline, ids);
  };
  if (s.requestSpecifiedCard && proc.code === 'none')
    step('choose-accompanying-procedure', null, 'isa-tokutei-qa-2-1', 'source-article-2');
  if (proc.code === 'reissue-lost' && applicable && office) {
    step('police-report', null, 'immigration-act-19-12', 'source-article-7');
    if (holdsSpecified) step('suspend-my-number-functions', null, 'mynumber-call-centre', 'source-article-7');
    const deadline = s.lostOn ? nextOpenDay(addDays(s.lostOn, 14), office, muni) : null;
    step(
      'reissue-application',
      deadline,
      'immigration-act-19-12',
      'civil-code-140',
      'administrative-holidays-act-2',
    );
    if (deadline && s.asOf > deadline) warn('reissue-deadline-passed', 'loss', 'immigration-act-19-12');
    step('receive-ordinary-card', null, 'source-article-7');
    if (holdsSpecified || s.requestSpecifiedCard) step('switch-at-next-procedure', null, 'source-article-7');
  }
  if (proc.code === 'return-specified-card' && applicable) {
    step('return-card', null, 'immigration-act-19-14-15', 'source-article-7');
    step('receive-ordinary-card', null, 'isa-tokutei-qa-2-3', 'source-article-7');
    step('apply-my-number-card-at-municipality', null, 'source-article-1', 'source-article-7');
  }
  if (available) {
    const deadline =
      extendsStay && h.stayExpiry && !h.applicationPending ? filingDeadline(h.stayExpiry) : null;
    step('file-with-accompanying-procedure', deadline, 'isa-tokutei-qa-2-1', 'source-article-4');
  }

  // — obligations (入管法23条; 特例法17条) —
  const obligations: ObligationCode[] = [];
  if (spr) obligations.push('present-on-request');
  else if (mlt.value)
    obligations.push(
      ...(age >= 16 ? (['carry-card', 'present-on-request'] as const) : (['present-on-request'] as const)),
    );
  else
    obligations.push(
      ...(age >= 16
        ? (['carry-passport', 'present-on-request'] as const)
        : (['present-on-request'] as const)),
    );
  fire(
    'obligations',
    obligations.join(','),
    spr ? ['special-act-17'] : ['immigration-act-23', 'source-article-3'],
  );

  const decision: Decision = {
    asOf: s.asOf,
    specifiedCard: { eligible, available, reasons },
    office,
    cardToBeIssued: card,
    cardExpiry,
    documents,
    earliestDate,
    applicationWindowFrom,
    lawfulStayUntil: stay.until,
    specialPeriodUntil,
    myNumberFunctionExpiry,
    obligations,
    warnings,
    steps,
    trace,
    messages: {},
  };
  decision.messages = renderMessages(decision, s, options.langs ?? ['ja', 'en', 'ja-easy']);
  return decision;
}

/** Every citation a decision rests on, once each (for checklists). */
export function decisionCitations(d: Decision): Citation[] {
  const ids = new Set<string>();
  for (const r of d.specifiedCard.reasons) for (const c of r.citations) ids.add(c.id);
  for (const t of d.trace) for (const c of t.citations) ids.add(c);
  return cite(...ids);
}
