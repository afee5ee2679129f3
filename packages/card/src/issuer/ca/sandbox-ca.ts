/**
 * The sandbox certificate authority: look-alikes of ISA's "ZairyuCard CA" (gen 1, RSA-2048) and
 * "ZairyuCard CA2" (gen 2 and 特定, EC P-384) with a document signer under each, and the 特定 key-delivery
 * RSA-2048 key pair (chip.md §4.8, §5.6, §6). Every subject says SANDBOX and carries `OU=SANDBOX`, so sandbox
 * cards can never verify under the production or official-test trust profiles.
 */

import 'reflect-metadata';
import {
  constants,
  createPublicKey,
  generateKeyPair,
  KeyObject,
  randomBytes,
  sign,
  webcrypto,
} from 'node:crypto';
import { promisify } from 'node:util';
import * as x509 from '@peculiar/x509';
import { SANDBOX_MARKER } from '../../verify/sandbox-marker.ts';

/** A certificate (DER) and the private key it certifies. */
export interface SandboxCertifiedKey {
  readonly certificate: Uint8Array;
  readonly privateKey: KeyObject;
}

/** A root and the document signer it certified. */
export interface SandboxHierarchy {
  readonly root: SandboxCertifiedKey;
  readonly signer: SandboxCertifiedKey;
}

/** All sandbox key material: gen-1 hierarchy, gen-2/特定 hierarchy, 特定 key-delivery key pair. */
export interface SandboxCa {
  /** RSA-2048 root and signer, sha256WithRSAEncryption (signs `DA`, certificate goes in `DB`). */
  readonly gen1: SandboxHierarchy;
  /** EC P-384 root and signer, ecdsa-with-SHA256 (signs `DC`, certificate goes in `DD`); gen 2 and 特定. */
  readonly gen2: SandboxHierarchy;
  /** RSA-2048 key pair for 特定 SET SESSION KEY (RSAES-OAEP), chip.md §6.1. */
  readonly delivery: { readonly privateKey: KeyObject; readonly publicKey: KeyObject };
}

/** A notBefore … notAfter window. */
export interface CertificateValidity {
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** Options for `createSandboxCa`; dates default from `now` (default: the current time). */
export interface SandboxCaOptions {
  readonly now?: Date;
  /** Validity of both roots (default: a day before `now` to 20 years after). */
  readonly rootValidity?: CertificateValidity;
  /** Validity of both document signers (default: a day before `now` to 10 years after). */
  readonly signerValidity?: CertificateValidity;
}

const ORGANIZATION = `zairyu ${SANDBOX_MARKER} (not the Japanese Government)`;

/** The subjects of the sandbox certificates (encoded in this order: C, O, OU, CN). */
export const SANDBOX_SUBJECTS = {
  gen1Root: sandboxName('SANDBOX ZairyuCard CA NOT FOR PRODUCTION'),
  gen1Signer: sandboxName('SANDBOX ZairyuCard document signer 1'),
  gen2Root: sandboxName('SANDBOX ZairyuCard CA2 NOT FOR PRODUCTION'),
  gen2Signer: sandboxName('SANDBOX ZairyuCard DS2'),
} as const;

function sandboxName(cn: string): x509.JsonName {
  return [{ C: ['JP'] }, { O: [ORGANIZATION] }, { OU: [SANDBOX_MARKER] }, { CN: [cn] }];
}

type Provider = NonNullable<Parameters<typeof x509.X509CertificateGenerator.create>[1]>;
const cryptoProvider = webcrypto as unknown as Provider;
const subtle = webcrypto.subtle;
const RSA_PARAMS = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};
const EC_PARAMS = { name: 'ECDSA', namedCurve: 'P-384' };
const DAY = 86_400_000;

function yearsAfter(ms: number, years: number): Date {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** 1: gen-1 hierarchy; 2: gen-2 / 特定 hierarchy. */
export type SandboxGeneration = 1 | 2;

function keyParams(generation: SandboxGeneration) {
  return generation === 1 ? RSA_PARAMS : EC_PARAMS;
}

function signingAlgorithm(generation: SandboxGeneration) {
  return generation === 1 ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };
}

function serialNumber(): string {
  const bytes = randomBytes(8);
  bytes[0] = ((bytes[0] as number) & 0x7f) | 0x10;
  return bytes.toString('hex');
}

async function newKeyPair(generation: SandboxGeneration): Promise<webcrypto.CryptoKeyPair> {
  return (await subtle.generateKey(keyParams(generation), true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
}

async function toCryptoKey(key: KeyObject, generation: SandboxGeneration): Promise<webcrypto.CryptoKey> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  return subtle.importKey('pkcs8', der, keyParams(generation), false, ['sign']);
}

async function makeRoot(
  generation: SandboxGeneration,
  validity: CertificateValidity,
): Promise<SandboxCertifiedKey> {
  const keys = await newKeyPair(generation);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serialNumber(),
      name: generation === 1 ? SANDBOX_SUBJECTS.gen1Root : SANDBOX_SUBJECTS.gen2Root,
      notBefore: validity.notBefore,
      notAfter: validity.notAfter,
      keys,
      signingAlgorithm: signingAlgorithm(generation),
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, cryptoProvider),
      ],
    },
    cryptoProvider,
  );
  return { certificate: new Uint8Array(cert.rawData), privateKey: KeyObject.from(keys.privateKey) };
}

