/**
 * Secure messaging of the residence cards, symmetric for terminal and card: the `86 L 01 ‖ cryptogram` data
 * object, the Le data object `96`, and the two IV rules — zero IV with no counter (gen 1/2, chip.md §4.5, §5.4)
 * and the 特定 counter IV (§6.1). No MAC DO in any of them.
 */

import type { CommandApdu } from '../apdu/command-apdu.ts';
import { concat, timingSafeEqual, uintBE } from '../bytes.ts';
import { aesEncryptBlock } from '../crypto/aes.ts';
import { padIso7816, unpadIso7816 } from '../crypto/padding.ts';
import { cardNumberBytes } from './card-number.ts';
import { type CipherSuite, suiteBlockSize, suiteDecrypt, suiteEncrypt } from './cipher-suite.ts';

/** Which Le data object a READ BINARY carries: gen 1/2 `96 02 HH LL`, My Number / 特定 model `96 03 00 HH LL`. */
export type LeDoForm = '96-02' | '96-03';

/** Outcome of a card checking an SM VERIFY: maps to `90 00`, `63 00`, `69 88`. */
export type VerifyCheck = 'match' | 'mismatch' | 'malformed';

/** The all-zero IV of gen-1/gen-2 SM (block-sized), used for every message of the session (§4.5). */
export function zeroIv(suite: CipherSuite): Uint8Array {
  return new Uint8Array(suiteBlockSize(suite));
}

/**
 * 特定 IV = AES-128-ECB(key, counter as 16-byte big-endian); a response reuses its command's IV (§6.1).
 * Modelled, unconfirmed against 特定在留カード等仕様書.
 */
export function specifiedIv(key: Uint8Array, counter: number): Uint8Array {
  if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError(`bad SM counter ${counter}`);
  return aesEncryptBlock(key, uintBE(counter, 16));
}

function berLength(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  if (n <= 0xff) return Uint8Array.of(0x81, n);
  if (n <= 0xffff) return Uint8Array.of(0x82, n >> 8, n & 0xff);
  throw new RangeError(`DO value of ${n} bytes is too long`);
}

/** Pads (`80 00…`), encrypts and wraps as `86 L 01 ‖ cryptogram` with the minimal BER length (§4.5, §4.6). */
export function encryptDo86(
  suite: CipherSuite,
  key: Uint8Array,
  iv: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array {
  const cryptogram = suiteEncrypt(suite, key, padIso7816(plaintext, suiteBlockSize(suite)), iv);
  return concat(Uint8Array.of(0x86), berLength(cryptogram.length + 1), Uint8Array.of(0x01), cryptogram);
}

/**
 * Unwraps exactly one `86 L 01 ‖ cryptogram` DO (BER length `L`, `81 L`, `82 LL LL`), decrypts and strips the
 * padding; null on any malformed DO, unaligned cryptogram or bad padding (the card then answers `69 88`).
 */
export function decryptDo86(
  suite: CipherSuite,
  key: Uint8Array,
  iv: Uint8Array,
  do86: Uint8Array,
): Uint8Array | null {
  if (do86.length < 2 || do86[0] !== 0x86) return null;
  const b1 = do86[1]!;
  let header: number;
  let length: number;
  if (b1 < 0x80) {
    header = 2;
    length = b1;
  } else if (b1 === 0x81 && do86.length >= 3) {
    header = 3;
    length = do86[2]!;
  } else if (b1 === 0x82 && do86.length >= 4) {
    header = 4;
    length = (do86[2]! << 8) | do86[3]!;
  } else return null;
  if (header + length !== do86.length || length < 1 || do86[header] !== 0x01) return null;
  const bs = suiteBlockSize(suite);
  const cryptogram = do86.subarray(header + 1);
  if (cryptogram.length === 0 || cryptogram.length % bs !== 0) return null;
  return unpadIso7816(suiteDecrypt(suite, key, cryptogram, iv), bs);
}

/**
 * The SM Le DO for `le` = expected bytes 1..65536 (65536 = "whole file", encoded as zeros like an extended Le):
 * `96 02 HH LL` (§4.6) or `96 03 00 HH LL` (§6.1, modelled).
 */
export function leDo(le: number, form: LeDoForm): Uint8Array {
  if (!Number.isInteger(le) || le < 1 || le > 0x10000) throw new RangeError(`Le must be 1..65536, got ${le}`);
  const hi = (le >> 8) & 0xff;
  const lo = le & 0xff;
  return form === '96-02' ? Uint8Array.of(0x96, 0x02, hi, lo) : Uint8Array.of(0x96, 0x03, 0x00, hi, lo);
}

/** Reads either Le DO form back to 1..65536; null for anything else (the card then answers `69 88`). */
export function parseLeDo(bytes: Uint8Array): number | null {
  let v: number;
  if (bytes.length === 4 && bytes[0] === 0x96 && bytes[1] === 0x02) v = (bytes[2]! << 8) | bytes[3]!;
  else if (bytes.length === 5 && bytes[0] === 0x96 && bytes[1] === 0x03 && bytes[2] === 0x00)
    v = (bytes[3]! << 8) | bytes[4]!;
  else return null;
  return v === 0 ? 0x10000 : v;
}

/**
 * SM VERIFY of the card number: `08 20 00 86 13 86 11 01 ‖ enc(KSenc, IV, cardNo ‖ 80 00 00 00)` (§4.4 step 8,
 * §5.4; §6.1 for the 特定 IV). Throws `CardNumberFormatError` on a malformed number.
 */
export function buildVerifyCommand(
  suite: CipherSuite,
  ksEnc: Uint8Array,
  cardNumber: string,
  iv: Uint8Array,
): CommandApdu {
  const data = encryptDo86(suite, ksEnc, iv, cardNumberBytes(cardNumber));
  return { cla: 0x08, ins: 0x20, p1: 0x00, p2: 0x86, data, le: null, extended: false };
}

/** Card side of SM VERIFY: compares the decrypted data with the card's own number in constant time. */
export function checkVerifyData(
  suite: CipherSuite,
  ksEnc: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
  cardNumber: string,
): VerifyCheck {
  const plain = decryptDo86(suite, ksEnc, iv, data);
  if (plain === null) return 'malformed';
  return timingSafeEqual(plain, cardNumberBytes(cardNumber)) ? 'match' : 'mismatch';
}

/**
 * SM READ BINARY `08 B0 P1 P2 00 00 04 96 02 HH LL 00 00` (§4.6), or with `96 03 00 HH LL` and Lc 5 (§6.1):
 * extended Lc, extended Le 00 00. `le` 65536 asks for the whole file.
 */
export function buildSmReadBinary(p1: number, p2: number, le: number, form: LeDoForm): CommandApdu {
  return { cla: 0x08, ins: 0xb0, p1, p2, data: leDo(le, form), le: 0x10000, extended: true };
}
