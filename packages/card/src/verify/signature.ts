/**
 * Verifies the issuer signature of a card and the certificate behind it, as three verdict entries:
 * `signature` (the check code matches the signed data under the card's certificate), `certificate-chain`
 * (that certificate was signed by an anchor of the trust store) and `certificate-validity` (signer and
 * anchor valid at the given time). Gen 1: RSASSA-PKCS1-v1_5 / SHA-256 (chip.md §4.8); gen 2 and 特定:
 * ECDSA P-384 / SHA-256, raw r‖s or DER (chip.md §5.6, §12 item 2).
 *
 * Status decisions (house rule 9): an expired *anchor* — ISA keeps expired roots because older cards were
 * signed under them (chip.md §4.8.1) — makes `certificate-validity` NOT_CHECKED `anchor-expired`: whether
 * the card was signed while the root was valid cannot be established from the chip, so it is neither a
 * pass nor a failure; `signature` and `certificate-chain` still report their own results. An expired
 * signer under a valid anchor is FAILED `signer-expired`; a certificate not yet valid is FAILED.
 */

import {
  constants,
  createVerify,
  type KeyObject,
  type VerifyKeyObjectInput,
  type VerifyPublicKeyInput,
  verify,
} from 'node:crypto';
import { equal } from '../bytes.ts';
import {
  CertificateError,
  formatName,
  isWithinValidity,
  type ParsedCertificate,
  parseCertificate,
  verifyIssuedBy,
} from './certificate.ts';
import { readNode } from './der.ts';
import { isSandboxCertificate } from './sandbox-marker.ts';
import { anchorSourceOf, type TrustStore } from './trust.ts';
import { type VerdictEntry, verdictEntry } from './verdict.ts';

export { type RevocationLookup, type RevocationQuery, revocationVerdict } from './revocation.ts';

/** The result of chaining a signer certificate to a trust store. */
export interface ChainResult {
  readonly entry: VerdictEntry;
  /** The anchor the signer chains to, when the chain SUCCEEDED. */
  readonly anchor: ParsedCertificate | undefined;
}

/** Absent means: no bytes, or only `00` (an empty, NUL-padded field — chip.md §4.9). */
function isPresent(bytes: Uint8Array | undefined): bytes is Uint8Array {
  return bytes?.some((b) => b !== 0) === true;
}

const chainCache = new WeakMap<TrustStore, Map<string, ChainResult>>();
const parsedCache = new Map<string, ParsedCertificate>();
const PARSED_CACHE_SIZE = 32;

/** Parses a card certificate, remembering the last few (cards of one issuer share a handful). */
function parseCached(bytes: Uint8Array): ParsedCertificate {
  const key = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const hit = parsedCache.get(key);
  if (hit) return hit;
  const parsed = parseCertificate(bytes);
  if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value as string);
  parsedCache.set(key, parsed);
  return parsed;
}

/** The anchor's subject is the signer's issuer: same canonical DER, or the same text ignoring case and spacing. */
function issuedUnder(anchor: ParsedCertificate, signer: ParsedCertificate): boolean {
  const text = (c: ParsedCertificate['issuerAttributes']) => formatName(c).replace(/\s+/g, ' ').toLowerCase();
  return (
    equal(anchor.subjectName, signer.issuerName) ||
    text(anchor.subjectAttributes) === text(signer.issuerAttributes)
  );
}

/**
 * Chains `signer` to `trust`: FAILED `sandbox-certificate` for sandbox material outside the sandbox
 * profile; NOT_CHECKED `no-trust-anchors` for an empty store; FAILED `signer-key-usage` when keyUsage
 * forbids signing; FAILED `no-matching-anchor` when no anchor has the signer's issuer name; FAILED
 * `anchor-signature-mismatch` when none of those anchors signed it; NOT_CHECKED
 * `unsupported-signature-algorithm`; else SUCCEEDED `chains-to-anchor`. Results are cached per store.
 */
export function chainToAnchor(signer: ParsedCertificate, trust: TrustStore): ChainResult {
  let cache = chainCache.get(trust);
  if (!cache) {
    cache = new Map();
    chainCache.set(trust, cache);
  }
  const hit = cache.get(signer.fingerprint);
  if (hit) return hit;
  const result = chainUncached(signer, trust);
  cache.set(signer.fingerprint, result);
  return result;
}

