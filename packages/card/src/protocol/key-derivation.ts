/**
 * Key derivation of the residence cards' card-number authentication (chip.md §4.4 steps 1 and 7, §5.4): the
 * access key from the card number and the session key KSenc from the two key halves exchanged in mutual auth.
 */
import { concat, xor } from '../bytes.ts';
import { sha1 } from '../crypto/hash.ts';
import { cardNumberBytes } from './card-number.ts';

/** Kenc = Kmac = SHA-1(card number)[0..16], for gen 1 and gen 2; throws `CardNumberFormatError` on bad format. */
export function accessKeyFromCardNumber(cardNumber: string): Uint8Array {
  return sha1(cardNumberBytes(cardNumber)).slice(0, 16);
}

/** KSenc = SHA-1((K.IFD ⊕ K.ICC) ‖ 00 00 00 01)[0..16] — the only key used by SM afterwards (§4.4 step 7). */
export function sessionKey(kIfd: Uint8Array, kIcc: Uint8Array): Uint8Array {
  if (kIfd.length !== 16 || kIcc.length !== 16) throw new RangeError('K.IFD and K.ICC must be 16 bytes each');
  return sha1(concat(xor(kIfd, kIcc), Uint8Array.of(0, 0, 0, 1))).slice(0, 16);
}
