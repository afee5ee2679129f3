/**
 * The edges of the API: one input-error vocabulary (schema, malformed JSON, the Situation, core), titles and
 * refusal reasons in the Accept-Language language, the security headers (CSP, no-store), case-insensitive
 * bearer tokens, Secure cookies behind a trusted TLS proxy, paging links, and security events in the audit
 * (failed logins, 401, 403, CSRF refusals, rate-limit hits — field names and routes, never values).
 */
import {
  createApiToken,
  createSandboxCa,
  DEFAULT_TENANT,
  movableClock,
  PLATFORM_CHAIN,
  type SandboxCa,
  seedDemo,
  verifyAuditChain,
} from '@zairyu/core';
import { describeEachDialect } from '@zairyu/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { ERROR_CODES, ERROR_TITLES } from './errors/catalog.ts';

let ca: SandboxCa;
beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
}, 60_000);

it('has a title in ja, en and ja-easy for every error code', () => {
  for (const code of ERROR_CODES)
    for (const lang of ['ja', 'en', 'ja-easy'] as const)
      expect(ERROR_TITLES[code][lang], `${code} ${lang}`).toBeTruthy();
});

describeEachDialect('API edges', (getDb) => {
  let app: FastifyInstance;
  let proxied: FastifyInstance;
  let users: { username: string; password: string; role: string }[] = [];
  let bureauToken = '';
  let municipalToken = '';
  let residentId = '';
  const clock = movableClock('2026-12-01T01:00:00Z');

  beforeAll(async () => {
    const { db, dialect } = getDb();
    const demo = await seedDemo(db, clock, ca);
    users = demo?.users ?? [];
    residentId = demo?.residentIds[0] ?? '';
    app = await buildApp({ db, dialect, clock, ca, logLevel: 'silent', rateLimit: 10_000 });
    proxied = await buildApp({
      db,
      dialect,
      clock,
      ca,
      logLevel: 'silent',
      rateLimit: 10_000,
      trustProxy: true,
    });
    const { authenticate } = await import('@zairyu/core');
    const token = async (role: string) => {
      const u = users.find((x) => x.role === role)!;
      const actor = (await authenticate(db, u.username, u.password))!;
      return (
        await createApiToken({ db, clock, actor, tenantId: actor.tenantId, requestId: 't' }, { name: 't' })
      ).token;
    };
    bureauToken = await token('bureau-officer');
    municipalToken = await token('municipal-officer');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
  });

  const json = { 'content-type': 'application/json' };

  it('answers every input failure with invalid-input and every problem listed', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/residents',
      headers: { ...json, authorization: `Bearer ${bureauToken}` },
      payload: JSON.stringify({ familyName: 'lower case', birthDate: 'yesterday', extra: 1 }),
    });
    expect(bad.statusCode).toBe(400);
    const p = bad.json();
    expect(p.code).toBe('invalid-input');
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = p.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['familyName', 'birthDate', 'givenName']));
    for (const e of p.errors) expect(e.code).toBeTruthy();

    const malformed = await app.inject({
      method: 'POST',
      url: '/guide',
      headers: json,
      payload: '{"asOf": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      code: 'invalid-input',
      errors: [{ path: 'body', code: 'invalid-json' }],
    });

    const situation = await app.inject({
      method: 'POST',
      url: '/guide',
      headers: json,
      payload: JSON.stringify({ asOf: '2026-12-01', procedure: 'teleport' }),
    });
    expect(situation.statusCode).toBe(400);
    expect(situation.json().code).toBe('invalid-input');
    expect(situation.json().errors.length).toBeGreaterThan(1);

    const query = await app.inject({
      url: '/residents?limit=0',
      headers: { authorization: `Bearer ${bureauToken}` },
    });
    expect(query.json()).toMatchObject({ code: 'invalid-input', errors: [{ path: 'querystring.limit' }] });
  });

  it('speaks the caller’s language in titles and in the rules’ refusal reasons', async () => {
    const ja = await app.inject({ url: '/residents', headers: { 'accept-language': 'ja,en;q=0.5' } });
    expect(ja.statusCode).toBe(401);
    expect(ja.json().title).toBe(ERROR_TITLES.unauthenticated.ja);
    expect(ja.headers['content-language']).toBe('ja');
    const easy = await app.inject({ url: '/residents', headers: { 'accept-language': 'ja-x-easy' } });
    expect(easy.json().title).toBe(ERROR_TITLES.unauthenticated['ja-easy']);
    const en = await app.inject({ url: '/residents', headers: { 'accept-language': 'fr, de;q=0.3' } });
    expect(en.json().title).toBe(ERROR_TITLES.unauthenticated.en);

    // an online filing with a 特定 request is refused with the rules' reasons, in Japanese
    const refused = await app.inject({
      method: 'POST',
      url: '/applications',
      headers: { ...json, authorization: `Bearer ${bureauToken}`, 'accept-language': 'ja' },
      payload: JSON.stringify({
        residentId,
        procedure: 'extension-of-stay',
        channel: 'online',
        requestSpecifiedCard: true,
      }),
    });
    expect(refused.statusCode).toBe(422);
    const body = refused.json();
    expect(body.code).toBe('application-refused');
    expect(body.title).toBe(ERROR_TITLES['application-refused'].ja);
    expect(body.reasons.length).toBeGreaterThan(0);
    for (const r of body.reasons) {
      expect(r.message, r.code).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(r.citations.length).toBeGreaterThan(0);
    }
  });

  it('sets a CSP, never caches answers, takes any case of "Bearer", pages with Link headers', async () => {
    const r = await app.inject({
      url: '/residents?limit=1',
      headers: { authorization: `bEaReR ${bureauToken}` },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.json().items).toHaveLength(1);
    const next = r.json().nextCursor as string;
    expect(r.headers.link).toBe(`</residents?limit=1&cursor=${next}>; rel="next"`);
    expect(r.headers['x-next-cursor']).toBe(next);
    const page2 = await app.inject({
      url: `/residents?limit=1&cursor=${next}`,
      headers: { authorization: `Bearer ${bureauToken}` },
    });
    expect(page2.json().items[0].id > next).toBe(true);
    const guide = await app.inject({ method: 'POST', url: '/guide', headers: json, payload: '{}' });
    expect(guide.headers['cache-control']).toBe('no-store');
  });

  it('marks the session cookie Secure only behind a trusted TLS proxy', async () => {
    const u = users.find((x) => x.role === 'bureau-officer')!;
    const login = (a: FastifyInstance) =>
      a.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { ...json, 'x-forwarded-proto': 'https' },
        payload: JSON.stringify({ username: u.username, password: u.password }),
      });
    expect(String((await login(app)).headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(String((await login(proxied)).headers['set-cookie'])).toMatch(/Secure/i);
    const named = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: json,
      payload: JSON.stringify({ username: u.username, password: u.password, tenant: DEFAULT_TENANT }),
    });
    expect(named.statusCode).toBe(200);
    expect(named.json().user).toMatchObject({ tenantId: DEFAULT_TENANT, tenantKind: 'authority' });
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: json,
      payload: JSON.stringify({ username: u.username, password: u.password, tenant: 'no-such-tenant' }),
    });
    expect(elsewhere.statusCode).toBe(401);
  });

  it('audits security events by route and field names only, and keeps every chain intact', async () => {
    const { db } = getDb();
    const count = async (tenant: string, event: string) =>
      (
        await db
          .selectFrom('audit_events')
          .select('subject_id')
          .where('tenant_id', '=', tenant)
          .where('event', '=', event)
          .execute()
      ).length;
    const before = {
      failed: await count(DEFAULT_TENANT, 'security.login-failed'),
      unauth: await count(PLATFORM_CHAIN, 'security.unauthenticated'),
      forbidden: await count(DEFAULT_TENANT, 'security.forbidden'),
    };
    await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: json,
      payload: JSON.stringify({ username: 'demo-bureau', password: 'not the password 123' }),
    });
    await app.inject({ url: '/residents', headers: { authorization: 'Bearer zat_forged' } });
    await app.inject({ url: '/audit/verify', headers: { authorization: `Bearer ${municipalToken}` } });
    expect(await count(DEFAULT_TENANT, 'security.login-failed')).toBe(before.failed + 1);
    expect(await count(PLATFORM_CHAIN, 'security.unauthenticated')).toBe(before.unauth + 1);
    expect(await count(DEFAULT_TENANT, 'security.forbidden')).toBe(before.forbidden + 1);
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', 'like', 'security.%')
      .execute();
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/not the password|zat_forged|demo-bureau/);
    expect(rows.some((r) => r.subject_id === 'GET /residents')).toBe(true);
    for (const tenant of [DEFAULT_TENANT, PLATFORM_CHAIN])
      expect((await verifyAuditChain(db, tenant)).ok).toBe(true);

    // a CSRF refusal on a session is the session user's event
    const u = users.find((x) => x.role === 'bureau-officer')!;
    const login = await app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: json,
      payload: JSON.stringify({ username: u.username, password: u.password }),
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const csrfBefore = await count(DEFAULT_TENANT, 'security.csrf-refused');
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api-tokens',
      headers: { ...json, cookie },
      payload: '{"name":"x"}',
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf-token-invalid');
    expect(await count(DEFAULT_TENANT, 'security.csrf-refused')).toBe(csrfBefore + 1);
  });

  it('records a client over its rate limit once per route and minute', async () => {
    const { db, dialect } = getDb();
    const tight = await buildApp({ db, dialect, clock, ca, logLevel: 'silent', rateLimit: 3 });
    try {
      const before = (
        await db
          .selectFrom('audit_events')
          .select('seq')
          .where('event', '=', 'security.rate-limited')
          .execute()
      ).length;
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await tight.inject({ url: '/ready' })).statusCode);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
      const after = (
        await db
          .selectFrom('audit_events')
          .select('seq')
          .where('event', '=', 'security.rate-limited')
          .execute()
      ).length;
      expect(after).toBe(before + 1);
    } finally {
      await tight.close();
    }
  });
});
