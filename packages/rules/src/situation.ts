/**
 * The Situation: the public input contract of `decide()` and `zairyu guide --json`. One zod schema is the
 * validator, the source of docs/schemas/situation.schema.json and — through `z.output` — the `Situation`
 * type itself, so the two cannot drift. Situations that contradict themselves (a 短期滞在 holding a residence
 * card, a 特定 card before the system starts …) are refused with `inconsistent`, naming the fields.
 */
import { z } from 'zod';
import { isIsoDate } from './date.ts';
import { DURATION_PATTERN, isThreeMonthsOrLess, parsePeriod } from './duration.ts';
import { isValidMunicipalityCode } from './municipality-code.ts';
import { param } from './parameters.ts';
import { PROCEDURE_CODES, procedureInfo } from './procedures.ts';
import { allowsIndefinite, STATUS_CODES, statusInfo } from './statuses.ts';

/** Cards a holder can have (and can be issued). */
export const CARD_KINDS = [
  'none',
  'residence-card',
  'specified-residence-card',
  'special-permanent-resident-certificate',
  'specified-special-permanent-resident-certificate',
] as const;

/** A card kind of the public contract. */
export type CardKind = (typeof CARD_KINDS)[number];

/** Kinds of a pending application that can create a 特例期間 (or, for permanent residence, not). */
export const PENDING_KINDS = ['extension-of-stay', 'change-of-status', 'permanent-residence'] as const;

/** Who files the procedure: the holder, a legal representative (parent), a relative, or an agent (申請取次). */
export const FILED_BY = ['self', 'legal-representative', 'relative', 'agent'] as const;

/** 特定活動 categories that matter to 中長期在留者 status (入管法19条の3第4号). */
export const DESIGNATED_ACTIVITIES_CATEGORIES = [
  'general',
  'taiwan-japan-relations-office',
  'palestine-general-delegation',
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'not a calendar date' })
  .meta({ format: 'date' });

const holder = z
  .object({
    status: z
      .enum(STATUS_CODES)
      .meta({ description: 'Status of residence (在留資格), or special-permanent-resident, or none' }),
    periodOfStay: z
      .union([
        z.literal('indefinite'),
        z.string().regex(new RegExp(DURATION_PATTERN), {
          error: 'expected an ISO 8601 duration such as P1Y3M, or "indefinite"',
        }),
      ])
      .meta({ description: '在留期間 granted: ISO 8601 duration (P5Y, P1Y3M, P6M, P30D) or "indefinite"' }),
    stayExpiry: isoDate
      .nullable()
      .default(null)
      .meta({ description: '在留期間の満了日; null when indefinite or unknown' }),
    birthDate: isoDate,
    residentRecord: z.boolean().meta({ description: 'Recorded in the 住民基本台帳' }),
    card: z.enum(CARD_KINDS).meta({ description: 'The card the holder has now' }),
    applicationPending: z
      .object({ filedOn: isoDate, kind: z.enum(PENDING_KINDS) })
      .strict()
      .nullable()
      .default(null)
      .meta({ description: 'An application already filed and not yet decided' }),
    cardExpiry: isoDate.nullable().default(null).meta({
      description:
        'Optional: 有効期間の満了日 of the current card (card-renewal window; a renewed 特別永住者証明書 counts from it)',
    }),
    designatedActivitiesCategory: z.enum(DESIGNATED_ACTIVITIES_CATEGORIES).nullable().default(null).meta({
      description: 'Optional, for designated-activities: the office-staff categories are not 中長期在留者',
    }),
    myNumberCard: z.boolean().nullable().default(null).meta({
      description:
        'Optional: holds a separate My Number card (two-card holders); null when not said. A 特定 card holder needs not say',
    }),
  })
  .strict();

const bad = (ctx: z.RefinementCtx, path: (string | number)[], message: string, fields: string[]) =>
  ctx.addIssue({ code: 'custom', path, message, params: { code: 'inconsistent', fields } });

const RESIDENCE_CARDS = new Set<string>(['residence-card', 'specified-residence-card']);
const SPR_CARDS = new Set<string>([
  'special-permanent-resident-certificate',
  'specified-special-permanent-resident-certificate',
]);

/** Reports one contradiction: the path of the field, a detail, and the other fields it contradicts. */
type Report = (path: (string | number)[], message: string, fields: string[]) => void;

