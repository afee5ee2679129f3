/**
 * A date as separate 年 / 月 / 日 number fields (DADS separated date picker), its value YYYY-MM-DD or ''.
 * Full-width digits typed with a Japanese input method count as digits.
 */
import { useMessages } from '../../shared/i18n.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

/** The three parts of a date. */
export interface DateParts {
  year: string;
  month: string;
  day: string;
}

/** YYYY-MM-DD of complete parts, else null. */
export function isoOf(p: DateParts): string | null {
  if (!/^\d{4}$/.test(p.year) || !/^\d{1,2}$/.test(p.month) || !/^\d{1,2}$/.test(p.day)) return null;
  const s = `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

/** The parts of YYYY-MM-DD. */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m
    ? { year: m[1] as string, month: String(Number(m[2])), day: String(Number(m[3])) }
    : { year: '', month: '', day: '' };
}

export function DateInput({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (v: DateParts) => void;
  error?: string | null;
}) {
  const t = useMessages(catalogs);
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const part = (key: keyof DateParts, label: string, size: number) => (
    <label>
      {label}
      <input
        className="input input--short"
        id={key === 'year' ? `field-${id}` : `field-${id}-${key}`}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={size}
        size={size + 1}
        value={value[key]}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange({ ...value, [key]: e.target.value.normalize('NFKC').trim() })}
      />
    </label>
  );
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="date-fields">
        {part('year', t('counter.date.year'), 4)}
        {part('month', t('counter.date.month'), 2)}
        {part('day', t('counter.date.day'), 2)}
      </div>
    </fieldset>
  );
}
