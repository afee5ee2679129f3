/**
 * Persistence of the sandbox CA: `saveSandboxCa` / `loadSandboxCa` keep certificates as PEM and private
 * keys as PKCS#8 PEM (mode 0600) in one directory; `exportSandboxCaPublic` writes only public material —
 * what `zairyu card ca --export DIR` hands to readers.
 */

import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { equal } from '../../bytes.ts';
import { CardLibraryError } from '../../errors/library-error.ts';
import {
  CertificateError,
  type ParsedCertificate,
  parseCertificate,
  verifyIssuedBy,
} from '../../verify/certificate.ts';
import { fromPem, toPem } from '../../verify/pem.ts';
import { isSandboxName } from '../../verify/sandbox-marker.ts';
import type { SandboxCa, SandboxCertifiedKey } from './sandbox-ca.ts';

/** Why a sandbox CA directory cannot be used. */
export type SandboxCaErrorCode =
  | 'ca-dir-missing'
  | 'ca-file-missing'
  | 'ca-file-corrupt'
  | 'ca-key-mismatch'
  | 'ca-not-sandbox'
  | 'ca-format-unsupported';

/** A sandbox CA directory problem, naming the path involved. */
export class SandboxCaError extends CardLibraryError {
  override readonly name = 'SandboxCaError';
  constructor(
    readonly code: SandboxCaErrorCode,
    readonly path: string,
    detail: string,
  ) {
    super(`${code}: ${path}: ${detail}`);
  }
}

/** File names inside a sandbox CA directory. */
export const SANDBOX_CA_FILES = {
  manifest: 'sandbox-ca.json',
  gen1Ca: 'gen1-ca.pem',
  gen1CaKey: 'gen1-ca-key.pem',
  gen1Signer: 'gen1-signer.pem',
  gen1SignerKey: 'gen1-signer-key.pem',
  gen2Ca: 'gen2-ca.pem',
  gen2CaKey: 'gen2-ca-key.pem',
  gen2Signer: 'gen2-signer.pem',
  gen2SignerKey: 'gen2-signer-key.pem',
  deliveryKey: 'delivery-key.pem',
  deliveryPublic: 'delivery-public.pem',
} as const;

const FORMAT = 'zairyu-sandbox-ca';
const VERSION = 1;
const NOTICE = 'SANDBOX key material of zairyu. Not the Japanese Government; never use for real cards.';

function certPem(der: Uint8Array): string {
  return toPem(der, 'CERTIFICATE');
}

function keyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function publicOf(key: KeyObject): KeyObject {
  return key.type === 'public' ? key : createPublicKey(key);
}

function publicPem(key: KeyObject): string {
  return publicOf(key).export({ type: 'spki', format: 'pem' }).toString();
}

async function writeText(path: string, text: string, mode: number): Promise<void> {
  await writeFile(path, text, { mode });
  await chmod(path, mode);
}

function publicFiles(ca: SandboxCa): [string, string][] {
  return [
    [SANDBOX_CA_FILES.gen1Ca, certPem(ca.gen1.root.certificate)],
    [SANDBOX_CA_FILES.gen1Signer, certPem(ca.gen1.signer.certificate)],
    [SANDBOX_CA_FILES.gen2Ca, certPem(ca.gen2.root.certificate)],
    [SANDBOX_CA_FILES.gen2Signer, certPem(ca.gen2.signer.certificate)],
    [SANDBOX_CA_FILES.deliveryPublic, publicPem(ca.delivery.publicKey)],
  ];
}

