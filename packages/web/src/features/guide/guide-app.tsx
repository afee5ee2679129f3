/**
 * The resident guide (public, no login, no server call). The start page is in the first load; the questions,
 * the answers and the rules engine are a chunk fetched while the start page is read (so Start is instant)
 * and kept out of the first load's budget.
 */
import { lazy, useEffect } from 'react';
import { useMessages } from '../../shared/i18n.tsx';
import { useLocation } from '../../shared/router.tsx';
import './guide.css';
import { StartPage } from './start-page.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });
const loadFlow = () => import('./guide-flow.tsx');
const GuideFlow = lazy(loadFlow);

export function GuideApp() {
  const t = useMessages(catalogs);
  const { search } = useLocation();
  const page = new URLSearchParams(search).get('page') ?? 'start';
  useEffect(() => {
    void loadFlow();
  }, []);
  if (page === 'start') return <StartPage t={t} />;
  return <GuideFlow t={t} />;
}
