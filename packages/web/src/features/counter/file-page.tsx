/**
 * File a procedure for a resident. "Check with the rules" runs the rules in the browser on what the server
 * knows (the resident, the card in use, the authority's day) exactly as the server will, and shows the
 * decision; only then can the officer submit. A refusal by the server shows its reasons too.
 */
import { counterAcceptance, type Decision, decide, PROCEDURE_CODES, parseSituation } from '@zairyu/rules';
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { Link, navigate, useFocusHeading, useLocation } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { type DateParts, isoOf, partsOf } from './date-input.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { procedureLabel, rulesLang } from './labels.ts';
import { LossFields } from './loss-fields.tsx';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';
import type { Card, Filed, Resident } from './types.ts';
import { useLoad } from './use-load.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

/** The card in use: issued, or lost and not yet re-issued, newest first (as the server picks it). */
export function cardInUse(cards: Card[]): Card | null {
  return (
    [...cards]
      .filter((c) => c.state === 'issued' || c.state === 'lost')
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0] ?? null
  );
}

export function FilePage({ residentId }: { residentId: string }) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { me } = useSession();
  const { search } = useLocation();
  const id = encodeURIComponent(residentId);
  const asked = new URLSearchParams(search);
  const [procedure, setProcedure] = useState(asked.get('procedure') ?? '');
  const [channel, setChannel] = useState<'counter' | 'online'>('counter');
  const [request, setRequest] = useState(asked.get('request') === '1');
  const [lostOn, setLostOn] = useState<DateParts>(partsOf(asked.get('lostOn')));
  const [police, setPolice] = useState('');
  const [checked, setChecked] = useState<{
    decision: Decision;
    acceptance: ReturnType<typeof counterAcceptance>;
  } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, problem: loadProblem } = useLoad(async () => {
    const [resident, cards] = await Promise.all([
      api<Resident>('GET', `/residents/${id}`, lang),
      api<Card[]>('GET', `/cards?residentId=${id}&limit=100`, lang),
    ]);
    return { resident, card: cardInUse(cards) };
  }, [id, lang]);
  useFocusHeading(data ? `file-${residentId}` : null);
  const lost = procedure === 'reissue-lost';
  const reset = () => setChecked(null);

  const check = () => {
    if (!data || !me) return;
    if (!procedure) {
      setProblem({ status: 400, code: 'invalid-input', title: t('counter.file.choose-procedure') });
      return;
    }
    const r = data.resident;
    const parsed = parseSituation({
      asOf: me.today,
      holder: {
        status: r.status,
        periodOfStay: r.periodOfStay,
        stayExpiry: r.stayExpiry,
        birthDate: r.birthDate,
        residentRecord: r.residentRecord,
        card: data.card?.kind ?? 'none',
        applicationPending: r.applicationPending ?? null,
        cardExpiry: data.card?.expiresOn ?? null,
      },
      procedure,
      channel,
      requestSpecifiedCard: request,
      photoWithProcedure: null,
      lostOn: lost ? (isoOf(lostOn) ?? null) : null,
      municipalityCode: r.municipalityCode,
    });
    if (!parsed.ok) {
      setProblem({
        status: 400,
        code: 'invalid-input',
        title: t('counter.file.cannot-check'),
        errors: parsed.issues.map((i) => ({ path: i.path, code: i.code, message: i.detail })),
      });
      setChecked(null);
      return;
    }
    const decision = decide(parsed.value, { langs: [rulesLang(lang)] });
    setProblem(null);
    setChecked({ decision, acceptance: counterAcceptance(decision, me.today) });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checked) {
      check();
      return;
    }
    setBusy(true);
    try {
      await api<Filed>('POST', '/applications', lang, {
        residentId,
        procedure,
        channel,
        requestSpecifiedCard: request,
        ...(lost ? { lostOn: isoOf(lostOn), policeReceiptNumber: police.trim() || null } : {}),
      });
      navigate(`/counter/residents/${id}`, { state: { notice: 'filed' } });
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
    } finally {
      setBusy(false);
    }
  };

  if (loadProblem) return <ProblemSummary problem={loadProblem} />;
  if (!data) return <p className="loading">{t('counter.loading')}</p>;
  return (
    <>
      <p>
        <Link className="back-link" href={`/counter/residents/${id}`}>
          {t('counter.back')}
        </Link>
      </p>
      <h1>{t('counter.file.title', { name: `${data.resident.familyName} ${data.resident.givenName}` })}</h1>
      <ProblemSummary problem={problem} />
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="field-procedure">
            {t('counter.file.procedure')}
          </label>
          <select
            className="select"
            id="field-procedure"
            value={procedure}
            onChange={(e) => {
              setProcedure(e.target.value);
              reset();
            }}
          >
            <option value="">{t('counter.choose')}</option>
            {PROCEDURE_CODES.filter((c) => c !== 'none').map((c) => (
              <option key={c} value={c}>
                {procedureLabel(lang, c)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend className="field__label">{t('counter.file.channel')}</legend>
          <div className="radios">
            {(['counter', 'online'] as const).map((c) => (
              <div className="radio" key={c}>
                <input
                  type="radio"
                  id={`field-channel-${c}`}
                  name="channel"
                  checked={channel === c}
                  onChange={() => {
                    setChannel(c);
                    reset();
                  }}
                />
                <label htmlFor={`field-channel-${c}`}>{t(`counter.file.channel.${c}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <div className="checkbox">
            <input
              type="checkbox"
              id="field-request"
              checked={request}
              onChange={(e) => {
                setRequest(e.target.checked);
                reset();
              }}
            />
            <label htmlFor="field-request">{t('counter.file.request')}</label>
          </div>
        </div>
        {lost && (
          <LossFields
            lostOn={lostOn}
            police={police}
            onLostOn={(v) => {
              setLostOn(v);
              reset();
            }}
            onPolice={setPolice}
          />
        )}
        {checked && <DecisionPanel decision={checked.decision} acceptance={checked.acceptance} />}
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={check}>
            {t('counter.file.check')}
          </button>
          {checked?.acceptance.accepted && (
            <button type="submit" className="button" disabled={busy}>
              {t('counter.file.submit')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
