/** The loss's date and the police's receipt number (遺失届受理番号), as the loss report and the re-issue ask them. */
import { useMessages } from '../../shared/i18n.tsx';
import { DateInput, type DateParts } from './date-input.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function LossFields({
  lostOn,
  police,
  onLostOn,
  onPolice,
}: {
  lostOn: DateParts;
  police: string;
  onLostOn: (v: DateParts) => void;
  onPolice: (v: string) => void;
}) {
  const t = useMessages(catalogs);
  return (
    <>
      <DateInput id="lostOn" legend={t('counter.file.lost-on')} value={lostOn} onChange={onLostOn} />
      <div className="field">
        <label className="field__label" htmlFor="field-police">
          {t('counter.file.police')}
        </label>
        <input
          className="input"
          id="field-police"
          value={police}
          onChange={(e) => onPolice(e.target.value)}
        />
      </div>
    </>
  );
}
