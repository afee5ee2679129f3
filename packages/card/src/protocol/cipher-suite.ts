/**
 * The two cipher suites of the residence cards, so mutual authentication and secure messaging are written once:
 * `tdes` = 2-key 3DES-CBC + retail MAC (gen 1, chip.md §4.4), `aes` = AES-128-CBC + AES-CMAC truncated to
 * 8 bytes (gen 2 §5.4, and the 特定 model §6.1).
 */
import { aesCbcDecrypt, aesCbcEncrypt } from '../crypto/aes.ts';
import { aesCmac } from '../crypto/aes-cmac.ts';
import { retailMac } from '../crypto/retail-mac.ts';
import { tdesCbcDecrypt, tdesCbcEncrypt } from '../crypto/tdes.ts';

/** Which algorithms a card generation uses. */
export type CipherSuite = 'tdes' | 'aes';

/** Block size in bytes (8 for 3DES, 16 for AES): padding and IVs follow it. */
export function suiteBlockSize(suite: CipherSuite): number {
  return suite === 'tdes' ? 8 : 16;
}

/** Suite for a card type read from MF/EF02 (`1`/`2` → tdes, `05`–`08` → aes), null when unknown (§2). */
export function suiteForCardType(cardType: string): CipherSuite | null {
  if (cardType === '1' || cardType === '2') return 'tdes';
  if (['05', '06', '07', '08'].includes(cardType)) return 'aes';
  return null;
}

/** CBC encryption of block-aligned data; IV zero unless given (gen 1/2 always use zero). */
export function suiteEncrypt(
  suite: CipherSuite,
  key: Uint8Array,
  data: Uint8Array,
  iv?: Uint8Array,
): Uint8Array {
  const v = iv ?? new Uint8Array(suiteBlockSize(suite));
  return suite === 'tdes' ? tdesCbcEncrypt(key, data, v) : aesCbcEncrypt(key, v, data);
}

/** CBC decryption of block-aligned data; IV zero unless given. Throws RangeError on unaligned input. */
export function suiteDecrypt(
  suite: CipherSuite,
  key: Uint8Array,
  data: Uint8Array,
  iv?: Uint8Array,
): Uint8Array {
  const v = iv ?? new Uint8Array(suiteBlockSize(suite));
  return suite === 'tdes' ? tdesCbcDecrypt(key, data, v) : aesCbcDecrypt(key, v, data);
}

/** The 8-byte authentication MAC: retail MAC (tdes) or AES-CMAC[0..8] (aes). */
export function suiteMac(suite: CipherSuite, key: Uint8Array, data: Uint8Array): Uint8Array {
  return suite === 'tdes' ? retailMac(key, data) : aesCmac(key, data).slice(0, 8);
}
