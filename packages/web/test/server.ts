/**
 * A real zairyu server for the browser tests: `startServer` (the same as `zairyu serve`) on a free loopback port,
 * a temporary SQLite database, sandbox CA and audit key, the demo data, and the built web app (packages/web/dist).
 * The demo users' passwords are taken from what the server says at its first start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { movableClock } from '@zairyu/core';
import { startServer } from '@zairyu/server';

/** A demo user as the server printed it. */
export interface DemoUser {
  username: string;
  password: string;
  role: string;
  officeCode: string | null;
}

/** The built web app the tests serve. */
export const WEB_DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Starts a server with the demo data; `today` fixes the sandbox's clock (09:00 JST of that day). */
export async function startTestServer(
  options: { today?: string } = {},
): Promise<{ url: string; users: DemoUser[]; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-web-e2e-'));
  const lines: string[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    sqliteFile: join(dir, 'zairyu.sqlite'),
    caDir: join(dir, 'ca'),
    auditKeyFile: join(dir, 'audit.pem'),
    demo: true,
    tasks: false,
    logLevel: 'silent',
    rateLimit: 100_000,
    webRoot: WEB_DIST,
    clock: options.today ? movableClock(`${options.today}T00:00:00Z`) : undefined,
    say: (line) => lines.push(line),
  });
  const users: DemoUser[] = [];
  const start = lines.findIndex((l) => l.startsWith('DEMO DATA'));
  for (const line of lines.slice(start + 2)) {
    const m = /^\s+(\S+)\s+(demo-\S+)\s+(\S+)\s+(\S+)$/.exec(line);
    if (!m) break;
    users.push({
      role: m[1] as string,
      username: m[2] as string,
      password: m[3] as string,
      officeCode: m[4] === '—' ? null : (m[4] as string),
    });
  }
  if (users.length === 0) throw new Error(`no demo users in the server's output:\n${lines.join('\n')}`);
  return {
    url: server.url,
    users,
    close: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