/** The checks that need several fields at once (the schema's refinement and the fast path share them). */
function consistency(s: SituationShape, report: Report): void {
  const h = s.holder;
  if (h.birthDate > s.asOf) report(['holder', 'birthDate'], 'birthDate is after asOf', ['asOf']);
  if (h.applicationPending && h.applicationPending.filedOn > s.asOf)
    report(['holder', 'applicationPending', 'filedOn'], 'filedOn is after asOf', ['asOf']);
  if (s.lostOn && s.lostOn > s.asOf) report(['lostOn'], 'lostOn is after asOf', ['asOf']);
  if (s.causeDate && s.causeDate > s.asOf) report(['causeDate'], 'causeDate is after asOf', ['asOf']);
  if (s.causeDate && s.causeDate < h.birthDate)
    report(['causeDate'], 'causeDate is before the birth date', ['holder.birthDate']);
  if (s.reEntryDate && s.lostOn && s.reEntryDate < s.lostOn)
    report(['reEntryDate'], 'the re-entry is before the loss became known: the loss was not learned abroad', [
      'lostOn',
    ]);
  const info = statusInfo(h.status);
  if (h.periodOfStay === 'indefinite' && !allowsIndefinite(h.status))
    report(['holder', 'periodOfStay'], `${h.status} has a fixed period of stay, not "indefinite"`, [
      'holder.status',
    ]);
  if (info.indefinite && h.periodOfStay !== 'indefinite')
    report(['holder', 'periodOfStay'], `${h.status} has no period of stay: use "indefinite"`, [
      'holder.status',
    ]);
  const spr = h.status === 'special-permanent-resident';
  if (spr && RESIDENCE_CARDS.has(h.card))
    report(['holder', 'card'], 'a special permanent resident holds a certificate, not a residence card', [
      'holder.status',
    ]);
  if (!spr && SPR_CARDS.has(h.card))
    report(
      ['holder', 'card'],
      'only a special permanent resident holds a special permanent resident certificate',
      ['holder.status'],
    );
  if (h.designatedActivitiesCategory && h.status !== 'designated-activities')
    report(['holder', 'designatedActivitiesCategory'], 'only for status designated-activities', [
      'holder.status',
    ]);
  // a residence card belongs to a 中長期在留者 only (入管法19条の3; it lapses when that ends, 19条の14)
  if (RESIDENCE_CARDS.has(h.card)) {
    const period = h.periodOfStay === 'indefinite' ? null : parsePeriod(h.periodOfStay);
    const why =
      h.status === 'none'
        ? 'someone without a status of residence'
        : !info.midLongTermPossible
          ? `a holder of ${h.status}`
          : h.designatedActivitiesCategory === 'taiwan-japan-relations-office' ||
              h.designatedActivitiesCategory === 'palestine-general-delegation'
            ? 'office staff in designated activities'
            : period && isThreeMonthsOrLess(period, s.asOf)
              ? 'a holder of a period of stay of 3 months or less'
              : null;
    if (why)
      report(['holder', 'card'], `${why} holds no residence card (入管法19条の3)`, [
        'holder.status',
        'holder.periodOfStay',
      ]);
  }
  if (h.card.startsWith('specified') && s.asOf < param('counters-open-from', s.asOf))
    report(['holder', 'card'], `no specified card is issued before ${param('counters-open-from', s.asOf)}`, [
      'asOf',
    ]);
  if (h.cardExpiry && h.card === 'none')
    report(['holder', 'cardExpiry'], 'cardExpiry is given but the holder has no card', ['holder.card']);
  const pending = h.applicationPending;
  if (pending) {
    if (h.status === 'none' || spr)
      report(
        ['holder', 'applicationPending'],
        `${h.status === 'none' ? 'someone without a status' : 'a special permanent resident'} has no pending stay application`,
        ['holder.status'],
      );
    else if (pending.kind === 'extension-of-stay' && h.periodOfStay === 'indefinite')
      report(['holder', 'applicationPending', 'kind'], 'an indefinite stay is not extended', [
        'holder.periodOfStay',
      ]);
    else if (pending.kind === 'permanent-residence' && h.status === 'permanent-resident')
      report(['holder', 'applicationPending', 'kind'], 'a permanent resident does not apply for it again', [
        'holder.status',
      ]);
  }
  if (procedureInfo(s.procedure).needsResidentRecord && !h.residentRecord)
    report(['procedure'], 'a 転居届 needs a resident record in the municipality', ['holder.residentRecord']);
}

