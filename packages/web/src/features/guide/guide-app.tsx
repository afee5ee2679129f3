/** The resident guide (public, no login): the start page; the questions follow. */
import { useMessages } from '../../shared/i18n.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function GuideApp() {
  const t = useMessages(catalogs);
  return (
    <>
      <h1>{t('guide.start.title')}</h1>
      <p>{t('guide.start.lead')}</p>
    </>
  );
}
