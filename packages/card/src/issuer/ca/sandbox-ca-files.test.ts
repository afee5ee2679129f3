import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPem } from '../../verify/pem.ts';
import { verifyGen1, verifyGen2 } from '../../verify/signature.ts';
import { createTestHierarchy } from '../../verify/test-ca.ts';
import { buildTrustStore } from '../../verify/trust.ts';
import { createSandboxCa, type SandboxCa, signGen1, signGen2 } from './sandbox-ca.ts';
import {
  exportSandboxCaPublic,
  loadSandboxCa,
  SANDBOX_CA_FILES,
  SandboxCaError,
  saveSandboxCa,
} from './sandbox-ca-files.ts';

let ca: SandboxCa;
let work: string;

beforeAll(async () => {
  ca = await createSandboxCa();
  work = await mkdtemp(join(tmpdir(), 'zairyu-ca-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<SandboxCaError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SandboxCaError) return e;
    throw e;
  }
  throw new Error('expected a SandboxCaError');
}

async function savedCopy(name: string): Promise<string> {
  const dir = join(work, name);
  await saveSandboxCa(ca, dir);
  return dir;
}

describe('saveSandboxCa / loadSandboxCa', () => {
  it('round-trips certificates and keys; private keys are mode 0600', async () => {
    const dir = await savedCopy('round-trip');
    const loaded = await loadSandboxCa(dir);
    expect(loaded.gen1.root.certificate).toEqual(ca.gen1.root.certificate);
    expect(loaded.gen2.signer.certificate).toEqual(ca.gen2.signer.certificate);
    const target = new Uint8Array(5553).fill(3);
    const store = buildTrustStore('sandbox', [], loaded);
    const at = new Date(Date.now() + 86_400_000);
    expect(
      verifyGen2(target, signGen2(loaded, target), loaded.gen2.signer.certificate, store, at)[0]?.status,
    ).toBe('SUCCEEDED');
    expect(
      verifyGen1(target, signGen1(loaded, target), ca.gen1.signer.certificate, store, at)[0]?.status,
    ).toBe('SUCCEEDED');
    for (const name of Object.values(SANDBOX_CA_FILES).filter((n) => n.endsWith('-key.pem'))) {
      expect(((await stat(join(dir, name))).mode & 0o777).toString(8)).toBe('600');
      expect(await readFile(join(dir, name), 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    }
  });

  it('re-saving tightens the mode of an existing key file', async () => {
    const dir = await savedCopy('resave');
    await chmod(join(dir, SANDBOX_CA_FILES.gen1SignerKey), 0o644);
    await saveSandboxCa(ca, dir);
    expect((await stat(join(dir, SANDBOX_CA_FILES.gen1SignerKey))).mode & 0o777).toBe(0o600);
  });

  it('a missing directory → ca-dir-missing', async () => {
    expect((await errorOf(loadSandboxCa(join(work, 'nope')))).code).toBe('ca-dir-missing');
  });

  it('a missing file → ca-file-missing, naming it', async () => {
    const dir = await savedCopy('missing-file');
    await rm(join(dir, SANDBOX_CA_FILES.gen2SignerKey));
    const e = await errorOf(loadSandboxCa(dir));
    expect(e.code).toBe('ca-file-missing');
    expect(e.path).toBe(join(dir, SANDBOX_CA_FILES.gen2SignerKey));
  });

  it('an exported (public-only) directory is not a CA directory', async () => {
    const dir = join(work, 'public-only');
    await exportSandboxCaPublic(ca, dir);
    expect((await errorOf(loadSandboxCa(dir))).code).toBe('ca-file-missing');
  });

  it('corrupt PEM, a wrong manifest, a swapped key and a foreign certificate are each refused', async () => {
    const corrupt = await savedCopy('corrupt');
    await writeFile(
      join(corrupt, SANDBOX_CA_FILES.gen1Ca),
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
    );
    expect((await errorOf(loadSandboxCa(corrupt))).code).toBe('ca-file-corrupt');

    const badKey = await savedCopy('bad-key');
    await writeFile(join(badKey, SANDBOX_CA_FILES.deliveryKey), 'not a key');
    expect((await errorOf(loadSandboxCa(badKey))).code).toBe('ca-file-corrupt');

    const manifest = await savedCopy('manifest');
    await writeFile(join(manifest, SANDBOX_CA_FILES.manifest), '{"format":"something-else","version":1}');
    expect((await errorOf(loadSandboxCa(manifest))).code).toBe('ca-format-unsupported');

    const swapped = await savedCopy('swapped');
    await writeFile(
      join(swapped, SANDBOX_CA_FILES.gen1SignerKey),
      await readFile(join(swapped, SANDBOX_CA_FILES.gen1CaKey)),
    );
    expect((await errorOf(loadSandboxCa(swapped))).code).toBe('ca-key-mismatch');

    const foreign = await savedCopy('foreign');
    const other = await createTestHierarchy({ generation: 2 });
    await writeFile(join(foreign, SANDBOX_CA_FILES.gen2Ca), toPem(other.root.certificate, 'CERTIFICATE'));
    expect((await errorOf(loadSandboxCa(foreign))).code).toBe('ca-not-sandbox');
  });
});

describe('exportSandboxCaPublic', () => {
  it('writes exactly the five public PEM files, with no private material', async () => {
    const dir = join(work, 'export');
    const written = await exportSandboxCaPublic(ca, dir);
    const names = ['gen1-ca.pem', 'gen1-signer.pem', 'gen2-ca.pem', 'gen2-signer.pem', 'delivery-public.pem'];
    expect(written).toEqual(names.map((n) => join(dir, n)));
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
    for (const n of names) expect(await readFile(join(dir, n), 'utf8')).not.toContain('PRIVATE');
    expect(await readFile(join(dir, 'delivery-public.pem'), 'utf8')).toContain('-----BEGIN PUBLIC KEY-----');
  });

  it('exported roots work as --trust-anchor files under the sandbox profile only', async () => {
    const dir = join(work, 'export-anchors');
    await exportSandboxCaPublic(ca, dir);
    const files = await Promise.all(
      ['gen1-ca.pem', 'gen2-ca.pem'].map(async (n) => ({
        name: n,
        bytes: new Uint8Array(await readFile(join(dir, n))),
      })),
    );
    const store = buildTrustStore('sandbox', files);
    const target = new Uint8Array(10_000).fill(9);
    const entries = verifyGen1(target, signGen1(ca, target), ca.gen1.signer.certificate, store, new Date());
    expect(entries.map((e) => e.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(() => buildTrustStore('production', files)).toThrow(/gen1-ca\.pem/);
  });
});
