/**
 * The server's Ed25519 key that signs audit checkpoints. It lives in a file beside the database (by default
 * `./data/audit-signing-key.pem`, mode 0600), not in the database: someone who can rewrite the database cannot
 * re-sign its checkpoints. The key id is the SHA-256 of the public key (SPKI DER), so a checkpoint names the
 * key that signed it and a verifier can refuse any other.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The default key file, relative to the working directory. */
export const DEFAULT_AUDIT_KEY_FILE = './data/audit-signing-key.pem';

/** A signing key and the public key checkpoints are verified with. */
export interface AuditKey {
  keyId: string;
  privateKey: KeyObject | null;
  publicKey: KeyObject;
}

/** The key id of a public key: SHA-256 of its SPKI DER, hex. */
export function auditKeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** A key from PEM text: a private key (signs and verifies) or a public key (verifies only). */
export function auditKeyFromPem(pem: string): AuditKey {
  if (/PRIVATE KEY/.test(pem)) {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit key must be an Ed25519 key');
    const publicKey = createPublicKey(privateKey);
    return { keyId: auditKeyId(publicKey), privateKey, publicKey };
  }
  const publicKey = createPublicKey(pem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit key must be an Ed25519 key');
  return { keyId: auditKeyId(publicKey), privateKey: null, publicKey };
}

/** A new Ed25519 key. */
export function newAuditKey(): AuditKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { keyId: auditKeyId(publicKey), privateKey, publicKey };
}

/** Loads the key file, or creates it (0600) when it does not exist; `created` says which. */
export function loadOrCreateAuditKey(file: string = DEFAULT_AUDIT_KEY_FILE): {
  key: AuditKey;
  created: boolean;
} {
  if (existsSync(file)) return { key: auditKeyFromPem(readFileSync(file, 'utf8')), created: false };
  const key = newAuditKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, (key.privateKey as KeyObject).export({ type: 'pkcs8', format: 'pem' }) as string, {
    mode: 0o600,
    flag: 'wx',
  });
  return { key, created: true };
}

/** The public key as PEM (to hand to a verifier elsewhere). */
export function auditPublicKeyPem(key: AuditKey): string {
  return key.publicKey.export({ type: 'spki', format: 'pem' }) as string;
}
