/**
 * "Check your answers" (GOV.UK check answers, DADS description list): every answer asked for, with a Change
 * link that returns to the question and then back here. Answers that contradict each other (the rules'
 * consistency checks) are shown as errors on the answers concerned.
 */
import { type InputIssue, parseSituation } from '@zairyu/rules';
import { useMemo } from 'react';
import type { T } from '../../shared/i18n.tsx';
import { useLanguage } from '../../shared/i18n.tsx';
import { Link, navigate, useFocusHeading } from '../../shared/router.tsx';
import { answerText } from './answer-text.tsx';
import { type Answers, flow, type QuestionId, toSituation } from './answers.ts';
import { ErrorSummary, type FieldError } from './fields.tsx';
import { guideHref } from './nav.tsx';
import { usePageTitle } from './page-title.tsx';

/** The question an input issue of the Situation is about. */
function questionOf(issue: InputIssue): QuestionId {
  const p = issue.path;
  if (p === 'holder.card') return 'card';
  if (p === 'holder.periodOfStay') return 'period';
  if (p === 'holder.stayExpiry') return 'stay-expiry';
  if (p === 'holder.birthDate') return 'birth-date';
  if (p.startsWith('holder.applicationPending'))
    return p.endsWith('filedOn') ? 'pending-filed-on' : 'pending-kind';
  if (p === 'lostOn') return 'lost-on';
  if (p === 'causeDate') return 'cause-date';
  if (p === 'movedOn') return 'moved-on';
  if (p === 'procedure') return 'procedure';
  return 'status';
}

/** The problems of complete answers, by question (empty when the rules accept the situation). */
export function answerProblems(a: Answers, today: string): QuestionId[] {
  const s = toSituation(a, today);
  if (!s) return [];
  const r = parseSituation(s);
  return r.ok ? [] : [...new Set(r.issues.map(questionOf))];
}

export function CheckAnswers({ answers, today, t }: { answers: Answers; today: string; t: T }) {
  const { lang } = useLanguage();
  const heading = t('guide.check.title');
  const problems = useMemo(() => answerProblems(answers, today), [answers, today]);
  usePageTitle(heading, problems.length ? t('guide.error.title-prefix') : undefined);
  useFocusHeading('check');
  const errors: FieldError[] = problems.map((q) => ({
    href: `#change-${q}`,
    text: t('guide.check.inconsistent', { question: t(`guide.q.${q}.label`) }),
  }));
  const questions = flow(answers);
  return (
    <>
      <Link className="back-link" href={guideHref(questions[questions.length - 1] as string)}>
        {t('guide.back')}
      </Link>
      <ErrorSummary title={t('guide.error.summary')} errors={errors} />
      <h1>{heading}</h1>
      <dl className="summary-list guide-summary">
        {questions.map((q) => (
          <div
            className={`summary-list__row${problems.includes(q) ? ' summary-list__row--error' : ''}`}
            key={q}
          >
            <dt>{t(`guide.q.${q}.label`)}</dt>
            <dd>{answerText(q, answers, t, lang)}</dd>
            <dd>
              <Link id={`change-${q}`} href={guideHref(q, { return: 'check' })}>
                {t('guide.check.change')}
                <span className="visually-hidden"> {t(`guide.q.${q}.label`)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={problems.length > 0}
          onClick={() => navigate(guideHref('answer'), { state: history.state })}
        >
          {t('guide.check.submit')}
        </button>
      </div>
    </>
  );
}
