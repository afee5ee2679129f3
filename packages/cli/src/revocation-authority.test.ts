/**
 * The revocation flow end to end against the sandbox authority itself: a 特定在留カード issued at the authority
 * reads with revocation SUCCEEDED through `GET /public/card-validity/{cardNumber}`; once it is reported lost the
 * same read says FAILED card-revoked-lost and exits 3; the lookup answers nothing personal, the same shape for an
 * unknown number, refuses a malformed one with invalid-input, and takes the same fixed time either way.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  authenticate,
  createApiToken,
  createSandboxCa,
  movableClock,
  type SandboxCa,
  saveSandboxCa,
  seedDemo,
} from '@zairyu/core';
import { describeEachDialect } from '@zairyu/core/testing';
import { buildApp } from '@zairyu/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-revocation-authority-'));
const caDir = join(dir, 'ca');
const env = { ...process.env, ZAIRYU_CA_DIR: caDir };
let ca: SandboxCa;

beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
  await saveSandboxCa(ca, caDir);
}, 60_000);

function zairyu(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd: dir, timeout: 60_000 }, (e, stdout, stderr) =>
      done({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describeEachDialect('revocation through the sandbox authority', (getDb) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let base = '';
  let token = '';
  let cardNumber = '';
  let cardId = '';
  const clock = movableClock('2026-12-01T01:00:00Z');

  beforeAll(async () => {
    const { db, dialect } = getDb();
    const demo = await seedDemo(db, clock, ca);
    if (!demo) throw new Error('no demo');
    cardNumber = demo.cardNumber;
    const u = demo.users.find((x) => x.role === 'bureau-officer')!;
    const actor = (await authenticate(db, u.username, u.password))!;
    token = (
      await createApiToken({ db, clock, actor, tenantId: actor.tenantId, requestId: 't' }, { name: 't' })
    ).token;
    app = await buildApp({ db, dialect, clock, ca, logLevel: 'silent', rateLimit: 10_000 });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const card = await db
      .selectFrom('cards')
      .select('id')
      .where('card_number', '=', cardNumber)
      .executeTakeFirstOrThrow();
    cardId = card.id;
    const chip = await fetch(`${base}/cards/${cardId}/chip`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(chip.status).toBe(200);
    writeFileSync(join(dir, `card-${dialect}.json`), await chip.text());
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  const read = () =>
    zairyu([
      'card',
      'read',
      '--card-number',
      cardNumber,
      '--card',
      join(dir, `card-${getDb().dialect}.json`),
      '--revocation-url',
      `${base}/public/card-validity`,
      '--json',
    ]);
  const revocationOf = (stdout: string) =>
    JSON.parse(stdout).verdict.find((v: { check: string }) => v.check === 'revocation');

  it('answers valid, then lost — and nothing personal', async () => {
    const valid = await fetch(`${base}/public/card-validity/${cardNumber}`);
    expect(valid.status).toBe(200);
    const body = (await valid.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['cardNumber', 'checkedAt', 'reason', 'valid']);
    expect(body).toMatchObject({ cardNumber, valid: true, reason: null });
    const lower = await fetch(`${base}/public/card-validity/${cardNumber.toLowerCase()}`);
    expect(((await lower.json()) as { valid: boolean }).valid).toBe(true);

    const unknown = await fetch(`${base}/public/card-validity/ZZ00000000ZZ`);
    expect(await unknown.json()).toMatchObject({
      cardNumber: 'ZZ00000000ZZ',
      valid: false,
      reason: 'unknown',
    });
    const malformed = await fetch(`${base}/public/card-validity/not-a-card`);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('invalid-input');

    // the same fixed time for a known and an unknown number
    const time = async (n: string) => {
      const t0 = performance.now();
      await (await fetch(`${base}/public/card-validity/${n}`)).text();
      return performance.now() - t0;
    };
    const known = Math.min(await time(cardNumber), await time(cardNumber), await time(cardNumber));
    const none = Math.min(await time('ZZ00000000ZZ'), await time('ZZ00000000ZZ'), await time('ZZ00000000ZZ'));
    expect(known).toBeGreaterThanOrEqual(39);
    expect(none).toBeGreaterThanOrEqual(39);
  }, 60_000);

  it('turns the reader’s revocation check into SUCCEEDED, then FAILED after the loss report (exit 3)', async () => {
    const ok = await read();
    expect(revocationOf(ok.stdout), ok.stderr).toMatchObject({ status: 'SUCCEEDED' });
    expect(ok.code, ok.stderr).toBe(0);
    const loss = await fetch(`${base}/cards/${cardId}/loss`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        lostOn: '2026-12-01',
        policeReceiptNumber: 'SANDBOX-LOSS-1',
        suspendChannel: 'call-centre',
      }),
    });
    expect(loss.status).toBe(200);
    const after = await fetch(`${base}/public/card-validity/${cardNumber}`);
    expect(await after.json()).toMatchObject({ valid: false, reason: 'lost' });
    const bad = await read();
    expect(revocationOf(bad.stdout)).toMatchObject({ status: 'FAILED', reason: 'card-revoked-lost' });
    expect(bad.code).toBe(3);
  }, 120_000);
});
