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

const dateCache = new Map<string, string>();

/** A date as people of that language write it. */
export function formatDate(lang: Lang, date: IsoDate): string {
  const key = lang + date;
  const hit = dateCache.get(key);
  if (hit !== undefined) return hit;
  if (dateCache.size > 50_000) dateCache.clear();
  const text = formatDateUncached(lang, date);
  dateCache.set(key, text);
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

function warningText(lang: Lang, w: WarningCode, d: Decision, s: Situation): string {
  switch (w) {
    case 'wait-for-start-date':
      return t(lang, 'warning.wait-for-start-date', { date: formatDate(lang, COUNTERS) });
    case 'my-number-card-extension-in-special-period':
      return t(lang, 'warning.my-number-card-extension-in-special-period', {
        months: String(param('my-number-card-special-extension-months', s.asOf)),
      });
    case 'card-valid-through-special-period':
      return t(lang, 'warning.card-valid-through-special-period', {
        date: d.currentCardValidUntil ? formatDate(lang, d.currentCardValidUntil) : '',
      });
    default:
      return t(lang, `warning.${w}`);
  }
}

function render(d: Decision, s: Situation, lang: Lang): string[] {
  const out: string[] = [];
  const proc = procedureInfo(s.procedure);
  const spr = s.holder.status === 'special-permanent-resident';
  const specified = t(lang, spr ? 'name.specified-spr' : 'name.specified');
  const date = (x: IsoDate) => formatDate(lang, x);
  const sc = d.specifiedCard;
  const procedure = procedureName(lang, s.procedure);
  if (sc.available) out.push(t(lang, 'summary.available', { specified, procedure }));
  else
    out.push(t(lang, sc.eligible ? 'summary.eligible-not-available' : 'summary.not-eligible', { specified }));
  let unregistered = false;
  let canRegister = true;
  for (const r of sc.reasons) {
    if (r.code === 'eligible') continue;
    out.push(t(lang, `reason.${r.code}`));
    if (r.code === 'not-in-resident-register') unregistered = true;
    if (r.code === 'not-mid-long-term' || r.code === 'status-not-in-force') canRegister = false;
  }
  // only people who can be recorded are told to register first
  if (unregistered && canRegister) out.push(t(lang, 'hint.register-first'));
  if (sc.eligible) out.push(t(lang, 'summary.optional'));
  out.push(t(lang, d.office ? `office.${d.office}` : 'office.none'));
  if (d.office) out.push(t(lang, d.cardToBeIssued ? `card.${d.cardToBeIssued}` : 'card.none'));
  const permanent = proc.grantsPermanentResidence && d.cardToBeIssued !== null;
  if (d.cardExpiry) out.push(t(lang, 'card-expiry', { date: date(d.cardExpiry) }));
  else if (permanent)
    out.push(
      t(lang, 'card-expiry.after-permanent-residence', {
        adult: String(param('new-format-birthdays', s.asOf)),
        child: String(param('new-format-child-birthdays', s.asOf)),
      }),
    );
  const sep = t(lang, 'documents.separator');
  if (d.documents.length > 0)
    out.push(t(lang, 'documents.list', { list: d.documents.map((x) => t(lang, `document.${x}`)).join(sep) }));
  if (d.procedureDocuments.length > 0)
    out.push(
      t(lang, 'procedure-documents.list', {
        procedure,
        list: d.procedureDocuments.map((x) => t(lang, `procedure-document.${x}`)).join(sep),
      }),
    );
  if (d.earliestDate) out.push(t(lang, 'earliest.date', { date: date(d.earliestDate) }));
  if (d.applicationWindowFrom) out.push(t(lang, 'window.from', { date: date(d.applicationWindowFrom) }));
  if (d.lawfulStayUntil && d.lawfulStayUntil !== d.specialPeriodUntil)
    out.push(t(lang, 'lawful.until', { date: date(d.lawfulStayUntil) }));
  if (d.specialPeriodUntil) out.push(t(lang, 'lawful.special-period', { date: date(d.specialPeriodUntil) }));
  if (
    d.currentCardValidUntil &&
    s.holder.applicationPending &&
    d.currentCardValidUntil === d.specialPeriodUntil &&
    !d.warnings.includes('card-valid-through-special-period')
  )
    out.push(t(lang, 'current-card.valid-until', { date: date(d.currentCardValidUntil) }));
  if (d.myNumberFunctionExpiry)
    out.push(t(lang, 'mynumber.expiry', { date: date(d.myNumberFunctionExpiry) }));
  else if (d.cardToBeIssued?.startsWith('specified') && s.holder.periodOfStay !== 'indefinite' && !permanent)
    out.push(t(lang, 'mynumber.unknown'));
  if (d.eCertificateExpiry) out.push(t(lang, 'ecert.expiry', { date: date(d.eCertificateExpiry) }));
  for (const w of d.warnings) out.push(warningText(lang, w, d, s));
  for (const st of d.steps) {
    const text =
      st.code === 'file-procedure'
        ? t(lang, 'step.file-procedure', { procedure })
        : t(lang, `step.${st.code}`);
    out.push(st.deadline ? t(lang, 'step.deadline', { step: text, date: date(st.deadline) }) : text);
  }
  for (const o of d.obligations) out.push(t(lang, `obligation.${o}`));
  return out;
}

/** Messages for a decision in the given languages. */
export function renderMessages(
  d: Decision,
  s: Situation,
  langs: readonly Lang[],
): Partial<Record<Lang, string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of langs) out[lang] = render(d, s, lang);
  return out;
}
