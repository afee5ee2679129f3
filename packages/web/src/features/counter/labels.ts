/** Names of codes in the officer's language: the rules' own names where the rules have them. */
import {
  LANGS,
  type Lang,
  type ProcedureCode,
  procedureName,
  type StatusCode,
  statusName,
} from '@zairyu/rules';

/** The rules' language for a UI language (the rules speak ja, en and ja-easy; others read English). */
export function rulesLang(lang: string): Lang {
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}

/** A procedure's name. */
export function procedureLabel(lang: string, code: string): string {
  try {
    return procedureName(rulesLang(lang), code as ProcedureCode);
  } catch {
    return code;
  }
}

/** A status of residence's name. */
export function statusLabel(lang: string, code: string): string {
  try {
    return statusName(rulesLang(lang), code as StatusCode);
  } catch {
    return code;
  }
}
