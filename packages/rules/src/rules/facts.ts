/**
 * The facts of a situation every rule unit may read, computed once per decision: the status and procedure
 * rows, the holder's age, card and period. No legal conclusion is drawn here; the units draw them.
 */
import type { MunicipalityCalendar, MunicipalityCalendars } from '../calendar.ts';
import type { CitationId } from '../citations.ts';
import { ageOn, type IsoDate } from '../date.ts';
import { type Period, parsePeriod } from '../duration.ts';
import { param } from '../parameters.ts';
import { type ProcedureInfo, procedureInfo } from '../procedures.ts';
import type { Situation } from '../situation.ts';
import { type StatusInfo, statusInfo } from '../statuses.ts';

/** What every unit may read. */
export interface Facts {
  s: Situation;
  h: Situation['holder'];
  status: StatusInfo;
  proc: ProcedureInfo;
  /** 特別永住者 (入管特例法; certificate procedures at the municipality). */
  spr: boolean;
  /** Age on the day asked. */
  age: number;
  /** Holds a 特定在留カード / 特定特別永住者証明書 now. */
  holdsSpecified: boolean;
  /** Holds a card (or certificate) now. */
  holdsCard: boolean;
  indefinite: boolean;
  period: Period | null;
  /** A pending extension or change (a permanent-residence application runs no 特例期間). */
  pendingStay: boolean;
  /** The card is lost (`lostOn` given). */
  lost: boolean;
  /** The first counter day of the system. */
  countersFrom: IsoDate;
  calendars: MunicipalityCalendars | undefined;
}

/** The holder's municipality calendar, when the office is the municipality and one is configured. */
export function municipalCalendar(f: Facts, office: string | null): MunicipalityCalendar | undefined {
  if (office !== 'municipality' || !f.s.municipalityCode) return undefined;
  return f.calendars?.[f.s.municipalityCode];
}

/** Computes the facts of a situation. */
export function factsOf(s: Situation, calendars?: MunicipalityCalendars): Facts {
  const h = s.holder;
  const indefinite = h.periodOfStay === 'indefinite';
  return {
    s,
    h,
    status: statusInfo(h.status),
    proc: procedureInfo(s.procedure),
    spr: h.status === 'special-permanent-resident',
    age: ageOn(h.birthDate, s.asOf),
    holdsSpecified:
      h.card === 'specified-residence-card' || h.card === 'specified-special-permanent-resident-certificate',
    holdsCard: h.card !== 'none',
    indefinite,
    period: indefinite ? null : parsePeriod(h.periodOfStay),
    pendingStay: h.applicationPending !== null && h.applicationPending.kind !== 'permanent-residence',
    lost: s.lostOn !== null,
    countersFrom: param('counters-open-from', s.asOf),
    calendars,
  };
}

const sprCache = new WeakMap<readonly CitationId[], readonly CitationId[]>();

/**
 * The citations as they apply to the holder: for a 特別永住者 the 入管法 provisions give way to the 入管特例法
 * ones that the same list carries (a 特別永住者証明書 is not governed by the 入管法 card provisions).
 */
export function forHolder(f: Facts, ids: readonly CitationId[]): readonly CitationId[] {
  if (!f.spr) return ids;
  let hit = sprCache.get(ids);
  if (!hit) {
    const kept = ids.filter((id) => !id.startsWith('immigration-act'));
    hit = kept.length > 0 ? kept : ids;
    sprCache.set(ids, hit);
  }
  return hit;
}
