import { sign } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { concat, padTo } from '../bytes.ts';
import {
  createSandboxCa,
  issueSandboxSigner,
  type SandboxCa,
  signGen1,
  signGen2,
} from '../issuer/ca/sandbox-ca.ts';
import { encodeNode } from './der.ts';
import { revocationVerdict, verifyGen1, verifyGen2 } from './signature.ts';
import { createTestHierarchy } from './test-ca.ts';
import { buildTrustStore, type TrustStore } from './trust.ts';
import { buildVerdict, isCompleteVerdict, type VerdictEntry } from './verdict.ts';

const NOW = new Date('2026-07-01T00:00:00Z');
const AT = new Date('2027-03-01T00:00:00Z');

let ca: SandboxCa;
let foreign: SandboxCa;
let expiredSigners: SandboxCa;
let futureSigners: SandboxCa;
let expiredRoots: SandboxCa;
let store: TrustStore;
let target1: Uint8Array;
let target2: Uint8Array;

beforeAll(async () => {
  ca = await createSandboxCa({ now: NOW });
  foreign = await createSandboxCa({ now: NOW });
  const past = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') };
  const future = { notBefore: new Date('2030-01-01T00:00:00Z'), notAfter: new Date('2031-01-01T00:00:00Z') };
  expiredSigners = await issueSandboxSigner(await issueSandboxSigner(ca, 1, { signerValidity: past }), 2, {
    signerValidity: past,
  });
  futureSigners = await issueSandboxSigner(ca, 2, { signerValidity: future });
  expiredRoots = await createSandboxCa({ rootValidity: past, signerValidity: past });
  store = buildTrustStore('sandbox', [], ca);
  // Shaped like real targets (files/signed-target.ts): gen 1 D0(7000) ‖ D1(3000); gen 2 printed(53) ‖ D1 ‖ D0.
  target1 = concat(
    padTo(new Uint8Array(3626).fill(0x4d), 7000),
    padTo(new Uint8Array(1095).fill(0x6a), 3000),
  );
  target2 = concat(
    padTo(new Uint8Array(53).fill(0x32), 53),
    padTo(new Uint8Array(1095).fill(0x6a), 3000),
    padTo(new Uint8Array(800).fill(1), 2500),
  );
});

const statuses = (entries: VerdictEntry[]) => entries.map((e) => `${e.check}:${e.status}:${e.reason}`);

/** Raw r‖s (96 bytes) to a DER ECDSA-Sig-Value. */
function rawToDer(raw: Uint8Array): Uint8Array {
  const int = (v: Uint8Array) => {
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    const t = v.subarray(i);
    return encodeNode(0x02, (t[0] as number) & 0x80 ? concat(Uint8Array.of(0), t) : t);
  };
  return encodeNode(0x30, int(raw.subarray(0, 48)), int(raw.subarray(48)));
}

