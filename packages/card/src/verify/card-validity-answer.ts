/**
 * The answer of the card-validity lookup (the sandbox authority's counterpart of ISA's 在留カード等番号失効情報照会):
 * `GET {prefix}/{cardNumber}` → `{ "cardNumber", "valid": true|false, "reason": "lost" | "returned" | "expired" |
 * "replaced" | "unknown" | null, "checkedAt" }`. Parsed strictly: anything else — another card's number, a valid
 * card with a reason, a reason outside the list, no `checkedAt` — is a malformed answer, never a verdict.
 */
import { REVOCATION_REASONS, type RevocationAnswer, type RevocationReason } from './revocation.ts';

const MALFORMED: RevocationAnswer = { status: 'unknown', reason: 'revocation-answer-malformed' };

/** The answer for `cardNumber` in `body` (JSON text), or `unknown` `revocation-answer-malformed` / `-mismatch`. */
export function parseCardValidityAnswer(body: string, cardNumber: string): RevocationAnswer {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return MALFORMED;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return MALFORMED;
  const d = doc as Record<string, unknown>;
  if (typeof d.cardNumber !== 'string' || typeof d.valid !== 'boolean') return MALFORMED;
  if (typeof d.checkedAt !== 'string' || Number.isNaN(Date.parse(d.checkedAt))) return MALFORMED;
  if (d.reason !== null && !(REVOCATION_REASONS as readonly unknown[]).includes(d.reason)) return MALFORMED;
  if (d.cardNumber.toUpperCase() !== cardNumber.toUpperCase())
    return { status: 'unknown', reason: 'revocation-answer-mismatch' };
  if (d.valid) return d.reason === null ? { status: 'valid' } : MALFORMED;
  return { status: 'invalid', reason: d.reason as RevocationReason | null };
}
