import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyError, readPrivateKey, readPublicKey, requireRsaKey } from './keys.ts';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KeyError);
    return (e as KeyError).code;
  }
  return undefined;
}

describe('keys', () => {
  it('reads PEM and DER public keys and PEM private keys', () => {
    const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const der = new Uint8Array(rsa.publicKey.export({ type: 'spki', format: 'der' }));
    expect(readPublicKey(pem).asymmetricKeyType).toBe('rsa');
    expect(readPublicKey(new TextEncoder().encode(pem)).asymmetricKeyType).toBe('rsa');
    expect(readPublicKey(der).asymmetricKeyType).toBe('rsa');
    const priv = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(readPrivateKey(priv).asymmetricKeyType).toBe('rsa');
  });

  it('refuses what is not a key, with key-unreadable and no key material in the message', () => {
    const broken = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOC!!!\n-----END PUBLIC KEY-----\n';
    expect(codeOf(() => readPublicKey(broken, '--delivery-key'))).toBe('key-unreadable');
    expect(codeOf(() => readPublicKey(Uint8Array.of(1, 2, 3)))).toBe('key-unreadable');
    expect(codeOf(() => readPublicKey(''))).toBe('key-unreadable');
    expect(codeOf(() => readPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'))).toBe(
      'key-unreadable',
    );
    expect(codeOf(() => readPrivateKey(42 as unknown as string))).toBe('key-unreadable');
    try {
      readPublicKey(broken, '--delivery-key');
    } catch (e) {
      expect((e as Error).message).toMatch(/^--delivery-key: /);
      expect((e as Error).message).not.toMatch(/MIIB/);
    }
  });

  it('requires RSA of a minimum size', () => {
    expect(requireRsaKey(rsa.publicKey, 2048, 'k')).toBe(rsa.publicKey);
    expect(codeOf(() => requireRsaKey(ec.publicKey, 2048, 'k'))).toBe('key-wrong-type');
    expect(codeOf(() => requireRsaKey(small.publicKey, 2048, 'k'))).toBe('key-too-small');
  });
});
