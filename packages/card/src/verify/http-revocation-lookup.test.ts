/**
 * The HTTP lookup against a real loopback server (node:http) that serves the card-validity contract — and
 * against servers that do everything else: close the port, never answer, answer 500 / 429 / a redirect, a
 * body that is not the contract, another card's answer, a body larger than any answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpRevocationLookup, RevocationConfigError } from './http-revocation-lookup.ts';
import { revocationVerdict } from './revocation.ts';

/** The sandbox authority's register, as the contract exposes it. */
const REGISTER: Record<string, { valid: boolean; reason: string | null }> = {
  AA12345678BB: { valid: true, reason: null },
  LO00000001ST: { valid: false, reason: 'lost' },
  RE00000002TD: { valid: false, reason: 'returned' },
  EX00000003PD: { valid: false, reason: 'expired' },
  RP00000004CD: { valid: false, reason: 'replaced' },
};

const seen: string[] = [];
let server: Server;
let base: string;

function handler(req: IncomingMessage, res: ServerResponse) {
  seen.push(`${req.method} ${req.url} ${req.headers.accept}`);
  const m = /^\/(\w+)\/([A-Z0-9]{12})$/.exec(req.url ?? '');
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
  if (!m) return send(404, '{"code":"not-found"}');
  const [, mode, cardNumber] = m as unknown as [string, string, string];
  const entry = REGISTER[cardNumber] ?? { valid: false, reason: 'unknown' };
  const answer = JSON.stringify({ cardNumber, ...entry, checkedAt: new Date().toISOString() });
  switch (mode) {
    case 'public':
      return send(200, answer);
    case 'slow':
      return; // never answers
    case 'error':
      return send(500, '{"code":"internal"}');
    case 'limited':
      return send(429, '{"code":"rate-limited"}');
    case 'redirect':
      return send(302, '', { location: `${base}/public/${cardNumber}` });
    case 'html':
      return send(200, '<html>maintenance</html>');
    case 'foreign':
      return send(200, answer.replace(cardNumber, 'ZZ99999999ZZ'));
    case 'huge':
      return send(200, `{"pad":"${'x'.repeat(100_000)}"}`);
    default:
      return send(404, '{}');
  }
}

beforeAll(async () => {
  server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const verdict = async (prefix: string, cardNumber: string, timeoutMs = 2000) =>
  revocationVerdict(new HttpRevocationLookup(prefix, { timeoutMs }), { cardNumber, cardExpiry: null });

describe('HttpRevocationLookup (loopback server serving the card-validity contract)', () => {
  it('a valid card → SUCCEEDED; GET {prefix}/{cardNumber} asking for JSON', async () => {
    expect(await verdict(`${base}/public/`, 'aa12345678bb')).toMatchObject({
      status: 'SUCCEEDED',
      reason: 'not-revoked',
    });
    expect(seen.at(-1)).toBe('GET /public/AA12345678BB application/json');
  });

  it('a lost, returned, expired or replaced card → FAILED with the reason; an unknown number → FAILED card-revoked', async () => {
    for (const [n, reason] of [
      ['LO00000001ST', 'card-revoked-lost'],
      ['RE00000002TD', 'card-revoked-returned'],
      ['EX00000003PD', 'card-revoked-expired'],
      ['RP00000004CD', 'card-revoked-replaced'],
      ['NO00000000NE', 'card-revoked'],
    ])
      expect(await verdict(`${base}/public`, n as string)).toMatchObject({ status: 'FAILED', reason });
  });

  it('unreachable, timeout, HTTP errors, redirects and malformed answers → NOT_CHECKED with a reason, never SUCCEEDED', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const cases: [string, string, number?][] = [
      [`http://127.0.0.1:${port}/public`, 'revocation-unreachable'],
      [`${base}/slow`, 'revocation-timeout', 300],
      [`${base}/error`, 'revocation-http-error'],
      [`${base}/limited`, 'revocation-rate-limited'],
      [`${base}/redirect`, 'revocation-http-error'],
      [`${base}/nowhere/deeper`, 'revocation-http-error'],
      [`${base}/html`, 'revocation-answer-malformed'],
      [`${base}/huge`, 'revocation-answer-malformed'],
      [`${base}/foreign`, 'revocation-answer-mismatch'],
    ];
    for (const [prefix, reason, timeout] of cases) {
      const t0 = Date.now();
      expect(await verdict(prefix, 'AA12345678BB', timeout), prefix).toEqual({
        check: 'revocation',
        status: 'NOT_CHECKED',
        reason,
      });
      expect(Date.now() - t0).toBeLessThan(2500);
    }
  });

  it('refuses URLs that are not a plain prefix, and plain HTTP to anything but loopback (card numbers are personal)', () => {
    for (const [url, code] of [
      ['not a url', 'invalid-revocation-url'],
      ['ftp://127.0.0.1/x', 'invalid-revocation-url'],
      ['http://127.0.0.1/x?card=', 'invalid-revocation-url'],
      ['http://user:pw@127.0.0.1/x', 'invalid-revocation-url'],
      ['http://authority.example/public/card-validity', 'insecure-revocation-url'],
    ]) {
      let err: unknown;
      try {
        new HttpRevocationLookup(url as string);
      } catch (e) {
        err = e;
      }
      expect(err, url).toBeInstanceOf(RevocationConfigError);
      expect((err as RevocationConfigError).code, url).toBe(code);
      expect((err as Error).message).not.toMatch(/AA12345678BB/);
    }
    expect(() => new HttpRevocationLookup('https://authority.example/public/card-validity')).not.toThrow();
    expect(() => new HttpRevocationLookup('http://localhost:3000/public/card-validity')).not.toThrow();
  });
});
