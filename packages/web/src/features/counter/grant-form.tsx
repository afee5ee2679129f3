/** Grant a filed application (a card is issued when the procedure issues one); a new period when it changes. */
import { PROCEDURE_CODES, type ProcedureCode, procedureInfo } from '@zairyu/rules';
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { navigate } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { DateInput, type DateParts, isoOf, partsOf } from './date-input.tsx';
import { procedureLabel } from './labels.ts';
import { periodOf } from './period.ts';
import { PeriodInput } from './period-input.tsx';
import { ProblemSummary } from './problem-summary.tsx';
import { StatusSelect } from './status-select.tsx';
import type { Application, Card } from './types.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function GrantForm({ application, onGranted }: { application: Application; onGranted: () => void }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const [expiry, setExpiry] = useState<DateParts>(partsOf(null));
  const [years, setYears] = useState('');
  const [months, setMonths] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  // what the grant decides, as the rules describe the procedure: a new status, a new period (permanent
  // residence: indefinite, nothing to ask)
  const info = (PROCEDURE_CODES as readonly string[]).includes(application.procedure)
    ? procedureInfo(application.procedure as ProcedureCode)
    : null;
  const withPeriod = Boolean(
    info && (info.changesPeriod || info.changesStatus) && !info.grantsPermanentResidence,
  );
  const withStatus = Boolean(info?.changesStatus && !info.grantsPermanentResidence);
  const [status, setStatus] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (withStatus && status) body.newStatus = status;
    if (withPeriod) {
      const iso = isoOf(expiry);
      if (iso) body.newStayExpiry = iso;
      const period = periodOf(years, months);
      if (period) body.newPeriodOfStay = period;
    }
    setBusy(true);
    try {
      const r = await api<{ application: Application; card: Card | null }>(
        'POST',
        `/applications/${encodeURIComponent(application.id)}/grant`,
        lang,
        body,
      );
      if (r.card)
        navigate(`/counter/cards/${encodeURIComponent(r.card.id)}`, { state: { notice: 'issued' } });
      else onGranted();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="counter-inline-form"
      onSubmit={submit}
      noValidate
      aria-label={t('counter.grant.label', { procedure: procedureLabel(lang, application.procedure) })}
    >
      <ProblemSummary problem={problem} />
      {withStatus && (
        <StatusSelect
          id={`newStatus-${application.id}`}
          label={t('counter.grant.new-status')}
          value={status}
          onChange={setStatus}
        />
      )}
      {withPeriod && (
        <>
          <DateInput
            id={`newStayExpiry-${application.id}`}
            legend={t('counter.grant.new-expiry')}
            hint={t('counter.grant.new-expiry-hint')}
            value={expiry}
            onChange={setExpiry}
          />
          <fieldset className="field">
            <legend className="field__label">{t('counter.grant.new-period')}</legend>
            <PeriodInput
              years={years}
              months={months}
              onChange={(y, m) => {
                setYears(y);
                setMonths(m);
              }}
            />
          </fieldset>
        </>
      )}
      <button type="submit" className="button" disabled={busy}>
        {application.requestSpecifiedCard || withPeriod
          ? t('counter.grant.submit-issue')
          : t('counter.grant.submit')}
      </button>
    </form>
  );
}