async function makeSigner(
  generation: SandboxGeneration,
  root: SandboxCertifiedKey,
  validity: CertificateValidity,
): Promise<SandboxCertifiedKey> {
  const keys = await newKeyPair(generation);
  const rootCert = new x509.X509Certificate(root.certificate);
  // The gen-2 certificate must fit `DD` (602 bytes, chip.md §5.3), so it carries keyUsage only; gen 1 has
  // room (`DB`, 1200 bytes) for the usual key identifiers and basic constraints.
  const extensions: x509.Extension[] = [
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
  ];
  if (generation === 1)
    extensions.push(
      await x509.AuthorityKeyIdentifierExtension.create(rootCert.publicKey, false, cryptoProvider),
      new x509.BasicConstraintsExtension(false, undefined, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, cryptoProvider),
    );
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serialNumber(),
      subject: generation === 1 ? SANDBOX_SUBJECTS.gen1Signer : SANDBOX_SUBJECTS.gen2Signer,
      issuer: rootCert.subjectName,
      notBefore: validity.notBefore,
      notAfter: validity.notAfter,
      publicKey: keys.publicKey,
      signingKey: await toCryptoKey(root.privateKey, generation),
      signingAlgorithm: signingAlgorithm(generation),
      extensions,
    },
    cryptoProvider,
  );
  return { certificate: new Uint8Array(cert.rawData), privateKey: KeyObject.from(keys.privateKey) };
}

function defaults(options: SandboxCaOptions) {
  const now = (options.now ?? new Date()).getTime();
  return {
    root: options.rootValidity ?? { notBefore: new Date(now - DAY), notAfter: yearsAfter(now, 20) },
    signer: options.signerValidity ?? { notBefore: new Date(now - DAY), notAfter: yearsAfter(now, 10) },
  };
}

/** Generates a fresh sandbox CA (five key pairs; takes a moment). */
export async function createSandboxCa(options: SandboxCaOptions = {}): Promise<SandboxCa> {
  const { root, signer } = defaults(options);
  const [gen1Root, gen2Root, delivery] = await Promise.all([
    makeRoot(1, root),
    makeRoot(2, root),
    promisify(generateKeyPair)('rsa', { modulusLength: 2048, publicExponent: 65537 }),
  ]);
  const [gen1Signer, gen2Signer] = await Promise.all([
    makeSigner(1, gen1Root, signer),
    makeSigner(2, gen2Root, signer),
  ]);
  return {
    gen1: { root: gen1Root, signer: gen1Signer },
    gen2: { root: gen2Root, signer: gen2Signer },
    delivery: { privateKey: delivery.privateKey, publicKey: delivery.publicKey },
  };
}

/**
 * A copy of `ca` with a new document signer for `generation` under the same root — for key rollover and
 * for tests (an expired or not-yet-valid signer).
 */
export async function issueSandboxSigner(
  ca: SandboxCa,
  generation: SandboxGeneration,
  options: SandboxCaOptions = {},
): Promise<SandboxCa> {
  const { signer: validity } = defaults(options);
  if (generation === 1)
    return { ...ca, gen1: { root: ca.gen1.root, signer: await makeSigner(1, ca.gen1.root, validity) } };
  return { ...ca, gen2: { root: ca.gen2.root, signer: await makeSigner(2, ca.gen2.root, validity) } };
}

/** Gen-1 check code `DA`: RSASSA-PKCS1-v1_5 with SHA-256 over `target` (chip.md §4.8); 256 bytes. */
export function signGen1(ca: SandboxCa, target: Uint8Array): Uint8Array {
  return new Uint8Array(
    sign('sha256', target, { key: ca.gen1.signer.privateKey, padding: constants.RSA_PKCS1_PADDING }),
  );
}

/** Gen-2 / 特定 check code `DC`: ECDSA P-384 with SHA-256 over `target`, raw r‖s (chip.md §5.6); 96 bytes. */
export function signGen2(ca: SandboxCa, target: Uint8Array): Uint8Array {
  return new Uint8Array(
    sign('sha256', target, { key: ca.gen2.signer.privateKey, dsaEncoding: 'ieee-p1363' }),
  );
}

/** The document-signer certificate (DER) to store in `DB` (generation 1) or `DD` (generation 2 / 特定). */
export function signerCertificate(ca: SandboxCa, generation: SandboxGeneration): Uint8Array {
  return generation === 1 ? ca.gen1.signer.certificate : ca.gen2.signer.certificate;
}

/** The key-delivery public key as SPKI DER (what `delivery-public.pem` holds). */
export function deliveryPublicKey(ca: SandboxCa): Uint8Array {
  return new Uint8Array(createPublicKey(ca.delivery.privateKey).export({ type: 'spki', format: 'der' }));
}
