/**
 * The accompanying procedure's own deadline (item 16 of the second pass): 14 days from the move for the
 * 転入届・転居届 and the 住居地届出 (住基法22条・23条・30条の46, 入管法19条の7・19条の9; 入管特例法10条), 14 days
 * from the change for other particulars (入管法19条の10, 入管特例法11条), 30 days from the cause for the
 * 在留資格取得 (入管法22条の2), by the expiry for an extension or change (入管法20条・21条) and by the card's
 * expiry for its renewal (入管法19条の11, 入管特例法12条), and 14 days from learning of a loss — from the
 * re-entry when it was learned abroad (入管法19条の12第1項, 入管特例法13条). The first day is not counted (民法
 * 140条) and a deadline on a closed day moves to the next open day (行政機関の休日に関する法律2条; for
 * municipalities 地方自治法4条の2).
 */
import { nextOpenDay, type Office } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import { addDays, type IsoDate, maxDate } from '../date.ts';
import { param, parameterCitations } from '../parameters.ts';
import type { Applicability } from './applicability.ts';
import { type Facts, forHolder, municipalCalendar } from './facts.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

/** A deadline and what it rests on. */
export interface ProcedureDeadline {
  /** The procedure's own last day, when it can be known. */
  deadline: IsoDate | null;
  /** For a lost card: the last day of the re-issue application. */
  reissueDeadline: IsoDate | null;
  citations: readonly CitationId[];
}

const BUREAU_DAYS: readonly CitationId[] = ['civil-code-140', 'administrative-holidays-act-2'];
const MUNICIPAL_DAYS: readonly CitationId[] = ['civil-code-140', 'local-autonomy-act-4-2'];

/** The day-count citations for an office. */
export function closedDayCitations(office: Office): readonly CitationId[] {
  return office === 'municipality' ? MUNICIPAL_DAYS : BUREAU_DAYS;
}

/** The last day of a re-issue after a loss (from the re-entry when learned abroad), or null. */
export function reissueDeadline(f: Facts, office: Office): IsoDate | null {
  const { s } = f;
  if (!s.lostOn) return null;
  const from = s.reEntryDate ? maxDate(s.lostOn, s.reEntryDate) : s.lostOn;
  return nextOpenDay(addDays(from, param('reissue-lost-days', from)), office, municipalCalendar(f, office));
}

/** Decides the procedure's deadline. */
export function procedureDeadline(
  f: Facts,
  a: Applicability,
  st: StayStatus,
  rec: Recorder,
): ProcedureDeadline {
  const { proc, s, h } = f;
  const office = a.office;
  let deadline: IsoDate | null = null;
  let citations: readonly CitationId[] = [];
  const lostDeadline = office && proc.reissuesLostCard ? reissueDeadline(f, office) : null;
  const rule = proc.deadline;
  if (office && rule) {
    const muni = municipalCalendar(f, office);
    if (rule.kind === 'by-stay-expiry') {
      if (!f.pendingStay && st.filingDeadline) {
        deadline = st.filingDeadline;
        citations = [...a.citations, 'administrative-holidays-act-2'];
      }
    } else if (rule.kind === 'by-card-expiry') {
      if (h.cardExpiry) {
        deadline = nextOpenDay(h.cardExpiry, office, muni);
        citations = [...a.citations, closedDayCitations(office)[1] as CitationId];
      }
    } else {
      const from = rule.from === 'moved-on' ? s.movedOn : (st.causeDate ?? s.causeDate);
      if (from) {
        deadline = nextOpenDay(addDays(from, param(rule.days, from)), office, muni);
        citations = forHolder(f, [...parameterCitations(rule.days), ...closedDayCitations(office)]);
      }
    }
  }
  if (deadline) rec.fire('procedure-deadline', deadline, citations);
  return { deadline, reissueDeadline: lostDeadline, citations };
}
