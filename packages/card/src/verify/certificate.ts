/**
 * Tolerant parsing of the X.509 certificates found on cards (DF3 `DB` / `DD`) and of trust-anchor files.
 * Real cards pad certificates with `00` to their field, may use BER lengths, and some encode the ECDSA
 * AlgorithmIdentifier with `NULL` parameters (chip.md §4.8, §5.6); strict parsers reject all three. The
 * signed TBSCertificate bytes are kept exactly as found, so chain checks verify what the CA signed.
 */

import { constants, createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { equal, toHex } from '../bytes.ts';
import { CardLibraryError } from '../errors/library-error.ts';
import {
  canonicalize,
  children,
  DerError,
  type DerNode,
  decodeOid,
  encodeNode,
  readNode,
  TAG,
} from './der.ts';
import { fromPem, isPem } from './pem.ts';

/** Why bytes are not a usable certificate. */
export type CertificateErrorCode =
  | 'certificate-empty'
  | 'certificate-malformed'
  | 'certificate-trailing-data'
  | 'certificate-unsupported-key'
  | 'certificate-not-pem-certificate';

/** A certificate that cannot be used; `code` is stable, `detail` is for developers (no personal data). */
export class CertificateError extends CardLibraryError {
  override readonly name = 'CertificateError';
  constructor(
    readonly code: CertificateErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** One attribute of a distinguished name, in encoded order. */
export interface NameAttribute {
  /** Short name (`C`, `O`, `OU`, `CN`, …) or the dotted OID when unknown. */
  readonly type: string;
  readonly value: string;
}

/** A signature algorithm named by a certificate. */
export interface SignatureAlgorithm {
  readonly oid: string;
  /** Node digest name and key family, or undefined when zairyu does not support the algorithm. */
  readonly hash: 'sha256' | 'sha384' | 'sha512' | undefined;
  readonly family: 'rsa-pkcs1' | 'ecdsa' | undefined;
}

/** What tolerant parsing had to accept (for diagnostics; none of it carries personal data). */
export type CertificateQuirk =
  | 'trailing-zero-padding'
  | 'non-minimal-length'
  | 'indefinite-length'
  | 'ecdsa-null-params';

/** A parsed certificate: what verification needs, plus names and a fingerprint for people. */
export interface ParsedCertificate {
  /** The certificate element exactly as found (padding stripped). */
  readonly der: Uint8Array;
  /** SHA-256 of `der`, lowercase hex — what chip.md §4.8.1 pins. */
  readonly fingerprint: string;
  /** The TBSCertificate element exactly as found (what the issuer signed). */
  readonly tbs: Uint8Array;
  /** Canonical DER of the TBSCertificate with ECDSA `NULL` params removed, when that differs from `tbs`. */
  readonly tbsCanonical: Uint8Array | undefined;
  readonly serialNumber: string;
  readonly subject: string;
  readonly issuer: string;
  readonly subjectAttributes: readonly NameAttribute[];
  readonly issuerAttributes: readonly NameAttribute[];
  /** Canonical DER of the subject and issuer names (for matching an issuer to its anchor). */
  readonly subjectName: Uint8Array;
  readonly issuerName: Uint8Array;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKey: KeyObject;
  /** `rsa` or `ec` (anything else is rejected with `certificate-unsupported-key`). */
  readonly keyType: 'rsa' | 'ec';
  /** RSA modulus bits, or undefined for EC. */
  readonly rsaModulusBits: number | undefined;
  /** WebCrypto curve name (`P-256`, `P-384`, `P-521`) for EC keys. */
  readonly namedCurve: string | undefined;
  readonly signatureAlgorithm: SignatureAlgorithm;
  /** The signature over the TBSCertificate (DER ECDSA-Sig-Value for ECDSA). */
  readonly signature: Uint8Array;
  /** basicConstraints cA, or undefined when the extension is absent. */
  readonly isCa: boolean | undefined;
  /** keyUsage bits, or undefined when the extension is absent. */
  readonly keyUsage: KeyUsage | undefined;
  readonly quirks: readonly CertificateQuirk[];
}

/** The keyUsage bits zairyu looks at. */
export interface KeyUsage {
  readonly digitalSignature: boolean;
  readonly nonRepudiation: boolean;
  readonly keyCertSign: boolean;
  readonly cRLSign: boolean;
}

const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
};

const SIGNATURE_ALGORITHMS: Record<string, Omit<SignatureAlgorithm, 'oid'>> = {
  '1.2.840.113549.1.1.11': { hash: 'sha256', family: 'rsa-pkcs1' },
  '1.2.840.113549.1.1.12': { hash: 'sha384', family: 'rsa-pkcs1' },
  '1.2.840.113549.1.1.13': { hash: 'sha512', family: 'rsa-pkcs1' },
  '1.2.840.10045.4.3.2': { hash: 'sha256', family: 'ecdsa' },
  '1.2.840.10045.4.3.3': { hash: 'sha384', family: 'ecdsa' },
  '1.2.840.10045.4.3.4': { hash: 'sha512', family: 'ecdsa' },
};

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

const ECDSA_PREFIX = '1.2.840.10045.4.';

function malformed(detail: string): CertificateError {
  return new CertificateError('certificate-malformed', detail);
}

function expect(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tag !== tag) throw malformed(`${what}: expected tag ${tag.toString(16)}`);
  return node;
}

function decodeString(node: DerNode): string {
  switch (node.tag) {
    case 0x1e: {
      let s = '';
      for (let i = 0; i + 1 < node.content.length; i += 2)
        s += String.fromCharCode(((node.content[i] as number) << 8) | (node.content[i + 1] as number));
      return s;
    }
    case 0x1c: {
      let s = '';
      for (let i = 0; i + 3 < node.content.length; i += 4) {
        const cp = new DataView(node.content.buffer, node.content.byteOffset + i, 4).getUint32(0);
        s += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      }
      return s;
    }
    case 0x14:
      return new TextDecoder('latin1').decode(node.content);
    default:
      return new TextDecoder('utf-8').decode(node.content);
  }
}

function parseName(node: DerNode): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of children(expect(node, TAG.sequence, 'name'))) {
    for (const atv of children(expect(rdn, TAG.set, 'relative distinguished name'))) {
      const [type, value] = children(expect(atv, TAG.sequence, 'attribute'));
      const oid = decodeOid(expect(type, TAG.oid, 'attribute type').content);
      if (!value) throw malformed('attribute without value');
      out.push({ type: ATTRIBUTE_NAMES[oid] ?? oid, value: decodeString(value) });
    }
  }
  return out;
}

