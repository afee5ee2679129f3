/**
 * "Get a link to these answers": made only when asked for, the answers WITHOUT the birth date, as base64url
 * JSON in `?a=`. Opening such a link asks for the birth date again.
 */
import { type Answers, sanitize } from './answers.ts';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The `a` parameter of a shared link: every answer but the birth date. */
export function encodeShared(a: Answers): string {
  const { birthDate: _birth, ...rest } = a;
  return toBase64Url(JSON.stringify(rest));
}

/** The answers of a shared link's `a` parameter (never a birth date), or null when it cannot be read. */
export function decodeShared(param: string | null): Answers | null {
  if (!param || param.length > 4000) return null;
  try {
    const { birthDate: _birth, ...rest } = sanitize(JSON.parse(fromBase64Url(param)));
    return rest;
  } catch {
    return null;
  }
}
