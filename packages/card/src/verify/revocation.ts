/**
 * Revocation is not on the chip: ISA runs an online 「在留カード等番号失効情報照会」 (chip.md §4.8). The
 * library defines only the narrow `RevocationLookup` interface (DESIGN.md rule 7); a composition root may
 * plug in a provider. Without one the check is NOT_CHECKED — never reported as passed.
 */

import { type VerdictEntry, verdictEntry } from './verdict.ts';

/** Answers whether a card is revoked: true / false, or null when the provider does not know. */
export interface RevocationLookup {
  /** `cardNumber`: 12 characters as on the chip; `cardExpiry`: the card's expiry as on the chip, `YYYYMMDD`. */
  isRevoked(cardNumber: string, cardExpiry: string): Promise<boolean | null>;
}

/** The card identity a revocation lookup needs. */
export interface RevocationQuery {
  readonly cardNumber: string;
  readonly cardExpiry: string;
}

/**
 * The `revocation` verdict entry. No provider → NOT_CHECKED `no-revocation-provider`; no card number or
 * expiry → NOT_CHECKED `no-card-data`; provider says revoked → FAILED `card-revoked`, not revoked →
 * SUCCEEDED `not-revoked`, unknown → NOT_CHECKED `revocation-unknown`; provider error → NOT_CHECKED
 * `revocation-lookup-failed` (an outage is not a revoked card).
 */
export async function revocationVerdict(
  lookup?: RevocationLookup,
  card?: RevocationQuery,
): Promise<VerdictEntry> {
  if (!lookup) return verdictEntry('revocation', 'NOT_CHECKED', 'no-revocation-provider');
  if (!card?.cardNumber || !card.cardExpiry) return verdictEntry('revocation', 'NOT_CHECKED', 'no-card-data');
  let revoked: boolean | null;
  try {
    revoked = await lookup.isRevoked(card.cardNumber, card.cardExpiry);
  } catch {
    return verdictEntry('revocation', 'NOT_CHECKED', 'revocation-lookup-failed');
  }
  if (revoked === true) return verdictEntry('revocation', 'FAILED', 'card-revoked');
  if (revoked === false) return verdictEntry('revocation', 'SUCCEEDED', 'not-revoked');
  return verdictEntry('revocation', 'NOT_CHECKED', 'revocation-unknown');
}
