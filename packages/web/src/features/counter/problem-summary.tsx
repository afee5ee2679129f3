/** A refused request as a GOV.UK/DADS error summary: the title, each field's problem, the rules' reasons. */
import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../../shared/i18n.tsx';
import type { Problem } from './api.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

/** The element a field's error links to (radio groups: their first choice). */
const TARGET: Record<string, string> = { sex: 'field-sex-male' };

export function ProblemSummary({
  problem,
  fieldLabel,
}: {
  problem: Problem | null;
  fieldLabel?: (path: string) => string | null;
}) {
  const t = useMessages(catalogs);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const title = problem.code === 'network' ? t('counter.error.network') : problem.title;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.code}`}>
              {fieldLabel?.(e.path) ? (
                <a href={`#${TARGET[e.path.split('.')[0] as string] ?? `field-${e.path.split('.')[0]}`}`}>
                  {fieldLabel(e.path)}: {e.message}
                </a>
              ) : (
                `${e.path}: ${e.message}`
              )}
            </li>
          ))}
        </ul>
      )}
      {problem.reasons && problem.reasons.length > 0 && (
        <>
          <h3>{t('counter.error.reasons')}</h3>
          <ul className="counter-reasons">
            {problem.reasons.map((r) => (
              <li key={r.code}>
                {r.message ?? r.code}{' '}
                {r.citations.map((c) =>
                  c.url ? (
                    <a key={c.id} href={c.url} rel="noreferrer" target="_blank">
                      {c.title}
                    </a>
                  ) : (
                    <span key={c.id}>{c.title}</span>
                  ),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
