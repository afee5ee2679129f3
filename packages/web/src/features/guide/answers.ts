/**
 * The resident's answers as entered (strings, so a page shows exactly what was typed), which questions the
 * answers call for (like the terminal wizard: period and expiry only for a fixed stay, the pending
 * application only for a status of residence, the move date, the cause date and the loss date only for the
 * procedures that need them, the channel only where the procedure can be filed online), and the Situation
 * they describe. Answers live in the page only (React state and history.state), never in storage.
 */
import {
  CARD_KINDS,
  type CardKind,
  type IsoDate,
  isIsoDate,
  PENDING_KINDS,
  PROCEDURE_CODES,
  type ProcedureCode,
  procedureInfo,
  type Situation,
  STATUS_CODES,
  type StatusCode,
  statusInfo,
} from '@zairyu/rules';

/** A date as three fields (DADS separated date picker). */
export interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** Every answer the guide can hold. */
export interface Answers {
  status?: StatusCode;
  periodYears?: string;
  periodMonths?: string;
  stayExpiry?: DateParts;
  birthDate?: DateParts;
  prefecture?: string;
  residentRecord?: 'yes' | 'no';
  card?: CardKind;
  pending?: 'yes' | 'no';
  pendingKind?: (typeof PENDING_KINDS)[number];
  pendingFiledOn?: DateParts;
  procedure?: ProcedureCode;
  movedOn?: DateParts;
  causeDate?: DateParts;
  channel?: 'counter' | 'online';
  request?: 'yes' | 'no';
  lostOn?: DateParts;
}

/** The questions, in the order they are asked. */
export const QUESTION_IDS = [
  'status',
  'period',
  'stay-expiry',
  'birth-date',
  'prefecture',
  'resident-record',
  'card',
  'pending',
  'pending-kind',
  'pending-filed-on',
  'procedure',
  'moved-on',
  'cause-date',
  'lost-on',
  'channel',
  'request',
] as const;

/** A question of the guide. */
export type QuestionId = (typeof QUESTION_IDS)[number];

/** True for a question id. */
export function isQuestionId(x: string | null): x is QuestionId {
  return x !== null && (QUESTION_IDS as readonly string[]).includes(x);
}

const isSpr = (a: Answers) => a.status === 'special-permanent-resident';

/** The questions these answers call for, in order. */
export function flow(a: Answers): QuestionId[] {
  const q: QuestionId[] = ['status'];
  if (a.status && !statusInfo(a.status).indefinite && a.status !== 'none') q.push('period', 'stay-expiry');
  q.push('birth-date', 'prefecture', 'resident-record', 'card');
  if (a.status && !isSpr(a) && a.status !== 'none') {
    q.push('pending');
    if (a.pending === 'yes') q.push('pending-kind', 'pending-filed-on');
  }
  q.push('procedure');
  const p = a.procedure ? procedureInfo(a.procedure) : null;
  if (p?.startsOnMove) q.push('moved-on');
  if (a.procedure === 'change-of-particulars' || a.procedure === 'acquisition-of-status')
    q.push('cause-date');
  if (a.procedure === 'reissue-lost') q.push('lost-on');
  if (p?.online && !isSpr(a)) q.push('channel');
  q.push('request');
  return q;
}

/** The ISO date of three fields, or null when they are not a calendar date. */
export function isoOf(d: DateParts | undefined): IsoDate | null {
  if (!d) return null;
  const y = d.year.trim();
  const m = d.month.trim();
  const day = d.day.trim();
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(day)) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The ISO 8601 duration of years and months (never shown to the resident). */
export function periodOf(a: Answers): string | null {
  const y = Number(a.periodYears?.trim() || '0');
  const m = Number(a.periodMonths?.trim() || '0');
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < 0 || m < 0 || y + m === 0) return null;
  return `P${y > 0 ? `${y}Y` : ''}${m > 0 ? `${m}M` : ''}`;
}

