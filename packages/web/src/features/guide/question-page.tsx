/**
 * One question page: back link, the question as the `<h1>` (in the legend or label), hint, error summary and
 * inline error on an invalid answer (the summary takes the focus), Continue. The answer is kept as typed
 * and handed up only when it is valid.
 */
import {
  PENDING_KINDS,
  PROCEDURE_CODES,
  procedureName,
  t as rulesT,
  STATUS_CODES,
  statusName,
} from '@zairyu/rules';
import { type FormEvent, useEffect, useState } from 'react';
import { type T, useLanguage } from '../../shared/i18n.tsx';
import { Link, useFocusHeading } from '../../shared/router.tsx';
import { type Answers, cardChoices, type DateParts, type QuestionId } from './answers.ts';
import {
  DateQuestion,
  DurationQuestion,
  ErrorSummary,
  type FieldError,
  type Option,
  type Part,
  RadioQuestion,
  SelectQuestion,
} from './fields.tsx';
import { rulesLang } from './lang.ts';
import { usePageTitle } from './page-title.tsx';
import { PREFECTURE_CODES } from './prefectures.ts';
import { checkDate, checkPeriod, type DateRule, type Problem } from './validate.tsx';

const DATES: Partial<Record<QuestionId, { key: keyof Answers; rule: DateRule; birthday?: boolean }>> = {
  'stay-expiry': { key: 'stayExpiry', rule: 'any' },
  'birth-date': { key: 'birthDate', rule: 'past', birthday: true },
  'pending-filed-on': { key: 'pendingFiledOn', rule: 'past' },
  'moved-on': { key: 'movedOn', rule: 'any' },
  'cause-date': { key: 'causeDate', rule: 'past' },
  'lost-on': { key: 'lostOn', rule: 'past' },
};

const RADIOS: Partial<Record<QuestionId, keyof Answers>> = {
  'resident-record': 'residentRecord',
  card: 'card',
  pending: 'pending',
  'pending-kind': 'pendingKind',
  procedure: 'procedure',
  channel: 'channel',
  request: 'request',
};

const SELECTS: Partial<Record<QuestionId, keyof Answers>> = { status: 'status', prefecture: 'prefecture' };

const EMPTY_DATE: DateParts = { year: '', month: '', day: '' };

let firstMarked = false;

function radioOptions(id: QuestionId, a: Answers, t: T, lang: string): Option[] {
  const rl = rulesLang(lang);
  switch (id) {
    case 'card':
      return cardChoices(a).map((c) => ({ value: c, label: rulesT(rl, `card-kind.${c}`) }));
    case 'pending-kind':
      return PENDING_KINDS.map((k) => ({ value: k, label: procedureName(rl, k) }));
    case 'procedure':
      return PROCEDURE_CODES.map((p) => ({ value: p, label: procedureName(rl, p) }));
    case 'channel':
      return ['counter', 'online'].map((c) => ({
        value: c,
        label: t(`guide.channel.${c}`),
        hint: t(`guide.channel.${c}.hint`),
      }));
    default:
      return [
        { value: 'yes', label: t('guide.yes') },
        { value: 'no', label: t('guide.no') },
      ];
  }
}

function selectOptions(id: QuestionId, t: T, lang: string): Option[] {
  if (id === 'status') return STATUS_CODES.map((c) => ({ value: c, label: statusName(rulesLang(lang), c) }));
  return PREFECTURE_CODES.map((c) => ({ value: c, label: t(`guide.prefecture.${c}`) }));
}

