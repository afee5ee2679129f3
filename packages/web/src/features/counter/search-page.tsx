/** Search the residents this officer may see, by part of the name or by a card number. */
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, useFocusHeading } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { statusLabel } from './labels.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { TableRegion } from './table-region.tsx';
import type { PageOf, Resident } from './types.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function SearchPage() {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  useFocusHeading('search');
  const [name, setName] = useState('');
  const [cardNumber, setCardNumber] = useState('');
  const [found, setFound] = useState<Resident[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = new URLSearchParams({ limit: '50' });
    if (name.trim()) q.set('name', name.trim());
    if (cardNumber.trim()) q.set('cardNumber', cardNumber.trim().toUpperCase());
    try {
      setFound((await api<PageOf<Resident>>('GET', `/residents?${q}`, lang)).items);
      setProblem(null);
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
      setFound(null);
    }
  };
  return (
    <>
      <h1>{t('counter.search.title')}</h1>
      <ProblemSummary problem={problem} />
      <search>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label className="field__label" htmlFor="field-name">
              {t('counter.search.name')}
            </label>
            <p className="field__hint" id="name-hint">
              {t('counter.search.name-hint')}
            </p>
            <input
              className="input"
              id="field-name"
              aria-describedby="name-hint"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="field-cardNumber">
              {t('counter.search.card')}
            </label>
            <input
              className="input"
              id="field-cardNumber"
              autoCapitalize="characters"
              value={cardNumber}
              onChange={(e) => setCardNumber(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('counter.search.submit')}
          </button>
        </form>
      </search>
      {found && (
        <section aria-live="polite">
          <h2>{t('counter.search.results', { count: found.length })}</h2>
          {found.length > 0 && (
            <TableRegion label={t('counter.table.scroll')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('counter.resident.name')}</th>
                    <th scope="col">{t('counter.resident.birth')}</th>
                    <th scope="col">{t('counter.resident.status')}</th>
                    <th scope="col">{t('counter.resident.municipality')}</th>
                  </tr>
                </thead>
                <tbody>
                  {found.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/counter/residents/${encodeURIComponent(r.id)}`}>
                          {r.familyName} {r.givenName}
                        </Link>
                      </td>
                      <td>{r.birthDate}</td>
                      <td>{statusLabel(lang, r.status)}</td>
                      <td>{r.municipalityCode}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </section>
      )}
    </>
  );
}