/** The Situation's fields, before the checks that need several of them. */
const SituationObject = z
  .object({
    asOf: isoDate.meta({ description: 'The day the question is asked (Japan time)' }),
    holder,
    procedure: z.enum(PROCEDURE_CODES).meta({ description: 'The procedure the request would accompany' }),
    channel: z.enum(['counter', 'online']),
    requestSpecifiedCard: z
      .boolean()
      .meta({ description: 'Whether the holder asks for a 特定在留カード / 特定特別永住者証明書' }),
    photoWithProcedure: z.boolean().nullable().default(null).meta({
      description:
        'The accompanying procedure already takes a photo; derived from the procedure and age when absent',
    }),
    lostOn: isoDate.nullable().default(null).meta({
      description:
        'The day the loss became known (reissue-lost); with a 転入届 or 転居届 it says the card is lost',
    }),
    reEntryDate: isoDate.nullable().default(null).meta({
      description:
        'Loss learned abroad: the day of re-entry, from which the 14 days run (入管法19条の12第1項括弧書)',
    }),
    causeDate: isoDate.nullable().default(null).meta({
      description:
        'The day of the cause: birth or loss of Japanese nationality (acquisition-of-status; default the birth date), or of the changed name or nationality (change-of-particulars)',
    }),
    movedOn: isoDate.nullable().default(null).meta({
      description:
        'The day of the move (move-in, change-of-address, first-address); may lie in the future: the earliest day and the 14-day deadline follow from it',
    }),
    filedBy: z.enum(FILED_BY).default('self').meta({
      description:
        'Who files: the holder (default), a legal representative, a relative, or an agent (申請取次)',
    }),
    municipalityCode: z
      .string()
      .regex(/^\d{6}$/, { error: 'expected a 6-digit 全国地方公共団体コード' })
      .refine(isValidMunicipalityCode, {
        error: 'check digit or prefecture of the 全国地方公共団体コード is wrong',
      })
      .nullable()
      .default(null)
      .meta({ description: '全国地方公共団体コード; selects that municipality\u2019s open days' }),
  })
  .strict();

type SituationShape = z.output<typeof SituationObject>;

/** zod schema of the Situation (input). */
export const SituationSchema = SituationObject.superRefine((s, ctx) =>
  consistency(s, (path, message, fields) => bad(ctx, path, message, fields)),
);

/** The Situation as written by callers. */
export type SituationInput = z.input<typeof SituationSchema>;

/** The Situation after validation, with optional fields filled in (derived from the schema). */
export type Situation = z.output<typeof SituationSchema>;

/** Who files a procedure. */
export type FiledBy = (typeof FILED_BY)[number];

/** One thing wrong with an input, with the path of the field. */
export interface InputIssue {
  /** Dotted path, e.g. `holder.status` (`` for the whole document). */
  path: string;
  /** Stable code: required, invalid-type, invalid-value, invalid-format, invalid-date, unknown-field, inconsistent. */
  code: string;
  /** English detail for developers; user-facing text comes from the catalogs by `code`. */
  detail: string;
  /** For `inconsistent`: the other fields the value contradicts. */
  fields?: string[];
}

/** Result of {@link parseSituation}: the value, or every issue found. */
export type ParseResult = { ok: true; value: Situation } | { ok: false; issues: InputIssue[] };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function issueCode(i: z.core.$ZodIssue, input: unknown): string {
  if (i.code !== 'custom' && i.code !== 'unrecognized_keys' && valueAt(input, i.path) === undefined)
    return 'required';
  switch (i.code) {
    case 'invalid_type':
      return 'invalid-type';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_union':
    case 'invalid_format':
      return 'invalid-format';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom': {
      const c = (i.params as { code?: string } | undefined)?.code;
      return c ?? (i.message === 'not a calendar date' ? 'invalid-date' : 'invalid-value');
    }
    default:
      return 'invalid-value';
  }
}

const TOP_KEYS = new Set(Object.keys(SituationObject.shape));
const HOLDER_KEYS = new Set(Object.keys(holder.shape));
const STATUSES = new Set<string>(STATUS_CODES);
const CARDS = new Set<string>(CARD_KINDS);
const PROCEDURES = new Set<string>(PROCEDURE_CODES);
const PENDING = new Set<string>(PENDING_KINDS);
const FILERS = new Set<string>(FILED_BY);
const CATEGORIES = new Set<string>(DESIGNATED_ACTIVITIES_CATEGORIES);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = new RegExp(DURATION_PATTERN);
const CODE = /^\d{6}$/;

type Plain = Record<string, unknown>;
const isPlain = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && DATE.test(x) && isIsoDate(x);
/** An optional nullable date: its value, or `false` when it is not one. */
const optDate = (x: unknown): string | null | false =>
  x === undefined || x === null ? null : isDate(x) ? x : false;
const optBool = (x: unknown): boolean | null | undefined =>
  x === undefined || x === null ? null : typeof x === 'boolean' ? x : undefined;

function onlyKeys(o: Plain, keys: Set<string>): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

/**
 * The common case without zod: a well-formed, consistent situation gives the same value as the schema (a
 * test compares the two); anything unusual returns null and the schema decides, with its issues.
 */
