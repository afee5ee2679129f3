import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditKeyFromPem, auditPublicKeyPem, loadOrCreateAuditKey, newAuditKey } from './audit-key.ts';
import {
  checkpointSignatureValid,
  latestPerTenant,
  parseCheckpointLines,
  signCheckpoint,
} from './checkpoints.ts';

describe('audit keys and checkpoints', () => {
  it('keeps the key in a 0600 file, loads it back, and verifies with the public half alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zairyu-key-')), 'k.pem');
    const a = loadOrCreateAuditKey(file);
    expect(a.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const b = loadOrCreateAuditKey(file);
    expect(b.created).toBe(false);
    expect(b.key.keyId).toBe(a.key.keyId);
    const c = signCheckpoint(
      { tenantId: 't', seq: 3, hash: 'a'.repeat(64), at: '2026-12-01T00:00:00.000Z' },
      a.key,
    );
    const pub = auditKeyFromPem(auditPublicKeyPem(a.key));
    expect(pub.privateKey).toBeNull();
    expect(checkpointSignatureValid(c, pub)).toBe(true);
    expect(checkpointSignatureValid({ ...c, seq: 4 }, pub)).toBe(false);
    expect(checkpointSignatureValid(c, newAuditKey())).toBe(false);
    expect(() => signCheckpoint({ tenantId: 't', seq: 1, hash: 'x', at: 'x' }, pub)).toThrow(/private key/);
    expect(readFileSync(file, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
  });

  it('parses exported lines strictly and keeps the latest per tenant', () => {
    const k = newAuditKey();
    const one = signCheckpoint({ tenantId: 'a', seq: 1, hash: 'h1', at: '2026-12-01T00:00:00.000Z' }, k);
    const two = signCheckpoint({ tenantId: 'a', seq: 5, hash: 'h5', at: '2026-12-01T01:00:00.000Z' }, k);
    const other = signCheckpoint({ tenantId: 'b', seq: 2, hash: 'h2', at: '2026-12-01T00:30:00.000Z' }, k);
    const parsed = parseCheckpointLines([one, two, other].map((c) => JSON.stringify(c)).join('\n') + '\n\n');
    expect(latestPerTenant(parsed).get('a')?.seq).toBe(5);
    expect(latestPerTenant(parsed).get('b')?.seq).toBe(2);
    expect(() => parseCheckpointLines('{"type":"zairyu.audit-checkpoint","version":2}')).toThrow(/line 1/);
    expect(() => parseCheckpointLines(`${JSON.stringify(one)}\nnot json`)).toThrow(/line 2: not JSON/);
  });
});
