/**
 * End-to-end API tests against a real server on loopback (SQLite and PostgreSQL): the whole card lifecycle
 * through HTTP, and the negative cases — each checks the status, the problem code, and that nothing was stored.
 */

import {
  buildTrustStore,
  chipImageFromJson,
  MemoryTransport,
  ResidenceCardEmulator,
  readCard,
} from '@zairyu/card';
import { createSandboxCa, movableClock, type SandboxCa, seedDemo } from '@zairyu/core';
import { describeEachDialect } from '@zairyu/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.ts';

let ca: SandboxCa;
beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
}, 60_000);

describeEachDialect('HTTP API', (getDb) => {
  let app: FastifyInstance;
  let base: string;
  let users: { username: string; password: string; role: string }[] = [];
  const clock = movableClock('2026-07-01T01:00:00Z');

  beforeAll(async () => {
    const { db, dialect } = getDb();
    const demo = await seedDemo(db, clock, ca);
    users = demo?.users ?? [];
    app = await buildApp({
      db,
      dialect,
      clock,
      ca,
      logLevel: 'silent',
      rateLimit: 10_000,
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  async function login(role: string) {
    const u = users.find((x) => x.role === role)!;
    const r = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: u.username, password: u.password }),
    });
    expect(r.status).toBe(200);
    const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(r.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const { csrfToken } = (await r.json()) as { csrfToken: string };
    return async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field below
      const json: any = text ? JSON.parse(text) : null;
      return { status: res.status, type: res.headers.get('content-type') ?? '', json };
    };
  }

  it('serves health, readiness and OpenAPI 3.1 without login', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff'); // security headers
    expect(health.headers.get('x-request-id')).toBeTruthy();
    const ready = (await (await fetch(`${base}/ready`)).json()) as { status: string };
    expect(ready.status).toBe('ready');
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/applications', '/cards/{id}/chip']));
  });

  it('runs the lifecycle: register → extension with a 特定 request → issue → read the chip → loss → re-issue → switch → return', async () => {
    let bureau = await login('bureau-officer');
    const resident = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'MINH',
      birthDate: '1996-03-04',
      sex: 'male',
      nationality: 'VNM',
      status: 'engineer-humanities-international',
      periodOfStay: 'P1Y',
      stayExpiry: '2026-08-31',
      residentRecord: true,
      address: '東京都千代田区サンドボックス１－２－３',
      addressLatin: '1-2-3 SANDBOX CHIYODA-KU',
      municipalityCode: '131016',
      applicationPending: null,
    });
    expect(resident.status, JSON.stringify(resident.json)).toBe(201);
    const residentId = resident.json.id as string;
    const filed = await bureau('POST', '/applications', {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(filed.status, JSON.stringify(filed.json)).toBe(201);
    expect(filed.json.decision.cardToBeIssued).toBe('specified-residence-card');
    // the officer's queue holds it, with the name to call at the counter; /auth/me says what the role may do
    const queue = await bureau('GET', '/work-queue?limit=100');
    expect(queue.status).toBe(200);
    expect(queue.json.items).toContainEqual(
      expect.objectContaining({
        application: expect.objectContaining({ id: filed.json.application.id }),
        resident: { id: residentId, displayName: 'SANDBOX MINH' },
      }),
    );
    const me = await bureau('GET', '/auth/me');
    expect(me.json.actions).toEqual(expect.arrayContaining(['applications.grant', 'cards.read-chip']));
    expect(me.json.actions).not.toContain('audit.verify');
    const granted = await bureau('POST', `/applications/${filed.json.application.id}/grant`, {
      newStayExpiry: '2027-08-31',
      newPeriodOfStay: 'P1Y',
    });
    expect(granted.status, JSON.stringify(granted.json)).toBe(200);
    const card = granted.json.card;
    expect(card.kind).toBe('specified-residence-card');
    expect(card.cardNumber).toMatch(/^[A-Z]{2}\d{8}[A-Z]{2}$/);

    // search by name (any case, part of it) and by the card's number find the resident
    const byName = await bureau('GET', '/residents?name=sandbox%20mi');
    expect(byName.json.items.map((r: { id: string }) => r.id)).toContain(residentId);
    const byCard = await bureau('GET', `/residents?cardNumber=${card.cardNumber}`);
    expect(byCard.json.items.map((r: { id: string }) => r.id)).toEqual([residentId]);
    // the chip read back in the server, with one verdict per check, no images, nothing of a 個人番号
    const readBack = await bureau('POST', `/cards/${card.id}/chip/read`);
    expect(readBack.status, JSON.stringify(readBack.json)).toBe(200);
    expect(readBack.json.fields.cardNumber).toBe(card.cardNumber);
    expect(readBack.json.verdict.find((v: { check: string }) => v.check === 'signature')?.status).toBe(
      'SUCCEEDED',
    );
    expect(readBack.json.verdict.some((v: { status: string }) => v.status === 'FAILED')).toBe(false);
    // images only as presence flags, never their bytes; no 個人番号 field at all
    for (const v of Object.values(readBack.json.images)) expect(['present', 'absent']).toContain(v);
    expect(JSON.stringify(readBack.json)).not.toMatch(/myNumber|individualNumber|kojinBango/i);

    const chip = await fetch(`${base}/cards/${card.id}/chip`, { headers: { cookie: '' } });
    expect(chip.status).toBe(401);
    const chipJson = await bureau('GET', `/cards/${card.id}/chip`);
    expect(chipJson.status).toBe(200);
    const image = chipImageFromJson(JSON.stringify(chipJson.json));
    const { result } = await readCard(new MemoryTransport(new ResidenceCardEmulator(image)), {
      cardNumber: card.cardNumber,
      trust: buildTrustStore('sandbox', [], ca),
      deliveryPublicKey: ca.delivery.publicKey,
      now: new Date('2026-07-01T03:00:00Z'),
    });
    expect(result.cardType).toBe('07');
    expect(result.verdict.find((v) => v.check === 'signature')?.status).toBe('SUCCEEDED');

    const lost = await bureau('POST', `/cards/${card.id}/loss`, {
      lostOn: '2026-07-01',
      policeReceiptNumber: 'P-2026-0001',
      suspendChannel: 'call-centre',
    });
    expect(lost.status, JSON.stringify(lost.json)).toBe(200);
    expect(lost.json.card.state).toBe('lost');
    expect(lost.json.card.myNumber.state).toBe('suspended');
    expect(lost.json.lossReport.reissueDeadline).toBe('2026-07-15');
    const again = await bureau('POST', `/cards/${card.id}/loss`, {
      lostOn: '2026-07-01',
      policeReceiptNumber: 'P-2026-0001',
      suspendChannel: 'call-centre',
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('invalid-transition');

    const reissue = await bureau('POST', '/applications', {
      residentId,
      procedure: 'reissue-lost',
      channel: 'counter',
      requestSpecifiedCard: false,
      lostOn: '2026-07-01',
      policeReceiptNumber: 'P-2026-0001',
    });
    expect(reissue.status, JSON.stringify(reissue.json)).toBe(201);
    const ordinary = await bureau('POST', `/applications/${reissue.json.application.id}/grant`, {});
    expect(ordinary.json.card.kind).toBe('residence-card');
    expect(ordinary.json.card.cardNumber).not.toBe(card.cardNumber);

    clock.set('2027-06-15T01:00:00Z'); // a later extension, inside its window
    expect((await bureau('GET', '/residents')).status).toBe(401); // the 8-hour session has expired
    bureau = await login('bureau-officer');
    const ext2 = await bureau('POST', '/applications', {
      residentId,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(ext2.status, JSON.stringify(ext2.json)).toBe(201);
    const switched = await bureau('POST', `/applications/${ext2.json.application.id}/grant`, {
      newStayExpiry: '2028-08-31',
    });
    expect(switched.json.card.kind).toBe('specified-residence-card');

    const back = await bureau('POST', '/applications', {
      residentId,
      procedure: 'return-specified-card',
      channel: 'counter',
      requestSpecifiedCard: false,
    });
    expect(back.status, JSON.stringify(back.json)).toBe(201);
    const returned = await bureau('POST', `/applications/${back.json.application.id}/grant`, {});
    expect(returned.json.card.kind).toBe('residence-card');
    const cards = await bureau('GET', `/cards?residentId=${residentId}`);
    const states = cards.json as { kind: string; state: string }[];
    expect(states.map((c) => c.state).sort()).toEqual(['issued', 'reissued', 'replaced', 'returned'].sort());

    const apps = await bureau('GET', `/applications?residentId=${residentId}`);
    expect((apps.json as { procedure: string }[]).map((a) => a.procedure)).toEqual(
      expect.arrayContaining(['extension-of-stay', 'reissue-lost', 'return-specified-card']),
    );
    const audit = await login('system-admin');
    const verify = await audit('GET', '/audit/verify');
    expect(verify.json.ok).toBe(true);
    const newOfficer = await audit('POST', '/users', {
      username: `officer-${Date.now()}`,
      password: 'correct horse battery staple',
      role: 'municipal-officer',
      officeCode: '011002',
      displayName: 'SANDBOX OFFICER',
    });
    expect(newOfficer.status, JSON.stringify(newOfficer.json)).toBe(201);
    expect(JSON.stringify(newOfficer.json)).not.toMatch(/password|scrypt/i);
    expect(
      (
        await bureau('POST', '/users', {
          username: 'x',
          password: 'y'.repeat(12),
          role: 'system-admin',
          officeCode: null,
          displayName: 'X',
        })
      ).status,
    ).toBe(403);
  }, 120_000);

  it('refuses what the rules refuse with 422 and their reasons, and stores nothing', async () => {
    clock.set('2026-07-01T01:00:00Z');
    const bureau = await login('bureau-officer');
    const visitor = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'VISITOR',
      birthDate: '1990-01-01',
      sex: 'female',
      nationality: 'USA',
      status: 'temporary-visitor',
      periodOfStay: 'P90D',
      stayExpiry: '2026-09-01',
      residentRecord: false,
      address: 'HOTEL SANDBOX',
      municipalityCode: '131016',
      applicationPending: null,
    });
    expect(visitor.status).toBe(201);
    const r = await bureau('POST', '/applications', {
      residentId: visitor.json.id,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/application\/problem\+json/);
    expect(r.json.code).toBe('application-refused');
    expect(r.json.reasons.map((x: { code: string }) => x.code)).toContain('not-mid-long-term');
    const online = await bureau('POST', '/applications', {
      residentId: visitor.json.id,
      procedure: 'extension-of-stay',
      channel: 'online',
      requestSpecifiedCard: true,
    });
    expect(online.status).toBe(422);
    expect(online.json.reasons.map((x: { code: string }) => x.code)).toContain('online-channel');
  });

  it('keeps a municipal officer out of bureau procedures (403), strangers out (401), and bad bodies out (400/413)', async () => {
    clock.set('2026-07-01T01:00:00Z');
    const municipal = await login('municipal-officer');
    const bureau = await login('bureau-officer');
    const worker = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'WORKER',
      birthDate: '1992-02-02',
      sex: 'female',
      nationality: 'PHL',
      status: 'nursing-care',
      periodOfStay: 'P3Y',
      stayExpiry: '2026-08-20',
      residentRecord: true,
      address: 'SANDBOX',
      municipalityCode: '131016',
      applicationPending: null,
    });
    expect(worker.status).toBe(201);
    const before = await bureau('GET', '/applications/none');
    expect(before.status).toBe(404);
    const residents = await bureau('GET', '/residents');
    const list = residents.json.items as { id: string }[];
    const r = await municipal('POST', '/applications', {
      residentId: worker.json.id,
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(r.status, JSON.stringify(r.json)).toBe(403);
    expect(r.json.code).toBe('forbidden');
    expect((await fetch(`${base}/residents`)).status).toBe(401);
    const noCsrf = await fetch(`${base}/residents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noCsrf.status).toBe(401);
    const bad = await bureau('POST', '/applications', {
      residentId: "x' OR 1=1; DROP TABLE cards; --",
      procedure: 'extension-of-stay',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(bad.status).toBe(404);
    const huge = await fetch(`${base}/guide`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'a'.repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
    const after = await bureau('GET', '/residents');
    expect((after.json.items as unknown[]).length).toBe(list.length);
  });

  it('keeps bureau decisions, the audit check and individual numbers out of the wrong hands', async () => {
    clock.set('2026-07-01T01:00:00Z');
    const municipal = await login('municipal-officer');
    const bureau = await login('bureau-officer');
    const r = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'GUARD',
      birthDate: '1991-01-01',
      sex: 'male',
      nationality: 'NPL',
      status: 'skilled-labor',
      periodOfStay: 'P1Y',
      stayExpiry: '2026-09-30',
      residentRecord: true,
      address: 'SANDBOX',
      municipalityCode: '131016',
      applicationPending: null,
    });
    expect(r.status).toBe(201);
    const extend = await municipal('PATCH', `/residents/${r.json.id}`, {
      stayExpiry: '2031-01-01',
      periodOfStay: 'P5Y',
    });
    expect(extend.status).toBe(403);
    const pending = await bureau('PATCH', `/residents/${r.json.id}`, {
      applicationPending: { kind: 'extension-of-stay', filedOn: '2026-07-01' },
    });
    expect(pending.status).toBe(403);
    expect((await bureau('GET', '/audit/verify')).status).toBe(403);
    const sapporo = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'NORTH',
      birthDate: '1993-03-03',
      sex: 'female',
      nationality: 'IDN',
      status: 'student',
      periodOfStay: 'P2Y',
      stayExpiry: '2027-09-30',
      residentRecord: true,
      address: 'SANDBOX SAPPORO',
      municipalityCode: '011002',
      applicationPending: null,
    });
    expect(sapporo.status).toBe(403); // Sapporo (北海道) is not in the Tokyo bureau's jurisdiction
    const chuo = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'CHUO',
      birthDate: '1993-03-03',
      sex: 'female',
      nationality: 'IDN',
      status: 'student',
      periodOfStay: 'P2Y',
      stayExpiry: '2027-09-30',
      residentRecord: true,
      address: 'SANDBOX CHUO',
      municipalityCode: '131024',
      applicationPending: null,
    });
    expect(chuo.status).toBe(201);
    const elsewhere = await municipal('POST', '/applications', {
      residentId: chuo.json.id,
      procedure: 'change-of-address',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(elsewhere.status).toBe(403); // office 131016 (千代田区) does not handle a 中央区 (131024) address
    const here = await municipal('POST', '/applications', {
      residentId: r.json.id,
      procedure: 'change-of-address',
      channel: 'counter',
      requestSpecifiedCard: true,
    });
    expect(here.status, JSON.stringify(here.json)).toBe(201);
    const number = await bureau('POST', '/residents', {
      familyName: 'SANDBOX',
      givenName: 'NUMBER',
      birthDate: '1993-03-03',
      sex: 'female',
      nationality: 'IDN',
      status: 'student',
      periodOfStay: 'P2Y',
      stayExpiry: '2027-09-30',
      residentRecord: true,
      address: '個人番号 1234 5678 9012',
      municipalityCode: '131016',
    });
    expect(number.status).toBe(400);
    expect(number.json.errors[0].path).toBe('address');
    const id = await fetch(`${base}/health`, { headers: { 'x-request-id': 'req-123456789012' } });
    expect(id.headers.get('x-request-id')).not.toMatch(/\d{12}/);
    const token = await bureau('POST', '/api-tokens', { name: 'script' });
    expect(token.status).toBe(201);
    const auth = { authorization: `Bearer ${token.json.token}` };
    expect((await fetch(`${base}/auth/me`, { headers: auth })).status).toBe(200);
    expect((await bureau('DELETE', `/api-tokens/${token.json.id}`)).status).toBe(204);
    expect((await fetch(`${base}/auth/me`, { headers: auth })).status).toBe(401);
  });

  it('rate-limits login attempts with a 429 problem', async () => {
    let limited: { status: number; code?: string } | null = null;
    for (let i = 0; i < 30 && !limited; i++) {
      const r = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'nobody', password: 'wrong-password-123' }),
      });
      if (r.status === 429) limited = { status: r.status, code: ((await r.json()) as { code: string }).code };
      else expect(r.status).toBe(401);
    }
    expect(limited).toEqual({ status: 429, code: 'rate-limited' });
  });
});
