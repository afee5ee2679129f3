/**
 * Renders a Decision into catalogued sentences (ja, en, ja-easy). Users see only text from the catalogs;
 * the engine itself speaks in codes.
 */
import { en, type MessageKey } from './catalogs/en.ts';
import { ja } from './catalogs/ja.ts';
import { jaEasy, procedureNamesEasy } from './catalogs/ja-easy.ts';
import type { WarningCode } from './codes.ts';
import { type IsoDate, parts, weekday } from './date.ts';
import type { Decision, Lang } from './decision.ts';
import { param } from './parameters.ts';
import { illegalEmploymentPenalty } from './penalty.ts';
import { type ProcedureCode, procedureInfo } from './procedures.ts';
import type { Situation } from './situation.ts';
import { type StatusCode, statusInfo } from './statuses.ts';

/** The three catalogs. */
export const catalogs: Readonly<Record<Lang, Record<MessageKey, string>>> = { ja, en, 'ja-easy': jaEasy };

const WEEKDAYS: Record<Lang, string[]> = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  'ja-easy': ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A template split at its placeholders: text, name, text, name, …, text. */
type Compiled = string[];

function compile(template: string): Compiled {
  return template.split(/\{(\w+)\}/);
}

const compiled = Object.fromEntries(
  Object.entries(catalogs).map(([lang, cat]) => [
    lang,
    Object.fromEntries(Object.entries(cat).map(([k, v]) => [k, compile(v)])),
  ]),
) as Record<Lang, Record<MessageKey, Compiled>>;

/** One catalogued message with its placeholders filled. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string>): string {
  const parts = compiled[lang][key];
  if (parts.length === 1) return parts[0] as string;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (params?.[name] ?? `{${name}}`) + (parts[i + 1] as string);
  }
  return out;
}

const dateCache: Record<Lang, Map<string, string>> = { ja: new Map(), en: new Map(), 'ja-easy': new Map() };

/** A date as people of that language write it. */
export function formatDate(lang: Lang, date: IsoDate): string {
  const cache = dateCache[lang];
  const hit = cache.get(date);
  if (hit !== undefined) return hit;
  if (cache.size > 50_000) cache.clear();
  const text = formatDateUncached(lang, date);
  cache.set(date, text);
  return text;
}

function formatDateUncached(lang: Lang, date: IsoDate): string {
  const [y, m, d] = parts(date);
  return t(lang, 'date.format', {
    year: String(y),
    month: lang === 'en' ? (MONTHS_EN[m - 1] as string) : String(m),
    day: String(d),
    weekday: WEEKDAYS[lang][weekday(date)] as string,
  });
}

/** The name of a status of residence. */
export function statusName(lang: Lang, code: StatusCode): string {
  const s = statusInfo(code);
  return lang === 'en' ? s.en : s.ja;
}

/** The name of a procedure. */
export function procedureName(lang: Lang, code: ProcedureCode): string {
  const p = procedureInfo(code);
  if (lang === 'en') return p.en;
  if (lang === 'ja-easy') return procedureNamesEasy[code] ?? p.ja;
  return p.ja;
}

const COUNTERS = param('counters-open-from', '2026-06-15');
const CACHE_LIMIT = 20_000;

/** A rendered sentence and its JSON (the serializer splices the JSON). */
interface Sentence {
  text: string;
  json: string;
}

const sentenceOf = (text: string): Sentence => ({ text, json: JSON.stringify(text) });

/** Sentences without placeholders, rendered once at load, by language, key prefix and code. */
const constants = Object.fromEntries(
  Object.keys(catalogs).map((lang) => {
    const byPrefix: Record<string, Record<string, Sentence>> = {};
    for (const [key, text] of Object.entries(catalogs[lang as Lang])) {
      if (text.includes('{')) continue;
      const dot = key.indexOf('.');
      const prefix = dot < 0 ? key : key.slice(0, dot);
      const rest = dot < 0 ? '' : key.slice(dot + 1);
      byPrefix[prefix] ??= {};
      (byPrefix[prefix] as Record<string, Sentence>)[rest] = sentenceOf(text);
    }
    return [lang, byPrefix];
  }),
) as Record<Lang, Record<string, Record<string, Sentence>>>;

/** A message without placeholders: `prefix.code` (e.g. reason, not-requested). */
function constant(lang: Lang, prefix: string, code: string): Sentence {
  const hit = constants[lang][prefix]?.[code];
  if (!hit) throw new Error(`no message ${prefix}.${code} in ${lang}`);
  return hit;
}

const withOneParam: Record<Lang, Partial<Record<MessageKey, Map<string, Sentence>>>> = {
  ja: {},
  en: {},
  'ja-easy': {},
};

