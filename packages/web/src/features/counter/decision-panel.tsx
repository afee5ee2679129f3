/** The rules' decision on a filing, before it is submitted: accepted or not, why (cited), and what it says. */
import { type CounterAcceptance, type Decision, type MessageKey, t as rulesT } from '@zairyu/rules';
import { useEffect, useRef } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { rulesLang } from './labels.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

type Cited = {
  code: string;
  citations: { id: string; title: string; titleEn: string; url: string | null }[];
};

export function DecisionPanel({
  decision,
  acceptance,
}: {
  decision: Decision;
  acceptance: CounterAcceptance;
}) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const rl = rulesLang(lang);
  const reasonText = (code: string) => {
    try {
      return rulesT(rl, `reason.${code}` as MessageKey);
    } catch {
      return code;
    }
  };
  const reasons: Cited[] = acceptance.accepted ? decision.specifiedCard.reasons : acceptance.reasons;
  const refused = !acceptance.accepted;
  const title = useRef<HTMLHeadingElement>(null);
  // a new decision takes the focus, so that a screen reader reads it
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new decision moves the focus
  useEffect(() => {
    title.current?.focus();
  }, [decision]);
  return (
    <section
      className={refused ? 'counter-decision counter-decision--refused' : 'counter-decision'}
      aria-labelledby="decision-title"
      aria-live="polite"
    >
      <h2 id="decision-title" tabIndex={-1} ref={title}>
        {refused ? t('counter.decision.refused') : t('counter.decision.accepted')}
      </h2>
      {refused && acceptance.from && <p>{t('counter.decision.from', { date: acceptance.from })}</p>}
      <h3>{t('counter.decision.reasons')}</h3>
      <ul className="counter-reasons">
        {reasons.map((r) => (
          <li key={r.code} data-reason={r.code}>
            {reasonText(r.code)}
            {r.citations.map((c) =>
              c.url ? (
                <a key={c.id} href={c.url} rel="noreferrer" target="_blank">
                  {rl === 'en' ? c.titleEn : c.title}
                </a>
              ) : (
                <span key={c.id}> ({rl === 'en' ? c.titleEn : c.title})</span>
              ),
            )}
          </li>
        ))}
      </ul>
      {!refused && (
        <>
          <h3>{t('counter.decision.says')}</h3>
          <ul>
            {(decision.messages[rl] ?? []).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