/** `C=JP, O=…, CN=…` in encoded order, with RFC 4514 escaping of special characters. */
export function formatName(attributes: readonly NameAttribute[]): string {
  return attributes.map((a) => `${a.type}=${a.value.replace(/([,+"\\<>;=])/g, '\\$1')}`).join(', ');
}

function parseTime(node: DerNode): Date {
  const text = new TextDecoder('latin1').decode(node.content);
  let m: RegExpMatchArray | null;
  let year: number;
  let rest: string;
  if (node.tag === TAG.utcTime) {
    m = text.match(/^(\d{2})(\d{8,10})(.*)$/);
    if (!m) throw malformed('bad UTCTime');
    const yy = Number(m[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
    rest = (m[2] as string) + (m[3] as string);
  } else if (node.tag === TAG.generalizedTime) {
    m = text.match(/^(\d{4})(\d{8,10}(?:[.,]\d+)?)(.*)$/);
    if (!m) throw malformed('bad GeneralizedTime');
    year = Number(m[1]);
    rest = (m[2] as string) + (m[3] as string);
  } else throw malformed('validity: not a time');
  const t = rest.match(/^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?(Z|[+-]\d{4})?$/);
  if (!t) throw malformed('bad time');
  const [, mo, d, h, mi, s, frac, zone] = t;
  let ms = Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (frac) ms += Math.round(Number(`0.${frac}`) * 1000);
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '+' ? 1 : -1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  if (Number.isNaN(ms)) throw malformed('bad time');
  return new Date(ms);
}

function parseAlgorithm(node: DerNode): { oid: string; nullParams: boolean } {
  const [oid, params] = children(expect(node, TAG.sequence, 'algorithm identifier'));
  return {
    oid: decodeOid(expect(oid, TAG.oid, 'algorithm').content),
    nullParams: params?.tag === TAG.null,
  };
}

/** Rewrites an ECDSA AlgorithmIdentifier `{ oid, NULL }` to `{ oid }` (RFC 5758 form). */
function stripEcdsaNull(node: DerNode): Uint8Array | undefined {
  if (node.tag !== TAG.sequence) return undefined;
  let parts: DerNode[];
  try {
    parts = children(node);
  } catch {
    return undefined;
  }
  const [oid, params] = parts;
  if (parts.length !== 2 || oid?.tag !== TAG.oid || params?.tag !== TAG.null) return undefined;
  if (!decodeOid(oid.content).startsWith(ECDSA_PREFIX)) return undefined;
  return encodeNode(TAG.sequence, canonicalize(oid));
}

function parseExtensions(node: DerNode | undefined): { isCa?: boolean; keyUsage?: KeyUsage } {
  const out: { isCa?: boolean; keyUsage?: KeyUsage } = {};
  if (!node) return out;
  const [list] = children(node);
  for (const ext of children(expect(list, TAG.sequence, 'extensions'))) {
    const parts = children(expect(ext, TAG.sequence, 'extension'));
    const oid = decodeOid(expect(parts[0], TAG.oid, 'extension id').content);
    const value = expect(parts[parts.length - 1], TAG.octetString, 'extension value');
    if (oid === '2.5.29.19') {
      const seq = readNode(value.content);
      const [ca] = children(expect(seq, TAG.sequence, 'basicConstraints'));
      out.isCa = ca?.tag === TAG.boolean && ca.content[0] !== 0;
    } else if (oid === '2.5.29.15') {
      const bits = expect(readNode(value.content), TAG.bitString, 'keyUsage');
      const b = bits.content[1] ?? 0;
      out.keyUsage = {
        digitalSignature: (b & 0x80) !== 0,
        nonRepudiation: (b & 0x40) !== 0,
        keyCertSign: (b & 0x04) !== 0,
        cRLSign: (b & 0x02) !== 0,
      };
    }
  }
  return out;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function collectQuirks(node: DerNode, quirks: Set<CertificateQuirk>, depth = 0): void {
  if (node.indefinite) quirks.add('indefinite-length');
  if (node.nonMinimalLength) quirks.add('non-minimal-length');
  if (node.constructed && depth < 8) for (const c of children(node)) collectQuirks(c, quirks, depth + 1);
}

/**
 * Parses a certificate as read from a card or a DER file: trailing `00` padding is stripped (any other
 * trailing byte is `certificate-trailing-data`), BER lengths and ECDSA `NULL` parameters are accepted.
 */
export function parseCertificate(bytes: Uint8Array): ParsedCertificate {
  if (bytes.length === 0 || bytes.every((b) => b === 0))
    throw new CertificateError('certificate-empty', 'no certificate bytes');
  try {
    return parseUnchecked(bytes);
  } catch (e) {
    if (e instanceof CertificateError) throw e;
    if (e instanceof DerError) throw malformed(e.message);
    throw malformed(e instanceof Error ? e.message : String(e));
  }
}

function parseUnchecked(bytes: Uint8Array): ParsedCertificate {
  const cert = expect(readNode(bytes, 0), TAG.sequence, 'certificate');
  const quirks = new Set<CertificateQuirk>();
  const trailing = bytes.subarray(cert.encoded.length);
  if (trailing.some((b) => b !== 0))
    throw new CertificateError('certificate-trailing-data', `${trailing.length} bytes after the certificate`);
  if (trailing.length > 0) quirks.add('trailing-zero-padding');
  collectQuirks(cert, quirks);

  const [tbsNode, sigAlgNode, sigNode, ...extra] = children(cert);
  if (extra.length > 0) throw malformed('certificate has more than three elements');
  const tbs = expect(tbsNode, TAG.sequence, 'tbsCertificate');
  const outerAlg = parseAlgorithm(expect(sigAlgNode, TAG.sequence, 'signatureAlgorithm'));
  const sigBits = expect(sigNode, TAG.bitString, 'signatureValue');
  if (sigBits.content.length < 2 || sigBits.content[0] !== 0) throw malformed('signatureValue bit string');

  const fields = children(tbs);
  let i = 0;
  if (fields[0]?.tag === 0xa0) i++;
  const serial = expect(fields[i++], TAG.integer, 'serialNumber');
  const innerAlg = parseAlgorithm(expect(fields[i++], TAG.sequence, 'signature'));
  if (innerAlg.oid !== outerAlg.oid) throw malformed('signature algorithms of tbs and certificate differ');
  const issuer = expect(fields[i++], TAG.sequence, 'issuer');
  const validity = children(expect(fields[i++], TAG.sequence, 'validity'));
  const subject = expect(fields[i++], TAG.sequence, 'subject');
  const spki = expect(fields[i++], TAG.sequence, 'subjectPublicKeyInfo');
  const extensions = fields.slice(i).find((f) => f.tag === 0xa3);
  if (validity.length !== 2) throw malformed('validity');
  if (innerAlg.nullParams && innerAlg.oid.startsWith(ECDSA_PREFIX)) quirks.add('ecdsa-null-params');
  if (outerAlg.nullParams && outerAlg.oid.startsWith(ECDSA_PREFIX)) quirks.add('ecdsa-null-params');

  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: Buffer.from(canonicalize(spki)), format: 'der', type: 'spki' });
  } catch (e) {
    throw new CertificateError(
      'certificate-unsupported-key',
      e instanceof Error ? e.message : 'unreadable key',
    );
  }
  const keyType = publicKey.asymmetricKeyType;
  if (keyType !== 'rsa' && keyType !== 'ec')
    throw new CertificateError('certificate-unsupported-key', `key type ${keyType}`);
  const details = publicKey.asymmetricKeyDetails ?? {};
  const curve = details.namedCurve;

  const canonicalTbs = canonicalize(tbs, stripEcdsaNull);
  const subjectAttributes = parseName(subject);
  const issuerAttributes = parseName(issuer);
  const ext = parseExtensions(extensions);
  const known = SIGNATURE_ALGORITHMS[outerAlg.oid];
  const der = cert.encoded;
  return Object.freeze({
    der,
    fingerprint: sha256Hex(der),
    tbs: tbs.encoded,
    tbsCanonical: equal(canonicalTbs, tbs.encoded) ? undefined : canonicalTbs,
    serialNumber: toHex(serial.content),
    subject: formatName(subjectAttributes),
    issuer: formatName(issuerAttributes),
    subjectAttributes,
    issuerAttributes,
    subjectName: canonicalize(subject),
    issuerName: canonicalize(issuer),
    notBefore: parseTime(validity[0] as DerNode),
    notAfter: parseTime(validity[1] as DerNode),
    publicKey,
    keyType,
    rsaModulusBits: keyType === 'rsa' ? details.modulusLength : undefined,
    namedCurve: curve === undefined ? undefined : (CURVES[curve] ?? curve),
    signatureAlgorithm: { oid: outerAlg.oid, hash: known?.hash, family: known?.family },
    signature: sigBits.content.subarray(1),
    isCa: ext.isCa,
    keyUsage: ext.keyUsage,
    quirks: [...quirks],
  });
}

