/**
 * The OpenAPI document is complete: every operation has an id, a summary, a tag, typed parameters, a typed
 * request body where it takes one, a typed success response (or an explicit 204), problem+json error
 * responses, a security requirement (public, or bearer / session — with the CSRF header on unsafe methods)
 * and the policy action it runs, which the policy tables know.
 */
import { createSandboxCa, isKnownAction, migrate, movableClock, openDatabase } from '@zairyu/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';

interface Op {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  parameters?: { in: string; name: string; schema?: unknown }[];
  'x-zairyu-action'?: string;
}

let app: FastifyInstance;
let doc: {
  openapi: string;
  paths: Record<string, Record<string, Op>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};
let close: () => Promise<void>;

beforeAll(async () => {
  const h = await openDatabase({ sqliteFile: ':memory:' });
  await migrate(h.db);
  close = h.close;
  app = await buildApp({
    db: h.db,
    dialect: 'sqlite',
    clock: movableClock('2026-12-01'),
    ca: await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') }),
    logLevel: 'silent',
  });
  doc = (await app.inject({ url: '/openapi.json' })).json();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await close?.();
});

const BODYLESS = new Set(['logout', 'resumeMyNumber', 'expireCards', 'readChip']);

describe('OpenAPI document', () => {
  it('is 3.1 with the three security schemes and named component schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'csrf', 'session']);
    for (const name of [
      'Resident',
      'Application',
      'Card',
      'User',
      'AuditEvent',
      'Decision',

      'Problem',
    ])
      expect(doc.components.schemas, name).toHaveProperty(name);
  });

  it('types every operation both ways and names its security and policy action', () => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(ops.length).toBeGreaterThanOrEqual(30);
    const ids = new Set<string>();
    for (const { path, method, op } of ops) {
      const where = `${method} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(op.operationId as string), `${where}: duplicate operationId`).toBe(false);
      ids.add(op.operationId as string);
      expect(op.summary, where).toBeTruthy();
      expect(op.tags?.length, where).toBe(1);
      const success = Object.keys(op.responses ?? {}).filter((s) => s.startsWith('2'));
      expect(success, where).toHaveLength(1);
      const ok = (op.responses ?? {})[success[0] as string];
      if (success[0] !== '204')
        expect(ok?.content?.['application/json']?.schema, `${where}: typed 2xx`).toBeTruthy();
      for (const status of ['400', '429', '500'])
        expect(
          op.responses?.[status]?.content?.['application/problem+json']?.schema,
          `${where} ${status}`,
        ).toBeTruthy();
      if (path.includes('{')) {
        expect(op.responses?.['404'], `${where}: 404`).toBeTruthy();
        for (const p of path.match(/\{(\w+)\}/g) ?? [])
          expect(
            op.parameters?.some((x) => x.in === 'path' && `{${x.name}}` === p && x.schema),
            `${where}: ${p}`,
          ).toBe(true);
      }
      if ((method === 'POST' || method === 'PATCH') && !BODYLESS.has(op.operationId as string))
        expect(op.requestBody?.content?.['application/json']?.schema, `${where}: typed body`).toBeTruthy();
      const action = op['x-zairyu-action'];
      if (op.security?.length === 0) expect(action, `${where}: public`).toBeUndefined();
      else {
        expect(action && isKnownAction(action), `${where}: policy action ${action}`).toBe(true);
        expect(op.responses?.['401'] && op.responses?.['403'], `${where}: 401/403`).toBeTruthy();
        const schemes = (op.security ?? []).map((s) => Object.keys(s).sort().join('+'));
        expect(schemes, where).toEqual(method === 'GET' ? ['bearer', 'session'] : ['bearer', 'csrf+session']);
      }
    }
  });

  it('carries examples for the main request bodies', () => {
    const body = (path: string, method: string) =>
      doc.paths[path]?.[method]?.requestBody?.content?.['application/json'];
    for (const [path, method] of [
      ['/auth/login', 'post'],
      ['/residents', 'post'],
      ['/applications', 'post'],
      ['/guide', 'post'],
    ] as const)
      expect(JSON.stringify(body(path, method)), `${method} ${path}`).toMatch(/example/);
  });

  it('serves /docs with the CSRF helper and a Content-Security-Policy', async () => {
    const init = await app.inject({ url: '/docs/static/swagger-initializer.js' });
    expect(init.statusCode).toBe(200);
    expect(init.body).toContain('__zairyuCsrf');
    const page = await app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});
