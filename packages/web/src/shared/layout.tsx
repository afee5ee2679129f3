/**
 * The frame of every page: skip link, header with the service name and the language selector, the sandbox
 * notice, `<main>`, and a footer. Features render inside `<main>`.
 */
import { Component, type ReactNode, Suspense } from 'react';
import { useSharedMessages } from './i18n.tsx';
import { LanguageSelector } from './language-selector.tsx';
import { Link } from './router.tsx';

/** Shown while a chunk or a catalog loads: announced politely, without text that needs a catalog. */
export function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite" aria-busy="true">
      <span className="loading__spinner" aria-hidden="true" />
      <span className="visually-hidden">Loading… 読み込み中…</span>
    </div>
  );
}

function LoadFailed({ retry }: { retry: () => void }) {
  const t = useSharedMessages();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('app.load-failed')}</p>
      <button type="button" className="button button--secondary" onClick={retry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

/** Catches a chunk that failed to load (offline, a new deployment) and offers a reload instead of a blank page. */
export class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) return <LoadFailed retry={() => location.reload()} />;
    return this.props.children;
  }
}

function Header({ area }: { area: 'guide' | 'counter' | 'employer' }) {
  const t = useSharedMessages();
  return (
    <header className="header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="header__inner">
        <Link className="header__name" href={area === 'guide' ? '/' : `/${area}`}>
          {t('app.name')}
          {area !== 'guide' && <span className="header__area"> · {t(`app.nav.${area}`)}</span>}
        </Link>
        <LanguageSelector />
      </div>
      <p className="sandbox-notice">{t('app.sandbox')}</p>
    </header>
  );
}

function Footer() {
  const t = useSharedMessages();
  return (
    <footer className="footer">
      <nav aria-label="zairyu">
        <ul className="footer__links">
          <li>
            <Link href="/">{t('app.nav.guide')}</Link>
          </li>
          <li>
            <Link href="/counter">{t('app.nav.counter')}</Link>
          </li>
          <li>
            <Link href="/employer">{t('app.nav.employer')}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}

/** The page frame around a feature. */
export function Layout({ area, children }: { area: 'guide' | 'counter' | 'employer'; children: ReactNode }) {
  return (
    <>
      <Suspense fallback={<div className="header header--loading" />}>
        <Header area={area} />
      </Suspense>
      <main id="main" className="main">
        <LoadBoundary>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </LoadBoundary>
      </main>
      <Suspense fallback={null}>
        <Footer />
      </Suspense>
    </>
  );
}

/** A page for an address the app does not have. */
export function NotFound() {
  const t = useSharedMessages();
  return (
    <>
      <h1>{t('app.not-found.title')}</h1>
      <p>{t('app.not-found.body')}</p>
      <p>
        <Link href="/">{t('app.nav.guide')}</Link>
      </p>
    </>
  );
}