/** The page of one question. */
export function QuestionPage({
  id,
  answers,
  today,
  back,
  t,
  onAnswer,
  shared,
}: {
  shared?: boolean;
  id: QuestionId;
  answers: Answers;
  today: string;
  back: string;
  t: T;
  onAnswer: (patch: Answers) => void;
}) {
  const { lang } = useLanguage();
  const [draft, setDraft] = useState<Answers>(answers);
  const [problem, setProblem] = useState<Problem | null>(null);
  useFocusHeading(id);
  useEffect(() => {
    if (id === 'status' && !firstMarked) {
      firstMarked = true;
      performance.mark('zairyu:first-question');
    }
  }, [id]);
  const question = t(`guide.q.${id}.title`);
  usePageTitle(question, problem ? t('guide.error.title-prefix') : undefined);
  const hintKey = `guide.q.${id}.hint`;
  const hint = t(hintKey) === hintKey ? undefined : t(hintKey);
  const errorText = problem ? t(problem.key) : undefined;
  const errorLabel = t('guide.error.label');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let p: Problem | null = null;
    const date = DATES[id];
    if (date) p = checkDate(id, (draft[date.key] as DateParts | undefined) ?? EMPTY_DATE, date.rule, today);
    else if (id === 'period') p = checkPeriod(draft.periodYears ?? '', draft.periodMonths ?? '');
    else {
      const key = RADIOS[id] ?? SELECTS[id];
      if (key && !draft[key]) p = { key: `guide.q.${id}.error`, part: 'all' };
      if (id === 'card' && draft.card && !cardChoices(draft).includes(draft.card))
        p = { key: 'guide.q.card.error', part: 'all' };
    }
    setProblem(p);
    if (p) return;
    const patch: Answers = {};
    if (date) Object.assign(patch, { [date.key]: draft[date.key] });
    else if (id === 'period')
      Object.assign(patch, { periodYears: draft.periodYears ?? '', periodMonths: draft.periodMonths ?? '' });
    else {
      const key = (RADIOS[id] ?? SELECTS[id]) as keyof Answers;
      Object.assign(patch, { [key]: draft[key] });
    }
    onAnswer(patch);
  };

  const errorHref = (part: Part) =>
    `#${part === 'month' ? `${id}-month` : part === 'day' ? `${id}-day` : id}`;
  const errors: FieldError[] =
    problem && errorText ? [{ href: errorHref(problem.part), text: errorText }] : [];
  const set = (patch: Answers) => setDraft((d) => ({ ...d, ...patch }));
  const common = { id, question, hint, error: errorText, errorLabel };

  let control: React.ReactNode;
  const date = DATES[id];
  if (date)
    control = (
      <DateQuestion
        {...common}
        errorPart={problem?.part}
        labels={{ year: t('guide.date.year'), month: t('guide.date.month'), day: t('guide.date.day') }}
        value={(draft[date.key] as DateParts | undefined) ?? EMPTY_DATE}
        onChange={(v) => set({ [date.key]: v })}
        birthday={date.birthday}
      />
    );
  else if (id === 'period')
    control = (
      <DurationQuestion
        {...common}
        labels={{ years: t('guide.period.years'), months: t('guide.period.months') }}
        years={draft.periodYears ?? ''}
        months={draft.periodMonths ?? ''}
        onChange={(periodYears, periodMonths) => set({ periodYears, periodMonths })}
      />
    );
  else if (SELECTS[id]) {
    const key = SELECTS[id] as keyof Answers;
    control = (
      <SelectQuestion
        {...common}
        options={selectOptions(id, t, lang)}
        placeholder={t('guide.select.placeholder')}
        value={draft[key] as string | undefined}
        onChange={(v) => set({ [key]: v || undefined })}
      />
    );
  } else {
    const key = RADIOS[id] as keyof Answers;
    control = (
      <RadioQuestion
        {...common}
        options={radioOptions(id, draft, t, lang)}
        value={draft[key] as string | undefined}
        onChange={(v) => set({ [key]: v })}
      />
    );
  }

  return (
    <>
      <Link className="back-link" href={back}>
        {t('guide.back')}
      </Link>
      <form noValidate onSubmit={submit} className="guide-question">
        <ErrorSummary title={t('guide.error.summary')} errors={errors} />
        {shared && id === 'birth-date' && (
          <div className="notice" role="note">
            <p>{t('guide.shared.notice')}</p>
          </div>
        )}
        {control}
        <div className="button-group">
          <button type="submit" className="button">
            {t('guide.continue')}
          </button>
        </div>
      </form>
    </>
  );
}
