/**
 * What the holder should know about the card choice (source ②⑦⑧, ISA Q2-1, Q2-3, Q5-2): the request never
 * stands alone; online, the system issues an ordinary card (only where it takes the procedure at all); a lost
 * card comes back ordinary; an ordinary card ends a held 特定 card's My Number function; a driving licence on a
 * My Number card is not carried over (only said to holders of one); returning gives two cards again; before
 * the start date, waiting for 2026-06-15 allows the request; for a child, a parent or cohabiting relative
 * files (the planned 規則, 入管法61条の9の3).
 */

import { nextOpenDay } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import type { IsoDate } from '../date.ts';
import { param } from '../parameters.ts';
import type { Applicability } from './applicability.ts';
import type { Availability } from './availability.ts';
import type { CardOutcome } from './card-to-be-issued.ts';
import { waitAllows } from './earliest-date.ts';
import type { Facts } from './facts.ts';
import type { ProcedureDeadline } from './procedure-deadline.ts';
import type { Recorder } from './recorder.ts';

const STANDALONE: readonly CitationId[] = [
  'isa-tokutei-qa-2-1',
  'source-article-2',
  'source-article-4',
  'source-article-faq',
];
const ONLINE: readonly CitationId[] = ['isa-tokutei-qa-5-2', 'source-article-8'];
const LOST: readonly CitationId[] = ['source-article-7'];
const NOT_CONTINUED: readonly CitationId[] = ['source-article-7', 'isa-tokutei-qa-2-3'];
const LICENCE: readonly CitationId[] = ['secondary-license-not-carried'];
const RETURN: readonly CitationId[] = ['isa-tokutei-qa-2-3', 'source-article-7'];
const WAIT: readonly CitationId[] = ['isa-tokutei-start', 'source-article-2', 'source-article-faq'];
const CHILD: readonly CitationId[] = ['secondary-planned-rules-appearance', 'immigration-act-61-9-3'];

/** Adds the warnings about the card choice. */
export function cardChoiceWarnings(
  f: Facts,
  a: Applicability,
  av: Availability,
  c: CardOutcome,
  pd: ProcedureDeadline,
  rec: Recorder,
): void {
  const { s, proc, h } = f;
  if (s.requestSpecifiedCard && proc.code === 'none') rec.warn('not-standalone', STANDALONE);
  if (
    s.channel === 'online' &&
    a.applicable &&
    proc.issuesCard === 'always' &&
    (s.requestSpecifiedCard || f.holdsSpecified)
  )
    rec.warn('online-issues-ordinary-card', ONLINE);
  if (proc.reissuesLostCard && a.applicable && (f.holdsSpecified || s.requestSpecifiedCard))
    rec.warn('lost-card-reissued-as-ordinary', LOST);
  // at every procedure that issues a card, a 特定 holder chooses again: specified or ordinary (source ⑦)
  if (f.holdsSpecified && c.card !== null) rec.fire('renewal-choice', c.specified, NOT_CONTINUED);
  if (
    f.holdsSpecified &&
    c.card === c.ordinary &&
    !proc.endsSpecifiedCard &&
    !rec.has('my-number-function-ended')
  )
    rec.warn('specified-card-not-continued', NOT_CONTINUED);
  if (c.specified && (f.holdsSpecified || h.myNumberCard === true))
    rec.warn('driving-licence-not-carried-over', LICENCE);
  if (proc.applies === 'holds-specified' && proc.endsSpecifiedCard && a.applicable)
    rec.warn('two-cards-after-return', RETURN);
  if (av.onlyStartDate && a.office && waitAllows(f, a.office, pd)) rec.warn('wait-for-start-date', WAIT);
  if (a.applicable && proc.code !== 'none' && f.age < param('personal-appearance-exempt-under-age', s.asOf))
    rec.warn('child-filed-by-representative', CHILD);
}
