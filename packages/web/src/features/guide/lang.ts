/** The rules engine's language for a UI language (the engine speaks ja, en and ja-easy; others read English). */
import { LANGS, type Lang } from '@zairyu/rules';

/** The engine's catalog language for the UI's language code. */
export function rulesLang(lang: string): Lang {
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}
