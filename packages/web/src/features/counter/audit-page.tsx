/** The tenant's audit (administrators and auditors): events in chain order, field names only, and a check of the chain. */
import { useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, useFocusHeading, useLocation } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';
import { TableRegion } from './table-region.tsx';
import type { AuditEvent } from './types.ts';
import { useLoad } from './use-load.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });
const PAGE = 200;

export function AuditPage() {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { can } = useSession();
  const { search } = useLocation();
  useFocusHeading('audit');
  const after = new URLSearchParams(search).get('after') ?? '0';
  const { data, problem } = useLoad(
    () => api<AuditEvent[]>('GET', `/audit/events?limit=${PAGE}&afterSeq=${Number(after) || 0}`, lang),
    [after, lang],
  );
  const [verified, setVerified] = useState<{ ok: boolean; checked: number } | null>(null);
  const [verifyProblem, setVerifyProblem] = useState<Problem | null>(null);
  const verify = async () => {
    try {
      setVerified(await api<{ ok: boolean; checked: number }>('GET', '/audit/verify', lang));
      setVerifyProblem(null);
    } catch (err) {
      setVerifyProblem(err instanceof ApiError ? err.problem : null);
    }
  };
  return (
    <>
      <h1>{t('counter.audit.title')}</h1>
      <p>{t('counter.audit.lead')}</p>
      <ProblemSummary problem={problem ?? verifyProblem} />
      {can('audit.verify') && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void verify()}>
            {t('counter.audit.verify')}
          </button>
        </p>
      )}
      {verified && (
        <div className={verified.ok ? 'notice notice--success' : 'notice notice--error'} role="status">
          {verified.ok
            ? t('counter.audit.ok', { count: verified.checked })
            : t('counter.audit.broken', { count: verified.checked })}
        </div>
      )}
      {data && (
        <TableRegion label={t('counter.table.scroll')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('counter.audit.at')}</th>
                <th scope="col">{t('counter.audit.actor')}</th>
                <th scope="col">{t('counter.audit.event')}</th>
                <th scope="col">{t('counter.audit.subject')}</th>
                <th scope="col">{t('counter.audit.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{e.actorRole}</td>
                  <td>
                    <code>{e.event}</code>
                  </td>
                  <td>
                    {e.subjectType} {e.subjectId}
                  </td>
                  <td>{e.changedFields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {data && data.length === PAGE && (
        <p>
          <Link href={`/counter/audit?after=${data[data.length - 1]?.seq ?? 0}`}>
            {t('counter.audit.next')}
          </Link>
        </p>
      )}
    </>
  );
}
