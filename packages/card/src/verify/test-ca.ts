/**
 * Test support: arbitrary two-level CA hierarchies with any names and validity (e.g. a foreign CA, or a
 * non-sandbox stand-in for an ISA root), so verification can be tested against material other than the
 * sandbox CA. Not used by the library itself.
 */

import 'reflect-metadata';
import { KeyObject, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

type Provider = NonNullable<Parameters<typeof x509.X509CertificateGenerator.create>[1]>;
const provider = webcrypto as unknown as Provider;

/** A certificate (DER) with its private key. */
export interface TestCertifiedKey {
  readonly certificate: Uint8Array;
  readonly privateKey: KeyObject;
}

/** Options for `createTestHierarchy`. */
export interface TestHierarchyOptions {
  /** 1: RSA-2048 / sha256WithRSA; 2: EC P-384 / ecdsa-with-SHA256. */
  readonly generation: 1 | 2;
  readonly rootName?: string;
  readonly signerName?: string;
  readonly rootValidity?: { notBefore: Date; notAfter: Date };
  readonly signerValidity?: { notBefore: Date; notAfter: Date };
  /** keyUsage of the signer (default digitalSignature). */
  readonly signerKeyUsage?: number;
}

const YEAR = 365 * 86_400_000;

/** A root and a document signer under it. */
export async function createTestHierarchy(
  options: TestHierarchyOptions,
): Promise<{ root: TestCertifiedKey; signer: TestCertifiedKey }> {
  const params =
    options.generation === 1
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength: 2048,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: 'SHA-256',
        }
      : { name: 'ECDSA', namedCurve: 'P-384' };
  const signingAlgorithm =
    options.generation === 1 ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };
  const now = Date.now();
  const rootValidity = options.rootValidity ?? {
    notBefore: new Date(now - YEAR),
    notAfter: new Date(now + 10 * YEAR),
  };
  const signerValidity = options.signerValidity ?? rootValidity;
  const gen = () =>
    webcrypto.subtle.generateKey(params, true, ['sign', 'verify']) as Promise<webcrypto.CryptoKeyPair>;
  const rootKeys = await gen();
  const signerKeys = await gen();
  const rootName = options.rootName ?? 'C=JP, O=Example Foreign Authority, CN=Example Root';
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '01',
      name: rootName,
      notBefore: rootValidity.notBefore,
      notAfter: rootValidity.notAfter,
      keys: rootKeys,
      signingAlgorithm,
      extensions: [new x509.BasicConstraintsExtension(true, 0, true)],
    },
    provider,
  );
  const signer = await x509.X509CertificateGenerator.create(
    {
      serialNumber: '02',
      subject: options.signerName ?? 'C=JP, O=Example Foreign Authority, CN=Example Signer',
      issuer: root.subjectName,
      notBefore: signerValidity.notBefore,
      notAfter: signerValidity.notAfter,
      publicKey: signerKeys.publicKey,
      signingKey: rootKeys.privateKey,
      signingAlgorithm,
      extensions: [
        new x509.KeyUsagesExtension(options.signerKeyUsage ?? x509.KeyUsageFlags.digitalSignature, true),
      ],
    },
    provider,
  );
  return {
    root: { certificate: new Uint8Array(root.rawData), privateKey: KeyObject.from(rootKeys.privateKey) },
    signer: {
      certificate: new Uint8Array(signer.rawData),
      privateKey: KeyObject.from(signerKeys.privateKey),
    },
  };
}
