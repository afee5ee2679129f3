/**
 * `zairyu card read --revocation-url` against a real loopback HTTP server that serves the card-validity
 * contract (`GET {prefix}/{cardNumber}`): a valid card → revocation SUCCEEDED, exit 0; a card reported lost →
 * FAILED card-revoked-lost, exit 3; the lookup unreachable or too slow → NOT_CHECKED with the reason, never
 * SUCCEEDED; a bad URL → exit 2.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-revocation-'));
const env = { ...process.env, ZAIRYU_CA_DIR: join(dir, 'ca') };
const lost = new Set<string>();
let server: Server;
let base: string;
let cardNumber = '';

/** Runs the CLI without blocking this process's event loop (the server answers from here). */
function zairyu(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd: dir, timeout: 60_000 }, (e, stdout, stderr) =>
      done({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const m = /^\/public\/card-validity\/([A-Z0-9]{12})$/.exec(req.url ?? '');
    if (req.url?.startsWith('/slow/')) return; // never answers
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const n = m[1] as string;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        cardNumber: n,
        valid: !lost.has(n),
        reason: lost.has(n) ? 'lost' : null,
        checkedAt: new Date().toISOString(),
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // seed 3 of type 05: a holder who may work, so every other check passes
  const issued = spawnSync(
    process.execPath,
    [BIN, 'card', 'issue', '--type', '05', '--out', join(dir, 'card.json'), '--seed', '3'],
    { env, encoding: 'utf8' },
  );
  expect(issued.status, issued.stderr).toBe(0);
  cardNumber = issued.stdout.trim();
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const read = (...extra: string[]) =>
  zairyu(['card', 'read', '--card-number', cardNumber, '--card', join(dir, 'card.json'), '--json', ...extra]);
const revocationOf = (stdout: string) =>
  JSON.parse(stdout).verdict.find((v: { check: string }) => v.check === 'revocation');

describe('zairyu card read --revocation-url', () => {
  it('without the flag the check stays NOT_CHECKED no-revocation-provider', async () => {
    const r = await read();
    expect(revocationOf(r.stdout)).toMatchObject({ status: 'NOT_CHECKED', reason: 'no-revocation-provider' });
  }, 60_000);

  it('a valid card → SUCCEEDED not-revoked, exit 0; reported lost → FAILED card-revoked-lost, exit 3', async () => {
    const ok = await read('--revocation-url', `${base}/public/card-validity`);
    expect(revocationOf(ok.stdout)).toMatchObject({ status: 'SUCCEEDED', reason: 'not-revoked' });
    expect(ok.code, ok.stderr).toBe(0);
    lost.add(cardNumber);
    const bad = await read('--revocation-url', `${base}/public/card-validity/`);
    expect(revocationOf(bad.stdout)).toMatchObject({ status: 'FAILED', reason: 'card-revoked-lost' });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/revocation FAILED \(card-revoked-lost\)/);
    lost.delete(cardNumber);
  }, 60_000);

  it('unreachable or too slow → NOT_CHECKED with the reason (never SUCCEEDED), said on stderr', async () => {
    const down = await read('--revocation-url', 'http://127.0.0.1:1/public/card-validity');
    expect(revocationOf(down.stdout)).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'revocation-unreachable',
    });
    expect(down.stderr).toMatch(/revocation NOT_CHECKED \(revocation-unreachable\)/);
    const slow = await read('--revocation-url', `${base}/slow`, '--revocation-timeout', '300');
    expect(revocationOf(slow.stdout)).toMatchObject({ status: 'NOT_CHECKED', reason: 'revocation-timeout' });
  }, 60_000);

  it('a URL that is not usable → exit 2, one line', async () => {
    for (const url of ['not a url', 'http://authority.example/public/card-validity']) {
      const r = await read('--revocation-url', url);
      expect(r.code, url).toBe(2);
      expect(r.stderr.trim().split('\n'), url).toHaveLength(1);
    }
  }, 60_000);
});
