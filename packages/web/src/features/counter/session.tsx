/** Who is logged in (GET /auth/me), shared by the console's pages; null when nobody is. */
import { createContext, type ReactNode, use, useCallback, useEffect, useState } from 'react';
import { useLanguage } from '../../shared/i18n.tsx';
import { ApiError, api, csrfToken, SESSION_ENDED, setCsrfToken } from './api.ts';
import type { Me } from './types.ts';

interface SessionState {
  me: Me | null;
  loading: boolean;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  /** Whether the officer's policy allows an action. */
  can: (action: string) => boolean;
}

const SessionContext = createContext<SessionState | null>(null);

/** Loads the session once and on demand. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { lang } = useLanguage();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    // nobody logged in from this tab: the login page, without asking the server (a 401 is not an error here)
    if (!csrfToken()) {
      setMe(null);
      setLoading(false);
      return;
    }
    try {
      setMe(await api<Me>('GET', '/auth/me', lang));
    } catch (e) {
      // the session has ended (8 hours, or logged out elsewhere), or the server cannot be reached: log in again
      if (!(e instanceof ApiError)) throw e;
      setCsrfToken(null);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, [lang]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, at the start (the language does not change who is logged in)
  useEffect(() => {
    void refresh();
  }, []);
  useEffect(() => {
    const ended = () => setMe(null);
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, []);
  const logout = useCallback(async () => {
    await api('POST', '/auth/logout', lang).catch(() => undefined);
    setCsrfToken(null);
    setMe(null);
  }, [lang]);
  const can = useCallback((action: string) => me?.actions.includes(action) ?? false, [me]);
  return <SessionContext value={{ me, loading, refresh, logout, can }}>{children}</SessionContext>;
}

/** The session of the console. */
export function useSession(): SessionState {
  const s = use(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