export function fastParse(input: unknown): Situation | null {
  if (!isPlain(input) || !onlyKeys(input, TOP_KEYS)) return null;
  const h = input.holder;
  if (!isPlain(h) || !onlyKeys(h, HOLDER_KEYS)) return null;
  const { asOf, procedure, channel, requestSpecifiedCard, filedBy, municipalityCode } = input;
  if (!isDate(asOf) || typeof procedure !== 'string' || !PROCEDURES.has(procedure)) return null;
  if ((channel !== 'counter' && channel !== 'online') || typeof requestSpecifiedCard !== 'boolean')
    return null;
  if (filedBy !== undefined && (typeof filedBy !== 'string' || !FILERS.has(filedBy))) return null;
  let code: string | null = null;
  if (municipalityCode !== undefined && municipalityCode !== null) {
    if (typeof municipalityCode !== 'string' || !CODE.test(municipalityCode)) return null;
    if (!isValidMunicipalityCode(municipalityCode)) return null;
    code = municipalityCode;
  }
  const photo = optBool(input.photoWithProcedure);
  const lostOn = optDate(input.lostOn);
  const reEntryDate = optDate(input.reEntryDate);
  const causeDate = optDate(input.causeDate);
  const movedOn = optDate(input.movedOn);
  if (
    photo === undefined ||
    lostOn === false ||
    reEntryDate === false ||
    causeDate === false ||
    movedOn === false
  )
    return null;
  const { status, periodOfStay, birthDate, residentRecord, card, applicationPending } = h;
  if (typeof status !== 'string' || !STATUSES.has(status)) return null;
  if (typeof periodOfStay !== 'string' || (periodOfStay !== 'indefinite' && !PERIOD.test(periodOfStay)))
    return null;
  if (!isDate(birthDate) || typeof residentRecord !== 'boolean') return null;
  if (typeof card !== 'string' || !CARDS.has(card)) return null;
  const stayExpiry = optDate(h.stayExpiry);
  const cardExpiry = optDate(h.cardExpiry);
  const myNumberCard = optBool(h.myNumberCard);
  if (stayExpiry === false || cardExpiry === false || myNumberCard === undefined) return null;
  const category = h.designatedActivitiesCategory ?? null;
  if (category !== null && (typeof category !== 'string' || !CATEGORIES.has(category))) return null;
  let pending: { filedOn: string; kind: (typeof PENDING_KINDS)[number] } | null = null;
  if (applicationPending !== undefined && applicationPending !== null) {
    if (!isPlain(applicationPending)) return null;
    const { filedOn, kind, ...rest } = applicationPending;
    if (Object.keys(rest).length > 0 || !isDate(filedOn) || typeof kind !== 'string' || !PENDING.has(kind))
      return null;
    pending = { filedOn, kind: kind as (typeof PENDING_KINDS)[number] };
  }
  const value: Situation = {
    asOf,
    holder: {
      status: status as Situation['holder']['status'],
      periodOfStay,
      stayExpiry,
      birthDate,
      residentRecord,
      card: card as CardKind,
      applicationPending: pending,
      cardExpiry,
      designatedActivitiesCategory: category as Situation['holder']['designatedActivitiesCategory'],
      myNumberCard,
    },
    procedure: procedure as Situation['procedure'],
    channel,
    requestSpecifiedCard,
    photoWithProcedure: photo,
    lostOn,
    reEntryDate,
    causeDate,
    movedOn,
    filedBy: (filedBy ?? 'self') as FiledBy,
    municipalityCode: code,
  };
  let consistent = true;
  consistency(value, () => {
    consistent = false;
  });
  return consistent ? value : null;
}

/** Validates untrusted input; never throws for bad input. */
export function parseSituation(input: unknown): ParseResult {
  const fast = fastParse(input);
  if (fast) return { ok: true, value: fast };
  return parseWithSchema(input);
}

/** Validates with the zod schema alone (the reference the fast path is tested against). */
export function parseWithSchema(input: unknown): ParseResult {
  const r = SituationSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues: InputIssue[] = [];
  for (const i of r.error.issues) {
    const base = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys)
        issues.push({
          path: base ? `${base}.${k}` : k,
          code: 'unknown-field',
          detail: `unknown field "${k}"`,
        });
      continue;
    }
    const issue: InputIssue = { path: base, code: issueCode(i, input), detail: i.message };
    const fields = (i as { params?: { fields?: string[] } }).params?.fields;
    if (fields) {
      issue.fields = fields;
      issue.detail = `${i.message} (contradicts ${fields.join(', ')})`;
    }
    issues.push(issue);
  }
  return { ok: false, issues };
}
