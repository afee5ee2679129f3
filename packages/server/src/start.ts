/**
 * Starts the server: open the database (SQLite in ./data by default, PostgreSQL with DATABASE_URL), run the
 * migrations, load or create the sandbox CA, seed the clearly marked demo data on first start (credentials
 * printed once, never hard-coded), and listen.
 */
import { existsSync } from 'node:fs';
import {
  type Clock,
  createSandboxCa,
  loadSandboxCa,
  migrate,
  openDatabase,
  type SandboxCa,
  saveSandboxCa,
  seedDemo,
  systemClock,
} from '@zairyu/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';

/** Options of `zairyu serve` / `npm start`. */
export interface StartOptions {
  port: number;
  host: string;
  databaseUrl?: string;
  sqliteFile?: string;
  caDir: string;
  demo: boolean;
  logLevel?: string;
  /** Requests per minute per client address. */
  rateLimit?: number;
  /** The sandbox's clock (default: the system clock). */
  clock?: Clock;
  /** Where to say things to the person who started it. */
  say: (line: string) => void;
}

/** Starts listening; resolves with the app and a stop function. */
export async function startServer(
  o: StartOptions,
): Promise<{ app: FastifyInstance; url: string; stop: () => Promise<void> }> {
  const { db, dialect, close } = await openDatabase({ url: o.databaseUrl, sqliteFile: o.sqliteFile });
  const applied = await migrate(db);
  if (applied.length > 0) o.say(`database (${dialect}): applied migrations ${applied.join(', ')}`);
  let ca: SandboxCa;
  if (existsSync(o.caDir)) ca = await loadSandboxCa(o.caDir);
  else {
    ca = await createSandboxCa();
    await saveSandboxCa(ca, o.caDir);
    o.say(`created a SANDBOX CA in ${o.caDir}`);
  }
  const clock = o.clock ?? systemClock;
  if (o.demo) {
    const demo = await seedDemo(db, clock, ca);
    if (demo) {
      o.say('');
      o.say('DEMO DATA (sandbox, synthetic people) — these passwords are shown only now:');
      for (const u of demo.users)
        o.say(
          `  ${u.role.padEnd(18)} ${u.username.padEnd(15)} ${u.password}${u.officeCode ? `   office ${u.officeCode}` : ''}`,
        );
      o.say(`  residents: ${demo.residentIds.length}; one issued 特定在留カード, number ${demo.cardNumber}`);
      o.say('');
    }
  }
  const app = await buildApp({
    db,
    dialect,
    clock,
    ca,
    tenantId: 'sandbox',
    logLevel: o.logLevel,
    rateLimit: o.rateLimit,
  });
  const url = await app.listen({ port: o.port, host: o.host });
  o.say(`zairyu sandbox issuing authority on ${url}  (API docs ${url}/docs, OpenAPI ${url}/openapi.json)`);
  return {
    app,
    url,
    stop: async () => {
      await app.close();
      await close();
    },
  };
}
