/**
 * Reading asymmetric keys from files and card images (PEM or DER) with typed failures: a key file that is not
 * a key, a key of the wrong kind, or one too small for its use ends in a {@link KeyError}, never in whatever
 * OpenSSL happened to throw. The message never quotes key material.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { CardLibraryError } from '../errors/library-error.ts';

/** Stable machine codes of {@link KeyError}. */
export type KeyErrorCode =
  /** Neither PEM nor DER of a key (or a PEM block of another kind, or corrupt base64). */
  | 'key-unreadable'
  /** A readable key of another algorithm than the use needs (an EC key where RSA is needed). */
  | 'key-wrong-type'
  /** An RSA key shorter than the use needs. */
  | 'key-too-small'
  /** A key of the right kind whose parameters do not work (OpenSSL refused to compute with it). */
  | 'key-unusable';

/** A key that cannot be used, naming what it was for (`--delivery-key`, `deliveryPrivateKeyPem`). */
export class KeyError extends CardLibraryError {
  readonly code: KeyErrorCode;

  constructor(
    code: KeyErrorCode,
    readonly what: string,
    detail: string,
  ) {
    super(`${what}: ${detail}`);
    this.name = 'KeyError';
    this.code = code;
  }
}

function isPemText(bytes: Uint8Array | string): boolean {
  const head =
    typeof bytes === 'string' ? bytes.slice(0, 200) : Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return head.includes('-----BEGIN ');
}

/**
 * A public key from PEM (`PUBLIC KEY`, `RSA PUBLIC KEY`, or a `CERTIFICATE` whose key is taken) or DER
 * SubjectPublicKeyInfo; `key-unreadable` otherwise.
 */
export function readPublicKey(bytes: Uint8Array | string, what = 'public key'): KeyObject {
  try {
    if (isPemText(bytes))
      return createPublicKey(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
    if (typeof bytes === 'string') throw new Error('not PEM');
    return createPublicKey({ key: Buffer.from(bytes), format: 'der', type: 'spki' });
  } catch {
    throw new KeyError('key-unreadable', what, 'not a public key (PEM, or DER SubjectPublicKeyInfo)');
  }
}

/** A private key from PEM (PKCS#8 or PKCS#1); `key-unreadable` otherwise. */
export function readPrivateKey(pem: string, what = 'private key'): KeyObject {
  if (typeof pem !== 'string' || !isPemText(pem))
    throw new KeyError('key-unreadable', what, 'not a PEM private key');
  try {
    return createPrivateKey(pem);
  } catch {
    throw new KeyError('key-unreadable', what, 'not a readable PEM private key');
  }
}

/** `key` itself when it is RSA with at least `minBits` bits; `key-wrong-type` / `key-too-small` otherwise. */
export function requireRsaKey(key: KeyObject, minBits: number, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa')
    throw new KeyError(
      'key-wrong-type',
      what,
      `an RSA key is needed, got ${key.asymmetricKeyType ?? 'a secret key'}`,
    );
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < minBits)
    throw new KeyError('key-too-small', what, `RSA-${bits} is shorter than ${minBits} bits`);
  return key;
}
