/**
 * The employer console's frame: the five stages of a card check (読み取り → 同意 → 記録 → 保管 → 廃棄). The
 * stages' pages come with the employer workflow; until then the page says so and points to the guide.
 */
import { useMessages } from '../../shared/i18n.tsx';
import { Link } from '../../shared/router.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

const STAGES = ['read', 'consent', 'record', 'keep', 'dispose'] as const;

export default function EmployerApp() {
  const t = useMessages(catalogs);
  return (
    <>
      <h1>{t('employer.title')}</h1>
      <p>{t('employer.lead')}</p>
      <ol className="stage-list" aria-label={t('employer.stages')}>
        {STAGES.map((s) => (
          <li key={s}>
            <strong>{t(`employer.stage.${s}`)}</strong> — {t(`employer.stage.${s}.what`)}
          </li>
        ))}
      </ol>
      <div className="notice" role="note">
        <p>{t('employer.not-yet')}</p>
      </div>
      <p>
        <Link href="/">{t('employer.to-guide')}</Link>
      </p>
    </>
  );
}