/** A message with one placeholder, cached by its value. */
function one(lang: Lang, key: MessageKey, name: string, value: string): Sentence {
  const byKey = withOneParam[lang];
  let byValue = byKey[key];
  if (!byValue) {
    byValue = new Map();
    byKey[key] = byValue;
  }
  let hit = byValue.get(value);
  if (!hit) {
    if (byValue.size > CACHE_LIMIT) byValue.clear();
    hit = sentenceOf(t(lang, key, { [name]: value }));
    byValue.set(value, hit);
  }
  return hit;
}

const datedCache: Record<Lang, Partial<Record<MessageKey, Map<IsoDate, Sentence>>>> = {
  ja: {},
  en: {},
  'ja-easy': {},
};

/** A message whose one placeholder is {date}, cached by the ISO date. */
function dated(lang: Lang, key: MessageKey, date: IsoDate): Sentence {
  const byKey = datedCache[lang];
  let byDate = byKey[key];
  if (!byDate) {
    byDate = new Map();
    byKey[key] = byDate;
  }
  let hit = byDate.get(date);
  if (!hit) {
    if (byDate.size > CACHE_LIMIT) byDate.clear();
    hit = sentenceOf(t(lang, key, { date: formatDate(lang, date) }));
    byDate.set(date, hit);
  }
  return hit;
}

function warningSentence(lang: Lang, w: WarningCode, d: Decision, s: Situation): Sentence {
  switch (w) {
    case 'wait-for-start-date':
      return one(lang, 'warning.wait-for-start-date', 'date', formatDate(lang, COUNTERS));
    case 'my-number-card-extension-in-special-period':
      return one(
        lang,
        'warning.my-number-card-extension-in-special-period',
        'months',
        String(param('my-number-card-special-extension-months', s.asOf)),
      );
    case 'card-valid-through-special-period':
      return one(
        lang,
        'warning.card-valid-through-special-period',
        'date',
        d.currentCardValidUntil ? formatDate(lang, d.currentCardValidUntil) : '',
      );
    default:
      return constant(lang, 'warning', w);
  }
}

const manyCache = new Map<string, Sentence>();

/** A message with several placeholders, cached by their values. */
function many(lang: Lang, key: MessageKey, params: Record<string, string>): Sentence {
  const k = `${lang}|${key}|${Object.values(params).join('|')}`;
  let hit = manyCache.get(k);
  if (!hit) {
    if (manyCache.size > CACHE_LIMIT) manyCache.clear();
    hit = sentenceOf(t(lang, key, params));
    manyCache.set(k, hit);
  }
  return hit;
}

const listCache = new Map<string, Sentence>();

/** A sentence with a list of catalogued items (documents), cached by its codes. */
function list(
  lang: Lang,
  key: MessageKey,
  prefix: string,
  items: readonly string[],
  extra?: string,
): Sentence {
  const k = `${lang}|${key}|${extra ?? ''}|${items.join(',')}`;
  let hit = listCache.get(k);
  if (!hit) {
    if (listCache.size > CACHE_LIMIT) listCache.clear();
    const sep = t(lang, 'documents.separator');
    const text = items.map((x) => t(lang, `${prefix}${x}` as MessageKey)).join(sep);
    hit = sentenceOf(t(lang, key, extra === undefined ? { list: text } : { list: text, procedure: extra }));
    listCache.set(k, hit);
  }
  return hit;
}

const stepCache: Record<Lang, Map<string, Map<string, Sentence>>> = {
  ja: new Map(),
  en: new Map(),
  'ja-easy': new Map(),
};

function stepSentence(
  lang: Lang,
  code: Decision['steps'][number]['code'],
  deadline: IsoDate | null,
  procedure: string,
): Sentence {
  // steps by code (file-procedure: by the procedure's name), then by deadline
  const group = code === 'file-procedure' ? procedure : code;
  let byDeadline = stepCache[lang].get(group);
  if (!byDeadline) {
    byDeadline = new Map();
    stepCache[lang].set(group, byDeadline);
  }
  const k = deadline ?? '';
  let hit = byDeadline.get(k);
  if (!hit) {
    if (byDeadline.size > CACHE_LIMIT) byDeadline.clear();
    const text =
      code === 'file-procedure' ? t(lang, 'step.file-procedure', { procedure }) : t(lang, `step.${code}`);
    hit = sentenceOf(
      deadline ? t(lang, 'step.deadline', { step: text, date: formatDate(lang, deadline) }) : text,
    );
    byDeadline.set(k, hit);
  }
  return hit;
}

