/**
 * Deterministic random Situations (valid by construction) for property tests and the benchmark.
 * mulberry32 PRNG: the same seed gives the same situation on every machine.
 */
import { addDays, minDate } from '../src/date.ts';
import { isThreeMonthsOrLess, parsePeriod } from '../src/duration.ts';
import { PROCEDURE_CODES } from '../src/procedures.ts';
import type { SituationInput } from '../src/situation.ts';
import { FILED_BY, PENDING_KINDS } from '../src/situation.ts';
import { STATUS_CODES, statusInfo } from '../src/statuses.ts';

/** A seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERIODS = ['P5Y', 'P3Y', 'P1Y', 'P1Y3M', 'P6M', 'P4M', 'P3M', 'P30D', 'P90D', 'P15D', 'P2Y3M'];

/** One valid Situation from a seed. */
export function generateSituation(seed: number): SituationInput {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const day = (from: string, span: number) => addDays(from, Math.floor(r() * span));
  const asOf = day('2026-01-01', 900);
  const status = pick(STATUS_CODES);
  const info = statusInfo(status);
  const spr = status === 'special-permanent-resident';
  const indefinite = info.indefinite || ((status === 'diplomat' || status === 'none') && r() < 0.3);
  const periodOfStay = indefinite ? 'indefinite' : pick(PERIODS);
  const stayExpiry = indefinite || r() < 0.05 ? null : day(addDays(asOf, -60), 800);
  const birthDate = day('1950-01-01', 365 * 60);
  const period = periodOfStay === 'indefinite' ? null : parsePeriod(periodOfStay);
  const category =
    status === 'designated-activities' && r() < 0.3
      ? pick(['general', 'taiwan-japan-relations-office'] as const)
      : null;
  // a residence card belongs to a 中長期在留者 only; a 特定 card exists from the first counter day
  const cardHolder =
    info.midLongTermPossible &&
    category !== 'taiwan-japan-relations-office' &&
    !(period && isThreeMonthsOrLess(period, asOf));
  const specifiedPossible = asOf >= '2026-06-15';
  const cards = spr
    ? ([
        'none',
        'special-permanent-resident-certificate',
        ...(specifiedPossible ? (['specified-special-permanent-resident-certificate'] as const) : []),
      ] as const)
    : cardHolder
      ? ([
          'none',
          'residence-card',
          ...(specifiedPossible ? (['specified-residence-card'] as const) : []),
        ] as const)
      : (['none'] as const);
  const pendingKinds = PENDING_KINDS.filter(
    (k) =>
      !(indefinite && k === 'extension-of-stay') &&
      !(status === 'permanent-resident' && k === 'permanent-residence'),
  );
  const pending =
    r() < 0.2 && status !== 'none' && !spr
      ? { filedOn: addDays(asOf, -Math.floor(r() * 90)), kind: pick(pendingKinds) }
      : null;
  const procedure = pick(PROCEDURE_CODES);
  const born = minDate(birthDate, asOf);
  const lostOn =
    (procedure === 'reissue-lost' || procedure === 'move-in') && r() < 0.6
      ? addDays(asOf, -Math.floor(r() * 30))
      : null;
  return {
    asOf,
    holder: {
      status,
      periodOfStay,
      stayExpiry,
      birthDate: born,
      residentRecord: procedure === 'change-of-address' || r() < 0.85,
      card: pick(cards),
      applicationPending: pending,
      ...(category ? { designatedActivitiesCategory: category } : {}),
      ...(r() < 0.2 ? { myNumberCard: r() < 0.5 } : {}),
    },
    procedure,
    channel: r() < 0.2 ? 'online' : 'counter',
    requestSpecifiedCard: r() < 0.7,
    photoWithProcedure: r() < 0.3 ? null : r() < 0.5,
    lostOn,
    ...(lostOn && r() < 0.2 ? { reEntryDate: addDays(lostOn, Math.floor(r() * 20)) } : {}),
    ...(r() < 0.2 ? { movedOn: addDays(asOf, Math.floor(r() * 60) - 30) } : {}),
    ...(status === 'none' && r() < 0.5
      ? { causeDate: minDate(addDays(born, Math.floor(r() * 40)), asOf) }
      : {}),
    ...(r() < 0.15 ? { filedBy: pick(FILED_BY) } : {}),
    municipalityCode: r() < 0.3 ? '131016' : null,
  };
}
