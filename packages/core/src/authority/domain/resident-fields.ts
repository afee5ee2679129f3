/**
 * What a resident record holds and how it is validated: shapes with zod, legal consistency (status and
 * period, dates, 全国地方公共団体コード check digit) by the rules' own Situation validation, so the back
 * office accepts exactly the residents the rules can reason about.
 */
import {
  isValidMunicipalityCode,
  latestStayExpiry,
  longestPeriodOf,
  PENDING_KINDS,
  parseSituation,
  STATUS_CODES,
} from '@zairyu/rules';
import { z } from 'zod';
import { type InputProblem, invalidInput } from '../../platform/domain-error.ts';
import { freeText, isoDate } from '../../platform/validation.ts';
import { isNationalityCode } from './nationality.ts';
import { periodCode } from './period-code.ts';

/** Sex as recorded (card codes 1, 2, 3). */
export const SEXES = ['male', 'female', 'unspecified'] as const;

const latinName = z
  .string()
  .max(39, { error: 'at most 39 characters' })
  .regex(/^[A-Z]+(?: [A-Z]+)*$/, {
    error: 'use capital letters A–Z and single spaces (it is drawn on the card)',
  });

/** The fields of a resident (input and stored). */
export const ResidentFieldsSchema = z
  .object({
    familyName: latinName,
    givenName: latinName,
    birthDate: isoDate,
    sex: z.enum(SEXES),
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'expected 3 capital letters (ISO 3166 alpha-3)' })
      .refine(isNationalityCode, {
        error: 'not a nationality code a card can carry (ISO 3166-1 alpha-3, or XXA/XXB/XXC/XXX)',
      }),
    status: z.enum(STATUS_CODES),
    periodOfStay: z.string().min(1).max(20),
    stayExpiry: isoDate.nullable(),
    residentRecord: z.boolean(),
    address: freeText(200),
    addressLatin: z
      .string()
      .max(80, { error: 'at most 80 characters' })
      .regex(/^[A-Z0-9 ,.-]+$/, { error: 'use A–Z, 0–9, spaces and - , . (it is drawn on the card)' })
      .nullable()
      .optional(),
    municipalityCode: z
      .string()
      .regex(/^\d{6}$/, { error: 'expected a 6-digit 全国地方公共団体コード' })
      .refine(isValidMunicipalityCode, {
        error: 'check digit or prefecture of the 全国地方公共団体コード is wrong',
      }),
    applicationPending: z
      .object({ kind: z.enum(PENDING_KINDS), filedOn: isoDate })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

/** Resident fields as given by callers (validated inside: status codes as in @zairyu/rules STATUS_CODES). */
export interface ResidentFieldsInput {
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: string;
  nationality: string;
  status: string;
  periodOfStay: string;
  stayExpiry: string | null;
  residentRecord: boolean;
  address: string;
  addressLatin?: string | null;
  municipalityCode: string;
  applicationPending?: { kind: string; filedOn: string } | null;
}

/** Resident fields after validation. */
export interface ResidentFields {
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: (typeof SEXES)[number];
  nationality: string;
  status: (typeof STATUS_CODES)[number];
  periodOfStay: string;
  stayExpiry: string | null;
  residentRecord: boolean;
  address: string;
  addressLatin: string | null;
  municipalityCode: string;
  applicationPending: { kind: (typeof PENDING_KINDS)[number]; filedOn: string } | null;
}

/** Names of the resident fields (for audit changed-field lists). */
export const RESIDENT_FIELD_NAMES = Object.keys(ResidentFieldsSchema.shape) as (keyof ResidentFields)[];

/**
 * Checks parsed fields for consistency on `today` with the rules (status/period, dates not in the future,
 * stay expiry present exactly when the period is fixed, a period that can be printed on a card).
 */
export function checkResidentFields(
  f: ResidentFields,
  today: string,
  periodCountedFrom: string = today,
): void {
  const problems: InputProblem[] = [];
  const name = `${f.familyName} ${f.givenName}`;
  if (name.length > 40)
    problems.push({
      path: 'givenName',
      code: 'invalid-length',
      message: 'family and given name exceed 40 characters',
    });
  const parsed = parseSituation({
    asOf: today,
    holder: {
      status: f.status,
      periodOfStay: f.periodOfStay,
      stayExpiry: f.stayExpiry,
      birthDate: f.birthDate,
      residentRecord: f.residentRecord,
      card: 'none',
      applicationPending: f.applicationPending,
    },
    procedure: 'none',
    channel: 'counter',
    requestSpecifiedCard: false,
    municipalityCode: f.municipalityCode,
  });
  if (!parsed.ok)
    for (const i of parsed.issues)
      problems.push({ path: i.path.replace(/^holder\./, ''), code: i.code, message: i.detail });
  if (f.periodOfStay === 'indefinite' && f.stayExpiry !== null)
    problems.push({
      path: 'stayExpiry',
      code: 'inconsistent',
      message: 'must be null when the period is indefinite',
    });
  if (f.periodOfStay !== 'indefinite' && f.status !== 'none' && f.stayExpiry === null)
    problems.push({
      path: 'stayExpiry',
      code: 'required',
      message: 'required when the period of stay is fixed',
    });
  if (f.stayExpiry !== null && f.stayExpiry < f.birthDate)
    problems.push({ path: 'stayExpiry', code: 'inconsistent', message: 'is before the birth date' });
  if (f.stayExpiry !== null && parsed.ok) {
    // no grant of the status can end later than its longest period counted from now (施行規則 別表第二)
    const { period } = longestPeriodOf(f.status, today);
    const latest = period && period !== 'indefinite' ? latestStayExpiry(period, periodCountedFrom) : null;
    if (latest !== null && f.stayExpiry > latest)
      problems.push({
        path: 'stayExpiry',
        code: 'inconsistent',
        message: `lies beyond the longest period of stay ${f.status} can be granted (${period}, latest ${latest})`,
      });
  }
  if (parsed.ok && periodCode(f.periodOfStay) === null)
    problems.push({
      path: 'periodOfStay',
      code: 'invalid-format',
      message: 'cannot be printed on a card (use years and months, or days alone)',
    });
  if (problems.length > 0) throw invalidInput(problems);
}

/** Normalises parsed zod output (optional → null). */
export function residentFieldsFrom(parsed: z.output<typeof ResidentFieldsSchema>): ResidentFields {
  return {
    ...parsed,
    addressLatin: parsed.addressLatin ?? null,
    applicationPending: parsed.applicationPending ?? null,
  };
}
