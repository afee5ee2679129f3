/**
 * AES-128 without padding: CBC for gen-2 / 特定 authentication and secure messaging (chip.md §5.4, §6.1) and
 * single-block ECB for CMAC subkeys and the 特定 counter IV.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

function check(key: Uint8Array, iv: Uint8Array | null, data: Uint8Array): void {
  if (key.length !== 16) throw new RangeError(`AES-128 needs a 16-byte key, got ${key.length}`);
  if (iv !== null && iv.length !== 16) throw new RangeError(`AES IV must be 16 bytes, got ${iv.length}`);
  if (data.length % 16 !== 0)
    throw new RangeError(`AES data must be a multiple of 16 bytes, got ${data.length}`);
}

/** AES-128-CBC encryption with the given IV; data must already be block-aligned. */
export function aesCbcEncrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  check(key, iv, data);
  const c = createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}

/** AES-128-CBC decryption with the given IV; the caller strips padding. */
export function aesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  check(key, iv, data);
  const d = createDecipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
}

/** AES-128 encryption of exactly one 16-byte block (ECB). */
export function aesEncryptBlock(key: Uint8Array, block: Uint8Array): Uint8Array {
  if (block.length !== 16) throw new RangeError(`AES block must be 16 bytes, got ${block.length}`);
  check(key, null, block);
  const c = createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(block), c.final()]));
}
