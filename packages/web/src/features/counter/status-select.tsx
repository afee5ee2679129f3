/** The status of residence as a select of the rules' statuses, named in the officer's language. */
import { STATUS_CODES } from '@zairyu/rules';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { statusLabel } from './labels.ts';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function StatusSelect({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
}) {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select
        className="select"
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('counter.choose')}</option>
        {STATUS_CODES.filter((c) => c !== 'none').map((c) => (
          <option key={c} value={c}>
            {statusLabel(lang, c)}
          </option>
        ))}
      </select>
    </div>
  );
}
