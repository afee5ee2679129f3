/**
 * The authorization matrix, generated from the OpenAPI document: every operation × every role of both tenant
 * kinds × unauthenticated × a resource of the own or another tenant × in or out of the officer's municipality
 * or bureau jurisdiction. The expected outcome of each request comes from the policy tables (core's
 * `permitsAction` and each policy's conditions); the test counts leaks (a 2xx, 409 or 422 where the table
 * says 401, 403 or 404), over-refusals, and 5xx — and wants zero of each. Lists must hold only rows the actor
 * may see. A new operation without an entry here fails the test.
 */
import {
  type Actor,
  actorFor,
  authorityPolicy,
  createApiToken,
  createSandboxCa,
  createTenant,
  createUser,
  fileApplication,
  grantApplication,
  movableClock,
  permitsAction,
  platformPolicy,
  registerResident,
  type SandboxCa,
} from '@zairyu/core';
import { describeEachDialect } from '@zairyu/core/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from './app.ts';

let ca: SandboxCa;
beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
}, 60_000);

const A = 'default';
const B = 'other-authority';
const E = 'acme-employer';

/** A resource the matrix asks about: where it belongs, and the ids that name it. */
interface Res {
  label: string;
  tenant: string;
  place: string;
  residentId: string;
  cardId: string;
  cardNumber: string;
  birthDate: string;
  appBureau: string;
  appMunicipal: string;
}

interface Token {
  label: string;
  tenant: string;
  id: string;
  owner: string;
}

interface Caller {
  label: string;
  actor: Actor | null;
  token: string | null;
}

type Outcome = 'allowed' | '401' | '403' | '404';

interface Req {
  method: string;
  url: string;
  body?: unknown;
}

/** How the matrix calls each operation: once without a resource, or once per resource. */
type Plan =
  | { kind: 'none'; build(c: Caller, n: number): Req }
  | { kind: 'resident'; build(c: Caller, r: Res, n: number): Req }
  | { kind: 'place'; build(c: Caller, place: string, n: number): Req }
  | { kind: 'token'; build(c: Caller, t: Token): Req };

const clock = movableClock('2026-12-01T01:00:00Z'); // a Tuesday, 10:00 JST

function residentBody(place: string, n: number) {
  return {
    familyName: 'SANDBOX',
    givenName: `MATRIX ${'X'.repeat((n % 20) + 1)}`,
    birthDate: '1995-05-05',
    sex: 'female',
    nationality: 'VNM',
    status: 'engineer-humanities-international',
    periodOfStay: 'P1Y',
    stayExpiry: '2027-06-30',
    residentRecord: true,
    address: 'SANDBOX MATRIX ADDRESS',
    municipalityCode: place,
  };
}

const isMunicipal = (c: Caller) => c.actor?.role === 'municipal-officer';

