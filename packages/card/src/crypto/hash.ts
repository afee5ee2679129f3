/**
 * Hashes used by the chips: SHA-1 for access/session key derivation (chip.md §4.4), SHA-256 for signatures.
 */
import { createHash } from 'node:crypto';

/** SHA-1 digest (20 bytes); the residence-card key derivation is specified with it (§4.4 step 1, 7). */
export function sha1(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha1').update(data).digest());
}

/** SHA-256 digest (32 bytes), for signed-data hashes and OAEP. */
export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}
