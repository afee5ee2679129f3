/**
 * @zairyu/rules — the 特定在留カード rules as code. Pure and browser-safe: give it a Situation (and, if you
 * have them, municipality calendars) and it returns a Decision with reasons, citations, a trace and
 * messages in Japanese, English and やさしい日本語.
 */

export {
  BUREAU_OFFICES,
  type BureauOffice,
  bureauOffice,
  bureauServes,
  bureausFor,
  prefectureOf,
} from './bureaus.ts';
export type { ClosedReason, MunicipalityCalendar, MunicipalityCalendars, Office } from './calendar.ts';
export { closedReason, isOpen, nationalHoliday, nextOpenDay } from './calendar.ts';
export { cardFormat, cardValidity, NEW_FORMAT_FROM } from './card-validity.ts';
export type { MessageKey } from './catalogs/en.ts';
export type { Citation, CitationKind, Confidence } from './citations.ts';
export { citations, cite } from './citations.ts';
export {
  DOCUMENT_CODES,
  OBLIGATION_CODES,
  REASON_CODES,
  STEP_CODES,
  WARNING_CODES,
} from './codes.ts';
export type { IsoDate } from './date.ts';
export { ageOn, isIsoDate } from './date.ts';
export { COUNTERS_FROM, type DecideOptions, decide, decisionCitations, IN_FORCE_FROM } from './decide.ts';
export type { Decision, Lang, Reason, TraceEntry } from './decision.ts';
export { DecisionSchema, LANGS } from './decision.ts';
export { catalogs, formatDate, procedureName, statusName, t } from './messages.ts';
export {
  MunicipalityCalendarSchema,
  MunicipalityCalendarsSchema,
  parseMunicipalityCalendars,
} from './municipality-calendar-schema.ts';
export { isValidMunicipalityCode, municipalityCheckDigit } from './municipality-code.ts';
export { PROCEDURE_CODES, PROCEDURES, type ProcedureCode, procedureInfo } from './procedures.ts';
export type { CardKind, InputIssue, ParseResult, Situation, SituationInput } from './situation.ts';
export { CARD_KINDS, PENDING_KINDS, parseSituation, SituationSchema } from './situation.ts';
export { specialPeriodEnd } from './special-period.ts';
export { STATUS_CODES, STATUSES, type StatusCode, statusInfo } from './statuses.ts';
