/**
 * Starts the server: open the database (SQLite in ./data by default, PostgreSQL with DATABASE_URL), run the
 * migrations, load or create the sandbox CA, seed the clearly marked demo data on first start (credentials
 * printed once, never hard-coded), and listen.
 */
import { existsSync } from 'node:fs';
import {
  type Clock,
  createSandboxCa,
  DEFAULT_AUDIT_KEY_FILE,
  formatSchedule,
  hasNoUsers,
  loadOrCreateAuditKey,
  loadSandboxCa,
  migrate,
  openDatabase,
  type SandboxCa,
  type Schedule,
  type Scheduler,
  saveSandboxCa,
  seedDemo,
  startScheduler,
  systemClock,
  writeCheckpoints,
} from '@zairyu/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { serverTasks } from './scheduled-tasks.ts';
import { DEFAULT_WEB_ROOT, hasWebApp } from './web-app.ts';

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
  /** Run the scheduled tasks (default true; `--no-tasks`). */
  tasks?: boolean;
  /** Schedules replacing the defaults, by task name (`--task-schedule NAME=SCHEDULE`). */
  taskSchedules?: Record<string, Schedule>;
  /** The Ed25519 key file that signs audit checkpoints (created on first start). */
  auditKeyFile?: string;
  /** Where to say things to the person who started it. */
  say: (line: string) => void;
  /** Trust X-Forwarded-* from a TLS proxy in front (true, or a list of proxy addresses). */
  trustProxy?: boolean | string;
  /** The built web app (default packages/web/dist; null: serve the API only). */
  webRoot?: string | null;
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
  const audit = loadOrCreateAuditKey(o.auditKeyFile ?? DEFAULT_AUDIT_KEY_FILE);
  if (audit.created)
    o.say(
      `created the audit signing key ${o.auditKeyFile ?? DEFAULT_AUDIT_KEY_FILE} (keep it apart from backups of the database)`,
    );
  let demoLogin: string | null = null;
  if (o.demo) {
    const demo = await seedDemo(db, clock, ca);
    if (demo) {
      o.say('');
      o.say('DEMO DATA (sandbox, synthetic people) — these passwords are shown only now:');
      o.say(`  ${'role'.padEnd(18)} ${'username'.padEnd(15)} ${'password'.padEnd(26)} office`);
      for (const u of demo.users)
        o.say(
          `  ${u.role.padEnd(18)} ${u.username.padEnd(15)} ${u.password.padEnd(26)} ${u.officeCode ?? '—'}`,
        );
      o.say(`  residents: ${demo.residentIds.length}; one issued 特定在留カード, number ${demo.cardNumber}`);
      o.say('  lost them? npx zairyu users reset-password --username demo-bureau');
      const bureau = demo.users.find((u) => u.role === 'bureau-officer');
      if (bureau)
        demoLogin = `curl -c cookies.txt -H 'content-type: application/json' -d '{"username":"${bureau.username}","password":"${bureau.password}"}' `;
    }
  }
  if (await hasNoUsers(db)) {
    o.say('');
    o.say('There is no user yet. Create the first administrator (its password is printed once):');
    o.say('  npx zairyu users create --username admin --role system-admin');
  }
  const webRoot = o.webRoot === undefined ? DEFAULT_WEB_ROOT : o.webRoot;
  const withWeb = webRoot !== null && hasWebApp(webRoot);
  if (webRoot !== null && !withWeb)
    o.say(`the web app is not built (${webRoot}): run npm run build, or npm start which builds it first`);
  const app = await buildApp({
    db,
    dialect,
    clock,
    ca,
    auditKey: audit.key,
    logLevel: o.logLevel,
    rateLimit: o.rateLimit,
    trustProxy: o.trustProxy,
    webRoot,
  });
  const url = await app.listen({ port: o.port, host: o.host });
  let scheduler: Scheduler | null = null;
  if (o.tasks !== false) {
    const tasks = serverTasks({ auditKey: () => audit.key, schedules: o.taskSchedules });
    const log = (level: 'info' | 'warn' | 'error', line: string) => app.log[level](line);
    try {
      scheduler = await startScheduler({ db, tasks, clock, databaseUrl: o.databaseUrl, log });
    } catch (e) {
      await app.close();
      await close();
      throw e;
    }
    o.say(
      `scheduled tasks (${scheduler.engine}): ${tasks.map((t) => `${t.name} ${formatSchedule(t.schedule)}`).join(', ')}`,
    );
  }
  o.say(`zairyu sandbox issuing authority on ${url}  (API docs ${url}/docs, OpenAPI ${url}/openapi.json)`);
  if (withWeb)
    o.say(
      `  web app: the guide ${url}/, the counter console ${url}/counter, the employer console ${url}/employer`,
    );
  if (demoLogin) o.say(`  try: ${demoLogin}${url}/auth/login`);
  return {
    app,
    url,
    stop: async () => {
      await app.close();
      await scheduler?.stop();
      // the final checkpoint: whatever was written since the last scheduled one is covered too
      const written = await writeCheckpoints(db, audit.key, clock).catch((e: unknown) => {
        app.log.error(`final audit checkpoint failed: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      });
      if (written.length > 0) o.say(`audit: ${written.length} checkpoint(s) written at shutdown`);
      await close();
    },
  };
}
