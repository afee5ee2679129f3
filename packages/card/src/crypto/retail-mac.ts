/**
 * ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") with padding method 2 always added — the gen-1 MAC of mutual
 * authentication (chip.md §4.4): CBC-DES with K1 over all blocks, then DES⁻¹ with K2 and DES with K1.
 */
import { padIso7816 } from './padding.ts';
import { desDecryptBlock, desEncryptBlock, tdesCbcEncrypt } from './tdes.ts';

/** 8-byte retail MAC of `data` under the 16-byte key K1‖K2. */
export function retailMac(key: Uint8Array, data: Uint8Array): Uint8Array {
  if (key.length !== 16) throw new RangeError(`retail MAC needs a 16-byte key, got ${key.length}`);
  const k1 = key.subarray(0, 8);
  const k2 = key.subarray(8, 16);
  const k1k1 = new Uint8Array(16);
  k1k1.set(k1, 0);
  k1k1.set(k1, 8);
  // CBC-DES with K1 = 3DES-CBC with K1‖K1; its last block is the chaining value.
  const chained = tdesCbcEncrypt(k1k1, padIso7816(data, 8));
  const last = chained.subarray(chained.length - 8);
  return desEncryptBlock(k1, desDecryptBlock(k2, last));
}