function chainUncached(signer: ParsedCertificate, trust: TrustStore): ChainResult {
  const fail = (reason: string): ChainResult => ({
    entry: verdictEntry('certificate-chain', 'FAILED', reason),
    anchor: undefined,
  });
  if (trust.profile !== 'sandbox' && isSandboxCertificate(signer)) return fail('sandbox-certificate');
  if (trust.anchors.length === 0)
    return { entry: verdictEntry('certificate-chain', 'NOT_CHECKED', 'no-trust-anchors'), anchor: undefined };
  if (signer.keyUsage && !signer.keyUsage.digitalSignature && !signer.keyUsage.nonRepudiation)
    return fail('signer-key-usage');
  const candidates = trust.anchors.filter((a) => issuedUnder(a, signer));
  if (candidates.length === 0) return fail('no-matching-anchor');
  let unsupported = false;
  for (const anchor of candidates) {
    const r = verifyIssuedBy(signer, anchor.publicKey);
    if (r === 'valid')
      return {
        entry: verdictEntry('certificate-chain', 'SUCCEEDED', 'chains-to-anchor', {
          anchorSha256: anchor.fingerprint,
          anchorSource: anchorSourceOf(trust, anchor),
        }),
        anchor,
      };
    if (r === 'unsupported-algorithm') unsupported = true;
  }
  if (unsupported)
    return {
      entry: verdictEntry('certificate-chain', 'NOT_CHECKED', 'unsupported-signature-algorithm'),
      anchor: undefined,
    };
  return fail('anchor-signature-mismatch');
}

/** The `certificate-validity` entry for `signer` (and its anchor, if the chain succeeded) at `at`. */
export function validityEntry(
  signer: ParsedCertificate,
  anchor: ParsedCertificate | undefined,
  at: Date,
): VerdictEntry {
  const t = at.getTime();
  if (t < signer.notBefore.getTime())
    return verdictEntry('certificate-validity', 'FAILED', 'signer-not-yet-valid');
  if (!anchor) return verdictEntry('certificate-validity', 'NOT_CHECKED', 'no-trusted-anchor');
  if (t < anchor.notBefore.getTime())
    return verdictEntry('certificate-validity', 'FAILED', 'anchor-not-yet-valid');
  if (t > anchor.notAfter.getTime())
    return verdictEntry('certificate-validity', 'NOT_CHECKED', 'anchor-expired');
  if (!isWithinValidity(signer, at)) return verdictEntry('certificate-validity', 'FAILED', 'signer-expired');
  return verdictEntry('certificate-validity', 'SUCCEEDED', 'within-validity');
}

/** Signed bytes, whole or in parts (hashed in order without copying them together). */
export type SignedData = Uint8Array | readonly Uint8Array[];

type SignatureCheck = (target: SignedData, signature: Uint8Array, signer: ParsedCertificate) => VerdictEntry;

/** `crypto.verify` over signed data given whole or in parts. */
function verifyData(
  target: SignedData,
  key: VerifyKeyObjectInput | VerifyPublicKeyInput,
  sig: Uint8Array,
): boolean {
  if (!Array.isArray(target)) return verify('sha256', target as Uint8Array, key, sig);
  const v = createVerify('sha256');
  for (const part of target) v.update(part);
  return v.verify(key, sig);
}

const signatureEntry = (status: 'SUCCEEDED' | 'FAILED', reason: string) =>
  verdictEntry('signature', status, reason);

