/**
 * The Decision: the public output contract of `decide()`. All keys are always present, `null` where not
 * applicable. The zod schema is the source of docs/schemas/decision.schema.json and checks outputs in tests;
 * contract-types.test.ts proves at the type level that the interface and the schema cannot drift.
 */
import { z } from 'zod';
import type { ValidityRule } from './card-validity.ts';
import { CITATION_IDS, type Citation, type CitationId } from './citations.ts';
import {
  DOCUMENT_CODES,
  type DocumentCode,
  OBLIGATION_CODES,
  type ObligationCode,
  REASON_CODES,
  type ReasonCode,
  STEP_CODES,
  type StepCode,
  WARNING_CODES,
  type WarningCode,
} from './codes.ts';
import type { IsoDate } from './date.ts';
import { PROCEDURE_DOCUMENT_CODES, type ProcedureDocumentCode } from './procedures.ts';
import { CARD_KINDS, type CardKind } from './situation.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });

const citationId = z.enum(CITATION_IDS);

const citation = z.object({
  id: citationId,
  kind: z.enum(['law', 'isa-page', 'source-article', 'secondary']),
  confidence: z.enum(['law', 'official-partial', 'secondary', 'unverified']),
  title: z.string(),
  titleEn: z.string(),
  url: z.string().nullable().meta({ description: 'https://laws.e-gov.go.jp/law/{lawId} for laws' }),
  lawId: z.string().nullable().meta({ description: 'e-Gov 法令ID of a law' }),
  article: z.string().nullable().meta({ description: 'Article (条・項) of a law' }),
  version: isoDate.nullable().meta({ description: 'Version of the law text cited (in force from)' }),
  section: z.string().nullable().meta({ description: 'Section of the source article (①–⑧, FAQ)' }),
});

/** Languages of the message catalogs. */
export const LANGS = ['ja', 'en', 'ja-easy'] as const;
/** A catalog language. */
export type Lang = (typeof LANGS)[number];

/** Cards that can be issued (every card kind but `none`). */
export const ISSUABLE_CARD_KINDS = CARD_KINDS.filter((c) => c !== 'none') as [
  Exclude<CardKind, 'none'>,
  ...Exclude<CardKind, 'none'>[],
];

/** Why the earliest date is what it is: the office's next open day, the move, the first counter day, or a window. */
export const DATE_BASIS_CODES = ['open-day', 'moved-on', 'counters-open', 'application-window'] as const;
/** A code of `earliestDateBasis`. */
export type DateBasisCode = (typeof DATE_BASIS_CODES)[number];
/** Which window `applicationWindowFrom` comes from: ISA's extension practice, or the card-renewal window. */
export const WINDOW_BASIS_CODES = ['extension-practice', 'card-renewal-window'] as const;
/** A code of `applicationWindowBasis`. */
export type WindowBasisCode = (typeof WINDOW_BASIS_CODES)[number];

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
  cardToBeIssued: z.enum(ISSUABLE_CARD_KINDS).nullable(),
  cardExpiry: isoDate
    .nullable()
    .meta({ description: 'Validity of the card to be issued, when it can be known now' }),
  documents: z.array(z.enum(DOCUMENT_CODES)),
  earliestDate: isoDate.nullable(),
  applicationWindowFrom: isoDate.nullable().meta({
    description:
      'When ISA usually starts accepting this application, if later than earliestDate (a practice window)',
  }),
  earliestDateBasis: z
    .object({ code: z.enum(DATE_BASIS_CODES), citations: z.array(citation).min(1) })
    .nullable()
    .meta({
      description: 'What earliestDate rests on (next open day, the move, the first counter day, a window)',
    }),
  applicationWindowBasis: z
    .object({ code: z.enum(WINDOW_BASIS_CODES), citations: z.array(citation).min(1) })
    .nullable()
    .meta({ description: 'What applicationWindowFrom rests on, when it is set' }),
  procedureDocuments: z.array(z.enum(PROCEDURE_DOCUMENT_CODES)).meta({
    description: 'The accompanying procedure’s own papers (documents lists the request’s)',
  }),
  lawfulStayUntil: isoDate.nullable(),
  specialPeriodUntil: isoDate
    .nullable()
    .meta({ description: 'Last possible day of the 特例期間 (入管法20条6項) if one runs or would run' }),
  currentCardValidUntil: isoDate.nullable().meta({
    description:
      'Validity of the card held now, through the 特例期間 while an extension or change is pending',
  }),
  myNumberFunctionExpiry: isoDate.nullable(),
  eCertificateExpiry: isoDate.nullable().meta({
    description:
      'Last day of the 署名用/利用者証明用電子証明書 (5th birthday after issue, never past the card or its My Number function)',
  }),
  obligations: z.array(z.enum(OBLIGATION_CODES)),
  warnings: z.array(z.enum(WARNING_CODES)),
  steps: z.array(z.object({ code: z.enum(STEP_CODES), deadline: isoDate.nullable() })),
  trace: z.array(
    z.object({
      rule: z.string(),
      result: z.union([z.boolean(), z.string(), z.null()]),
      citations: z.array(citationId),
    }),
  ),
  messages: z.partialRecord(z.enum(LANGS), z.array(z.string())),
});

