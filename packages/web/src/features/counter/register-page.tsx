/** Register a resident: the card's fields, dates as 年/月/日, the period of stay as years and months. */

import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { navigate, useFocusHeading } from '../../shared/router.tsx';
import { ApiError, api, type Problem } from './api.ts';
import { DateInput, type DateParts, isoOf, partsOf } from './date-input.tsx';
import { periodOf } from './period.ts';
import { PeriodInput } from './period-input.tsx';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';
import { StatusSelect } from './status-select.tsx';
import type { Resident } from './types.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

const TEXT_FIELDS = [
  'familyName',
  'givenName',
  'nationality',
  'address',
  'addressLatin',
  'municipalityCode',
] as const;

export function RegisterPage() {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { me } = useSession();
  useFocusHeading('register');
  const [text, setText] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({
    familyName: '',
    givenName: '',
    nationality: '',
    address: '',
    addressLatin: '',
    municipalityCode: me?.officeCode && /^\d{6}$/.test(me.officeCode) ? me.officeCode : '',
  });
  const [sex, setSex] = useState('');
  const [status, setStatus] = useState('');
  const [indefinite, setIndefinite] = useState(false);
  const [years, setYears] = useState('');
  const [months, setMonths] = useState('');
  const [birth, setBirth] = useState<DateParts>(partsOf(null));
  const [expiry, setExpiry] = useState<DateParts>(partsOf(null));
  const [residentRecord, setResidentRecord] = useState(true);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const errorOf = (path: string) =>
    problem?.errors?.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message ?? null;
  const label = (path: string): string | null => {
    const key = `counter.register.${path.split('.')[0]}`;
    const text = t(key);
    return text === key ? null : text;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      familyName: text.familyName.trim().toUpperCase(),
      givenName: text.givenName.trim().toUpperCase(),
      birthDate: isoOf(birth) ?? '',
      sex,
      nationality: text.nationality.trim().toUpperCase(),
      status,
      periodOfStay: indefinite ? 'indefinite' : periodOf(years, months),
      stayExpiry: indefinite ? null : (isoOf(expiry) ?? ''),
      residentRecord,
      address: text.address.trim(),
      addressLatin: text.addressLatin.trim() ? text.addressLatin.trim().toUpperCase() : null,
      municipalityCode: text.municipalityCode.trim(),
      applicationPending: null,
    };
    setBusy(true);
    try {
      const r = await api<Resident>('POST', '/residents', lang, body);
      navigate(`/counter/residents/${encodeURIComponent(r.id)}`, { state: { notice: 'registered' } });
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : null);
      window.scrollTo(0, 0);
    } finally {
      setBusy(false);
    }
  };

  const textField = (name: (typeof TEXT_FIELDS)[number], extra: Record<string, string> = {}) => {
    const error = errorOf(name);
    const hasHint = t(`counter.register.${name}-hint`) !== `counter.register.${name}-hint`;
    return (
      <div className={error ? 'field field--error' : 'field'}>
        <label className="field__label" htmlFor={`field-${name}`}>
          {t(`counter.register.${name}`)}
        </label>
        {hasHint && (
          <p className="field__hint" id={`${name}-hint`}>
            {t(`counter.register.${name}-hint`)}
          </p>
        )}
        {error && (
          <p className="field__error" id={`${name}-error`}>
            {error}
          </p>
        )}
        <input
          className="input"
          id={`field-${name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [hasHint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') ||
            undefined
          }
          value={text[name]}
          onChange={(e) => setText({ ...text, [name]: e.target.value })}
          {...extra}
        />
      </div>
    );
  };

  return (
    <>
      <h1>{t('counter.register.title')}</h1>
      <ProblemSummary problem={problem} fieldLabel={label} />
      <form onSubmit={submit} noValidate>
        {textField('familyName', { autoCapitalize: 'characters' })}
        {textField('givenName', { autoCapitalize: 'characters' })}
        <DateInput
          id="birthDate"
          legend={t('counter.register.birthDate')}
          value={birth}
          onChange={setBirth}
          error={errorOf('birthDate')}
        />
        <fieldset
          className={errorOf('sex') ? 'field field--error' : 'field'}
          aria-describedby={errorOf('sex') ? 'sex-error' : undefined}
        >
          <legend className="field__label">{t('counter.register.sex')}</legend>
          {errorOf('sex') && (
            <p className="field__error" id="sex-error">
              {errorOf('sex')}
            </p>
          )}
          <div className="radios">
            {['male', 'female', 'unspecified'].map((s) => (
              <div className="radio" key={s}>
                <input
                  type="radio"
                  id={`field-sex-${s}`}
                  name="sex"
                  value={s}
                  checked={sex === s}
                  onChange={() => setSex(s)}
                />
                <label htmlFor={`field-sex-${s}`}>{t(`counter.sex.${s}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {textField('nationality', { autoCapitalize: 'characters', maxLength: '3' })}
        <StatusSelect
          id="field-status"
          label={t('counter.register.status')}
          value={status}
          onChange={setStatus}
          error={errorOf('status')}
        />
        <fieldset
          className={errorOf('periodOfStay') ? 'field field--error' : 'field'}
          aria-describedby={errorOf('periodOfStay') ? 'periodOfStay-error' : undefined}
        >
          <legend className="field__label">{t('counter.register.periodOfStay')}</legend>
          {errorOf('periodOfStay') && (
            <p className="field__error" id="periodOfStay-error">
              {errorOf('periodOfStay')}
            </p>
          )}
          <div className="checkbox">
            <input
              type="checkbox"
              id="field-indefinite"
              checked={indefinite}
              onChange={(e) => setIndefinite(e.target.checked)}
            />
            <label htmlFor="field-indefinite">{t('counter.register.indefinite')}</label>
          </div>
          {!indefinite && (
            <PeriodInput
              id="field-periodOfStay"
              years={years}
              months={months}
              onChange={(y, m) => {
                setYears(y);
                setMonths(m);
              }}
            />
          )}
        </fieldset>
        {!indefinite && (
          <DateInput
            id="stayExpiry"
            legend={t('counter.register.stayExpiry')}
            value={expiry}
            onChange={setExpiry}
            error={errorOf('stayExpiry')}
          />
        )}
        <div className="field">
          <div className="checkbox">
            <input
              type="checkbox"
              id="field-residentRecord"
              checked={residentRecord}
              onChange={(e) => setResidentRecord(e.target.checked)}
            />
            <label htmlFor="field-residentRecord">{t('counter.register.residentRecord')}</label>
          </div>
        </div>
        {textField('address')}
        {textField('addressLatin', { autoCapitalize: 'characters' })}
        {textField('municipalityCode', { inputMode: 'numeric', maxLength: '6' })}
        <button type="submit" className="button" disabled={busy}>
          {t('counter.register.submit')}
        </button>
      </form>
    </>
  );
}
