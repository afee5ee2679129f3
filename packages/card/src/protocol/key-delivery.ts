/**
 * 特定在留カード session-key delivery, SET SESSION KEY `80 AE 00 00` (chip.md §6, §6.1): the terminal encrypts a
 * 32-byte seed under the ISA key-delivery RSA-2048 public key; the card decrypts it and uses seed[0..16] as the
 * AES session key. Modelled on the My Number 券面入力補助AP; unconfirmed against 特定在留カード等仕様書.
 */
import { constants, type KeyObject, privateDecrypt, publicEncrypt } from 'node:crypto';
import type { CommandApdu } from '../apdu/command-apdu.ts';
import { concat, equal } from '../bytes.ts';
import { KeyError, requireRsaKey } from '../crypto/keys.ts';

/** `A0 22 80 20`: the template that wraps the seed (modelled, unconfirmed against 特定在留カード等仕様書). */
export const SESSION_KEY_TEMPLATE = Uint8Array.of(0xa0, 0x22, 0x80, 0x20);

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' } as const;

/** The session key a seed yields: its first 16 bytes (modelled, unconfirmed against 特定在留カード等仕様書). */
export function sessionKeyFromSeed(seed32: Uint8Array): Uint8Array {
  if (seed32.length !== 32) throw new RangeError(`seed must be 32 bytes, got ${seed32.length}`);
  return seed32.slice(0, 16);
}

/**
 * Terminal side: `80 AE 00 00 00 01 00 ‖ RSAES-OAEP(SHA-256, MGF1-SHA-256, empty label)(A0 22 80 20 ‖ seed)`,
 * extended Lc 256, no Le (modelled, unconfirmed against 特定在留カード等仕様書). The seed is an argument. A key
 * that is not RSA-2048 or larger is a `KeyError` (the cryptogram must be 256 bytes or more).
 */
export function buildSetSessionKey(deliveryPublicKey: KeyObject, seed32: Uint8Array): CommandApdu {
  if (seed32.length !== 32) throw new RangeError(`seed must be 32 bytes, got ${seed32.length}`);
  requireRsaKey(deliveryPublicKey, 2048, 'key-delivery public key');
  let c: Buffer;
  try {
    c = publicEncrypt({ key: deliveryPublicKey, ...OAEP }, concat(SESSION_KEY_TEMPLATE, seed32));
  } catch {
    throw new KeyError('key-unusable', 'key-delivery public key', 'RSA-OAEP encryption failed with this key');
  }
  return { cla: 0x80, ins: 0xae, p1: 0x00, p2: 0x00, data: new Uint8Array(c), le: null, extended: true };
}

/**
 * Card side: decrypts SET SESSION KEY data and returns the 16-byte session key; null when decryption fails or
 * the template is not `A0 22 80 20 ‖ 32 bytes` (the card answers `6A 80`). Modelled, unconfirmed against
 * 特定在留カード等仕様書.
 */
export function openSetSessionKey(deliveryPrivateKey: KeyObject, data: Uint8Array): Uint8Array | null {
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(privateDecrypt({ key: deliveryPrivateKey, ...OAEP }, data));
  } catch {
    return null;
  }
  if (plain.length !== 36 || !equal(plain.subarray(0, 4), SESSION_KEY_TEMPLATE)) return null;
  return plain.slice(4, 20);
}
