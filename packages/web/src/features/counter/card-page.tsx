/**
 * A card: its state and its My Number function; the chip read back with the verdict of every check; a loss
 * report (suspends the My Number function of a 特定 card); and the next steps — re-issue after a loss, a
 * switch to a 特定在留カード, the return of one — as filings prepared for the officer.
 */
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, useFocusHeading, useLocation } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { type DateParts, isoOf, partsOf } from './date-input.tsx';
import { LossFields } from './loss-fields.tsx';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';
import { TableRegion } from './table-region.tsx';
import type { Card, ChipRead } from './types.ts';
import { useLoad } from './use-load.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

const BADGE: Record<string, string> = {
  SUCCEEDED: 'badge badge--ok',
  FAILED: 'badge badge--bad',
  NOT_CHECKED: 'badge badge--neutral',
  NOT_PRESENT: 'badge badge--neutral',
};

function ChipVerdict({ card }: { card: Card }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const [read, setRead] = useState<ChipRead | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      setRead(await api<ChipRead>('POST', `/cards/${encodeURIComponent(card.id)}/chip/read`, lang));
      setProblem(null);
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="chip-title">
      <h2 id="chip-title">{t('counter.chip.title')}</h2>
      <p>{t('counter.chip.lead')}</p>
      <ProblemSummary problem={problem} />
      <button type="button" className="button button--secondary" onClick={() => void run()} disabled={busy}>
        {busy ? t('counter.chip.reading') : t('counter.chip.read')}
      </button>
      {read && (
        <TableRegion label={t('counter.table.scroll')} live>
          <table className="table">
            <caption>{t('counter.chip.verdict', { number: String(read.fields.cardNumber ?? '') })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counter.chip.check')}</th>
                <th scope="col">{t('counter.chip.result')}</th>
                <th scope="col">{t('counter.chip.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {read.verdict.map((v) => (
                <tr key={v.check} data-check={v.check}>
                  <th scope="row">{t(`counter.chip.check.${v.check}`)}</th>
                  <td>
                    <span className={BADGE[v.status] ?? 'badge'}>{t(`counter.chip.status.${v.status}`)}</span>
                  </td>
                  <td>
                    <code>{v.reason}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function LossForm({ card, onReported }: { card: Card; onReported: (c: Card) => void }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { me } = useSession();
  const [lostOn, setLostOn] = useState<DateParts>(partsOf(me?.today));
  const [police, setPolice] = useState('');
  const [channel, setChannel] = useState<'counter' | 'call-centre'>('counter');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const r = await api<{ card: Card }>('POST', `/cards/${encodeURIComponent(card.id)}/loss`, lang, {
        lostOn: isoOf(lostOn) ?? '',
        policeReceiptNumber: police.trim(),
        suspendChannel: channel,
      });
      setProblem(null);
      onReported(r.card);
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="counter-inline-form" onSubmit={submit} noValidate aria-labelledby="loss-title">
      <h3 id="loss-title">{t('counter.loss.title')}</h3>
      <ProblemSummary problem={problem} />
      <LossFields lostOn={lostOn} police={police} onLostOn={setLostOn} onPolice={setPolice} />
      {card.specified && (
        <fieldset className="field">
          <legend className="field__label">{t('counter.loss.suspend')}</legend>
          <div className="radios">
            {(['counter', 'call-centre'] as const).map((c) => (
              <div className="radio" key={c}>
                <input
                  type="radio"
                  id={`field-suspend-${c}`}
                  name="suspend"
                  checked={channel === c}
                  onChange={() => setChannel(c)}
                />
                <label htmlFor={`field-suspend-${c}`}>{t(`counter.loss.suspend.${c}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <button type="submit" className="button button--danger" disabled={busy}>
        {t('counter.loss.submit')}
      </button>
    </form>
  );
}

export function CardPage({ cardId }: { cardId: string }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { can } = useSession();
  const { state } = useLocation();
  const {
    data: card,
    problem,
    setData,
  } = useLoad(() => api<Card>('GET', `/cards/${encodeURIComponent(cardId)}`, lang), [cardId, lang]);
  useFocusHeading(card ? `card-${cardId}` : null);
  const [reported, setReported] = useState<'lost' | 'found' | null>(null);
  const [actionProblem, setActionProblem] = useState<Problem | null>(null);
  if (problem) return <ProblemSummary problem={problem} />;
  if (!card) return <p className="loading">{t('counter.loading')}</p>;
  const notice = reported ?? (state as { notice?: string } | null)?.notice;
  const found = async () => {
    try {
      setData(await api<Card>('POST', `/cards/${encodeURIComponent(card.id)}/my-number/resume`, lang));
      setReported('found');
      setActionProblem(null);
    } catch (err) {
      setActionProblem(err instanceof ApiError ? err.problem : null);
    }
  };
  const resident = `/counter/residents/${encodeURIComponent(card.residentId)}`;
  const row = (label: string, value: string) => (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const fileHref = (procedure: string, extra: Record<string, string> = {}) =>
    `${resident}/file?${new URLSearchParams({ procedure, ...extra })}`;
  return (
    <>
      <p>
        <Link className="back-link" href={resident}>
          {t('counter.back')}
        </Link>
      </p>
      <h1>{t('counter.card.title', { number: card.cardNumber })}</h1>
      {notice && (
        <div className="notice notice--success" role="status">
          {t(`counter.notice.${notice}`)}
        </div>
      )}
      <dl className="summary-list">
        {row(t('counter.card.kind'), t(`counter.card.kind.${card.kind}`))}
        {row(t('counter.card.state'), t(`counter.card.state.${card.state}`))}
        {row(t('counter.card.issued'), card.issuedOn)}
        {row(t('counter.card.expires'), card.expiresOn)}
        {card.myNumber && row(t('counter.card.my-number'), t(`counter.my-number.${card.myNumber.state}`))}
      </dl>
      {can('cards.read-chip') && <ChipVerdict card={card} />}
      <h2>{t('counter.card.next')}</h2>
      {card.state === 'issued' && can('cards.report-loss') && (
        <LossForm
          card={card}
          onReported={(c) => {
            setData(c);
            setReported('lost');
          }}
        />
      )}
      <ProblemSummary problem={actionProblem} />
      {card.state === 'lost' && can('cards.resume-my-number') && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void found()}>
            {t('counter.card.found')}
          </button>
        </p>
      )}
      <ul hidden={!can('applications.file')}>
        {card.state === 'lost' && (
          <li>
            <Link href={fileHref('reissue-lost')}>{t('counter.card.reissue')}</Link>
          </li>
        )}
        {card.state === 'issued' && !card.specified && (
          <li>
            <Link href={fileHref('reissue-exchange', { request: '1' })}>{t('counter.card.switch')}</Link>
          </li>
        )}
        {card.state === 'issued' && card.specified && (
          <li>
            <Link href={fileHref('return-specified-card')}>{t('counter.card.return')}</Link>
          </li>
        )}
      </ul>
    </>
  );
}