/** Writes the whole CA (certificates 0644, private keys 0600) into `dir`, creating it (0700) if needed. */
export async function saveSandboxCa(ca: SandboxCa, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret: [string, KeyObject][] = [
    [SANDBOX_CA_FILES.gen1CaKey, ca.gen1.root.privateKey],
    [SANDBOX_CA_FILES.gen1SignerKey, ca.gen1.signer.privateKey],
    [SANDBOX_CA_FILES.gen2CaKey, ca.gen2.root.privateKey],
    [SANDBOX_CA_FILES.gen2SignerKey, ca.gen2.signer.privateKey],
    [SANDBOX_CA_FILES.deliveryKey, ca.delivery.privateKey],
  ];
  for (const [name, key] of secret) await writeText(join(dir, name), keyPem(key), 0o600);
  for (const [name, text] of publicFiles(ca)) await writeText(join(dir, name), text, 0o644);
  const manifest = { format: FORMAT, version: VERSION, notice: NOTICE };
  await writeText(join(dir, SANDBOX_CA_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`, 0o644);
}

/**
 * Writes only public material into `dir` as PEM — `gen1-ca.pem`, `gen1-signer.pem`, `gen2-ca.pem`,
 * `gen2-signer.pem`, `delivery-public.pem` — and returns the paths written.
 */
export async function exportSandboxCaPublic(ca: SandboxCa, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of publicFiles(ca)) {
    const path = join(dir, name);
    await writeText(path, text, 0o644);
    written.push(path);
  }
  return written;
}

async function readText(dir: string, name: string): Promise<{ path: string; text: string }> {
  const path = join(dir, name);
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch {
    throw new SandboxCaError('ca-file-missing', path, 'file missing or unreadable');
  }
}

async function readCertificate(
  dir: string,
  name: string,
): Promise<{ der: Uint8Array; parsed: ParsedCertificate }> {
  const { path, text } = await readText(dir, name);
  const [der] = fromPem(text, 'CERTIFICATE');
  if (!der) throw new SandboxCaError('ca-file-corrupt', path, 'no PEM CERTIFICATE block');
  let parsed: ParsedCertificate;
  try {
    parsed = parseCertificate(der);
  } catch (e) {
    throw new SandboxCaError(
      'ca-file-corrupt',
      path,
      e instanceof CertificateError ? e.code : 'unreadable certificate',
    );
  }
  if (!isSandboxName(parsed.subjectAttributes))
    throw new SandboxCaError('ca-not-sandbox', path, 'subject lacks the OU=SANDBOX marker');
  return { der: parsed.der, parsed };
}

async function readPrivateKey(dir: string, name: string): Promise<{ path: string; key: KeyObject }> {
  const { path, text } = await readText(dir, name);
  try {
    return { path, key: createPrivateKey({ key: text, format: 'pem' }) };
  } catch {
    throw new SandboxCaError('ca-file-corrupt', path, 'not a PKCS#8 PEM private key');
  }
}

function spki(key: KeyObject): Uint8Array {
  return new Uint8Array(publicOf(key).export({ type: 'spki', format: 'der' }));
}

function expectKind(path: string, key: KeyObject, kind: 'rsa-2048' | 'ec-p384'): void {
  const d = key.asymmetricKeyDetails ?? {};
  const ok =
    kind === 'rsa-2048'
      ? key.asymmetricKeyType === 'rsa' && d.modulusLength === 2048
      : key.asymmetricKeyType === 'ec' && d.namedCurve === 'secp384r1';
  if (!ok) throw new SandboxCaError('ca-file-corrupt', path, `expected an ${kind} key`);
}

async function readPair(
  dir: string,
  certName: string,
  keyName: string,
  kind: 'rsa-2048' | 'ec-p384',
): Promise<{ pair: SandboxCertifiedKey; parsed: ParsedCertificate }> {
  const cert = await readCertificate(dir, certName);
  const { path, key } = await readPrivateKey(dir, keyName);
  expectKind(path, key, kind);
  if (!equal(spki(key), spki(cert.parsed.publicKey)))
    throw new SandboxCaError('ca-key-mismatch', path, `key does not belong to ${certName}`);
  return { pair: { certificate: cert.der, privateKey: key }, parsed: cert.parsed };
}

/**
 * Loads a CA written by `saveSandboxCa`. Throws `SandboxCaError`: `ca-dir-missing`, `ca-file-missing`,
 * `ca-file-corrupt` (unreadable PEM, wrong key type, signer not issued by its root), `ca-key-mismatch`,
 * `ca-not-sandbox` (a certificate without the sandbox marker), `ca-format-unsupported`.
 */
export async function loadSandboxCa(dir: string): Promise<SandboxCa> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new SandboxCaError('ca-dir-missing', dir, 'no sandbox CA directory here (create one first)');
  }
  const manifest = await readText(dir, SANDBOX_CA_FILES.manifest);
  let parsed: { format?: unknown; version?: unknown };
  try {
    parsed = JSON.parse(manifest.text);
  } catch {
    throw new SandboxCaError('ca-file-corrupt', manifest.path, 'manifest is not JSON');
  }
  if (parsed.format !== FORMAT || parsed.version !== VERSION)
    throw new SandboxCaError('ca-format-unsupported', manifest.path, `expected ${FORMAT} version ${VERSION}`);

  const f = SANDBOX_CA_FILES;
  const gen1Root = await readPair(dir, f.gen1Ca, f.gen1CaKey, 'rsa-2048');
  const gen1Signer = await readPair(dir, f.gen1Signer, f.gen1SignerKey, 'rsa-2048');
  const gen2Root = await readPair(dir, f.gen2Ca, f.gen2CaKey, 'ec-p384');
  const gen2Signer = await readPair(dir, f.gen2Signer, f.gen2SignerKey, 'ec-p384');
  for (const [signer, root, name] of [
    [gen1Signer, gen1Root, f.gen1Signer],
    [gen2Signer, gen2Root, f.gen2Signer],
  ] as const) {
    if (verifyIssuedBy(signer.parsed, root.parsed.publicKey) !== 'valid')
      throw new SandboxCaError(
        'ca-file-corrupt',
        join(dir, name),
        'signer certificate not issued by its root',
      );
  }
  const delivery = await readPrivateKey(dir, f.deliveryKey);
  expectKind(delivery.path, delivery.key, 'rsa-2048');
  return {
    gen1: { root: gen1Root.pair, signer: gen1Signer.pair },
    gen2: { root: gen2Root.pair, signer: gen2Signer.pair },
    delivery: { privateKey: delivery.key, publicKey: createPublicKey(delivery.key) },
  };
}
