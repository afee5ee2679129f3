/** The counter console (login; bureau and municipal officers, administrators). */
import { useMessages } from '../../shared/i18n.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export default function CounterApp() {
  const t = useMessages(catalogs);
  return <h1>{t('counter.title')}</h1>;
}