describe('verifyGen1 (RSA-2048, PKCS#1 v1.5, SHA-256)', () => {
  it('accepts a card signed by the sandbox CA', () => {
    const entries = verifyGen1(target1, signGen1(ca, target1), ca.gen1.signer.certificate, store, AT);
    expect(statuses(entries)).toEqual([
      'signature:SUCCEEDED:signature-valid',
      'certificate-chain:SUCCEEDED:chains-to-anchor',
      'certificate-validity:SUCCEEDED:within-validity',
    ]);
  });

  it('accepts the DB certificate NUL-padded to 1200 bytes', () => {
    const db = padTo(ca.gen1.signer.certificate, 1200);
    expect(
      verifyGen1(target1, signGen1(ca, target1), db, store, AT).every((e) => e.status === 'SUCCEEDED'),
    ).toBe(true);
  });

  it('FAILS the signature when any byte of the signed target changes', () => {
    const sig = signGen1(ca, target1);
    fc.assert(
      fc.property(fc.nat(target1.length - 1), fc.integer({ min: 1, max: 255 }), (i, x) => {
        const t = target1.slice();
        t[i] = (t[i] as number) ^ x;
        const [signature] = verifyGen1(t, sig, ca.gen1.signer.certificate, store, AT);
        expect(signature).toEqual({ check: 'signature', status: 'FAILED', reason: 'signature-mismatch' });
      }),
      { numRuns: 40 },
    );
  });

  it('a tampered signer certificate (one byte of its subject) → chain FAILED', () => {
    const cert = ca.gen1.signer.certificate.slice();
    const at = Buffer.from(cert).indexOf('document signer 1');
    expect(at).toBeGreaterThan(0);
    cert[at] = 0x44; // 'd' → 'D'
    const entries = verifyGen1(target1, signGen1(ca, target1), cert, store, AT);
    expect(entries[1]).toEqual({
      check: 'certificate-chain',
      status: 'FAILED',
      reason: 'anchor-signature-mismatch',
    });
  });

  it('FAILS a signature of the wrong length, or a gen-2 certificate on a gen-1 card', () => {
    const sig = signGen1(ca, target1);
    expect(verifyGen1(target1, sig.subarray(0, 255), ca.gen1.signer.certificate, store, AT)[0]?.reason).toBe(
      'signature-malformed',
    );
    expect(verifyGen1(target1, sig, ca.gen2.signer.certificate, store, AT)[0]?.reason).toBe(
      'unexpected-key-type',
    );
  });

  it('a foreign CA: signature valid for its own key, chain FAILED', () => {
    const entries = verifyGen1(
      target1,
      signGen1(foreign, target1),
      foreign.gen1.signer.certificate,
      store,
      AT,
    );
    expect(statuses(entries)).toEqual([
      'signature:SUCCEEDED:signature-valid',
      'certificate-chain:FAILED:anchor-signature-mismatch',
      'certificate-validity:NOT_CHECKED:no-trusted-anchor',
    ]);
  });

  it('a signer from an unrelated authority: no anchor with its issuer name', async () => {
    const other = await createTestHierarchy({ generation: 1 });
    const sig = new Uint8Array(sign('sha256', target1, other.signer.privateKey));
    expect(statuses(verifyGen1(target1, sig, other.signer.certificate, store, AT)).slice(1)).toEqual([
      'certificate-chain:FAILED:no-matching-anchor',
      'certificate-validity:NOT_CHECKED:no-trusted-anchor',
    ]);
  });

  it('an expired signer: certificate-validity FAILED, signature and chain still SUCCEEDED', () => {
    const entries = verifyGen1(
      target1,
      signGen1(expiredSigners, target1),
      expiredSigners.gen1.signer.certificate,
      store,
      AT,
    );
    expect(statuses(entries)).toEqual([
      'signature:SUCCEEDED:signature-valid',
      'certificate-chain:SUCCEEDED:chains-to-anchor',
      'certificate-validity:FAILED:signer-expired',
    ]);
  });

  it('an expired anchor: "signature valid, anchor expired" — NOT_CHECKED, neither pass nor fail', () => {
    const old = buildTrustStore('sandbox', [], expiredRoots);
    const entries = verifyGen1(
      target1,
      signGen1(expiredRoots, target1),
      expiredRoots.gen1.signer.certificate,
      old,
      AT,
    );
    expect(statuses(entries)).toEqual([
      'signature:SUCCEEDED:signature-valid',
      'certificate-chain:SUCCEEDED:chains-to-anchor',
      'certificate-validity:NOT_CHECKED:anchor-expired',
    ]);
  });

  it('holders under 16 (chip.md §4.9): no DA / DB → NOT_PRESENT, also for empty or NUL-filled fields', () => {
    const absent = [
      'signature:NOT_PRESENT:no-signature',
      'certificate-chain:NOT_PRESENT:no-certificate',
      'certificate-validity:NOT_PRESENT:no-certificate',
    ];
    expect(statuses(verifyGen1(target1, undefined, undefined, store, AT))).toEqual(absent);
    expect(statuses(verifyGen1(target1, new Uint8Array(0), new Uint8Array(0), store, AT))).toEqual(absent);
    expect(statuses(verifyGen1(target1, new Uint8Array(256), new Uint8Array(1200), store, AT))).toEqual(
      absent,
    );
  });

  it('a signature without a certificate is NOT_CHECKED; a certificate without a signature still chains', () => {
    expect(statuses(verifyGen1(target1, signGen1(ca, target1), undefined, store, AT))[0]).toBe(
      'signature:NOT_CHECKED:no-certificate',
    );
    expect(statuses(verifyGen1(target1, undefined, ca.gen1.signer.certificate, store, AT))).toEqual([
      'signature:NOT_PRESENT:no-signature',
      'certificate-chain:SUCCEEDED:chains-to-anchor',
      'certificate-validity:SUCCEEDED:within-validity',
    ]);
  });

  it('a garbage certificate: chain FAILED, signature and validity NOT_CHECKED', () => {
    const garbage = padTo(Uint8Array.of(0x30, 0x82, 0x04, 0x00, 0x01), 1200);
    expect(statuses(verifyGen1(target1, signGen1(ca, target1), garbage, store, AT))).toEqual([
      'signature:NOT_CHECKED:certificate-malformed',
      'certificate-chain:FAILED:certificate-malformed',
      'certificate-validity:NOT_CHECKED:certificate-malformed',
    ]);
  });
});

