import { createHash, sign } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { concat, fromHex, padTo, toHex } from '../bytes.ts';
import { createSandboxCa, type SandboxCa, signGen2 } from '../issuer/ca/sandbox-ca.ts';
import {
  CertificateError,
  normaliseCertificate,
  type ParsedCertificate,
  parseCertificate,
  parseCertificateFile,
  verifyIssuedBy,
} from './certificate.ts';
import { children, encodeNode, readNode } from './der.ts';
import { toPem } from './pem.ts';
import { verifyGen2 } from './signature.ts';
import { buildTrustStore } from './trust.ts';

let ca: SandboxCa;
let gen1Root: ParsedCertificate;
let gen2Root: ParsedCertificate;

beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-07-01T00:00:00Z') });
  gen1Root = parseCertificate(ca.gen1.root.certificate);
  gen2Root = parseCertificate(ca.gen2.root.certificate);
});

const ECDSA_SHA256_NULL = fromHex('30 0C 06 08 2A 86 48 CE 3D 04 03 02 05 00');

/** The gen-2 signer certificate with `NULL` ECDSA params in both AlgorithmIdentifiers. */
function withNullParams(der: Uint8Array, resignWith?: Parameters<typeof sign>[2]): Uint8Array {
  const [tbs, , sig] = children(readNode(der));
  const fields = children(tbs as ReturnType<typeof readNode>).map((f) => f.encoded);
  fields[2] = ECDSA_SHA256_NULL; // [0] version, serial, signature
  const newTbs = encodeNode(0x30, ...fields);
  const sigBits = resignWith
    ? encodeNode(0x03, Uint8Array.of(0), sign('sha256', newTbs, resignWith))
    : (sig as ReturnType<typeof readNode>).encoded;
  return encodeNode(0x30, newTbs, ECDSA_SHA256_NULL, sigBits);
}

/** `der` with its outer (and optionally TBS) length rewritten in a non-minimal 3-byte form. */
function withLongLengths(der: Uint8Array, alsoTbs: boolean): Uint8Array {
  const [tbs, alg, sig] = children(readNode(der)) as ReturnType<typeof readNode>[];
  const long = (tag: number, content: Uint8Array) =>
    concat(Uint8Array.of(tag, 0x83, 0, content.length >> 8, content.length & 0xff), content);
  const tbsBytes = alsoTbs ? long(0x30, tbs!.content) : tbs!.encoded;
  return long(0x30, concat(tbsBytes, alg!.encoded, sig!.encoded));
}

