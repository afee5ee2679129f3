/**
 * The accompanying procedure's own papers (`procedureDocuments`), so that a resident arrives with everything:
 * the row's list for the holder (入管特例法 forms for 特別永住者), the procedure's photo only from holders aged
 * 16 or over, the card only when there is one to present (otherwise the passport), the 転出証明書 only when
 * moving from another municipality (from abroad: the passport), and who files (relationship papers, the
 * 申請取次者証明書). Sources: ISA procedure pages (入管法施行規則 forms), 住基法22条 (転出証明書).
 */
import type { CitationId } from '../citations.ts';
import type { ProcedureDocumentCode } from '../procedures.ts';
import type { Applicability } from './applicability.ts';
import type { Eligibility } from './eligibility.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';
import { procedureTakesPhoto } from './request-documents.ts';
import type { StayStatus } from './stay-status.ts';

const DOCS: readonly CitationId[] = ['isa-procedure-documents', 'isa-photo-rules'];

/** The accompanying procedure's documents. */
export function procedureDocuments(
  f: Facts,
  e: Eligibility,
  a: Applicability,
  st: StayStatus,
  rec: Recorder,
): ProcedureDocumentCode[] {
  if (!a.applicable || st.tooLate !== null || f.proc.code === 'none') return [];
  const list = f.spr && f.proc.sprDocuments.length > 0 ? f.proc.sprDocuments : f.proc.documents;
  const out: ProcedureDocumentCode[] = [];
  const add = (d: ProcedureDocumentCode) => {
    if (!out.includes(d)) out.push(d);
  };
  const cardAtHand = f.holdsCard && !f.lost;
  for (const d of list) {
    if (d === 'procedure-photo' && !procedureTakesPhoto(f)) continue;
    if (d === 'residence-card' || d === 'special-permanent-resident-certificate') {
      add(cardAtHand ? d : 'passport');
      continue;
    }
    if (d === 'moving-out-certificate' && e.recordByFiling) {
      add('passport');
      continue;
    }
    add(d);
  }
  if (f.s.filedBy === 'relative' || f.s.filedBy === 'legal-representative') add('proof-of-relationship');
  if (f.s.filedBy === 'agent') add('agent-certificate');
  rec.fire('procedure-documents', out.join(','), DOCS);
  return out;
}