describe('verifyGen2 (ECDSA P-384, SHA-256)', () => {
  it('accepts raw r‖s (96 bytes) and DER signatures alike', () => {
    const raw = signGen2(ca, target2);
    expect(raw.length).toBe(96);
    const der = new Uint8Array(
      sign('sha256', target2, { key: ca.gen2.signer.privateKey, dsaEncoding: 'der' }),
    );
    for (const sig of [raw, rawToDer(raw), der, padTo(der, 110)]) {
      const entries = verifyGen2(target2, sig, ca.gen2.signer.certificate, store, AT);
      expect(statuses(entries)).toEqual([
        'signature:SUCCEEDED:signature-valid',
        'certificate-chain:SUCCEEDED:chains-to-anchor',
        'certificate-validity:SUCCEEDED:within-validity',
      ]);
    }
  });

  it('accepts the DD certificate NUL-padded to 602 bytes', () => {
    const dd = padTo(ca.gen2.signer.certificate, 602);
    expect(
      verifyGen2(target2, signGen2(ca, target2), dd, store, AT).every((e) => e.status === 'SUCCEEDED'),
    ).toBe(true);
  });

  it('FAILS the signature when any byte of the signed target or signature changes', () => {
    const sig = signGen2(ca, target2);
    fc.assert(
      fc.property(fc.nat(target2.length - 1), fc.integer({ min: 1, max: 255 }), (i, x) => {
        const t = target2.slice();
        t[i] = (t[i] as number) ^ x;
        expect(verifyGen2(t, sig, ca.gen2.signer.certificate, store, AT)[0]?.status).toBe('FAILED');
      }),
      { numRuns: 25 },
    );
    const bad = sig.slice();
    bad[10] = (bad[10] as number) ^ 1;
    expect(verifyGen2(target2, bad, ca.gen2.signer.certificate, store, AT)[0]?.reason).toBe(
      'signature-mismatch',
    );
    expect(verifyGen2(target2, sig.subarray(0, 90), ca.gen2.signer.certificate, store, AT)[0]?.reason).toBe(
      'signature-malformed',
    );
  });

  it('a foreign CA → chain FAILED', () => {
    const entries = verifyGen2(
      target2,
      signGen2(foreign, target2),
      foreign.gen2.signer.certificate,
      store,
      AT,
    );
    expect(entries[1]).toEqual({
      check: 'certificate-chain',
      status: 'FAILED',
      reason: 'anchor-signature-mismatch',
    });
  });

  it('expired and not-yet-valid signers → certificate-validity FAILED', () => {
    const expired = verifyGen2(
      target2,
      signGen2(expiredSigners, target2),
      expiredSigners.gen2.signer.certificate,
      store,
      AT,
    );
    expect(expired[2]?.reason).toBe('signer-expired');
    const future = verifyGen2(
      target2,
      signGen2(futureSigners, target2),
      futureSigners.gen2.signer.certificate,
      store,
      AT,
    );
    expect(statuses(future).slice(1)).toEqual([
      'certificate-chain:SUCCEEDED:chains-to-anchor',
      'certificate-validity:FAILED:signer-not-yet-valid',
    ]);
  });

  it('an RSA certificate on a gen-2 card → unexpected-key-type', () => {
    expect(verifyGen2(target2, signGen2(ca, target2), ca.gen1.signer.certificate, store, AT)[0]?.reason).toBe(
      'unexpected-key-type',
    );
  });
});

