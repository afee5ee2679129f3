import { beforeAll, describe, expect, it } from 'vitest';
import { createSandboxCa, type SandboxCa } from '../issuer/ca/sandbox-ca.ts';
import { parseCertificate } from './certificate.ts';
import { toPem } from './pem.ts';
import { PINNED_ANCHORS, type PinnedAnchor } from './pinned-anchors.ts';
import { createTestHierarchy, type TestCertifiedKey } from './test-ca.ts';
import { acceptAnchor, anchorSourceOf, buildTrustStore, pinOf, TrustAnchorError } from './trust.ts';

let ca: SandboxCa;
let foreignRoot: TestCertifiedKey;

beforeAll(async () => {
  ca = await createSandboxCa();
  foreignRoot = (await createTestHierarchy({ generation: 2 })).root;
});

function refusal(fn: () => unknown): TrustAnchorError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TrustAnchorError) return e;
    throw e;
  }
  throw new Error('expected a TrustAnchorError');
}

describe('pinned anchors (chip.md §4.8.1)', () => {
  it('pins four gen-1 roots and CA2 for production, the test CA2 for official-test', () => {
    expect(PINNED_ANCHORS.filter((a) => a.profile === 'production').map((a) => a.generation)).toEqual([
      1, 1, 1, 1, 2,
    ]);
    expect(PINNED_ANCHORS.filter((a) => a.profile === 'official-test').map((a) => a.generation)).toEqual([2]);
    for (const a of PINNED_ANCHORS) {
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.notBefore < a.notAfter).toBe(true);
      expect(a.citation).toContain('chip.md §4.8.1');
    }
    expect(new Set(PINNED_ANCHORS.map((a) => a.sha256)).size).toBe(PINNED_ANCHORS.length);
  });
});

describe('buildTrustStore', () => {
  it('sandbox: trusts the two sandbox roots', () => {
    const store = buildTrustStore('sandbox', [], ca);
    expect(store.profile).toBe('sandbox');
    expect(store.anchors.map((a) => a.fingerprint)).toEqual([
      parseCertificate(ca.gen1.root.certificate).fingerprint,
      parseCertificate(ca.gen2.root.certificate).fingerprint,
    ]);
  });

  it('sandbox: accepts exported sandbox roots as files (PEM or DER), once each', () => {
    const pem = new TextEncoder().encode(toPem(ca.gen2.root.certificate, 'CERTIFICATE'));
    const store = buildTrustStore('sandbox', [pem, ca.gen1.root.certificate, ca.gen2.root.certificate]);
    expect(store.anchors).toHaveLength(2);
  });

  it('sandbox: accepts any anchor the user supplies (an integrator’s own test CA), and says where each came from', () => {
    const store = buildTrustStore('sandbox', [{ name: 'vendor-ca.crt', bytes: foreignRoot.certificate }], ca);
    expect(store.anchors).toHaveLength(3);
    const foreign = store.anchors.find(
      (a) => a.fingerprint === parseCertificate(foreignRoot.certificate).fingerprint,
    )!;
    expect(anchorSourceOf(store, foreign)).toBe('supplied');
    expect(anchorSourceOf(store, store.anchors[0]!)).toBe('sandbox-ca');
    expect(
      anchorSourceOf(
        buildTrustStore('sandbox', [ca.gen1.root.certificate]),
        parseCertificate(ca.gen1.root.certificate),
      ),
    ).toBe('supplied');
  });

  it('sandbox: an unreadable file is still refused', () => {
    const e = refusal(() =>
      buildTrustStore('sandbox', [{ name: 'junk.pem', bytes: Uint8Array.of(1, 2, 3) }]),
    );
    expect(e.code).toBe('anchor-unreadable');
    expect(e.file).toBe('junk.pem');
  });

  it('production / official-test: refuse a file whose digest is not pinned, naming the file and the digest', () => {
    for (const profile of ['production', 'official-test'] as const) {
      const digest = parseCertificate(foreignRoot.certificate).fingerprint;
      const e = refusal(() =>
        buildTrustStore(profile, [{ name: 'anchors/ca2.pem', bytes: foreignRoot.certificate }]),
      );
      expect(e.code).toBe('anchor-not-pinned');
      expect(e.message).toContain('anchors/ca2.pem');
      expect(e.message).toContain(digest);
      expect(e.sha256).toBe(digest);
    }
  });

  it('production / official-test: a sandbox root can never become an anchor', () => {
    for (const profile of ['production', 'official-test'] as const) {
      expect(refusal(() => buildTrustStore(profile, [ca.gen2.root.certificate])).code).toBe(
        'anchor-not-pinned',
      );
      expect(buildTrustStore(profile, [], ca).anchors).toHaveLength(0);
    }
  });

  it('production: no files means an empty store — nothing is bundled', () => {
    expect(buildTrustStore('production').anchors).toEqual([]);
  });

  it('production: accepts a file whose digest is pinned for that profile only', () => {
    const digest = parseCertificate(foreignRoot.certificate).fingerprint;
    const pins: PinnedAnchor[] = [
      { ...(PINNED_ANCHORS[4] as PinnedAnchor), sha256: digest, label: 'stand-in for ZairyuCard CA2' },
    ];
    const store = buildTrustStore('production', [foreignRoot.certificate], undefined, { pins });
    expect(store.anchors).toHaveLength(1);
    expect(
      refusal(() => buildTrustStore('official-test', [foreignRoot.certificate], undefined, { pins })).code,
    ).toBe('anchor-not-pinned');
    expect(acceptAnchor('production', foreignRoot.certificate, 0, pins).fingerprint).toBe(digest);
  });

  it('refuses unreadable files with a clear code', () => {
    const e = refusal(() => buildTrustStore('production', [new TextEncoder().encode('hello')]));
    expect(e.code).toBe('anchor-unreadable');
    expect(e.message).toContain('trust anchor #1');
  });

  it('pinOf finds no pin for sandbox anchors', () => {
    const store = buildTrustStore('sandbox', [], ca);
    expect(pinOf(store, store.anchors[0]!)).toBeUndefined();
  });
});
