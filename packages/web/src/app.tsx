/**
 * The app: the path picks the feature. The resident guide is in the first load; the counter and employer
 * consoles are chunks of their own, fetched only when opened.
 */
import { lazy } from 'react';
import { GuideApp } from './features/guide/guide-app.tsx';
import { LanguageProvider } from './shared/i18n.tsx';
import { Layout, NotFound } from './shared/layout.tsx';
import { useLocation } from './shared/router.tsx';

const CounterApp = lazy(() => import('./features/counter/counter-app.tsx'));
const EmployerApp = lazy(() => import('./features/employer/employer-app.tsx'));

function Routes() {
  const { path } = useLocation();
  if (path === '/' || path === '/index.html')
    return (
      <Layout area="guide">
        <GuideApp />
      </Layout>
    );
  if (path === '/counter' || path.startsWith('/counter/'))
    return (
      <Layout area="counter">
        <CounterApp />
      </Layout>
    );
  if (path === '/employer' || path.startsWith('/employer/'))
    return (
      <Layout area="employer">
        <EmployerApp />
      </Layout>
    );
  return (
    <Layout area="guide">
      <NotFound />
    </Layout>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <Routes />
    </LanguageProvider>
  );
}
