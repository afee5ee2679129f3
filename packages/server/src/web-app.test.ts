/** The web app from the API's process: its pages on reload, hashed assets cached for good, the API unchanged. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { createSandboxCa, migrate, movableClock, openDatabase, type SandboxCa } from '@zairyu/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { hasWebApp } from './web-app.ts';

describe('the web app served by the API server', () => {
  let app: FastifyInstance;
  let closeDb: () => Promise<void>;
  let ca: SandboxCa;
  const root = mkdtempSync(join(tmpdir(), 'zairyu-web-'));
  const INDEX =
    '<!doctype html><html lang="ja"><script type="module" src="/assets/index-abc123.js"></script></html>';

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(root, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("app")'));
    ca = await createSandboxCa({ now: new Date('2026-01-01T00:00:00Z') });
    const opened = await openDatabase({ sqliteFile: join(root, 'z.sqlite') });
    closeDb = opened.close;
    await migrate(opened.db);
    app = await buildApp({
      db: opened.db,
      dialect: opened.dialect,
      clock: movableClock('2026-07-01T01:00:00Z'),
      ca,
      logLevel: 'silent',
      webRoot: root,
    });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await closeDb?.();
  });

  it('answers index.html, never cached, for the guide, the counter and the employer console and their sub-pages', async () => {
    for (const url of [
      '/',
      '/?page=status',
      '/counter',
      '/counter/residents/r1',
      '/employer',
      '/employer/x?lang=en',
    ]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type'], url).toMatch(/^text\/html/);
      expect(r.headers['cache-control'], url).toBe('no-store');
      expect(r.body, url).toBe(INDEX);
      // the CSP lets the page run its own scripts and nothing else
      expect(String(r.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    }
  });

  it('serves hashed assets with immutable caching, without a session', async () => {
    const r = await app.inject({ url: '/assets/index-abc123.js' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(r.body).toBe('console.log("app")');
  });

  it('sends the precompressed asset to a browser that takes brotli', async () => {
    const r = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(r.rawPayload).toString()).toBe('console.log("app")');
  });

  it('keeps the API: a missing asset is a problem+json 404, other paths stay the API’s (401 without a session)', async () => {
    const missing = await app.inject({ url: '/assets/missing.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    for (const url of ['/no-such-page', '/counterfeit', '/residents']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(401);
      expect(r.headers['content-type'], url).toMatch(/application\/problem\+json/);
    }
    expect((await app.inject({ url: '/assets/../index.html' })).body).not.toBe(INDEX);
  });

  it('serves only the API when the web app is not built', async () => {
    expect(hasWebApp(join(root, 'nothing-here'))).toBe(false);
    expect(hasWebApp(root)).toBe(true);
  });
});
