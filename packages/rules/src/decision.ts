/**
 * The Decision: the public output contract of `decide()`. All keys are always present, `null` where not
 * applicable. The zod schema is the source of docs/schemas/decision.schema.json and checks outputs in tests.
 */
import { z } from 'zod';
import type { Citation } from './citations.ts';
import { DOCUMENT_CODES, OBLIGATION_CODES, REASON_CODES, STEP_CODES, WARNING_CODES } from './codes.ts';
import type { IsoDate } from './date.ts';
import { CARD_KINDS } from './situation.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });

const citation = z.object({
  id: z.string(),
  kind: z.enum(['law', 'isa-page', 'source-article', 'secondary']),
  confidence: z.enum(['law', 'official-partial', 'secondary', 'unverified']),
  title: z.string(),
  titleEn: z.string(),
  url: z.string().nullable(),
});

/** Languages of the message catalogs. */
export const LANGS = ['ja', 'en', 'ja-easy'] as const;
/** A catalog language. */
export type Lang = (typeof LANGS)[number];

/** zod schema of the Decision (output). */
export const DecisionSchema = z.object({
  asOf: isoDate,
  specifiedCard: z.object({
    eligible: z
      .boolean()
      .meta({ description: 'Could ever hold one: 中長期在留者 in the 住民基本台帳, or 特別永住者' }),
    available: z
      .boolean()
      .meta({ description: 'Can be requested in this situation (procedure, channel, date, request)' }),
    reasons: z.array(z.object({ code: z.enum(REASON_CODES), citations: z.array(citation).min(1) })),
  }),
  office: z.enum(['immigration-bureau', 'municipality']).nullable(),
  cardToBeIssued: z.enum(CARD_KINDS.filter((c) => c !== 'none') as [string, ...string[]]).nullable(),
  cardExpiry: isoDate
    .nullable()
    .meta({ description: 'Validity of the card to be issued, when it can be known now' }),
  documents: z.array(z.enum(DOCUMENT_CODES)),
  earliestDate: isoDate.nullable(),
  applicationWindowFrom: isoDate.nullable().meta({
    description:
      'When ISA usually starts accepting this application, if later than earliestDate (a practice window)',
  }),
  lawfulStayUntil: isoDate.nullable(),
  specialPeriodUntil: isoDate
    .nullable()
    .meta({ description: 'Last possible day of the 特例期間 (入管法20条6項) if one runs or would run' }),
  myNumberFunctionExpiry: isoDate.nullable(),
  obligations: z.array(z.enum(OBLIGATION_CODES)),
  warnings: z.array(z.enum(WARNING_CODES)),
  steps: z.array(z.object({ code: z.enum(STEP_CODES), deadline: isoDate.nullable() })),
  trace: z.array(
    z.object({
      rule: z.string(),
      result: z.union([z.boolean(), z.string(), z.null()]),
      citations: z.array(z.string()),
    }),
  ),
  messages: z.partialRecord(z.enum(LANGS), z.array(z.string())),
});

/** A reason with its citations. */
export interface Reason {
  code: (typeof REASON_CODES)[number];
  citations: Citation[];
}

/** One rule that fired, its result and the ids of its citations. */
export interface TraceEntry {
  rule: string;
  result: boolean | string | null;
  citations: string[];
}

/** The Decision. */
export interface Decision {
  asOf: IsoDate;
  specifiedCard: { eligible: boolean; available: boolean; reasons: Reason[] };
  office: 'immigration-bureau' | 'municipality' | null;
  cardToBeIssued: Exclude<(typeof CARD_KINDS)[number], 'none'> | null;
  cardExpiry: IsoDate | null;
  documents: (typeof DOCUMENT_CODES)[number][];
  earliestDate: IsoDate | null;
  applicationWindowFrom: IsoDate | null;
  lawfulStayUntil: IsoDate | null;
  specialPeriodUntil: IsoDate | null;
  myNumberFunctionExpiry: IsoDate | null;
  obligations: (typeof OBLIGATION_CODES)[number][];
  warnings: (typeof WARNING_CODES)[number][];
  steps: { code: (typeof STEP_CODES)[number]; deadline: IsoDate | null }[];
  trace: TraceEntry[];
  messages: Partial<Record<Lang, string[]>>;
}
