/**
 * UI languages. Every language is a set of JSON catalogs — `shared/catalogs/<lang>.json` and one per feature
 * (`features/<feature>/catalogs/<lang>.json`) — so a new language is files, not code. The shared catalogs
 * name the language (`language.name`, `language.htmlLang`); only that entry is in the first load, the rest of
 * every catalog is fetched when the language is used. Missing keys fall back to English, then Japanese.
 */
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';

/** A catalog: message keys to text with `{name}` placeholders. */
export type Messages = Record<string, string>;

/** The lazy catalogs of one feature, as `import.meta.glob('./catalogs/*.json', { import: 'default' })` gives them. */
export type CatalogFiles = Record<string, () => Promise<unknown>>;

/** What a language says about itself. */
export interface LanguageInfo {
  code: string;
  name: string;
  htmlLang: string;
}

const names = import.meta.glob<LanguageInfo>('./catalogs/*.json', { import: 'language', eager: true });
const sharedFiles: CatalogFiles = import.meta.glob('./catalogs/*.json', { import: 'default' });

/** The language code of a catalog path (`./catalogs/ja-easy.json` → `ja-easy`). */
export function codeOf(path: string): string {
  return path.replace(/^.*\/([^/]+)\.json$/, '$1');
}

const FIRST = ['ja', 'ja-easy', 'en'];

/** Every language the app has catalogs for: Japanese, やさしい日本語, English, then the others by code. */
export const LANGUAGES: LanguageInfo[] = Object.entries(names)
  .map(([path, info]) => ({ code: codeOf(path), name: info.name, htmlLang: info.htmlLang }))
  .sort((a, b) => {
    const ia = FIRST.indexOf(a.code);
    const ib = FIRST.indexOf(b.code);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.code.localeCompare(b.code);
  });

const known = new Set(LANGUAGES.map((l) => l.code));

/** The language to start in: `?lang=`, then the last choice, then the browser's languages, then Japanese. */
export function initialLanguage(search: string, stored: string | null, preferred: readonly string[]): string {
  const asked = new URLSearchParams(search).get('lang');
  if (asked && known.has(asked)) return asked;
  if (stored && known.has(stored)) return stored;
  for (const p of preferred) {
    const lower = p.toLowerCase();
    if (known.has(lower)) return lower;
    const base = lower.split('-')[0] as string;
    if (known.has(base)) return base;
  }
  return 'ja';
}

/** Fills `{name}` placeholders. */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? String(vars[k]) : whole));
}

// per feature (the glob object itself: every feature's paths read ./catalogs/…) and language
const cache = new WeakMap<CatalogFiles, Map<string, Promise<Messages>>>();

function fileFor(files: CatalogFiles, lang: string): (() => Promise<unknown>) | undefined {
  return Object.entries(files).find(([p]) => codeOf(p) === lang)?.[1];
}

/** Loads one language of a feature's catalogs merged over English and Japanese (cached per feature and language). */
export function loadMessages(files: CatalogFiles, lang: string): Promise<Messages> {
  let byLang = cache.get(files);
  if (!byLang) {
    byLang = new Map();
    cache.set(files, byLang);
  }
  let p = byLang.get(lang);
  if (!p) {
    // lowest priority first: Japanese, English, then the language itself
    const chain = [...['ja', 'en'].filter((l) => l !== lang), lang];
    p = Promise.all(chain.map((l) => fileFor(files, l)?.() ?? Promise.resolve({}))).then((parts) =>
      Object.assign({}, ...(parts as Messages[])),
    );
    const forget = byLang;
    p.catch(() => forget.delete(lang));
    byLang.set(lang, p);
  }
  return p;
}

/** A translate function: the text of a key with its placeholders filled. */
export type T = (key: string, vars?: Record<string, string | number>) => string;

interface LanguageState {
  lang: string;
  setLang: (lang: string) => void;
}

const LanguageContext = createContext<LanguageState>({ lang: 'ja', setLang: () => {} });

const STORAGE_KEY = 'zairyu.lang';

/** Holds the language, keeps `<html lang>` and `?lang=` in step with it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      stored = null;
    }
    return initialLanguage(location.search, stored, navigator.languages ?? []);
  });
  const setLang = useCallback((next: string) => {
    if (!known.has(next)) return;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(history.state, '', url);
    setLangState(next);
  }, []);
  useEffect(() => {
    const info = LANGUAGES.find((l) => l.code === lang);
    document.documentElement.lang = info?.htmlLang ?? lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

/** The current language and a way to change it. */
export function useLanguage(): LanguageState {
  return use(LanguageContext);
}

/** A translate function for a feature's catalogs (suspends while the language's file loads). */
export function useMessages(files: CatalogFiles): T {
  const { lang } = useLanguage();
  const messages = use(loadMessages(files, lang));
  return useCallback<T>((key, vars) => format(messages[key] ?? key, vars), [messages]);
}

/** A translate function for the shared catalogs (header, footer, language selector). */
export function useSharedMessages(): T {
  return useMessages(sharedFiles);
}
