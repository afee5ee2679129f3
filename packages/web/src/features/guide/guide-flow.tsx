/**
 * The guide past its start page (a chunk of its own with the rules engine): one question per page, check
 * your answers, the answer from the rules engine run in the page. The answers live only in this page's memory:
 * history entries hold a token that names them (so Back and Forward find them), never the answers themselves
 * (browsers write history state to disk for session restore); "Clear my answers" forgets them and changes the
 * token, so no older entry finds them again. Never in storage. `?page=` names the page.
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

/** The answers of this page's life, by token. */
const kept = new Map<string, Answers>();
let token = crypto.randomUUID();

/** The answers the current history entry names (none after a reload, a clear, or in another page). */
function initialAnswers(): Answers {
  const st = history.state as { guide?: unknown } | null;
  const answers = typeof st?.guide === 'string' ? kept.get(st.guide) : undefined;
  return answers ? sanitize(answers) : {};
}

/** Remembers the answers and gives the history state that names them. */
function keep(answers: Answers): { guide: string } {
  kept.set(token, answers);
  return { guide: token };
}

export default function GuideFlow({ t }: { t: T }) {
  const { search } = useLocation();
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const params = new URLSearchParams(search);
  const page = params.get('page') ?? 'start';
  const today = todayOf(search);
  // a shared link carries its answers in the fragment (never sent to a server)
  const sharedParam = page === 'shared' ? new URLSearchParams(location.hash.slice(1)).get('a') : null;
  // one Situation per set of answers (the answer page decides once for it)
  const situation = useMemo(() => toSituation(answers, today), [answers, today]);

  // the current history entry holds the answers (Back, Forward and reload find them)
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new entry (search) gets the answers too
  useEffect(() => {
    const st = (history.state ?? {}) as Record<string, unknown>;
    history.replaceState({ ...st, ...keep(answers) }, '', location.href);
  }, [answers, search]);

  // a shared link: take its answers (never a birth date), drop them from the address, ask the birth date
  useEffect(() => {
    if (page !== 'shared') return;
    const shared = decodeShared(sharedParam);
    const next = shared ?? {};
    setAnswers(next);
    history.replaceState(keep(next), '', location.href);
    navigate(guideHref(shared ? 'birth-date' : 'start', shared ? { return: 'check', from: 'shared' } : {}), {
      replace: true,
      state: keep(next),
    });
  }, [page, sharedParam]);

  const clear = () => {
    kept.clear();
    token = crypto.randomUUID();
    setAnswers({});
    history.replaceState(keep({}), '', location.href);
    navigate(guideHref('start'), { state: keep({}) });
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
      navigate(target, { state: keep(next) });
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
