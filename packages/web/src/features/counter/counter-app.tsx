/**
 * The counter console (login; bureau and municipal officers, administrators): the work queue, search,
 * register, file with the rules' decision shown first, grant, the card with its chip read back, loss →
 * re-issue → switch → return, and the audit for administrators. Pages show only what the officer's policy
 * allows (`actions` of /auth/me); the server checks every request again.
 */
import './counter.css';
import { useMessages } from '../../shared/i18n.tsx';
import { Link, useLocation } from '../../shared/router.tsx';
import { AuditPage } from './audit-page.tsx';
import { CardPage } from './card-page.tsx';
import { FilePage } from './file-page.tsx';
import { LoginPage } from './login-page.tsx';
import { QueuePage } from './queue-page.tsx';
import { RegisterPage } from './register-page.tsx';
import { ResidentPage } from './resident-page.tsx';
import { SearchPage } from './search-page.tsx';
import { SessionProvider, useSession } from './session.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

function Nav() {
  const t = useMessages(catalogs);
  const { me, can, logout } = useSession();
  const { path } = useLocation();
  if (!me) return null;
  const item = (href: string, label: string) => (
    <li>
      <Link href={href} aria-current={path === href ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav className="counter-nav" aria-label={t('counter.nav.label')}>
      <ul>
        {can('applications.grant') && item('/counter', t('counter.nav.queue'))}
        {can('residents.read') && item('/counter/search', t('counter.nav.search'))}
        {can('residents.register') && item('/counter/residents/new', t('counter.nav.register'))}
        {can('audit.read') && item('/counter/audit', t('counter.nav.audit'))}
      </ul>
      <p className="counter-nav__user">
        {t('counter.nav.user', { username: me.username, role: t(`counter.role.${me.role}`) })}{' '}
        <button type="button" className="button button--secondary" onClick={() => void logout()}>
          {t('counter.nav.logout')}
        </button>
      </p>
    </nav>
  );
}

function Page() {
  const t = useMessages(catalogs);
  const { me, loading, can } = useSession();
  const { path } = useLocation();
  if (loading) return <p className="loading">{t('counter.loading')}</p>;
  if (!me) return <LoginPage />;
  if (me.tenantKind !== 'authority')
    return <p className="notice notice--warning">{t('counter.not-authority')}</p>;
  const m = (re: RegExp) => re.exec(path);
  if (path === '/counter' || path === '/counter/')
    return can('applications.grant') ? <QueuePage /> : <SearchPage />;
  const refused = <p className="notice notice--warning">{t('counter.not-allowed')}</p>;
  if (path === '/counter/search') return can('residents.read') ? <SearchPage /> : refused;
  if (path === '/counter/residents/new') return can('residents.register') ? <RegisterPage /> : refused;
  if (path === '/counter/audit') return can('audit.read') ? <AuditPage /> : refused;
  let r = m(/^\/counter\/residents\/([^/]+)\/file$/);
  if (r) return <FilePage residentId={decodeURIComponent(r[1] as string)} />;
  r = m(/^\/counter\/residents\/([^/]+)$/);
  if (r) return <ResidentPage residentId={decodeURIComponent(r[1] as string)} />;
  r = m(/^\/counter\/cards\/([^/]+)$/);
  if (r) return <CardPage cardId={decodeURIComponent(r[1] as string)} />;
  return (
    <>
      <h1>{t('counter.not-found')}</h1>
      <p>
        <Link href="/counter">{t('counter.nav.queue')}</Link>
      </p>
    </>
  );
}

export default function CounterApp() {
  return (
    <SessionProvider>
      <Nav />
      <Page />
    </SessionProvider>
  );
}