/** True when the question has an answer. */
export function answered(a: Answers, q: QuestionId): boolean {
  switch (q) {
    case 'status':
      return a.status !== undefined;
    case 'period':
      return periodOf(a) !== null;
    case 'stay-expiry':
      return isoOf(a.stayExpiry) !== null;
    case 'birth-date':
      return isoOf(a.birthDate) !== null;
    case 'prefecture':
      return a.prefecture !== undefined;
    case 'resident-record':
      return a.residentRecord !== undefined;
    case 'card':
      return a.card !== undefined && cardChoices(a).includes(a.card);
    case 'pending':
      return a.pending !== undefined;
    case 'pending-kind':
      return a.pendingKind !== undefined;
    case 'pending-filed-on':
      return isoOf(a.pendingFiledOn) !== null;
    case 'procedure':
      return a.procedure !== undefined;
    case 'moved-on':
      return isoOf(a.movedOn) !== null;
    case 'cause-date':
      return isoOf(a.causeDate) !== null;
    case 'lost-on':
      return isoOf(a.lostOn) !== null;
    case 'channel':
      return a.channel !== undefined;
    case 'request':
      return a.request !== undefined;
  }
}

/** The first question of the flow without an answer, or null when all are answered. */
export function firstUnanswered(a: Answers): QuestionId | null {
  return flow(a).find((q) => !answered(a, q)) ?? null;
}

/** The cards a holder of the status can have now (as the wizard offers them). */
export function cardChoices(a: Answers): CardKind[] {
  const spr = isSpr(a);
  return CARD_KINDS.filter((c) =>
    spr ? c === 'none' || c.includes('special-permanent') : !c.includes('special-permanent'),
  );
}

/** The Situation of complete answers on `today` (asked questions only), or null when something is missing. */
export function toSituation(a: Answers, today: IsoDate): Situation | null {
  if (firstUnanswered(a) !== null) return null;
  const asked = new Set(flow(a));
  const status = a.status as StatusCode;
  const birthDate = isoOf(a.birthDate) as IsoDate;
  const fixed = asked.has('period');
  const pending =
    asked.has('pending') && a.pending === 'yes' && a.pendingKind
      ? { kind: a.pendingKind, filedOn: isoOf(a.pendingFiledOn) as IsoDate }
      : null;
  return {
    asOf: today,
    holder: {
      status,
      periodOfStay: fixed ? (periodOf(a) as string) : 'indefinite',
      stayExpiry: fixed ? isoOf(a.stayExpiry) : null,
      birthDate,
      residentRecord: a.residentRecord === 'yes',
      card: a.card as CardKind,
      applicationPending: pending,
      cardExpiry: null,
      designatedActivitiesCategory: null,
      myNumberCard: null,
    },
    procedure: a.procedure as ProcedureCode,
    channel: asked.has('channel') ? (a.channel as 'counter' | 'online') : 'counter',
    requestSpecifiedCard: a.request === 'yes',
    photoWithProcedure: null,
    lostOn: asked.has('lost-on') ? isoOf(a.lostOn) : null,
    reEntryDate: null,
    causeDate: asked.has('cause-date') ? isoOf(a.causeDate) : null,
    movedOn: asked.has('moved-on') ? isoOf(a.movedOn) : null,
    filedBy: 'self',
    municipalityCode: null,
  };
}

const DATE_KEYS = ['stayExpiry', 'birthDate', 'pendingFiledOn', 'movedOn', 'causeDate', 'lostOn'] as const;
const CODES: Partial<Record<keyof Answers, readonly string[]>> = {
  status: STATUS_CODES,
  card: CARD_KINDS,
  pendingKind: PENDING_KINDS,
  procedure: PROCEDURE_CODES,
  residentRecord: ['yes', 'no'],
  pending: ['yes', 'no'],
  request: ['yes', 'no'],
  channel: ['counter', 'online'],
};

/** Answers from untrusted data (a shared link, history.state): only known fields with valid values. */
export function sanitize(x: unknown): Answers {
  if (typeof x !== 'object' || x === null) return {};
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, allowed] of Object.entries(CODES))
    if (typeof o[k] === 'string' && allowed?.includes(o[k] as string)) out[k] = o[k];
  for (const k of ['periodYears', 'periodMonths'] as const)
    if (typeof o[k] === 'string' && /^\d{0,3}$/.test(o[k] as string)) out[k] = o[k];
  if (typeof o.prefecture === 'string' && /^(0[1-9]|[1-3]\d|4[0-7])$/.test(o.prefecture))
    out.prefecture = o.prefecture;
  for (const k of DATE_KEYS) {
    const d = o[k] as Record<string, unknown> | undefined;
    if (d && typeof d === 'object' && ['year', 'month', 'day'].every((p) => typeof d[p] === 'string'))
      out[k] = {
        year: String(d.year).slice(0, 4),
        month: String(d.month).slice(0, 2),
        day: String(d.day).slice(0, 2),
      };
  }
  return out as Answers;
}