/** A reason with its citations. */
export interface Reason {
  code: ReasonCode;
  citations: Citation[];
}

/** What a date rests on. */
export interface DateBasis<C extends string> {
  code: C;
  citations: Citation[];
}

/** A step to take, with its deadline when it has one. */
export interface Step {
  code: StepCode;
  deadline: IsoDate | null;
}

/** Names of the rules that write the trace (a typo fails `tsc`). */
export type RuleName =
  | 'status-in-force'
  | 'mid-long-term'
  | 'resident-register'
  | 'eligible'
  | 'procedure-applicable'
  | 'office'
  | 'lawful-stay'
  | 'filing-before-expiry'
  | 'available'
  | 'card-to-be-issued'
  | 'photo-with-procedure'
  | 'counters-open-from'
  | 'extension-window'
  | 'card-renewal-window'
  | 'earliest-open-day'
  | 'special-period'
  | 'my-number-function-expiry'
  | 'obligations'
  | 'acquisition-deadline'
  | 'procedure-deadline'
  | 'procedure-documents'
  | 'moved-on'
  | 'current-card-validity'
  | 'card-through-special-period'
  | 'e-certificate-expiry'
  | 'system-in-force'
  | 'municipal-calendar'
  | 'renewal-choice'
  | 'card-format'
  | `card-validity:${ValidityRule}`
  | `warning:${WarningCode}`
  | `step:${StepCode}`;

/** One rule that fired, its result and the ids of its citations. */
export interface TraceEntry {
  rule: string;
  result: boolean | string | null;
  citations: CitationId[];
}

/** The Decision. */
export interface Decision {
  asOf: IsoDate;
  specifiedCard: { eligible: boolean; available: boolean; reasons: Reason[] };
  office: 'immigration-bureau' | 'municipality' | null;
  cardToBeIssued: Exclude<CardKind, 'none'> | null;
  cardExpiry: IsoDate | null;
  documents: DocumentCode[];
  earliestDate: IsoDate | null;
  applicationWindowFrom: IsoDate | null;
  earliestDateBasis: DateBasis<DateBasisCode> | null;
  applicationWindowBasis: DateBasis<WindowBasisCode> | null;
  procedureDocuments: ProcedureDocumentCode[];
  lawfulStayUntil: IsoDate | null;
  specialPeriodUntil: IsoDate | null;
  currentCardValidUntil: IsoDate | null;
  myNumberFunctionExpiry: IsoDate | null;
  eCertificateExpiry: IsoDate | null;
  obligations: ObligationCode[];
  warnings: WarningCode[];
  steps: Step[];
  trace: TraceEntry[];
  messages: Partial<Record<Lang, string[]>>;
}
