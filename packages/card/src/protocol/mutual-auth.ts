/**
 * Card-number mutual authentication (GET CHALLENGE → MUTUAL AUTHENTICATE) for both sides: the terminal builds
 * E_IFD‖M_IFD and checks E_ICC‖M_ICC; the card checks the former and answers the latter (chip.md §4.4, §5.4).
 * Randomness is an argument, never drawn here.
 */

import { CardError } from '../apdu/card-error.ts';
import type { CommandApdu } from '../apdu/command-apdu.ts';
import { concat, timingSafeEqual } from '../bytes.ts';
import { type CipherSuite, suiteDecrypt, suiteEncrypt, suiteMac } from './cipher-suite.ts';

const STEP = 'mutual-authenticate';

function checkLength(name: string, v: Uint8Array, n: number): void {
  if (v.length !== n) throw new RangeError(`${name} must be ${n} bytes, got ${v.length}`);
}

/** `00 84 00 00 08`: asks the card for RND.ICC (§4.4 step 2). */
export function buildGetChallenge(): CommandApdu {
  return { cla: 0x00, ins: 0x84, p1: 0x00, p2: 0x00, data: new Uint8Array(0), le: 8, extended: false };
}

/** `00 82 00 00 28 ‖ E_IFD ‖ M_IFD ‖ 00` (§4.4 step 5). */
export function buildMutualAuthenticate(data40: Uint8Array): CommandApdu {
  checkLength('mutual authentication data', data40, 40);
  return { cla: 0x00, ins: 0x82, p1: 0x00, p2: 0x00, data: data40.slice(), le: 256, extended: false };
}

/** Terminal side: E_IFD = enc(K, RND.IFD‖RND.ICC‖K.IFD), M_IFD = mac(K, E_IFD); returns the 40 bytes E‖M. */
export function buildMutualAuthData(
  suite: CipherSuite,
  key: Uint8Array,
  rndIcc: Uint8Array,
  rndIfd: Uint8Array,
  kIfd: Uint8Array,
): Uint8Array {
  checkLength('RND.ICC', rndIcc, 8);
  checkLength('RND.IFD', rndIfd, 8);
  checkLength('K.IFD', kIfd, 16);
  const e = suiteEncrypt(suite, key, concat(rndIfd, rndIcc, kIfd));
  return concat(e, suiteMac(suite, key, e));
}

/**
 * Terminal side: checks M_ICC and both echoed randoms of the card's 40-byte answer and returns K.ICC; throws
 * {@link CardError} (step `mutual-authenticate`, sw null, code `wrong-length` | `bad-mac` | `rnd-mismatch`).
 */
export function checkMutualAuthResponse(
  suite: CipherSuite,
  key: Uint8Array,
  response40: Uint8Array,
  rndIcc: Uint8Array,
  rndIfd: Uint8Array,
): Uint8Array {
  checkLength('RND.ICC', rndIcc, 8);
  checkLength('RND.IFD', rndIfd, 8);
  if (response40.length !== 40)
    throw new CardError({
      step: STEP,
      sw: null,
      code: 'wrong-length',
      message: `mutual-authenticate: card answered ${response40.length} bytes, expected 40`,
    });
  const e = response40.subarray(0, 32);
  if (!timingSafeEqual(suiteMac(suite, key, e), response40.subarray(32, 40)))
    throw new CardError({
      step: STEP,
      sw: null,
      code: 'bad-mac',
      message: 'mutual-authenticate: M_ICC does not verify',
    });
  const plain = suiteDecrypt(suite, key, e);
  if (!timingSafeEqual(plain.subarray(0, 8), rndIcc) || !timingSafeEqual(plain.subarray(8, 16), rndIfd))
    throw new CardError({
      step: STEP,
      sw: null,
      code: 'rnd-mismatch',
      message: 'mutual-authenticate: card did not echo RND.ICC / RND.IFD',
    });
  return plain.slice(16, 32);
}

/** What the card learns and answers after a valid MUTUAL AUTHENTICATE. */
export interface MutualAuthAnswer {
  /** The terminal's random, RND.IFD (8 bytes). */
  rndIfd: Uint8Array;
  /** The terminal's key half, K.IFD (16 bytes); with K.ICC it gives the session key. */
  kIfd: Uint8Array;
  /** E_ICC ‖ M_ICC (40 bytes), sent with `90 00`. */
  response: Uint8Array;
}

/**
 * Card side: checks M_IFD and the echoed RND.ICC of the 40-byte command data and builds E_ICC‖M_ICC with the
 * card's K.ICC; null when the data is not 40 bytes, the MAC is bad or RND.ICC differs (the card answers `63 00`).
 */
export function answerMutualAuth(
  suite: CipherSuite,
  key: Uint8Array,
  data40: Uint8Array,
  rndIcc: Uint8Array,
  kIcc: Uint8Array,
): MutualAuthAnswer | null {
  checkLength('RND.ICC', rndIcc, 8);
  checkLength('K.ICC', kIcc, 16);
  if (data40.length !== 40) return null;
  const e = data40.subarray(0, 32);
  if (!timingSafeEqual(suiteMac(suite, key, e), data40.subarray(32, 40))) return null;
  const plain = suiteDecrypt(suite, key, e);
  if (!timingSafeEqual(plain.subarray(8, 16), rndIcc)) return null;
  const rndIfd = plain.slice(0, 8);
  const eIcc = suiteEncrypt(suite, key, concat(rndIcc, rndIfd, kIcc));
  return { rndIfd, kIfd: plain.slice(16, 32), response: concat(eIcc, suiteMac(suite, key, eIcc)) };
}
