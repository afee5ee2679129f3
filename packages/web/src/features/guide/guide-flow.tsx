/**
 * The guide past its start page (a chunk of its own with the rules engine): one question per page, check
 * your answers, the answer from the rules engine run in the page. The answers live in React state and in the
 * current history entry's state (Back and reload keep them); never in storage. `?page=` names the page.
 */
import { useEffect, useMemo, useState } from 'react';
import type { T } from '../../shared/i18n.tsx';
import { navigate, useLocation } from '../../shared/router.tsx';
import { AnswerPage } from './answer-page.tsx';
import { type Answers, firstUnanswered, flow, isQuestionId, sanitize, toSituation } from './answers.ts';
import { answerProblems, CheckAnswers } from './check-answers.tsx';
import { guideHref, todayOf } from './nav.tsx';
import { QuestionPage } from './question-page.tsx';
import { decodeShared } from './share.ts';

function initialAnswers(): Answers {
  const st = history.state as { guide?: unknown } | null;
  return sanitize(st?.guide);
}

export default function GuideFlow({ t }: { t: T }) {
  const { search } = useLocation();
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const params = new URLSearchParams(search);
  const page = params.get('page') ?? 'start';
  const today = todayOf(search);
  const sharedParam = params.get('a');
  // one Situation per set of answers (the answer page decides once for it)
  const situation = useMemo(() => toSituation(answers, today), [answers, today]);

  // the current history entry holds the answers (Back, Forward and reload find them)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new entry (search) gets the answers too
  useEffect(() => {
    const st = (history.state ?? {}) as Record<string, unknown>;
    history.replaceState({ ...st, guide: answers }, '', location.href);
  }, [answers, search]);

  // a shared link: take its answers (never a birth date), drop them from the address, ask the birth date
  useEffect(() => {
    if (page !== 'shared') return;
    const shared = decodeShared(sharedParam);
    const next = shared ?? {};
    setAnswers(next);
    history.replaceState({ guide: next }, '', location.href);
    navigate(guideHref(shared ? 'birth-date' : 'start', shared ? { return: 'check', from: 'shared' } : {}), {
      replace: true,
      state: { guide: next },
    });
  }, [page, sharedParam]);

  const clear = () => {
    setAnswers({});
    history.replaceState({ guide: {} }, '', location.href);
    navigate(guideHref('start'), { state: { guide: {} } });
  };

  if (page === 'start' || page === 'shared') return null;

  if (isQuestionId(page)) {
    const questions = flow(answers);
    const returning = params.get('return') === 'check';
    const i = questions.indexOf(page);
    const back = returning
      ? guideHref('check')
      : i > 0
        ? guideHref(questions[i - 1] as string)
        : guideHref('start');
    const onAnswer = (patch: Answers) => {
      const next = { ...answers, ...patch };
      setAnswers(next);
      const order = flow(next);
      const missing = firstUnanswered(next);
      let target: string;
      if (returning) target = missing ? guideHref(missing, { return: 'check' }) : guideHref('check');
      else {
        const after = order[order.indexOf(page) + 1];
        target = after ? guideHref(after) : guideHref('check');
      }
      navigate(target, { state: { guide: next } });
    };
    return (
      <QuestionPage
        key={page}
        id={page}
        answers={answers}
        today={today}
        back={back}
        t={t}
        onAnswer={onAnswer}
        shared={params.get('from') === 'shared'}
      />
    );
  }

  const missing = firstUnanswered(answers);
  if (missing !== null) return <QuestionRedirect to={guideHref(missing)} />;
  if (page === 'check' || answerProblems(answers, today).length > 0)
    return <CheckAnswers answers={answers} today={today} t={t} />;
  if (!situation) return <QuestionRedirect to={guideHref(missing ?? 'status')} />;
  return <AnswerPage situation={situation} answers={answers} t={t} onClear={clear} />;
}

/** Sends an incomplete set of answers to the first question still to answer. */
function QuestionRedirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
