/**
 * Revocation is not on the chip: ISA runs an online 「在留カード等番号失効情報照会」 (chip.md §4.8), and the sandbox
 * authority its counterpart. The library defines the narrow `RevocationLookup` interface (DESIGN.md rule 7); a
 * composition root plugs in a provider (`HttpRevocationLookup` for the HTTP contract). Without one the check is
 * NOT_CHECKED — and a provider that cannot answer makes it NOT_CHECKED too: never reported as passed.
 */

import { type VerdictEntry, verdictEntry } from './verdict.ts';

/** Why the authority says a card is no longer valid (the HTTP contract's `reason`). */
export const REVOCATION_REASONS = ['lost', 'returned', 'expired', 'replaced', 'unknown'] as const;

/** One of {@link REVOCATION_REASONS}. */
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/**
 * What a provider says about one card: `valid`; `invalid` with the authority's reason (null when it gave none);
 * or `unknown` with a kebab-case code saying why there is no answer (unreachable, timeout, malformed …).
 */
export type RevocationAnswer =
  | { readonly status: 'valid' }
  | { readonly status: 'invalid'; readonly reason: RevocationReason | null }
  | { readonly status: 'unknown'; readonly reason: string };

/** The card identity a revocation lookup gets. */
export interface RevocationQuery {
  /** 12 characters as on the chip. */
  readonly cardNumber: string;
  /** The card's expiry as on the chip (`YYYYMMDD`), or null where the chip has none (gen 1). */
  readonly cardExpiry: string | null;
}

/**
 * Answers whether a card is revoked. `check` (preferred) gives the authority's reason or why there is no
 * answer; `isRevoked` is the older form — true / false, or null when the provider does not know — and needs
 * the card's expiry.
 */
export interface RevocationLookup {
  check?(query: RevocationQuery): Promise<RevocationAnswer>;
  /** `cardNumber`: 12 characters as on the chip; `cardExpiry`: the card's expiry as on the chip, `YYYYMMDD`. */
  isRevoked?(cardNumber: string, cardExpiry: string): Promise<boolean | null>;
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function answerOf(lookup: RevocationLookup, card: RevocationQuery): Promise<RevocationAnswer> {
  if (lookup.check) return lookup.check(card);
  if (!lookup.isRevoked || !card.cardExpiry) return { status: 'unknown', reason: 'no-card-data' };
  const revoked = await lookup.isRevoked(card.cardNumber, card.cardExpiry);
  if (revoked === true) return { status: 'invalid', reason: null };
  if (revoked === false) return { status: 'valid' };
  return { status: 'unknown', reason: 'revocation-unknown' };
}

/**
 * The `revocation` verdict entry. No provider → NOT_CHECKED `no-revocation-provider`; no card number →
 * NOT_CHECKED `no-card-data`; valid → SUCCEEDED `not-revoked`; invalid → FAILED `card-revoked-lost` |
 * `-returned` | `-expired` | `-replaced`, or `card-revoked` when the reason is unknown or not given; no answer
 * → NOT_CHECKED with the provider's reason (`revocation-unreachable`, `revocation-timeout` …), and a provider
 * that throws → NOT_CHECKED `revocation-lookup-failed` (an outage is not a revoked card).
 */
export async function revocationVerdict(
  lookup?: RevocationLookup,
  card?: RevocationQuery,
): Promise<VerdictEntry> {
  if (!lookup) return verdictEntry('revocation', 'NOT_CHECKED', 'no-revocation-provider');
  if (!card?.cardNumber) return verdictEntry('revocation', 'NOT_CHECKED', 'no-card-data');
  let answer: RevocationAnswer;
  try {
    answer = await answerOf(lookup, card);
  } catch {
    return verdictEntry('revocation', 'NOT_CHECKED', 'revocation-lookup-failed');
  }
  if (answer.status === 'valid') return verdictEntry('revocation', 'SUCCEEDED', 'not-revoked');
  if (answer.status === 'invalid')
    return verdictEntry(
      'revocation',
      'FAILED',
      answer.reason && answer.reason !== 'unknown' ? `card-revoked-${answer.reason}` : 'card-revoked',
    );
  return verdictEntry(
    'revocation',
    'NOT_CHECKED',
    answer.status === 'unknown' && KEBAB.test(answer.reason) ? answer.reason : 'revocation-lookup-failed',
  );
}