/**
 * Parses a certificate file: PEM (the first `CERTIFICATE` block) or DER. Used for `--trust-anchor FILE`.
 */
export function parseCertificateFile(bytes: Uint8Array): ParsedCertificate {
  if (isPem(bytes)) {
    const [der] = fromPem(bytes, 'CERTIFICATE');
    if (!der)
      throw new CertificateError('certificate-not-pem-certificate', 'no CERTIFICATE block in the PEM text');
    return parseCertificate(der);
  }
  return parseCertificate(bytes);
}

/**
 * Canonical DER of a card certificate (padding stripped, minimal lengths, ECDSA `NULL` params removed) —
 * for strict tools such as `@peculiar/x509` or OpenSSL. Its signature verifies only if the CA signed DER.
 */
export function normaliseCertificate(bytes: Uint8Array): Uint8Array {
  const parsed = parseCertificate(bytes);
  return canonicalize(readNode(parsed.der), stripEcdsaNull);
}

/** True when `at` lies within the certificate's notBefore … notAfter (both inclusive). */
export function isWithinValidity(cert: ParsedCertificate, at: Date): boolean {
  const t = at.getTime();
  return t >= cert.notBefore.getTime() && t <= cert.notAfter.getTime();
}

/** Outcome of checking one certificate's signature against an issuer's key. */
export type IssuedByResult = 'valid' | 'invalid' | 'unsupported-algorithm';

/**
 * Whether `cert` was signed by `issuerKey`: the TBSCertificate bytes as found are tried first, then their
 * canonical DER (for cards whose CA signed DER but whose certificate was re-encoded with `NULL` params).
 */
export function verifyIssuedBy(cert: ParsedCertificate, issuerKey: KeyObject): IssuedByResult {
  const { hash, family } = cert.signatureAlgorithm;
  if (!hash || !family) return 'unsupported-algorithm';
  if ((family === 'ecdsa') !== (issuerKey.asymmetricKeyType === 'ec')) return 'invalid';
  const key =
    family === 'ecdsa'
      ? { key: issuerKey, dsaEncoding: 'der' as const }
      : { key: issuerKey, padding: constants.RSA_PKCS1_PADDING };
  for (const tbs of cert.tbsCanonical ? [cert.tbs, cert.tbsCanonical] : [cert.tbs]) {
    try {
      if (verify(hash, tbs, key, cert.signature)) return 'valid';
    } catch {
      // a malformed signature value is simply not a valid signature
    }
  }
  return 'invalid';
}
