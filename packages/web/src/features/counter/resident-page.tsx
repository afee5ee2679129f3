/** A resident: their data, their applications (grant the filed ones) and their cards. */
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, useFocusHeading, useLocation } from '../../shared/router.tsx';
import { api } from './api.ts';
import { GrantForm } from './grant-form.tsx';
import { procedureLabel, statusLabel } from './labels.ts';
import { periodParts } from './period.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';
import { TableRegion } from './table-region.tsx';
import type { Application, Card, Resident } from './types.ts';
import { useLoad } from './use-load.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function ResidentPage({ residentId }: { residentId: string }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { can } = useSession();
  const { state } = useLocation();
  const id = encodeURIComponent(residentId);
  const { data, problem, reload } = useLoad(async () => {
    const [resident, applications, cards] = await Promise.all([
      api<Resident>('GET', `/residents/${id}`, lang),
      api<Application[]>('GET', `/applications?residentId=${id}&limit=100`, lang),
      api<Card[]>('GET', `/cards?residentId=${id}&limit=100`, lang),
    ]);
    return { resident, applications, cards };
  }, [id, lang]);
  useFocusHeading(data ? `resident-${residentId}` : null);
  const notice = (state as { notice?: string } | null)?.notice;
  if (problem)
    return (
      <>
        <h1>{t('counter.resident.title')}</h1>
        <ProblemSummary problem={problem} />
      </>
    );
  if (!data) return <p className="loading">{t('counter.loading')}</p>;
  const { resident: r, applications, cards } = data;
  const periodText = (iso: string) => {
    const p = periodParts(iso);
    if (!p) return iso === 'indefinite' ? t('counter.period.indefinite') : iso;
    return [
      p.years ? t('counter.period.years', { n: p.years }) : '',
      p.months ? t('counter.period.months', { n: p.months }) : '',
      p.days ? t('counter.period.days', { n: p.days }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const row = (label: string, value: string) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <h1>
        {r.familyName} {r.givenName}
      </h1>
      {notice && (
        <div className="notice notice--success" role="status">
          {t(`counter.notice.${notice}`)}
        </div>
      )}
      <dl className="summary-list">
        {row(t('counter.resident.birth'), r.birthDate)}
        {row(t('counter.resident.nationality'), r.nationality)}
        {row(t('counter.resident.status'), statusLabel(lang, r.status))}
        {row(t('counter.resident.period'), periodText(r.periodOfStay))}
        {row(t('counter.resident.expiry'), r.stayExpiry ?? t('counter.none'))}
        {row(t('counter.resident.address'), r.address)}
        {row(t('counter.resident.municipality'), r.municipalityCode)}
        {row(t('counter.resident.record'), r.residentRecord ? t('counter.yes') : t('counter.no'))}
      </dl>
      {can('applications.file') && (
        <p>
          <Link className="button" href={`/counter/residents/${id}/file`}>
            {t('counter.resident.file')}
          </Link>
        </p>
      )}

      <h2>{t('counter.resident.applications')}</h2>
      {applications.length === 0 && <p>{t('counter.none')}</p>}
      {applications.map((a) => (
        <section key={a.id} aria-labelledby={`app-${a.id}`}>
          <h3 id={`app-${a.id}`}>
            {procedureLabel(lang, a.procedure)} — {t(`counter.application.${a.status}`)}
          </h3>
          <p>
            {t('counter.application.filed', { date: a.filedOn })}
            {a.requestSpecifiedCard ? ` ${t('counter.application.with-request')}` : ''}
          </p>
          {a.status === 'filed' && can('applications.grant') && (
            <GrantForm application={a} onGranted={() => void reload()} />
          )}
        </section>
      ))}

      <h2>{t('counter.resident.cards')}</h2>
      {cards.length === 0 && <p>{t('counter.none')}</p>}
      {cards.length > 0 && (
        <TableRegion label={t('counter.table.scroll')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('counter.card.number')}</th>
                <th scope="col">{t('counter.card.kind')}</th>
                <th scope="col">{t('counter.card.state')}</th>
                <th scope="col">{t('counter.card.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/counter/cards/${encodeURIComponent(c.id)}`}>{c.cardNumber}</Link>
                  </td>
                  <td>{t(`counter.card.kind.${c.kind}`)}</td>
                  <td>{t(`counter.card.state.${c.state}`)}</td>
                  <td>{c.expiresOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