const PLANS: Record<string, Plan> = {
  health: { kind: 'none', build: () => ({ method: 'GET', url: '/health' }) },
  ready: { kind: 'none', build: () => ({ method: 'GET', url: '/ready' }) },
  guide: {
    kind: 'none',
    build: () => ({
      method: 'POST',
      url: '/guide',
      body: {
        asOf: '2026-12-01',
        holder: {
          status: 'student',
          periodOfStay: 'P1Y3M',
          stayExpiry: '2027-03-31',
          birthDate: '2004-05-05',
          residentRecord: true,
          card: 'residence-card',
          applicationPending: null,
        },
        procedure: 'move-in',
        channel: 'counter',
        requestSpecifiedCard: true,
      },
    }),
  },
  login: {
    kind: 'none',
    build: () => ({
      method: 'POST',
      url: '/auth/login',
      body: { username: 'nobody', password: 'wrong password' },
    }),
  },
  logout: { kind: 'none', build: () => ({ method: 'POST', url: '/auth/logout' }) },
  me: { kind: 'none', build: () => ({ method: 'GET', url: '/auth/me' }) },
  getTenant: { kind: 'none', build: () => ({ method: 'GET', url: '/tenant' }) },
  createApiToken: {
    kind: 'none',
    build: (_c, n) => ({ method: 'POST', url: '/api-tokens', body: { name: `matrix ${n}` } }),
  },
  listApiTokens: { kind: 'none', build: () => ({ method: 'GET', url: '/api-tokens' }) },
  revokeApiToken: { kind: 'token', build: (_c, t) => ({ method: 'DELETE', url: `/api-tokens/${t.id}` }) },
  listUsers: { kind: 'none', build: () => ({ method: 'GET', url: '/users' }) },
  createUser: {
    kind: 'none',
    build: (c, n) => ({
      method: 'POST',
      url: '/users',
      body: {
        username: `matrix.user${n}`,
        password: 'a long matrix password',
        role: c.actor?.tenantKind === 'employer' ? 'auditor' : 'system-admin',
        officeCode: null,
        displayName: 'Matrix (SANDBOX)',
      },
    }),
  },
  resetPassword: {
    kind: 'none',
    build: () => ({ method: 'POST', url: '/users/reset-password', body: { username: 'victim' } }),
  },
  registerResident: {
    kind: 'place',
    build: (_c, place, n) => ({ method: 'POST', url: '/residents', body: residentBody(place, n) }),
  },
  listResidents: { kind: 'none', build: () => ({ method: 'GET', url: '/residents?limit=500' }) },
  listWorkQueue: { kind: 'none', build: () => ({ method: 'GET', url: '/work-queue?limit=500' }) },
  findResidentByCard: {
    kind: 'resident',
    build: (_c, r) => ({
      method: 'POST',
      url: '/residents/lookup',
      body: { cardNumber: r.cardNumber, birthDate: r.birthDate },
    }),
  },
  getResident: { kind: 'resident', build: (_c, r) => ({ method: 'GET', url: `/residents/${r.residentId}` }) },
  updateResident: {
    kind: 'resident',
    build: (_c, r) => ({
      method: 'PATCH',
      url: `/residents/${r.residentId}`,
      body: { givenName: 'MATRIX EDIT' },
    }),
  },
  fileApplication: {
    kind: 'resident',
    build: (c, r) => ({
      method: 'POST',
      url: '/applications',
      body: {
        residentId: r.residentId,
        procedure: isMunicipal(c) ? 'change-of-address' : 'reissue-exchange',
        channel: 'counter',
        requestSpecifiedCard: false,
      },
    }),
  },
  listApplications: {
    kind: 'resident',
    build: (_c, r) => ({ method: 'GET', url: `/applications?residentId=${r.residentId}` }),
  },
  getApplication: {
    kind: 'resident',
    build: (_c, r) => ({ method: 'GET', url: `/applications/${r.appBureau}` }),
  },
  grantApplication: {
    kind: 'resident',
    build: (c, r) => ({
      method: 'POST',
      url: `/applications/${isMunicipal(c) ? r.appMunicipal : r.appBureau}/grant`,
      body: {},
    }),
  },
  listCards: {
    kind: 'resident',
    build: (_c, r) => ({ method: 'GET', url: `/cards?residentId=${r.residentId}` }),
  },
  getCard: { kind: 'resident', build: (_c, r) => ({ method: 'GET', url: `/cards/${r.cardId}` }) },
  getCardChip: { kind: 'resident', build: (_c, r) => ({ method: 'GET', url: `/cards/${r.cardId}/chip` }) },
  readChip: {
    kind: 'resident',
    build: (_c, r) => ({ method: 'POST', url: `/cards/${r.cardId}/chip/read` }),
  },
  reportLoss: {
    kind: 'resident',
    build: (_c, r) => ({
      method: 'POST',
      url: `/cards/${r.cardId}/loss`,
      body: { lostOn: '2026-12-01', policeReceiptNumber: 'SANDBOX-MATRIX', suspendChannel: 'counter' },
    }),
  },
  resumeMyNumber: {
    kind: 'resident',
    build: (_c, r) => ({ method: 'POST', url: `/cards/${r.cardId}/my-number/resume` }),
  },
  listAuditEvents: { kind: 'none', build: () => ({ method: 'GET', url: '/audit/events?limit=500' }) },
  verifyAudit: { kind: 'none', build: () => ({ method: 'GET', url: '/audit/verify' }) },
  expireCards: { kind: 'none', build: () => ({ method: 'POST', url: '/tasks/expire-cards' }) },
  checkCardValidity: {
    kind: 'none',
    build: () => ({ method: 'GET', url: '/public/card-validity/AB12345678CD' }),
  },
};

function classify(status: number): Outcome | 'other' {
  if (status === 401) return '401';
  if (status === 403) return '403';
  if (status === 404) return '404';
  if ((status >= 200 && status < 300) || status === 409 || status === 422) return 'allowed';
  return 'other';
}