function render(d: Decision, s: Situation, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  const proc = procedureInfo(s.procedure);
  const spr = s.holder.status === 'special-permanent-resident';
  const sc = d.specifiedCard;
  const procedure = procedureName(lang, s.procedure);
  const specified = t(lang, spr ? 'name.specified-spr' : 'name.specified');
  if (sc.available) out.push(many(lang, 'summary.available', { specified, procedure }));
  else
    out.push(
      one(
        lang,
        sc.eligible ? 'summary.eligible-not-available' : 'summary.not-eligible',
        'specified',
        specified,
      ),
    );
  let unregistered = false;
  let canRegister = true;
  for (const r of sc.reasons) {
    if (r.code === 'eligible') continue;
    out.push(constant(lang, 'reason', r.code));
    if (r.code === 'not-in-resident-register') unregistered = true;
    if (r.code === 'not-mid-long-term' || r.code === 'status-not-in-force') canRegister = false;
  }
  // only people who can be recorded are told to register first
  if (unregistered && canRegister) out.push(constant(lang, 'hint', 'register-first'));
  if (sc.eligible) out.push(constant(lang, 'summary', 'optional'));
  out.push(constant(lang, 'office', d.office ?? 'none'));
  if (d.office) out.push(constant(lang, 'card', d.cardToBeIssued ?? 'none'));
  const permanent = proc.grantsPermanentResidence && d.cardToBeIssued !== null;
  if (d.cardExpiry) out.push(dated(lang, 'card-expiry', d.cardExpiry));
  else if (permanent)
    out.push(
      many(lang, 'card-expiry.after-permanent-residence', {
        adult: String(param('new-format-birthdays', s.asOf)),
        child: String(param('new-format-child-birthdays', s.asOf)),
      }),
    );
  if (d.documents.length > 0) out.push(list(lang, 'documents.list', 'document.', d.documents));
  if (d.procedureDocuments.length > 0)
    out.push(list(lang, 'procedure-documents.list', 'procedure-document.', d.procedureDocuments, procedure));
  if (d.earliestDate) out.push(dated(lang, 'earliest.date', d.earliestDate));
  if (d.applicationWindowFrom) out.push(dated(lang, 'window.from', d.applicationWindowFrom));
  if (d.lawfulStayUntil && d.lawfulStayUntil !== d.specialPeriodUntil)
    out.push(dated(lang, 'lawful.until', d.lawfulStayUntil));
  if (d.specialPeriodUntil) out.push(dated(lang, 'lawful.special-period', d.specialPeriodUntil));
  if (
    d.currentCardValidUntil &&
    s.holder.applicationPending &&
    d.currentCardValidUntil === d.specialPeriodUntil &&
    !d.warnings.includes('card-valid-through-special-period')
  )
    out.push(dated(lang, 'current-card.valid-until', d.currentCardValidUntil));
  if (d.myNumberFunctionExpiry) out.push(dated(lang, 'mynumber.expiry', d.myNumberFunctionExpiry));
  else if (d.cardToBeIssued?.startsWith('specified') && s.holder.periodOfStay !== 'indefinite' && !permanent)
    out.push(constant(lang, 'mynumber', 'unknown'));
  if (d.eCertificateExpiry) out.push(dated(lang, 'ecert.expiry', d.eCertificateExpiry));
  for (const w of d.warnings) out.push(warningSentence(lang, w, d, s));
  for (const st of d.steps) out.push(stepSentence(lang, st.code, st.deadline, procedure));
  for (const o of d.obligations) out.push(constant(lang, 'obligation', o));
  return out;
}

const renderedJson = new WeakMap<readonly string[], string>();

/** The JSON of a decision's messages, from the renderer's cache where it has it. */
export function messagesJson(m: Decision['messages']): string {
  let out = '{';
  let first = true;
  for (const lang of Object.keys(m) as Lang[]) {
    const texts = m[lang] as string[];
    out += `${first ? '' : ','}"${lang}":${renderedJson.get(texts) ?? JSON.stringify(texts)}`;
    first = false;
  }
  return `${out}}`;
}

/** Messages for a decision in the given languages. */
export function renderMessages(
  d: Decision,
  s: Situation,
  langs: readonly Lang[],
): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of langs) {
    const sentences = render(d, s, lang);
    const texts = sentences.map((x) => x.text);
    let json = '[';
    for (let i = 0; i < sentences.length; i++) json += (i === 0 ? '' : ',') + (sentences[i] as Sentence).json;
    renderedJson.set(texts, `${json}]`);
    out[lang] = texts;
  }
  return out;
}

/** The 入管法73条の2 penalty in force on `on`, as a sentence (with the unconfirmed in-force date said). */
export function illegalEmploymentPenaltyText(lang: Lang, on: IsoDate): string[] {
  const p = illegalEmploymentPenalty(on);
  const out = [
    t(lang, 'penalty.text', {
      years: String(p.years),
      punishment: t(lang, p.punishment === 'choeki' ? 'penalty.choeki' : 'penalty.kokinkei'),
      fine: p.fineYen.toLocaleString('en-US'),
    }),
  ];
  if (p.confidence === 'unverified' && p.from)
    out.push(t(lang, 'penalty.unverified', { date: formatDate(lang, p.from) }));
  return out;
}
