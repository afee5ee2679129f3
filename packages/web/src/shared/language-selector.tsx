/**
 * The language selector (DADS LanguageSelector pattern): a button naming the current language in its own
 * script, opening a list of the languages, each named in itself and marked with its `lang`.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { LANGUAGES, useLanguage, useSharedMessages } from './i18n.tsx';

/** This page's address in another language (the page and its other parameters kept). */
function hrefFor(code: string): string {
  const params = new URLSearchParams(location.search);
  params.set('lang', code);
  return `${location.pathname}?${params}`;
}

export function LanguageSelector() {
  const { lang, setLang } = useLanguage();
  const t = useSharedMessages();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** Closes the list; focus goes back to the button when it was inside the list (keyboard users stay put). */
  const closeList = () => {
    if (ref.current?.contains(document.activeElement) && document.activeElement !== button.current)
      button.current?.focus();
    setOpen(false);
  };
  const current = LANGUAGES.find((l) => l.code === lang);
  // biome-ignore lint/correctness/useExhaustiveDependencies: closeList reads refs only
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e instanceof MouseEvent && ref.current?.contains(e.target as Node)) return;
      closeList();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, [open]);
  return (
    <div className="language-selector" ref={ref}>
      <button
        type="button"
        ref={button}
        className="language-selector__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="language-selector__icon">
          文A
        </span>{' '}
        <span>{t('language.label')}</span>
        <span className="visually-hidden">{t('language.current', { name: current?.name ?? lang })}</span>
      </button>
      <ul id={listId} className="language-selector__list" hidden={!open}>
        {LANGUAGES.map((l) => (
          <li key={l.code}>
            <a
              href={hrefFor(l.code)}
              lang={l.htmlLang}
              hrefLang={l.htmlLang}
              aria-current={l.code === lang ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                setLang(l.code);
                closeList();
              }}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