describeEachDialect('authorization matrix', (getDb) => {
  let app: FastifyInstance;
  const callers: Caller[] = [{ label: 'unauthenticated', actor: null, token: null }];
  const resources: Res[] = [];
  const tokens: Token[] = [];
  const residentTenant = new Map<string, string>();

  beforeAll(async () => {
    const { db } = getDb();
    await createTenant(db, clock, { id: B, kind: 'authority', name: 'Another sandbox authority (SANDBOX)' });
    await createTenant(db, clock, { id: E, kind: 'employer', name: 'ACME Factory (SANDBOX)' });
    const sys = (tenantId: string, kind: 'authority' | 'employer' = 'authority') => ({
      db,
      clock,
      ca,
      tenantId,
      requestId: 'matrix-setup',
      actor: actorFor({
        userId: 'system',
        username: 'system',
        role: kind === 'employer' ? 'employer-admin' : 'system-admin',
        officeCode: null,
        tenantId,
      }),
    });
    const user = async (
      tenantId: string,
      username: string,
      role: Actor['role'],
      officeCode: string | null,
      kind: 'authority' | 'employer' = 'authority',
    ) => {
      const u = await createUser(sys(tenantId, kind), {
        username,
        password: 'a long matrix password',
        role,
        officeCode,
        displayName: `${username} (SANDBOX)`,
      });
      const actor = actorFor({ userId: u.id, username, role, officeCode, tenantId });
      return { actor, ctx: { db, clock, ca, tenantId, requestId: 'matrix-setup', actor } };
    };
    const a = {
      admin: await user(A, 'admin', 'system-admin', null),
      tokyo: await user(A, 'tokyo', 'bureau-officer', 'tokyo-bureau'),
      osaka: await user(A, 'osaka', 'bureau-officer', 'osaka-bureau'),
      chiyoda: await user(A, 'chiyoda', 'municipal-officer', '131016'),
      chuo: await user(A, 'chuo', 'municipal-officer', '131024'),
      kita: await user(A, 'kita', 'municipal-officer', '271276'),
      victim: await user(A, 'victim', 'bureau-officer', 'tokyo-bureau'),
    };
    const b = {
      tokyo: await user(B, 'tokyo', 'bureau-officer', 'tokyo-bureau'),
      chiyoda: await user(B, 'chiyoda', 'municipal-officer', '131016'),
    };
    const e = {
      admin: await user(E, 'hr-admin', 'employer-admin', null, 'employer'),
      handler: await user(E, 'handler', 'handler', null, 'employer'),
      auditor: await user(E, 'auditor', 'auditor', null, 'employer'),
      lookup: await user(E, 'lookup', 'lookup-only', null, 'employer'),
      victim: await user(E, 'victim', 'auditor', null, 'employer'),
    };
    for (const [label, u] of [
      ['authority system-admin', a.admin],
      ['authority bureau-officer (tokyo)', a.tokyo],
      ['authority municipal-officer (131016)', a.chiyoda],
      ['employer employer-admin', e.admin],
      ['employer handler', e.handler],
      ['employer auditor', e.auditor],
      ['employer lookup-only', e.lookup],
    ] as const)
      callers.push({ label, actor: u.actor, token: (await createApiToken(u.ctx, { name: 'matrix' })).token });

    const place = async (
      tenant: string,
      placeCode: string,
      bureau: { ctx: Parameters<typeof registerResident>[0] },
      municipal: { ctx: Parameters<typeof registerResident>[0] },
      label: string,
    ) => {
      const r = await registerResident(bureau.ctx, {
        ...residentBody(placeCode, 0),
        givenName: 'MATRIX OWNER',
        stayExpiry: '2026-12-31',
      });
      residentTenant.set(r.id, tenant);
      const ext = await fileApplication(bureau.ctx, {
        residentId: r.id,
        procedure: 'extension-of-stay',
        channel: 'counter',
        requestSpecifiedCard: true,
      });
      const g = await grantApplication(bureau.ctx, {
        applicationId: ext.application.id,
        newStayExpiry: '2027-12-31',
      });
      if (!g.card) throw new Error('no card');
      const appBureau = await fileApplication(bureau.ctx, {
        residentId: r.id,
        procedure: 'reissue-exchange',
        channel: 'counter',
        requestSpecifiedCard: false,
      });
      const appMunicipal = await fileApplication(municipal.ctx, {
        residentId: r.id,
        procedure: 'change-of-address',
        channel: 'counter',
        requestSpecifiedCard: false,
      });
      resources.push({
        label,
        tenant,
        place: placeCode,
        residentId: r.id,
        cardId: g.card.id,
        cardNumber: g.card.cardNumber,
        birthDate: r.birthDate,
        appBureau: appBureau.application.id,
        appMunicipal: appMunicipal.application.id,
      });
    };
    await place(A, '131016', a.tokyo, a.chiyoda, 'own tenant, 千代田区 131016');
    await place(
      A,
      '131024',
      a.tokyo,
      a.chuo,
      'own tenant, 中央区 131024 (another municipality, same bureau)',
    );
    await place(A, '271276', a.osaka, a.kita, 'own tenant, 大阪市北区 271276 (another bureau)');
    await place(B, '131016', b.tokyo, b.chiyoda, 'another tenant, 千代田区 131016');
    for (const [label, tenant, u] of [
      ['token of the authority administrator', A, a.admin],
      ['token of an authority officer', A, a.victim],
      ['token of another authority', B, b.tokyo],
      ['token of the employer administrator', E, e.admin],
      ['token of an employer auditor', E, e.victim],
    ] as const) {
      const t = await createApiToken(u.ctx, { name: `victim ${label}` });
      tokens.push({ label, tenant, id: t.id, owner: u.actor.userId });
    }
    app = await buildApp({
      db,
      dialect: getDb().dialect,
      clock,
      ca,
      logLevel: 'silent',
      rateLimit: 1_000_000,
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('lets nobody reach what the policy tables do not allow, on every operation of the OpenAPI document', async () => {
    const doc = (await app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { operationId: string; 'x-zairyu-action'?: string; security?: unknown[] }>
      >;
    };
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(PLANS).sort());

    const problems: string[] = [];
    let requests = 0;
    let n = 0;
    const send = async (c: Caller, req: Req) => {
      requests += 1;
      const res = await app.inject({
        method: req.method as 'GET',
        url: req.url,
        headers: {
          ...(c.token ? { authorization: `Bearer ${c.token}` } : {}),
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(req.body === undefined ? {} : { payload: JSON.stringify(req.body) }),
      });
      return res;
    };
    const check = (label: string, expected: Outcome, status: number, body: string) => {
      const got = classify(status);
      if (status >= 500) problems.push(`5xx ${label}: ${status} ${body.slice(0, 200)}`);
      else if (got === 'other') problems.push(`unexpected ${status} ${label}: ${body.slice(0, 200)}`);
      else if (got !== expected) {
        const kind = got === 'allowed' ? 'LEAK' : expected === 'allowed' ? 'over-refusal' : 'wrong refusal';
        problems.push(`${kind} ${label}: expected ${expected}, got ${status} ${body.slice(0, 160)}`);
      }
    };

    for (const op of ops) {
      const plan = PLANS[op.operationId];
      if (!plan) continue;
      const action = op['x-zairyu-action'] ?? null;
      for (const c of callers) {
        const base = (): Outcome | null => {
          if (action === null) return 'allowed';
          if (!c.actor) return '401';
          if (!permitsAction(c.actor, action)) return '403';
          return null;
        };
        const at = (what: string) => `${op.operationId} × ${c.label} × ${what}`;
        if (plan.kind === 'none') {
          n += 1;
          const res = await send(c, plan.build(c, n));
          // a public operation answers everyone (a login with wrong credentials is its own 401, not a refusal)
          if (action === null) {
            if (res.statusCode >= 500) problems.push(`5xx ${at('—')}: ${res.statusCode}`);
          } else check(at('—'), base() ?? 'allowed', res.statusCode, res.body);
          // lists hold only what the actor may see
          if (res.statusCode === 200 && op.operationId === 'listResidents' && c.actor) {
            const grant = authorityPolicy.authorize(c.actor, 'residents.read');
            for (const item of (res.json() as { items: { id: string; municipalityCode: string }[] }).items) {
              if (residentTenant.has(item.id) && residentTenant.get(item.id) !== c.actor.tenantId)
                problems.push(`LEAK ${at('list')}: resident of another tenant listed`);
              if (!grant.allows(item))
                problems.push(`LEAK ${at('list')}: resident of ${item.municipalityCode} listed`);
            }
          }
          if (res.statusCode === 200 && op.operationId === 'listWorkQueue' && c.actor) {
            for (const item of (res.json() as { items: { resident: { id: string } }[] }).items)
              if (residentTenant.get(item.resident.id) !== c.actor.tenantId)
                problems.push(`LEAK ${at('queue')}: application of another tenant queued`);
          }
          continue;
        }
        if (plan.kind === 'place') {
          for (const placeCode of ['131016', '131024', '271276']) {
            n += 1;
            const b = base();
            const expected: Outcome =
              b ??
              (authorityPolicy
                .authorize(c.actor as Actor, action as never)
                .allows({ municipalityCode: placeCode })
                ? 'allowed'
                : '403');
            const res = await send(c, plan.build(c, placeCode, n));
            check(at(placeCode), expected, res.statusCode, res.body);
          }
          continue;
        }
        if (plan.kind === 'token') {
          for (const t of tokens) {
            const b = base();
            const expected: Outcome =
              b ??
              (t.tenant !== c.actor?.tenantId
                ? '404'
                : platformPolicy.authorize(c.actor as Actor, 'api-tokens.revoke').allows({ userId: t.owner })
                  ? 'allowed'
                  : '403');
            const res = await send(c, plan.build(c, t));
            check(at(t.label), expected, res.statusCode, res.body);
          }
          continue;
        }
        for (const r of resources) {
          n += 1;
          const b = base();
          const expected: Outcome =
            b ??
            (r.tenant !== c.actor?.tenantId
              ? '404'
              : authorityPolicy
                    .authorize(c.actor as Actor, action as never)
                    .allows({ municipalityCode: r.place })
                ? 'allowed'
                : '403');
          const res = await send(c, plan.build(c, r, n));
          check(at(r.label), expected, res.statusCode, res.body);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  }, 300_000);
});
