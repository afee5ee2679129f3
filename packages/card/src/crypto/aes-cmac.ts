/**
 * AES-CMAC (RFC 4493 / NIST SP 800-38B) — Node and WebCrypto have none (chip.md §9); gen-2 authentication uses
 * its first 8 bytes (§5.4).
 */
import { xor } from '../bytes.ts';
import { aesEncryptBlock } from './aes.ts';

function shiftLeft(block: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = ((block[i]! << 1) | (i < 15 ? block[i + 1]! >> 7 : 0)) & 0xff;
  return out;
}

function double(block: Uint8Array): Uint8Array {
  const out = shiftLeft(block);
  if (block[0]! & 0x80) out[15] = out[15]! ^ 0x87;
  return out;
}

/** CMAC subkeys K1, K2 (RFC 4493 §2.3), exported for the RFC's own test of subkey generation. */
export function cmacSubkeys(key: Uint8Array): { k1: Uint8Array; k2: Uint8Array } {
  const k1 = double(aesEncryptBlock(key, new Uint8Array(16)));
  return { k1, k2: double(k1) };
}

/** Full 16-byte AES-128-CMAC of `message`. */
export function aesCmac(key: Uint8Array, message: Uint8Array): Uint8Array {
  const { k1, k2 } = cmacSubkeys(key);
  const blocks = Math.max(1, Math.ceil(message.length / 16));
  const complete = message.length > 0 && message.length % 16 === 0;
  const last = new Uint8Array(16);
  const tail = message.subarray((blocks - 1) * 16);
  last.set(tail);
  if (!complete) last[tail.length] = 0x80;
  const lastBlock = xor(last, complete ? k1 : k2);
  let x: Uint8Array = new Uint8Array(16);
  for (let i = 0; i < blocks - 1; i++)
    x = aesEncryptBlock(key, xor(x, message.subarray(i * 16, i * 16 + 16)));
  return aesEncryptBlock(key, xor(x, lastBlock));
}
