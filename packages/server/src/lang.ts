/**
 * The language of a request: the best match of its Accept-Language header (RFC 9110 §12.5.4, q-values) among
 * ja, en and ja-easy (やさしい日本語, written `ja-easy` or `ja-x-easy`); English when nothing matches.
 */
import { LANGS, type Lang } from '@zairyu/rules';

function langOfTag(tag: string): Lang | null {
  const t = tag.toLowerCase();
  if (t === 'ja-easy' || t === 'ja-x-easy' || t.startsWith('ja-x-easy-')) return 'ja-easy';
  if (t === 'ja' || t.startsWith('ja-')) return 'ja';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  return (LANGS as readonly string[]).includes(t) ? (t as Lang) : null;
}

/** The language to answer in. */
export function negotiateLang(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { lang: Lang; q: number } | null = null;
  for (const part of value.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const lang = langOfTag(tag.trim());
    if (lang && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'en';
}
