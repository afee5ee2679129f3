import { constants, createPublicKey, privateDecrypt, publicEncrypt, randomBytes, verify } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, verifyIssuedBy } from '../../verify/certificate.ts';
import { isSandboxCertificate, isSandboxName } from '../../verify/sandbox-marker.ts';
import {
  createSandboxCa,
  deliveryPublicKey,
  issueSandboxSigner,
  type SandboxCa,
  signerCertificate,
  signGen1,
  signGen2,
} from './sandbox-ca.ts';

let ca: SandboxCa;

beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-07-01T00:00:00Z') });
});

describe('createSandboxCa', () => {
  it('makes look-alikes of ZairyuCard CA (RSA-2048) and CA2 (EC P-384), self-signed', () => {
    const g1 = parseCertificate(ca.gen1.root.certificate);
    const g2 = parseCertificate(ca.gen2.root.certificate);
    expect(g1.keyType).toBe('rsa');
    expect(g1.rsaModulusBits).toBe(2048);
    expect(g1.signatureAlgorithm.oid).toBe('1.2.840.113549.1.1.11');
    expect(g2.keyType).toBe('ec');
    expect(g2.namedCurve).toBe('P-384');
    expect(g2.signatureAlgorithm.oid).toBe('1.2.840.10045.4.3.2');
    for (const root of [g1, g2]) {
      expect(root.subject).toBe(root.issuer);
      expect(root.isCa).toBe(true);
      expect(verifyIssuedBy(root, root.publicKey)).toBe('valid');
    }
    expect(g1.subject).toContain('CN=SANDBOX ZairyuCard CA NOT FOR PRODUCTION');
    expect(g2.subject).toContain('CN=SANDBOX ZairyuCard CA2 NOT FOR PRODUCTION');
  });

  it('issues a document signer under each root, small enough for DB (1200) and DD (602)', () => {
    const pairs = [
      [ca.gen1.signer.certificate, ca.gen1.root.certificate, 1200],
      [ca.gen2.signer.certificate, ca.gen2.root.certificate, 602],
    ] as const;
    for (const [signerDer, rootDer, capacity] of pairs) {
      const signer = parseCertificate(signerDer);
      expect(signer.issuer).toBe(parseCertificate(rootDer).subject);
      expect(verifyIssuedBy(signer, parseCertificate(rootDer).publicKey)).toBe('valid');
      expect(signer.keyUsage?.digitalSignature).toBe(true);
      expect(signerDer.length).toBeLessThanOrEqual(capacity);
    }
  });

  it('labels every certificate SANDBOX, with the OU=SANDBOX marker and "not the Japanese Government"', () => {
    for (const der of [
      ca.gen1.root.certificate,
      ca.gen1.signer.certificate,
      ca.gen2.root.certificate,
      ca.gen2.signer.certificate,
    ]) {
      const c = parseCertificate(der);
      expect(isSandboxName(c.subjectAttributes)).toBe(true);
      expect(isSandboxCertificate(c)).toBe(true);
      expect(c.subject).toContain('O=zairyu SANDBOX (not the Japanese Government)');
      expect(c.subject).toMatch(/CN=SANDBOX /);
    }
  });

  it('honours the validity it is given', async () => {
    const rootValidity = {
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2021-01-01T00:00:00Z'),
    };
    const old = await createSandboxCa({ rootValidity, signerValidity: rootValidity });
    const root = parseCertificate(old.gen2.root.certificate);
    expect(root.notBefore.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(parseCertificate(old.gen1.signer.certificate).notAfter.toISOString()).toBe(
      '2021-01-01T00:00:00.000Z',
    );
    const defaults = parseCertificate(ca.gen1.root.certificate);
    expect(defaults.notBefore.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(defaults.notAfter.toISOString()).toBe('2046-07-01T00:00:00.000Z');
  });
});

describe('signing', () => {
  const target = randomBytes(10_000);

  it('signGen1: RSASSA-PKCS1-v1_5 SHA-256, 256 bytes, verifiable with the DB certificate', () => {
    const sig = signGen1(ca, target);
    expect(sig.length).toBe(256);
    const key = parseCertificate(signerCertificate(ca, 1)).publicKey;
    expect(verify('sha256', target, { key, padding: constants.RSA_PKCS1_PADDING }, sig)).toBe(true);
  });

  it('signGen2: ECDSA P-384 SHA-256 as raw r‖s, 96 bytes, verifiable with the DD certificate', () => {
    const sig = signGen2(ca, target);
    expect(sig.length).toBe(96);
    const key = parseCertificate(signerCertificate(ca, 2)).publicKey;
    expect(verify('sha256', target, { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
  });

  it('issueSandboxSigner replaces one signer and keeps the root', async () => {
    const next = await issueSandboxSigner(ca, 2);
    expect(next.gen2.root).toBe(ca.gen2.root);
    expect(next.gen1).toBe(ca.gen1);
    expect(next.gen2.signer.certificate).not.toEqual(ca.gen2.signer.certificate);
    const signer = parseCertificate(next.gen2.signer.certificate);
    expect(verifyIssuedBy(signer, parseCertificate(ca.gen2.root.certificate).publicKey)).toBe('valid');
  });

  it('the key-delivery pair is RSA-2048 and works for RSA-OAEP SHA-256 (chip.md §6.1)', () => {
    const pub = createPublicKey({ key: Buffer.from(deliveryPublicKey(ca)), format: 'der', type: 'spki' });
    expect(pub.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const seed = randomBytes(32);
    const c = publicEncrypt(
      { key: pub, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      seed,
    );
    expect(c.length).toBe(256);
    const p = privateDecrypt(
      { key: ca.delivery.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      c,
    );
    expect(p.equals(seed)).toBe(true);
  });
});
