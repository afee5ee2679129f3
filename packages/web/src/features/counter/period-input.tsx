/** A period of stay asked as years and months (never as an ISO duration). */
import { useMessages } from '../../shared/i18n.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function PeriodInput({
  id,
  years,
  months,
  onChange,
}: {
  id?: string;
  years: string;
  months: string;
  onChange: (years: string, months: string) => void;
}) {
  const t = useMessages(catalogs);
  const part = (label: string, value: string, set: (v: string) => void, partId?: string) => (
    <label>
      {label}
      <input
        id={partId}
        className="input input--short"
        inputMode="numeric"
        maxLength={2}
        value={value}
        onChange={(e) => set(e.target.value.normalize('NFKC').trim())}
      />
    </label>
  );
  return (
    <div className="date-fields">
      {part(t('counter.register.years'), years, (v) => onChange(v, months), id)}
      {part(t('counter.register.months'), months, (v) => onChange(years, v))}
    </div>
  );
}
