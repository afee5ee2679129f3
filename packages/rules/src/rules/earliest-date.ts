/**
 * The earliest day the office accepts the filing: the next open day (national offices: 行政機関の休日に関する
 * 法律1条 and the 国民の祝日に関する法律; municipalities: their 条例, 地方自治法4条の2) on or after the day asked —
 * not before the counters open on 2026-06-15 for a request (source ②, FAQ), not before the move for a
 * 転入届・転居届・住居地届出, and not before the card-renewal window (2 months before the card expiry, 6 when it
 * ends at 16; 入管法19条の11). ISA's extension practice (from about 3 months before the expiry for periods of
 * 6 months or more) is not statutory: it is a warning with its own date, `applicationWindowFrom`.
 */
import { nextOpenDay, type Office } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import { type IsoDate, shiftMonthsClamped } from '../date.ts';
import type { DateBasisCode, WindowBasisCode } from '../decision.ts';
import { isSixMonthsOrMore } from '../duration.ts';
import { param, parameterCitations } from '../parameters.ts';
import type { Applicability } from './applicability.ts';
import type { Availability } from './availability.ts';
import type { Eligibility } from './eligibility.ts';
import { type Facts, municipalCalendar } from './facts.ts';
import type { ProcedureDeadline } from './procedure-deadline.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

/** The earliest date, the application window and what each rests on. */
export interface EarliestDate {
  earliestDate: IsoDate | null;
  basis: DateBasisCode | null;
  basisCitations: readonly CitationId[];
  applicationWindowFrom: IsoDate | null;
  windowBasis: WindowBasisCode | null;
  windowCitations: readonly CitationId[];
}

const MUNICIPAL_DAYS: readonly CitationId[] = ['local-autonomy-act-4-2', 'national-holidays-act'];
const NATIONAL_DAYS: readonly CitationId[] = ['administrative-holidays-act-1', 'national-holidays-act'];
const EXTENSION_WINDOW: readonly CitationId[] = ['isa-extension-window'];
const RENEWAL_WINDOW: readonly CitationId[] = ['isa-card-renewal-window', 'immigration-act-19-11'];
const RENEWAL_WINDOW_SPR: readonly CitationId[] = ['isa-card-renewal-window', 'special-act-12'];
const MOVED: readonly CitationId[] = [
  'residents-basic-act-22',
  'residents-basic-act-23',
  'immigration-act-19-9',
];
const MOVED_SPR: readonly CitationId[] = [
  'residents-basic-act-22',
  'residents-basic-act-23',
  'special-act-10',
];
const MUNICIPAL_VARY: readonly CitationId[] = ['local-autonomy-act-4-2', 'source-article-2'];
const MUNICIPALITY_CODE: readonly CitationId[] = ['municipality-code-check-digit', 'local-autonomy-act-4-2'];
const NONE: EarliestDate = {
  earliestDate: null,
  basis: null,
  basisCitations: [],
  applicationWindowFrom: null,
  windowBasis: null,
  windowCitations: [],
};

/** True when waiting for the first counter day still leaves the procedure within its own deadline. */
export function waitAllows(f: Facts, office: Office, pd: ProcedureDeadline): boolean {
  return pd.deadline === null || nextOpenDay(f.countersFrom, office) <= pd.deadline;
}

/** The open-day citations of an office. */
export function openDayCitations(office: string): readonly CitationId[] {
  return office === 'municipality' ? MUNICIPAL_DAYS : NATIONAL_DAYS;
}

/** Decides the earliest date. */
export function earliestDate(
  f: Facts,
  e: Eligibility,
  a: Applicability,
  st: StayStatus,
  av: Availability,
  pd: ProcedureDeadline,
  rec: Recorder,
): EarliestDate {
  const { s, h, proc } = f;
  const office = a.office;
  if (office === null || st.tooLate !== null) return NONE;
  const muni = municipalCalendar(f, office);
  let from = s.asOf;
  let basis: DateBasisCode = 'open-day';
  let basisCitations = openDayCitations(office);
  if (proc.startsOnMove && s.movedOn && s.movedOn > from) {
    from = s.movedOn;
    basis = 'moved-on';
    basisCitations = f.spr ? MOVED_SPR : MOVED;
    rec.fire('moved-on', s.movedOn, basisCitations);
  }
  const requestViable =
    s.requestSpecifiedCard &&
    e.eligible &&
    a.applicable &&
    proc.qualifying &&
    s.channel === 'counter' &&
    !av.alreadyHolds;
  // waiting for the counters is no use when the procedure's own deadline comes first
  if (requestViable && from < f.countersFrom && waitAllows(f, office, pd)) {
    from = f.countersFrom;
    basis = 'counters-open';
    basisCitations = parameterCitations('counters-open-from');
    rec.fire('counters-open-from', f.countersFrom, basisCitations);
  }
  let applicationWindowFrom: IsoDate | null = null;
  let windowBasis: WindowBasisCode | null = null;
  let windowCitations: readonly CitationId[] = [];
  if (proc.applies === 'fixed-period' && proc.extendsStay && h.stayExpiry && f.period && !f.pendingStay) {
    if (isSixMonthsOrMore(f.period, s.asOf)) {
      const opens = nextOpenDay(
        shiftMonthsClamped(h.stayExpiry, -param('extension-window-months', s.asOf)),
        'immigration-bureau',
      );
      rec.fire('extension-window', opens, EXTENSION_WINDOW);
      if (opens > from) {
        applicationWindowFrom = opens;
        windowBasis = 'extension-practice';
        windowCitations = EXTENSION_WINDOW;
        rec.warn('before-application-window', EXTENSION_WINDOW);
      }
    } else rec.fire('extension-window', null, EXTENSION_WINDOW); // periods under 6 months: no practice window
  }
  if (proc.deadline?.kind === 'by-card-expiry' && h.cardExpiry) {
    const months =
      f.age < param('child-card-age', s.asOf)
        ? param('card-renewal-window-months-at-sixteen', s.asOf)
        : param('card-renewal-window-months', s.asOf);
    const windowStart = shiftMonthsClamped(h.cardExpiry, -months);
    const ids = f.spr ? RENEWAL_WINDOW_SPR : RENEWAL_WINDOW;
    rec.fire('card-renewal-window', windowStart, ids);
    if (windowStart > from) {
      from = windowStart;
      basis = 'application-window';
      basisCitations = ids;
      applicationWindowFrom = nextOpenDay(windowStart, office, muni);
      windowBasis = 'card-renewal-window';
      windowCitations = ids;
      rec.warn('before-application-window', ids);
    }
  }
  const earliest = nextOpenDay(from, office, muni);
  rec.fire('earliest-open-day', earliest, openDayCitations(office));
  if (office === 'municipality' && s.municipalityCode)
    rec.fire('municipal-calendar', muni ? s.municipalityCode : null, MUNICIPALITY_CODE);
  if (office === 'municipality' && !muni) rec.warn('municipality-open-days-vary', MUNICIPAL_VARY);
  return {
    earliestDate: earliest,
    basis,
    basisCitations,
    applicationWindowFrom,
    windowBasis,
    windowCitations,
  };
}
