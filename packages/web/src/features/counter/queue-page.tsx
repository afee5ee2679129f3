/** The work queue: filed applications awaiting grant that this officer may grant, oldest first. */
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, useFocusHeading } from '../../shared/router.tsx';
import { api } from './api.ts';
import { procedureLabel } from './labels.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { TableRegion } from './table-region.tsx';
import type { Application, PageOf } from './types.ts';
import { useLoad } from './use-load.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

type Item = { application: Application; resident: { id: string; displayName: string } };

export function QueuePage() {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  useFocusHeading('queue');
  const { data, problem } = useLoad(() => api<PageOf<Item>>('GET', '/work-queue?limit=100', lang), [lang]);
  return (
    <>
      <h1>{t('counter.queue.title')}</h1>
      <p>{t('counter.queue.lead')}</p>
      <ProblemSummary problem={problem} />
      {data && data.items.length === 0 && <p>{t('counter.queue.empty')}</p>}
      {data && data.items.length > 0 && (
        <TableRegion label={t('counter.table.scroll')}>
          <table className="table">
            <caption className="visually-hidden">{t('counter.queue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counter.queue.filed-on')}</th>
                <th scope="col">{t('counter.queue.resident')}</th>
                <th scope="col">{t('counter.queue.procedure')}</th>
                <th scope="col">{t('counter.queue.request')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map(({ application: a, resident }) => (
                <tr key={a.id}>
                  <td>{a.filedOn}</td>
                  <td>
                    <Link href={`/counter/residents/${encodeURIComponent(resident.id)}`}>
                      {resident.displayName}
                    </Link>
                  </td>
                  <td>{procedureLabel(lang, a.procedure)}</td>
                  <td>{a.requestSpecifiedCard ? t('counter.yes') : t('counter.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
