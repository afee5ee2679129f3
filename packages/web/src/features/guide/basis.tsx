/**
 * A statement of the answer with its legal basis: the rules' citations as links (e-Gov for laws, the page for
 * ISA and secondary sources; the source article, which has no address, as text).
 */
import { type Citation, type CitationId, cite, type Decision } from '@zairyu/rules';
import type { ReactNode } from 'react';
import type { T } from '../../shared/i18n.tsx';

/** The citations of the trace entries of a rule (or of rules starting with a prefix ending in ':'). */
export function traceCites(d: Decision, rule: string): Citation[] {
  const ids = new Set<CitationId>();
  for (const e of d.trace)
    if (rule.endsWith(':') ? e.rule.startsWith(rule) : e.rule === rule)
      for (const c of e.citations) ids.add(c);
  return cite(...ids);
}

function unique(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    if (seen.has(c.id)) return false;
    seen.add(c.id);
    return true;
  });
}

/** The citations as a line of links. */
export function Basis({ citations, t, lang }: { citations: readonly Citation[]; t: T; lang: string }) {
  const list = unique(citations);
  if (list.length === 0) return null;
  return (
    <p className="guide-basis">
      <span className="guide-basis__label">{t('guide.answer.basis')}</span>{' '}
      {list.map((c, i) => {
        const title = lang === 'en' ? c.titleEn : c.title;
        return (
          <span key={c.id}>
            {i > 0 && t('guide.answer.basis-separator')}
            {c.url ? (
              <a href={c.url} rel="noreferrer" data-citation={c.id}>
                {title}
              </a>
            ) : (
              <span data-citation={c.id}>{title}</span>
            )}
          </span>
        );
      })}
    </p>
  );
}

/** One statement and the law it rests on. */
export function Statement({
  children,
  citations,
  t,
  lang,
}: {
  children: ReactNode;
  citations: readonly Citation[];
  t: T;
  lang: string;
}) {
  return (
    <div className="guide-statement">
      <p>{children}</p>
      <Basis citations={citations} t={t} lang={lang} />
    </div>
  );
}
