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
export {
  cardFormat,
  cardValidity,
  NEW_FORMAT_FROM,
  type Validity,
  type ValidityRule,
} from './card-validity.ts';
export type { MessageKey } from './catalogs/en.ts';
export type { Citation, CitationId, CitationKind, Confidence } from './citations.ts';
export { CITATION_IDS, citations, cite, isCitationId } from './citations.ts';
export {
  DOCUMENT_CODES,
  OBLIGATION_CODES,
  REASON_CODES,
  STEP_CODES,
  WARNING_CODES,
} from './codes.ts';
export {
  type CounterAcceptance,
  type CounterRefusalCode,
  type CounterRefusalReason,
  counterAcceptance,
} from './counter-acceptance.ts';
export type { IsoDate } from './date.ts';
export { ageOn, isIsoDate } from './date.ts';
export { COUNTERS_FROM, type DecideOptions, decide, decisionCitations, IN_FORCE_FROM } from './decide.ts';
export type {
  DateBasis,
  DateBasisCode,
  Decision,
  Lang,
  Reason,
  RuleName,
  Step,
  TraceEntry,
  WindowBasisCode,
} from './decision.ts';
export { DATE_BASIS_CODES, DecisionSchema, LANGS, WINDOW_BASIS_CODES } from './decision.ts';
export { decisionJson } from './decision-json.ts';
export { DURATION_PATTERN, type Period, parsePeriod } from './duration.ts';
export { LAWS, type Law, type LawKey, lawUrl } from './laws.ts';
export { LONGEST_PERIODS, type LongestPeriod, longestPeriodOf } from './longest-periods.ts';
export {
  catalogs,
  formatDate,
  illegalEmploymentPenaltyText,
  procedureName,
  statusName,
  t,
} from './messages.ts';
export {
  MunicipalityCalendarSchema,
  MunicipalityCalendarsSchema,
  parseMunicipalityCalendars,
} from './municipality-calendar-schema.ts';
export { isValidMunicipalityCode, municipalityCheckDigit } from './municipality-code.ts';
export { latestStayExpiry, newCardMyNumberExpiry } from './new-card-dates.ts';
export {
  PARAMETERS,
  type Parameter,
  type ParameterId,
  type ParameterValue,
  type Penalty,
  param,
  parameterCitations,
  parameterEntry,
} from './parameters.ts';
export { illegalEmploymentPenalty, type PenaltyStage } from './penalty.ts';
export {
  PROCEDURE_CODES,
  PROCEDURE_DOCUMENT_CODES,
  PROCEDURES,
  type ProcedureCode,
  type ProcedureDocumentCode,
  type ProcedureInfo,
  procedureInfo,
} from './procedures.ts';
export type { CardKind, FiledBy, InputIssue, ParseResult, Situation, SituationInput } from './situation.ts';
export { CARD_KINDS, FILED_BY, PENDING_KINDS, parseSituation, SituationSchema } from './situation.ts';
export { specialPeriodEnd } from './special-period.ts';
export { STATUS_CODES, STATUSES, type StatusCode, statusInfo } from './statuses.ts';
