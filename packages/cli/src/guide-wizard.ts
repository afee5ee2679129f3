/**
 * The interactive guide: asks the questions of a Situation in the user's language, then prints the
 * decision's messages and its legal basis. Prompts go through a `Prompter` so the flow is testable.
 */
import {
  CARD_KINDS,
  type CardKind,
  type DecideOptions,
  type Decision,
  decide,
  decisionCitations,
  isIsoDate,
  type Lang,
  PENDING_KINDS,
  PROCEDURE_CODES,
  parsePeriod,
  parseSituation,
  procedureName,
  type SituationInput,
  STATUS_CODES,
  type StatusCode,
  statusInfo,
  statusName,
  t,
} from '@zairyu/rules';

/** A choice in a select prompt. */
export interface Choice<T extends string> {
  name: string;
  value: T;
}

/** What the wizard needs from a terminal. */
export interface Prompter {
  select<T extends string>(message: string, choices: Choice<T>[], initial?: T): Promise<T>;
  input(message: string, validate: (v: string) => true | string, initial?: string): Promise<string>;
  confirm(message: string, initial: boolean): Promise<boolean>;
}

/** Asks the questions and returns the Situation the answers describe. */
export async function askSituation(p: Prompter, lang: Lang, today: string): Promise<SituationInput> {
  const date = (v: string) => (isIsoDate(v) ? true : t(lang, 'wizard.invalid-date'));
  const asOf = await p.input(t(lang, 'wizard.as-of'), date, today);
  const status = await p.select<StatusCode>(
    t(lang, 'wizard.status'),
    STATUS_CODES.map((c) => ({ name: statusName(lang, c), value: c })),
    'engineer-humanities-international',
  );
  const info = statusInfo(status);
  const spr = status === 'special-permanent-resident';
  let periodOfStay = 'indefinite';
  let stayExpiry: string | null = null;
  if (!info.indefinite) {
    periodOfStay = await p.input(
      t(lang, 'wizard.period'),
      (v) =>
        parsePeriod(v) !== null || (v === 'indefinite' && (status === 'diplomat' || status === 'none'))
          ? true
          : t(lang, 'wizard.invalid-period'),
      'P1Y',
    );
    if (status !== 'none') stayExpiry = await p.input(t(lang, 'wizard.stay-expiry'), date);
  }
  const birthDate = await p.input(t(lang, 'wizard.birth-date'), date);
  const residentRecord = await p.confirm(t(lang, 'wizard.resident-record'), true);
  const cards = CARD_KINDS.filter((c) =>
    spr ? c === 'none' || c.includes('special-permanent') : !c.includes('special-permanent'),
  );
  const card = await p.select<CardKind>(
    t(lang, 'wizard.card'),
    cards.map((c) => ({ name: t(lang, `card-kind.${c}`), value: c })),
    spr ? 'special-permanent-resident-certificate' : 'residence-card',
  );
  let applicationPending: SituationInput['holder']['applicationPending'] = null;
  if (!spr && status !== 'none' && (await p.confirm(t(lang, 'wizard.pending'), false))) {
    const kind = await p.select(
      t(lang, 'wizard.pending-kind'),
      PENDING_KINDS.map((k) => ({ name: procedureName(lang, k), value: k })),
    );
    const filedOn = await p.input(t(lang, 'wizard.pending-filed-on'), date, asOf);
    applicationPending = { kind, filedOn };
  }
  const procedure = await p.select(
    t(lang, 'wizard.procedure'),
    PROCEDURE_CODES.map((c) => ({ name: procedureName(lang, c), value: c })),
    'extension-of-stay',
  );
  const channel = await p.select(
    t(lang, 'wizard.channel'),
    [
      { name: t(lang, 'wizard.channel.counter'), value: 'counter' as const },
      { name: t(lang, 'wizard.channel.online'), value: 'online' as const },
    ],
    'counter',
  );
  const requestSpecifiedCard = await p.confirm(t(lang, 'wizard.request'), true);
  let lostOn: string | null = null;
  if (procedure === 'reissue-lost') lostOn = await p.input(t(lang, 'wizard.lost-on'), date, asOf);
  return {
    asOf,
    holder: { status, periodOfStay, stayExpiry, birthDate, residentRecord, card, applicationPending },
    procedure,
    channel,
    requestSpecifiedCard,
    lostOn,
    municipalityCode: null,
  };
}

/** The text printed after the questions: the messages, then the legal basis. */
export function formatResult(d: Decision, lang: Lang): string {
  const lines = [`\n== ${t(lang, 'wizard.result')} ==`];
  for (const m of d.messages[lang] ?? []) lines.push(`・${m}`);
  lines.push(`\n== ${t(lang, 'wizard.basis')} ==`);
  for (const c of decisionCitations(d)) {
    const title = lang === 'en' ? c.titleEn : c.title;
    lines.push(`・${title}${c.url ? ` <${c.url}>` : ''} [${c.confidence}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the whole interview and returns the printed result. */
export async function runWizard(
  p: Prompter,
  lang: Lang,
  today: string,
  options: DecideOptions,
): Promise<string> {
  const situation = await askSituation(p, lang, today);
  const parsed = parseSituation(situation);
  if (!parsed.ok) throw new Error(`wizard produced an invalid situation: ${JSON.stringify(parsed.issues)}`);
  return formatResult(decide(parsed.value, { ...options, langs: [lang] }), lang);
}