describe('trust profiles', () => {
  it('sandbox cards never verify under production or official-test', () => {
    for (const profile of ['production', 'official-test'] as const) {
      const real = buildTrustStore(profile, [], ca);
      const e1 = verifyGen1(target1, signGen1(ca, target1), ca.gen1.signer.certificate, real, AT);
      const e2 = verifyGen2(target2, signGen2(ca, target2), ca.gen2.signer.certificate, real, AT);
      for (const entries of [e1, e2]) {
        expect(entries[1]).toEqual({
          check: 'certificate-chain',
          status: 'FAILED',
          reason: 'sandbox-certificate',
        });
        expect(entries[2]?.status).toBe('NOT_CHECKED');
      }
    }
  });

  it('a sandbox card stays FAILED even if a production store somehow held the sandbox root', () => {
    const forged: TrustStore = { profile: 'production', anchors: store.anchors };
    const entries = verifyGen2(target2, signGen2(ca, target2), ca.gen2.signer.certificate, forged, AT);
    expect(entries[1]?.reason).toBe('sandbox-certificate');
  });

  it('an empty store: chain NOT_CHECKED (nothing to check against), never FAILED or SUCCEEDED', async () => {
    const other = await createTestHierarchy({ generation: 2 });
    const sig = new Uint8Array(
      sign('sha256', target2, { key: other.signer.privateKey, dsaEncoding: 'ieee-p1363' }),
    );
    const entries = verifyGen2(target2, sig, other.signer.certificate, buildTrustStore('production'), AT);
    expect(statuses(entries)).toEqual([
      'signature:SUCCEEDED:signature-valid',
      'certificate-chain:NOT_CHECKED:no-trust-anchors',
      'certificate-validity:NOT_CHECKED:no-trusted-anchor',
    ]);
  });

  it('a signer whose keyUsage forbids signing → chain FAILED', async () => {
    const other = await createTestHierarchy({ generation: 2, signerKeyUsage: 32 /* keyCertSign */ });
    const sig = new Uint8Array(
      sign('sha256', target2, { key: other.signer.privateKey, dsaEncoding: 'ieee-p1363' }),
    );
    expect(verifyGen2(target2, sig, other.signer.certificate, store, AT)[1]?.reason).toBe('signer-key-usage');
  });
});

describe('a whole verdict', () => {
  it('composes with the other checks into a complete JMRTD-style list', async () => {
    const entries = [
      ...verifyGen2(target2, signGen2(ca, target2), ca.gen2.signer.certificate, store, AT),
      await revocationVerdict(),
    ];
    const verdict = buildVerdict(entries);
    expect(isCompleteVerdict(verdict)).toBe(true);
    expect(verdict.find((e) => e.check === 'revocation')).toEqual({
      check: 'revocation',
      status: 'NOT_CHECKED',
      reason: 'no-revocation-provider',
    });
  });
});
