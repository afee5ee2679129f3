/**
 * Input validation helpers: zod issues become DomainError('invalid-input') naming the field path, and the
 * small text rules shared by several inputs (dates, free text that must be stored verbatim).
 */
import { isIsoDate } from '@zairyu/rules';
import { z } from 'zod';
import { type InputProblem, invalidInput } from './domain-error.ts';

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' })
  .refine(isIsoDate, { error: 'not a calendar date' });

/** Unicode bidirectional controls (embeddings, overrides, isolates, marks): Trojan-Source style text. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function hasControlOrLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** Free text stored verbatim: any printable Unicode (SQL metacharacters included), no control characters. */
export function freeText(max: number) {
  return z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `at most ${max} characters` })
    .refine((s) => s.trim().length > 0, { error: 'must not be blank' })
    .refine((s) => !hasControlOrLoneSurrogate(s), { error: 'control characters are not allowed' })
    .refine((s) => !BIDI_CONTROLS.test(s), {
      error:
        'bidirectional control characters are not allowed (they can make text read differently than stored)',
    })
    .refine((s) => !looksLikeIndividualNumber(s), {
      error: 'must not contain a 12-digit number (an individual number, 個人番号, is never stored)',
    });
}

/**
 * True when text holds 12 digits in a row once full-width digits are folded and spaces and hyphens removed —
 * the shape of a 個人番号, which zairyu never stores (DESIGN.md privacy rules).
 */
export function looksLikeIndividualNumber(text: string): boolean {
  return /\d{12}/.test(text.normalize('NFKC').replace(/[\s\-‐‑–—−ー]/g, ''));
}

function problemCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid-type';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_format':
    case 'invalid_union':
      return 'invalid-format';
    case 'too_big':
    case 'too_small':
      return 'invalid-length';
    default:
      return 'invalid-value';
  }
}

/** Parses `input` with `schema` or throws invalid-input with every problem and its path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const problems: InputProblem[] = [];
  for (const issue of r.error.issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys')
      for (const k of issue.keys)
        problems.push({
          path: base ? `${base}.${k}` : k,
          code: 'unknown-field',
          message: `unknown field "${k}"`,
        });
    else problems.push({ path: base, code: problemCode(issue), message: issue.message });
  }
  throw invalidInput(problems);
}
