/**
 * A small router over the History API: the path picks the feature, `?…` carries the step, and Back and
 * Forward work as the browser's own. Links keep `?lang=` so a shared link opens in the same language.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('popstate', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('popstate', l);
  };
}

/** The current location as path + search (re-renders on navigation). */
export function useLocation(): { path: string; search: string; state: unknown } {
  const href = useSyncExternalStore(subscribe, () => location.pathname + location.search);
  const i = href.indexOf('?');
  return {
    path: i < 0 ? href : href.slice(0, i),
    search: i < 0 ? '' : href.slice(i),
    state: history.state,
  };
}

/** Adds the current `?lang=` to an in-app href. */
export function withLang(href: string): string {
  const lang = new URLSearchParams(location.search).get('lang');
  if (!lang) return href;
  const url = new URL(href, location.origin);
  if (!url.searchParams.has('lang')) url.searchParams.set('lang', lang);
  return url.pathname + url.search + url.hash;
}

/** Goes to an in-app href (push, or replace), with a state object kept in the history entry. */
export function navigate(href: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const target = withLang(href);
  if (options.replace) history.replaceState(options.state ?? null, '', target);
  else history.pushState(options.state ?? null, '', target);
  notify();
}

/** Replaces the state of the current history entry without moving (answers kept across reloads). */
export function replaceState(state: unknown): void {
  history.replaceState(state, '', location.href);
  notify();
}

/** An in-app link: a real `<a href>` (works with a middle click and a screen reader), navigated in place. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const target = withLang(href);
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(target);
  };
  return <a href={target} onClick={click} {...rest} />;
}

/**
 * Moves focus to the page's heading after a navigation, so a screen reader announces the new page; `null`
 * while the page is still loading (the focus moves once its heading is there).
 */
export function useFocusHeading(key: string | null): void {
  // the key is the page: a new page (or a page whose content has loaded) moves the focus
  useEffect(() => {
    if (key === null) return;
    const h = document.querySelector<HTMLElement>('main h1');
    if (h) {
      h.tabIndex = -1;
      h.focus({ preventScroll: false });
    }
  }, [key]);
}
