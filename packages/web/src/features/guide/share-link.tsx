/**
 * "Get a link to these answers": nothing is made until the resident asks; the link carries every answer but
 * the birth date (the page that opens it asks for that again).
 */
import { useState } from 'react';
import type { T } from '../../shared/i18n.tsx';
import type { Answers } from './answers.ts';
import { guideHref } from './nav.tsx';
import { encodeShared } from './share.ts';

export function ShareLink({ answers, t }: { answers: Answers; t: T }) {
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const make = () => {
    const lang = new URLSearchParams(location.search).get('lang');
    const extra: Record<string, string> = {};
    if (lang) extra.lang = lang;
    // the answers go in the fragment: a browser never sends it, so opening the link tells the server nothing
    const url = new URL(guideHref('shared', extra), location.origin);
    url.hash = new URLSearchParams({ a: encodeShared(answers) }).toString();
    setUrl(url.href);
    setCopied(false);
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      document.querySelector<HTMLInputElement>('#share-url')?.select();
    }
  };
  return (
    <div className="guide-share">
      {url === null ? (
        <button type="button" className="button button--secondary" onClick={make}>
          {t('guide.share.make')}
        </button>
      ) : (
        <>
          <label className="field__label" htmlFor="share-url">
            {t('guide.share.label')}
          </label>
          <p className="field__hint" id="share-url-hint">
            {t('guide.share.hint')}
          </p>
          <input
            className="input"
            id="share-url"
            readOnly
            value={url}
            aria-describedby="share-url-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={copy}>
              {t('guide.share.copy')}
            </button>
            <span role="status">{copied ? t('guide.share.copied') : ''}</span>
          </div>
        </>
      )}
    </div>
  );
}
