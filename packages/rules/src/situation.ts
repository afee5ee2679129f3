/**
 * The Situation: the public input contract of `decide()` and `zairyu guide --json`. One zod schema is the
 * type, the validator and the source of docs/schemas/situation.schema.json.
 */
import { z } from 'zod';
import { type IsoDate, isIsoDate } from './date.ts';
import { DURATION_PATTERN } from './duration.ts';
import { isValidMunicipalityCode } from './municipality-code.ts';
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
      .optional()
      .meta({ description: '在留期間の満了日; null when indefinite or unknown' }),
    birthDate: isoDate,
    residentRecord: z.boolean().meta({ description: 'Recorded in the 住民基本台帳' }),
    card: z.enum(CARD_KINDS).meta({ description: 'The card the holder has now' }),
    applicationPending: z
      .object({ filedOn: isoDate, kind: z.enum(PENDING_KINDS) })
      .strict()
      .nullable()
      .optional()
      .meta({ description: 'An application already filed and not yet decided' }),
    cardExpiry: isoDate.nullable().optional().meta({
      description: 'Optional: 有効期間の満了日 of the current card (used for the card-renewal window)',
    }),
    designatedActivitiesCategory: z.enum(DESIGNATED_ACTIVITIES_CATEGORIES).optional().meta({
      description: 'Optional, for designated-activities: the office-staff categories are not 中長期在留者',
    }),
  })
  .strict();

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
    photoWithProcedure: z.boolean().nullable().optional().meta({
      description:
        'The accompanying procedure already takes a photo; derived from the procedure and age when absent',
    }),
    lostOn: isoDate
      .nullable()
      .optional()
      .meta({ description: 'The day the loss became known (reissue-lost)' }),
    municipalityCode: z
      .string()
      .regex(/^\d{6}$/, { error: 'expected a 6-digit 全国地方公共団体コード' })
      .refine(isValidMunicipalityCode, {
        error: 'check digit or prefecture of the 全国地方公共団体コード is wrong',
      })
      .nullable()
      .optional()
      .meta({ description: '全国地方公共団体コード; selects that municipality\u2019s open days' }),
  })
  .strict()
  .superRefine((s, ctx) => {
    const bad = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code: 'inconsistent' } });
    if (s.holder.birthDate > s.asOf) bad(['holder', 'birthDate'], 'birthDate is after asOf');
    if (s.holder.applicationPending && s.holder.applicationPending.filedOn > s.asOf)
      bad(['holder', 'applicationPending', 'filedOn'], 'filedOn is after asOf');
    if (s.lostOn && s.lostOn > s.asOf) bad(['lostOn'], 'lostOn is after asOf');
    const info = statusInfo(s.holder.status);
    if (s.holder.periodOfStay === 'indefinite' && !allowsIndefinite(s.holder.status))
      bad(['holder', 'periodOfStay'], `${s.holder.status} has a fixed period of stay, not "indefinite"`);
    if (info.indefinite && s.holder.periodOfStay !== 'indefinite')
      bad(['holder', 'periodOfStay'], `${s.holder.status} has no period of stay: use "indefinite"`);
    const spr = s.holder.status === 'special-permanent-resident';
    const sprCard =
      s.holder.card === 'special-permanent-resident-certificate' ||
      s.holder.card === 'specified-special-permanent-resident-certificate';
    const rcCard = s.holder.card === 'residence-card' || s.holder.card === 'specified-residence-card';
    if (spr && rcCard)
      bad(['holder', 'card'], 'a special permanent resident holds a certificate, not a residence card');
    if (!spr && sprCard)
      bad(
        ['holder', 'card'],
        'only a special permanent resident holds a special permanent resident certificate',
      );
    if (s.holder.designatedActivitiesCategory && s.holder.status !== 'designated-activities')
      bad(['holder', 'designatedActivitiesCategory'], 'only for status designated-activities');
  });

/** The Situation as written by callers. */
export type SituationInput = z.input<typeof SituationSchema>;

/** The Situation after validation, with optional fields filled in. */
export interface Situation {
  asOf: IsoDate;
  holder: {
    status: (typeof STATUS_CODES)[number];
    periodOfStay: string;
    stayExpiry: IsoDate | null;
    birthDate: IsoDate;
    residentRecord: boolean;
    card: CardKind;
    applicationPending: { filedOn: IsoDate; kind: (typeof PENDING_KINDS)[number] } | null;
    cardExpiry: IsoDate | null;
    designatedActivitiesCategory: (typeof DESIGNATED_ACTIVITIES_CATEGORIES)[number] | null;
  };
  procedure: (typeof PROCEDURE_CODES)[number];
  channel: 'counter' | 'online';
  requestSpecifiedCard: boolean;
  photoWithProcedure: boolean | null;
  lostOn: IsoDate | null;
  municipalityCode: string | null;
}

/** One thing wrong with an input, with the path of the field. */
export interface InputIssue {
  /** Dotted path, e.g. `holder.status` (`` for the whole document). */
  path: string;
  /** Stable code: required, invalid-type, invalid-value, invalid-format, invalid-date, unknown-field, inconsistent. */
  code: string;
  /** English detail for developers; user-facing text comes from the catalogs by `code`. */
  detail: string;
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
  if (!r.success) {
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
      } else issues.push({ path: base, code: issueCode(i, input), detail: i.message });
    }
    return { ok: false, issues };
  }
  const s = r.data;
  return {
    ok: true,
    value: {
      asOf: s.asOf,
      holder: {
        status: s.holder.status,
        periodOfStay: s.holder.periodOfStay,
        stayExpiry: s.holder.stayExpiry ?? null,
        birthDate: s.holder.birthDate,
        residentRecord: s.holder.residentRecord,
        card: s.holder.card,
        applicationPending: s.holder.applicationPending ?? null,
        cardExpiry: s.holder.cardExpiry ?? null,
        designatedActivitiesCategory: s.holder.designatedActivitiesCategory ?? null,
      },
      procedure: s.procedure,
      channel: s.channel,
      requestSpecifiedCard: s.requestSpecifiedCard,
      photoWithProcedure: s.photoWithProcedure ?? null,
      lostOn: s.lostOn ?? null,
      municipalityCode: s.municipalityCode ?? null,
    },
  };
}
