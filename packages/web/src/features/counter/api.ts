/**
 * The console's client of the server's API (same origin): the session cookie, the CSRF token of the login for
 * unsafe requests, the officer's language for problem titles and refusal reasons, and problem+json errors as
 * values a page can show.
 */

/** A problem+json answer of the API. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
  reasons?: {
    code: string;
    message?: string;
    citations: { id: string; title: string; titleEn: string; url: string | null }[];
  }[];
}

/** A refused or failed request. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const CSRF_KEY = 'zairyu.counter.csrf';

/** The window event sent when the server no longer knows the session. */
export const SESSION_ENDED = 'zairyu:session-ended';

/** Keeps the CSRF token of the session for this tab (a reload keeps the session usable; not personal data). */
export function setCsrfToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(CSRF_KEY, token);
    else sessionStorage.removeItem(CSRF_KEY);
  } catch {
    // storage off: the token lasts for this page
  }
  memoryToken = token;
}

let memoryToken: string | null = null;

/** The CSRF token of this tab's login, or null (then nobody has logged in here). */
export function csrfToken(): string | null {
  try {
    return sessionStorage.getItem(CSRF_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

/** Calls the API; resolves with the JSON body (null for 204), rejects with an ApiError. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  lang: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', title: 'network' });
  }
  if (res.status === 204) return null as T;
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const p = (json ?? {}) as Partial<Problem>;
    // the session has ended (8 hours, logged out elsewhere): the console goes back to its login page
    if (res.status === 401 && path !== '/auth/login' && csrfToken()) {
      setCsrfToken(null);
      window.dispatchEvent(new Event(SESSION_ENDED));
    }
    throw new ApiError({
      ...p,
      status: res.status,
      code: p.code ?? 'http-error',
      title: p.title ?? res.statusText,
    });
  }
  return json as T;
}