describe('parseCertificate', () => {
  it('reads names, key, validity, algorithm and a SHA-256 fingerprint of the DER', () => {
    const signer = parseCertificate(ca.gen2.signer.certificate);
    expect(signer.subject).toBe(
      'C=JP, O=zairyu SANDBOX (not the Japanese Government), OU=SANDBOX, CN=SANDBOX ZairyuCard DS2',
    );
    expect(signer.issuer).toBe(gen2Root.subject);
    expect(signer.keyType).toBe('ec');
    expect(signer.namedCurve).toBe('P-384');
    expect(signer.signatureAlgorithm).toEqual({
      oid: '1.2.840.10045.4.3.2',
      hash: 'sha256',
      family: 'ecdsa',
    });
    expect(signer.notBefore.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(signer.fingerprint).toBe(createHash('sha256').update(ca.gen2.signer.certificate).digest('hex'));
    expect(signer.keyUsage?.digitalSignature).toBe(true);
    expect(signer.quirks).toEqual([]);
    expect(gen1Root.keyType).toBe('rsa');
    expect(gen1Root.rsaModulusBits).toBe(2048);
    expect(gen1Root.isCa).toBe(true);
    expect(gen1Root.signatureAlgorithm.family).toBe('rsa-pkcs1');
  });

  it('strips trailing 00 padding (DB is 1200 bytes, DD 602) and keeps the same fingerprint', () => {
    const plain = parseCertificate(ca.gen1.signer.certificate);
    const padded = parseCertificate(padTo(ca.gen1.signer.certificate, 1200));
    expect(padded.fingerprint).toBe(plain.fingerprint);
    expect(padded.der.length).toBe(ca.gen1.signer.certificate.length);
    expect(padded.quirks).toContain('trailing-zero-padding');
    expect(parseCertificate(padTo(ca.gen2.signer.certificate, 602)).fingerprint).toBe(
      parseCertificate(ca.gen2.signer.certificate).fingerprint,
    );
  });

  it('refuses non-zero trailing bytes, empty or all-zero fields and garbage with typed errors', () => {
    const code = (bytes: Uint8Array) => {
      try {
        parseCertificate(bytes);
        return 'parsed';
      } catch (e) {
        return e instanceof CertificateError ? e.code : 'untyped';
      }
    };
    expect(code(concat(ca.gen1.signer.certificate, Uint8Array.of(0, 0, 1)))).toBe(
      'certificate-trailing-data',
    );
    expect(code(new Uint8Array(0))).toBe('certificate-empty');
    expect(code(new Uint8Array(1200))).toBe('certificate-empty');
    expect(code(ca.gen1.signer.certificate.subarray(0, 500))).toBe('certificate-malformed');
    expect(code(fromHex('30 03 02 01 01'))).toBe('certificate-malformed');
  });

  it('accepts ECDSA AlgorithmIdentifiers with NULL parameters', () => {
    // Card re-encoded with NULL params, CA signed the DER form: the canonical TBS verifies.
    const reencoded = withNullParams(ca.gen2.signer.certificate);
    const parsed = parseCertificate(reencoded);
    expect(parsed.quirks).toContain('ecdsa-null-params');
    expect(parsed.tbsCanonical).toBeDefined();
    expect(verifyIssuedBy(parsed, gen2Root.publicKey)).toBe('valid');
    expect(toHex(normaliseCertificate(reencoded))).toBe(toHex(ca.gen2.signer.certificate));
    // CA itself signed the NULL form: the TBS as found verifies.
    const signedNull = withNullParams(ca.gen2.signer.certificate, {
      key: ca.gen2.root.privateKey,
      dsaEncoding: 'der',
    });
    expect(verifyIssuedBy(parseCertificate(signedNull), gen2Root.publicKey)).toBe('valid');
  });

  it('verifies a card signature whose DD certificate uses NULL params and padding', () => {
    const target = new Uint8Array(5553).fill(7);
    const store = buildTrustStore('sandbox', [], ca);
    const dd = padTo(withNullParams(ca.gen2.signer.certificate), 602);
    const entries = verifyGen2(target, signGen2(ca, target), dd, store, new Date('2027-01-01T00:00:00Z'));
    expect(entries.map((e) => e.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
  });

  it('accepts BER lengths and indefinite lengths', () => {
    const outerOnly = parseCertificate(withLongLengths(ca.gen1.signer.certificate, false));
    expect(outerOnly.quirks).toContain('non-minimal-length');
    expect(verifyIssuedBy(outerOnly, gen1Root.publicKey)).toBe('valid');
    const tbsToo = parseCertificate(withLongLengths(ca.gen1.signer.certificate, true));
    expect(tbsToo.tbsCanonical).toBeDefined();
    expect(verifyIssuedBy(tbsToo, gen1Root.publicKey)).toBe('valid');
    const node = readNode(ca.gen1.signer.certificate);
    const indefinite = concat(
      Uint8Array.of(0x30, 0x80),
      node.content,
      Uint8Array.of(0, 0),
      new Uint8Array(10),
    );
    const parsed = parseCertificate(indefinite);
    expect(parsed.quirks).toContain('indefinite-length');
    expect(verifyIssuedBy(parsed, gen1Root.publicKey)).toBe('valid');
  });

  it('reads PEM and DER files alike', () => {
    const pem = new TextEncoder().encode(`\n${toPem(ca.gen1.root.certificate, 'CERTIFICATE')}`);
    expect(parseCertificateFile(pem).fingerprint).toBe(gen1Root.fingerprint);
    expect(parseCertificateFile(ca.gen1.root.certificate).fingerprint).toBe(gen1Root.fingerprint);
    const keyPem = new TextEncoder().encode(toPem(Uint8Array.of(1, 2, 3), 'PUBLIC KEY'));
    expect(() => parseCertificateFile(keyPem)).toThrow(CertificateError);
  });

  it('detects a certificate not signed by the given key', () => {
    const signer = parseCertificate(ca.gen1.signer.certificate);
    expect(verifyIssuedBy(signer, parseCertificate(ca.gen1.signer.certificate).publicKey)).toBe('invalid');
    expect(verifyIssuedBy(signer, gen2Root.publicKey)).toBe('invalid');
  });

  it('never throws anything but CertificateError on mutated certificates', () => {
    const der = ca.gen2.signer.certificate;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(der.length),
        (edits, cut) => {
          const bytes = der.slice(0, Math.max(1, cut));
          for (const [i, v] of edits) if (i < bytes.length) bytes[i] = v;
          try {
            parseCertificate(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(CertificateError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