const checkGen1: SignatureCheck = (target, signature, signer) => {
  if (signer.keyType !== 'rsa') return signatureEntry('FAILED', 'unexpected-key-type');
  const bits = signer.rsaModulusBits ?? 0;
  if (bits < 2048) return signatureEntry('FAILED', 'weak-key');
  if (signature.length !== Math.ceil(bits / 8)) return signatureEntry('FAILED', 'signature-malformed');
  let ok = false;
  try {
    ok = verifyData(target, { key: signer.publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    ok = false;
  }
  return ok ? signatureEntry('SUCCEEDED', 'signature-valid') : signatureEntry('FAILED', 'signature-mismatch');
};

function ecdsaVerify(
  key: KeyObject,
  target: SignedData,
  sig: Uint8Array,
  encoding: 'der' | 'ieee-p1363',
): boolean {
  try {
    return verifyData(target, { key, dsaEncoding: encoding }, sig);
  } catch {
    return false;
  }
}

/** The DER ECDSA-Sig-Value inside `sig` (trailing `00` padding allowed), or undefined. */
function derSignature(sig: Uint8Array): Uint8Array | undefined {
  try {
    const node = readNode(sig);
    if (node.tag !== 0x30 || sig.subarray(node.encoded.length).some((b) => b !== 0)) return undefined;
    return node.encoded;
  } catch {
    return undefined;
  }
}

const checkGen2: SignatureCheck = (target, signature, signer) => {
  if (signer.keyType !== 'ec' || signer.namedCurve !== 'P-384')
    return signatureEntry('FAILED', 'unexpected-key-type');
  const der = derSignature(signature);
  if (signature.length !== 96 && !der) return signatureEntry('FAILED', 'signature-malformed');
  const ok =
    (signature.length === 96 && ecdsaVerify(signer.publicKey, target, signature, 'ieee-p1363')) ||
    (der !== undefined && ecdsaVerify(signer.publicKey, target, der, 'der'));
  return ok ? signatureEntry('SUCCEEDED', 'signature-valid') : signatureEntry('FAILED', 'signature-mismatch');
};

function verifyCard(
  check: SignatureCheck,
  target: SignedData,
  signature: Uint8Array | undefined,
  certificate: Uint8Array | undefined,
  trust: TrustStore,
  at: Date,
): VerdictEntry[] {
  const hasSignature = isPresent(signature);
  const noSignature = verdictEntry('signature', 'NOT_PRESENT', 'no-signature');
  if (!isPresent(certificate))
    return [
      hasSignature ? verdictEntry('signature', 'NOT_CHECKED', 'no-certificate') : noSignature,
      verdictEntry('certificate-chain', 'NOT_PRESENT', 'no-certificate'),
      verdictEntry('certificate-validity', 'NOT_PRESENT', 'no-certificate'),
    ];
  let signer: ParsedCertificate;
  try {
    signer = parseCached(certificate);
  } catch (e) {
    const reason = e instanceof CertificateError ? e.code : 'certificate-malformed';
    return [
      hasSignature ? verdictEntry('signature', 'NOT_CHECKED', reason) : noSignature,
      verdictEntry('certificate-chain', 'FAILED', reason),
      verdictEntry('certificate-validity', 'NOT_CHECKED', reason),
    ];
  }
  const chain = chainToAnchor(signer, trust);
  return [
    hasSignature ? check(target, signature, signer) : noSignature,
    chain.entry,
    validityEntry(signer, chain.anchor, at),
  ];
}

/**
 * Gen-1 verdict entries (`signature`, `certificate-chain`, `certificate-validity`, in that order) for the
 * signed `target` (D0(7000) ‖ D1(3000), built by `signedTarget` of files/), the `DA` check code and the `DB`
 * certificate (NUL padding allowed). A missing `DA`/`DB` (holders under 16, chip.md §4.9) gives NOT_PRESENT.
 */
export function verifyGen1(
  target: SignedData,
  signatureDA: Uint8Array | undefined,
  certificateDB: Uint8Array | undefined,
  trust: TrustStore,
  at: Date,
): VerdictEntry[] {
  return verifyCard(checkGen1, target, signatureDA, certificateDB, trust, at);
}

/**
 * Gen-2 / 特定 verdict entries for the signed `target` (printed(53) ‖ D1(3000) ‖ D0(2500), built by
 * `signedTarget` of files/), the `DC` check code (raw r‖s of 96 bytes, or DER) and the `DD` certificate.
 * Same order and absence rules as `verifyGen1`.
 */
export function verifyGen2(
  target: SignedData,
  signatureDC: Uint8Array | undefined,
  certificateDD: Uint8Array | undefined,
  trust: TrustStore,
  at: Date,
): VerdictEntry[] {
  return verifyCard(checkGen2, target, signatureDC, certificateDD, trust, at);
}
