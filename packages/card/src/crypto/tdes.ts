/**
 * Two-key triple DES (K1‖K2, EDE with K1,K2,K1) in CBC mode without padding — the gen-1 residence-card cipher
 * for mutual authentication and secure messaging (chip.md §4.4, §4.5). Node's `des-ede-cbc`.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

const ZERO_IV = new Uint8Array(8);

function check(key: Uint8Array, data: Uint8Array, iv: Uint8Array): void {
  if (key.length !== 16) throw new RangeError(`2-key 3DES needs a 16-byte key, got ${key.length}`);
  if (iv.length !== 8) throw new RangeError(`3DES IV must be 8 bytes, got ${iv.length}`);
  if (data.length % 8 !== 0)
    throw new RangeError(`3DES data must be a multiple of 8 bytes, got ${data.length}`);
}

/** 3DES-CBC encryption, IV zero unless given; data must already be block-aligned. */
export function tdesCbcEncrypt(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  check(key, data, iv);
  const c = createCipheriv('des-ede-cbc', key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}

/** 3DES-CBC decryption, IV zero unless given; the caller strips padding. */
export function tdesCbcDecrypt(key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array {
  check(key, data, iv);
  const d = createDecipheriv('des-ede-cbc', key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
}

function singleDes(mode: 'encrypt' | 'decrypt', key8: Uint8Array, block: Uint8Array): Uint8Array {
  // Single DES as EDE with K‖K: E_K(D_K(E_K(x))) = E_K(x); works where OpenSSL 3 hides plain `des-ecb`.
  const key = new Uint8Array(16);
  key.set(key8, 0);
  key.set(key8, 8);
  const c =
    mode === 'encrypt'
      ? createCipheriv('des-ede-ecb', key, null)
      : createDecipheriv('des-ede-ecb', key, null);
  c.setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(block), c.final()]));
}

/** Single-DES encryption of one 8-byte block (the last step of the retail MAC). */
export function desEncryptBlock(key8: Uint8Array, block: Uint8Array): Uint8Array {
  if (key8.length !== 8 || block.length !== 8) throw new RangeError('DES needs an 8-byte key and block');
  return singleDes('encrypt', key8, block);
}

/** Single-DES decryption of one 8-byte block (the middle step of the retail MAC). */
export function desDecryptBlock(key8: Uint8Array, block: Uint8Array): Uint8Array {
  if (key8.length !== 8 || block.length !== 8) throw new RangeError('DES needs an 8-byte key and block');
  return singleDes('decrypt', key8, block);
}
