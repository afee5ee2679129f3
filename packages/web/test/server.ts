/**
 * A real zairyu server for the browser tests: `startServer` (the same as `zairyu serve`) on a free loopback port,
 * a temporary SQLite database, sandbox CA and audit key, the demo data, and the built web app (packages/web/dist).
 * The demo users' passwords are taken from what the server says at its first start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Clock, japanDate, movableClock } from '@zairyu/core';
import { isOpen, nextOpenDay } from '@zairyu/rules';
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

/**
 * The sandbox's clock on an open day of the counters: the real clock when today (in Japan) is one, else a clock
 * running in real time from 09:00 JST of the next open day (in the future, so that session cookies the browser
 * gets are not already expired, as they would be on a clock fixed in the past).
 */
export function openDayClock(now: Date = new Date()): { today: string; clock: Clock | undefined } {
  const today = japanDate(now);
  if (isOpen(today, 'immigration-bureau')) return { today, clock: undefined };
  const next = nextOpenDay(today, 'immigration-bureau');
  const offset = Date.parse(`${next}T00:00:00Z`) - now.getTime();
  return { today: next, clock: { now: () => new Date(Date.now() + offset) } };
}

/**
 * Starts a server with the demo data. `today` fixes the sandbox's clock at 09:00 JST of that day; `openDay`
 * runs it on an open day of the counters (see openDayClock); `today` of the result is the sandbox's day.
 */
export async function startTestServer(
  options: { today?: string; openDay?: boolean } = {},
): Promise<{ url: string; today: string; users: DemoUser[]; close(): Promise<void> }> {
  const open = options.openDay ? openDayClock() : null;
  const clock = options.today ? movableClock(`${options.today}T00:00:00Z`) : open?.clock;
  const today = options.today ?? open?.today ?? japanDate(new Date());
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
    clock,
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
    today,
    users,
    close: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
