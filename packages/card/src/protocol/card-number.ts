/**
 * The residence-card number as the chip's access secret (chip.md §4.4 step 1): 12 uppercase ASCII characters,
 * two letters, eight digits, two letters. Both key derivation and VERIFY need the same canonical form.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Format of a canonical (uppercased) card number, `AA12345678BB`. */
export const CARD_NUMBER_PATTERN = /^[A-Z]{2}\d{8}[A-Z]{2}$/;

/** Raised for a card number that cannot be the chip's secret; code `invalid-card-number` (never echoes it). */
export class CardNumberFormatError extends CardLibraryError {
  /** Stable machine code. */
  readonly code = 'invalid-card-number';

  constructor() {
    super('card number must be 2 letters, 8 digits, 2 letters');
    this.name = 'CardNumberFormatError';
  }
}

/** Uppercases and validates; throws {@link CardNumberFormatError}. A wrong-case number would derive a wrong key. */
export function normalizeCardNumber(cardNumber: string): string {
  const upper = cardNumber.toUpperCase();
  if (!CARD_NUMBER_PATTERN.test(upper)) throw new CardNumberFormatError();
  return upper;
}

/** The 12 ASCII bytes of a card number (normalized first), as hashed and as sent in VERIFY. */
export function cardNumberBytes(cardNumber: string): Uint8Array {
  const upper = normalizeCardNumber(cardNumber);
  const out = new Uint8Array(12);
  for (let i = 0; i < 12; i++) out[i] = upper.charCodeAt(i);
  return out;
}
