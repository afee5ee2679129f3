/** Log in with the officer's username and password (a session cookie; the CSRF token kept for this tab). */
import { type FormEvent, useState } from 'react';
import { useLanguage, useMessages } from '../../shared/i18n.tsx';
import { useFocusHeading } from '../../shared/router.tsx';
import { ApiError, api, type Problem, setCsrfToken } from './api.ts';
import { ProblemSummary } from './problem-summary.tsx';
import { useSession } from './session.tsx';

const catalogs = import.meta.glob('./catalogs/*.json', { import: 'default' });

export function LoginPage() {
  const t = useMessages(catalogs);
  const { lang } = useLanguage();
  const { refresh } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusHeading('login');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username || !password) {
      setProblem({ status: 400, code: 'invalid-input', title: t('counter.login.missing') });
      return;
    }
    setBusy(true);
    try {
      const r = await api<{ csrfToken: string }>('POST', '/auth/login', lang, { username, password });
      setCsrfToken(r.csrfToken);
      setProblem(null);
      await refresh();
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : { status: 0, code: 'network', title: '' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t('counter.login.title')}</h1>
      <p>{t('counter.login.lead')}</p>
      <ProblemSummary problem={problem} />
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="field-username">
            {t('counter.login.username')}
          </label>
          <input
            className="input"
            id="field-username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="field-password">
            {t('counter.login.password')}
          </label>
          <input
            className="input"
            id="field-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('counter.login.submit')}
        </button>
      </form>
    </>
  );
}
