/**
 * The request's own papers (source ④; the planned 規則 for who files): the 特定在留カード等交付申請書, the
 * 暗証番号等の設定に関する書面, and a photo unless the accompanying procedure already takes one (bureau
 * procedures that issue a card take one from holders aged 16 or over; address notifications take none). A
 * relative or legal representative filing for someone under 16 adds papers proving the relationship.
 */
import { isChildCard } from '../card-validity.ts';
import type { CitationId } from '../citations.ts';
import type { DocumentCode } from '../codes.ts';
import type { Availability } from './availability.ts';
import type { Facts } from './facts.ts';
import type { Recorder } from './recorder.ts';

const PHOTO: readonly CitationId[] = ['source-article-4', 'isa-photo-rules'];

/** True when the accompanying procedure takes a photo itself (derived when the situation does not say). */
export function procedureTakesPhoto(f: Facts): boolean {
  return f.proc.takesPhoto && !isChildCard(f.h.birthDate, f.s.asOf);
}

/** The request's documents. */
export function requestDocuments(f: Facts, av: Availability, rec: Recorder): DocumentCode[] {
  if (!av.available) return [];
  const photoTaken = f.s.photoWithProcedure ?? procedureTakesPhoto(f);
  rec.fire('photo-with-procedure', photoTaken, PHOTO);
  const documents: DocumentCode[] = ['specified-card-application-form', 'pin-setting-form'];
  if (!photoTaken) documents.push('photo');
  if (f.s.filedBy === 'relative' || f.s.filedBy === 'legal-representative')
    documents.push('proof-of-relationship');
  return documents;
}
