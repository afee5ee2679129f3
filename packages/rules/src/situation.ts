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
import { PROCEDURE_CODES } from './procedures.ts';
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

/** zod schema of the Situation (input). */
export const SituationSchema = z
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
  .strict()
  .superRefine((s, ctx) => {
    const h = s.holder;
    if (h.birthDate > s.asOf) bad(ctx, ['holder', 'birthDate'], 'birthDate is after asOf', ['asOf']);
    if (h.applicationPending && h.applicationPending.filedOn > s.asOf)
      bad(ctx, ['holder', 'applicationPending', 'filedOn'], 'filedOn is after asOf', ['asOf']);
    if (s.lostOn && s.lostOn > s.asOf) bad(ctx, ['lostOn'], 'lostOn is after asOf', ['asOf']);
    if (s.causeDate && s.causeDate > s.asOf) bad(ctx, ['causeDate'], 'causeDate is after asOf', ['asOf']);
    if (s.causeDate && s.causeDate < h.birthDate)
      bad(ctx, ['causeDate'], 'causeDate is before the birth date', ['holder.birthDate']);
    if (s.reEntryDate && s.lostOn && s.reEntryDate < s.lostOn)
      bad(
        ctx,
        ['reEntryDate'],
        'the re-entry is before the loss became known: the loss was not learned abroad',
        ['lostOn'],
      );
    const info = statusInfo(h.status);
    if (h.periodOfStay === 'indefinite' && !allowsIndefinite(h.status))
      bad(ctx, ['holder', 'periodOfStay'], `${h.status} has a fixed period of stay, not "indefinite"`, [
        'holder.status',
      ]);
    if (info.indefinite && h.periodOfStay !== 'indefinite')
      bad(ctx, ['holder', 'periodOfStay'], `${h.status} has no period of stay: use "indefinite"`, [
        'holder.status',
      ]);
    const spr = h.status === 'special-permanent-resident';
    if (spr && RESIDENCE_CARDS.has(h.card))
      bad(ctx, ['holder', 'card'], 'a special permanent resident holds a certificate, not a residence card', [
        'holder.status',
      ]);
    if (!spr && SPR_CARDS.has(h.card))
      bad(
        ctx,
        ['holder', 'card'],
        'only a special permanent resident holds a special permanent resident certificate',
        ['holder.status'],
      );
    if (h.designatedActivitiesCategory && h.status !== 'designated-activities')
      bad(ctx, ['holder', 'designatedActivitiesCategory'], 'only for status designated-activities', [
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
        bad(ctx, ['holder', 'card'], `${why} holds no residence card (入管法19条の3)`, [
          'holder.status',
          'holder.periodOfStay',
        ]);
    }
    if (h.card.startsWith('specified') && s.asOf < param('counters-open-from', s.asOf))
      bad(
        ctx,
        ['holder', 'card'],
        `no specified card is issued before ${param('counters-open-from', s.asOf)}`,
        ['asOf'],
      );
    if (h.cardExpiry && h.card === 'none')
      bad(ctx, ['holder', 'cardExpiry'], 'cardExpiry is given but the holder has no card', ['holder.card']);
    const pending = h.applicationPending;
    if (pending) {
      if (h.status === 'none' || spr)
        bad(
          ctx,
          ['holder', 'applicationPending'],
          `${h.status === 'none' ? 'someone without a status' : 'a special permanent resident'} has no pending stay application`,
          ['holder.status'],
        );
      else if (pending.kind === 'extension-of-stay' && h.periodOfStay === 'indefinite')
        bad(ctx, ['holder', 'applicationPending', 'kind'], 'an indefinite stay is not extended', [
          'holder.periodOfStay',
        ]);
      else if (pending.kind === 'permanent-residence' && h.status === 'permanent-resident')
        bad(
          ctx,
          ['holder', 'applicationPending', 'kind'],
          'a permanent resident does not apply for it again',
          ['holder.status'],
        );
    }
    if (s.procedure === 'change-of-address' && !h.residentRecord)
      bad(ctx, ['procedure'], 'a 転居届 needs a resident record in the municipality', [
        'holder.residentRecord',
      ]);
  });

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

/** Validates untrusted input; never throws for bad input. */
export function parseSituation(input: unknown): ParseResult {
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
