/**
 * Form controls of the question pages (GOV.UK / DADS patterns): the question is the page's `<h1>`, inside
 * the `<legend>` of a fieldset or the `<label>` of a select; hint and error are tied to the control with
 * aria-describedby; the separated date fields (年/月/日, numeric) and the years-and-months duration.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import type { DateParts } from './answers.ts';

/** One error of a page: the message and the control it is about. */
export interface FieldError {
  href: string;
  text: string;
}

/** The error summary at the top of the page, focused when it appears (GOV.UK error summary). */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // focus when the errors change, not on every render (typing in a field re-renders the page)
  const key = errors.map((e) => `${e.href} ${e.text}`).join('\n');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href + e.text}>
            <a
              href={e.href}
              onClick={(ev) => {
                ev.preventDefault();
                document.querySelector<HTMLElement>(e.href)?.focus();
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field__hint" id={id}>
      {children}
    </p>
  );
}

function InlineError({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{label}</span>
      {text}
    </p>
  );
}

interface Common {
  id: string;
  question: string;
  hint?: string;
  error?: string;
  errorLabel: string;
}

/** A choice of a radio question. */
export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** A question answered by one radio button. */
export function RadioQuestion({
  id,
  question,
  hint,
  error,
  errorLabel,
  options,
  value,
  onChange,
}: Common & { options: Option[]; value: string | undefined; onChange: (v: string) => void }) {
  return (
    <fieldset
      className={`field${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field__question">
        <h1>{question}</h1>
      </legend>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <InlineError id={`${id}-error`} label={errorLabel} text={error} />}
      <div className="radios">
        {options.map((o, i) => (
          <label className="radio" key={o.value} htmlFor={i === 0 ? id : `${id}-${o.value}`}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            />
            <span>
              {o.label}
              {o.hint && (
                <span className="radio__hint" id={`${id}-${o.value}-hint`}>
                  {o.hint}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A question answered from a long list (a select; the question is its label). */
export function SelectQuestion({
  id,
  question,
  hint,
  error,
  errorLabel,
  options,
  placeholder,
  value,
  onChange,
}: Common & {
  options: Option[];
  placeholder: string;
  value: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <h1>
        <label className="field__question-label" htmlFor={id}>
          {question}
        </label>
      </h1>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <InlineError id={`${id}-error`} label={errorLabel} text={error} />}
      <select
        className="select"
        id={id}
        name={id}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Which part of a date or duration an error is about (that field is outlined and linked). */
export type Part = 'year' | 'month' | 'day' | 'all';

/** A date as separate year, month and day fields (DADS separated date picker). */
export function DateQuestion({
  id,
  question,
  hint,
  error,
  errorLabel,
  errorPart,
  labels,
  value,
  onChange,
  birthday,
}: Common & {
  errorPart?: Part;
  labels: { year: string; month: string; day: string };
  value: DateParts;
  onChange: (v: DateParts) => void;
  birthday?: boolean;
}) {
  const parts = [
    { key: 'year' as const, size: 'input--year', max: 4, auto: 'bday-year' },
    { key: 'month' as const, size: 'input--2', max: 2, auto: 'bday-month' },
    { key: 'day' as const, size: 'input--2', max: 2, auto: 'bday-day' },
  ];
  return (
    <fieldset
      className={`field${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field__question">
        <h1>{question}</h1>
      </legend>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <InlineError id={`${id}-error`} label={errorLabel} text={error} />}
      <div className="date-fields">
        {parts.map((p) => {
          const bad = error !== undefined && (errorPart === 'all' || errorPart === p.key);
          return (
            <label key={p.key} htmlFor={p.key === 'year' ? id : `${id}-${p.key}`}>
              {labels[p.key]}
              <input
                className={`input ${p.size}`}
                id={p.key === 'year' ? id : `${id}-${p.key}`}
                name={`${id}-${p.key}`}
                type="text"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={p.max}
                autoComplete={birthday ? p.auto : 'off'}
                aria-invalid={bad ? true : undefined}
                value={value[p.key]}
                onChange={(e) => onChange({ ...value, [p.key]: e.target.value.normalize('NFKC') })}
              />
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A period as whole years and months (never an ISO duration on screen). */
export function DurationQuestion({
  id,
  question,
  hint,
  error,
  errorLabel,
  labels,
  years,
  months,
  onChange,
}: Common & {
  labels: { years: string; months: string };
  years: string;
  months: string;
  onChange: (years: string, months: string) => void;
}) {
  return (
    <fieldset
      className={`field${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field__question">
        <h1>{question}</h1>
      </legend>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <InlineError id={`${id}-error`} label={errorLabel} text={error} />}
      <div className="date-fields">
        <label htmlFor={id}>
          {labels.years}
          <input
            className="input input--2"
            id={id}
            name={`${id}-years`}
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={2}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            value={years}
            onChange={(e) => onChange(e.target.value, months)}
          />
        </label>
        <label htmlFor={`${id}-months`}>
          {labels.months}
          <input
            className="input input--2"
            id={`${id}-months`}
            name={`${id}-months`}
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={2}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            value={months}
            onChange={(e) => onChange(years, e.target.value)}
          />
        </label>
      </div>
    </fieldset>
  );
}
