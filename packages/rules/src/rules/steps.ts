/**
 * What to do, in order, with deadlines: choose an accompanying procedure (the request never stands alone);
 * after a loss the police report, the suspension of the My Number functions, the re-issue within 14 days
 * (入管法19条の12, 入管特例法13条) and the later switch (source ⑦); a lost card before a 転入届 means the
 * re-issue first and the address notification with the new card (入管法19条の9第3項); the return (source ⑦,
 * ISA Q2-3); filing the request with the procedure, or the procedure by its own deadline; after a closed-day
 * expiry, the extension at the bureau by the next open day; after the stay ended, the bureau.
 */
import type { CitationId } from '../citations.ts';
import type { Applicability } from './applicability.ts';
import type { Availability } from './availability.ts';
import type { Facts } from './facts.ts';
import type { ProcedureDeadline } from './procedure-deadline.ts';
import { reissueDeadline } from './procedure-deadline.ts';
import type { Recorder } from './recorder.ts';
import type { StayStatus } from './stay-status.ts';

const CHOOSE: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'source-article-2'];
const POLICE: readonly CitationId[] = ['immigration-act-19-12', 'source-article-7'];
const POLICE_SPR: readonly CitationId[] = ['special-act-13', 'source-article-7'];
const SUSPEND: readonly CitationId[] = ['mynumber-call-centre', 'source-article-7'];
const REISSUE: readonly CitationId[] = [
  'immigration-act-19-12',
  'civil-code-140',
  'administrative-holidays-act-2',
];
const REISSUE_SPR: readonly CitationId[] = ['special-act-13', 'civil-code-140', 'local-autonomy-act-4-2'];
const ORDINARY: readonly CitationId[] = ['source-article-7'];
const RETURN: readonly CitationId[] = ['immigration-act-19-14-15', 'source-article-7'];
const RETURN_SPR: readonly CitationId[] = ['special-act-15-16', 'source-article-7'];
const RETURN_ORDINARY: readonly CitationId[] = ['isa-tokutei-qa-2-3', 'source-article-7'];
const MY_NUMBER_CARD: readonly CitationId[] = ['source-article-1', 'source-article-7'];
const FILE_WITH: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'source-article-4'];
const CLOSED_DAY: readonly CitationId[] = [
  'administrative-holidays-act-2',
  'immigration-act-21',
  'immigration-act-20',
];
const LATER: readonly CitationId[] = ['isa-tokutei-qa-2-1', 'immigration-act-19-3'];
const OVERSTAY: readonly CitationId[] = ['immigration-act-21', 'immigration-act-20-6'];
const ACQUISITION_LATE: readonly CitationId[] = ['immigration-act-22-2'];
const WITH_NEW_CARD: readonly CitationId[] = ['immigration-act-19-9-3'];
const WITH_NEW_CARD_SPR: readonly CitationId[] = ['special-act-10'];

/** Adds the steps. */
export function steps(
  f: Facts,
  a: Applicability,
  st: StayStatus,
  av: Availability,
  pd: ProcedureDeadline,
  rec: Recorder,
): void {
  const { s, proc } = f;
  const office = a.office;
  if (s.requestSpecifiedCard && proc.code === 'none') rec.step('choose-accompanying-procedure', null, CHOOSE);
  if (proc.reissuesLostCard && a.applicable && office) {
    rec.step('police-report', null, f.spr ? POLICE_SPR : POLICE);
    if (f.holdsSpecified) rec.step('suspend-my-number-functions', null, SUSPEND);
    rec.step('reissue-application', pd.reissueDeadline, f.spr ? REISSUE_SPR : REISSUE);
    if (pd.reissueDeadline && s.asOf > pd.reissueDeadline)
      rec.warn('reissue-deadline-passed', f.spr ? POLICE_SPR : POLICE);
    rec.step('receive-ordinary-card', null, ORDINARY);
    if (f.holdsSpecified || s.requestSpecifiedCard) rec.step('switch-at-next-procedure', null, ORDINARY);
  }
  // a lost card cannot be presented with the 転入届: re-issue first, then notify the address with the new card
  if (proc.requiresCardPresented && f.lost && a.applicable) {
    rec.step('police-report', null, f.spr ? POLICE_SPR : POLICE);
    if (f.holdsSpecified) rec.step('suspend-my-number-functions', null, SUSPEND);
    rec.step(
      'reissue-application',
      reissueDeadline(f, f.spr ? 'municipality' : 'immigration-bureau'),
      f.spr ? REISSUE_SPR : REISSUE,
    );
    rec.step('notify-address-with-new-card', pd.deadline, f.spr ? WITH_NEW_CARD_SPR : WITH_NEW_CARD);
  }
  if (proc.applies === 'holds-specified' && proc.endsSpecifiedCard && a.applicable) {
    rec.step('return-card', null, f.spr ? RETURN_SPR : RETURN);
    rec.step('receive-ordinary-card', null, RETURN_ORDINARY);
    rec.step('apply-my-number-card-at-municipality', null, MY_NUMBER_CARD);
  }
  if (av.available) rec.step('file-with-accompanying-procedure', pd.deadline, FILE_WITH);
  else if (a.applicable && st.tooLate === null && pd.deadline && !(proc.requiresCardPresented && f.lost))
    rec.step('file-procedure', pd.deadline, pd.citations);
  if (pd.deadline && s.asOf > pd.deadline && st.tooLate === null && a.applicable)
    rec.warn('procedure-deadline-passed', pd.citations);
  if (st.timelyWindow && !proc.extendsStay)
    rec.step('file-extension-at-bureau', st.filingDeadline, CLOSED_DAY);
  if (
    s.requestSpecifiedCard &&
    !av.available &&
    a.applicable &&
    proc.applies === 'no-status' &&
    st.tooLate === null
  )
    rec.step('switch-at-next-procedure', null, LATER);
  if ((st.tooLate !== null || st.ended) && !st.timelyWindow)
    rec.step(
      'consult-bureau-about-overstay',
      null,
      st.tooLate === 'filing-deadline-passed' ? ACQUISITION_LATE : OVERSTAY,
    );
}
