/**
 * npm run bench:server — the real server (`zairyu serve`, a separate process) on loopback, driven by
 * autocannon at a fixed connection count for a bounded time on (a) GET /health and (b) the write path: POST
 * /applications that the rules accept and core audits (one transaction with its hash-chained audit event).
 * Prints req/s, p50/p99 latency and the ratio (b)/(a), for SQLite and — when reachable — PostgreSQL.
 * Not a test: nothing fails on speed. Traffic goes to 127.0.0.1 only and stops by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  authenticate,
  createApiToken,
  createSandboxCa,
  migrate,
  openDatabase,
  registerResident,
  saveSandboxCa,
  seedDemo,
} from '../packages/core/src/index.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POOL = Number(process.env.BENCH_POOL ?? 40_000);
/** An open weekday for the counters (a Sunday or holiday would refuse every filing with office-closed). */
const BENCH_DATE = '2026-12-01';
const BIN = resolve(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'zairyu.js');

interface Target {
  name: string;
  url?: string;
  sqliteFile?: string;
}

async function prepare(t: Target, caDir: string) {
  const { db, close } = await openDatabase({ url: t.url, sqliteFile: t.sqliteFile });
  await migrate(db);
  const ca = await createSandboxCa();
  await saveSandboxCa(ca, caDir);
  const demo = await seedDemo(db, { now: () => new Date(`${BENCH_DATE}T09:00:00+09:00`) }, ca);
  if (!demo) throw new Error('the bench database is not empty');
  const officer = demo.users.find((u) => u.role === 'bureau-officer')!;
  const actor = (await authenticate(db, officer.username, officer.password))!;
  const clock = { now: () => new Date(`${BENCH_DATE}T09:00:00+09:00`) };
  const ctx = { db, clock, actor, requestId: 'bench', tenantId: actor.tenantId, ca };
  const { token } = await createApiToken(ctx, { name: 'bench' });
  const today = new Date(`${BENCH_DATE}T09:00:00+09:00`);
  const expiry = new Date(today.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  // one resident per write: a resident may have only one open stay application at a time
  const residentIds: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < POOL; i++) {
    const r = await registerResident(ctx, residentInput(expiry));
    residentIds.push((r as { id: string }).id);
  }
  process.stdout.write(
    `  (prepared ${POOL} residents in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  await close();
  return { token, residentIds };
}

function residentInput(expiry: string) {
  return {
    familyName: 'SANDBOX',
    givenName: 'BENCH',
    birthDate: '1990-01-01',
    sex: 'unspecified',
    nationality: 'VNM',
    status: 'engineer-humanities-international',
    periodOfStay: 'P1Y',
    stayExpiry: expiry,
    residentRecord: true,
    address: 'SANDBOX',
    municipalityCode: '131016',
    applicationPending: null,
  };
}

function startServer(t: Target, port: number, caDir: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      '--port',
      String(port),
      '--ca-dir',
      caDir,
      '--no-demo',
      '--rate-limit',
      '1000000',
      '--date',
      BENCH_DATE,
      ...(t.sqliteFile ? ['--db', t.sqliteFile] : []),
    ],
    {
      env: { ...process.env, DATABASE_URL: t.url ?? '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('sandbox issuing authority on')) {
        clearTimeout(timer);
        resolveStart(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function load(opts: autocannon.Options) {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

async function run(t: Target, port: number) {
  const caDir = join(mkdtempSync(join(tmpdir(), 'zairyu-bench-')), 'ca');
  const { token, residentIds } = await prepare(t, caDir);
  const server = await startServer(t, port, caDir);
  try {
    const url = `http://127.0.0.1:${port}`;
    await load({ url: `${url}/health`, duration: 2 }); // warm-up
    const health = await load({ url: `${url}/health` });
    const probe = await fetch(`${url}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        residentId: residentIds.pop(),
        procedure: 'extension-of-stay',
        channel: 'counter',
        requestSpecifiedCard: true,
      }),
    });
    if (probe.status !== 201)
      throw new Error(`the write path is refused: ${probe.status} ${await probe.text()}`);
    let next = 0;
    const write = await load({
      url: `${url}/applications`,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (req: autocannon.Request) => ({
            ...req,
            body: JSON.stringify({
              residentId: residentIds[next++ % residentIds.length],
              procedure: 'extension-of-stay',
              channel: 'counter',
              requestSpecifiedCard: true,
            }),
          }),
        },
      ],
    });
    if (next > residentIds.length)
      process.stdout.write(
        `  (the pool of ${residentIds.length} residents ran out: later writes were conflicts)\n`,
      );
    const line = (n: string, x: Awaited<ReturnType<typeof load>>) =>
      `  ${n.padEnd(28)} ${x.rps.toFixed(0).padStart(6)} req/s   p50 ${String(x.p50).padStart(3)} ms   p99 ${String(x.p99).padStart(3)} ms   non-2xx ${x.non2xx}  errors ${x.errors}`;
    process.stdout.write(`${t.name} (${CONNECTIONS} connections, ${SECONDS} s each)\n`);
    process.stdout.write(`${line('(a) GET /health', health)}\n${line('(b) POST /applications', write)}\n`);
    process.stdout.write(
      `  ratio (b)/(a) ${(write.rps / health.rps).toFixed(2)} (target ≥ 0.25), p99 of (b) ${write.p99} ms (target < 50 ms)\n\n`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

async function postgresTarget(): Promise<Target | null> {
  const base = process.env.ZAIRYU_TEST_DATABASE_URL ?? 'postgres://zairyu:zairyu@127.0.0.1:5432/zairyu_test';
  const schema = `bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: base });
  try {
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  } catch (e) {
    process.stdout.write(`PostgreSQL: skipped (${e instanceof Error ? e.message : String(e)})\n`);
    return null;
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { name: `PostgreSQL (schema ${schema})`, url: url.toString() };
}

const dir = mkdtempSync(join(tmpdir(), 'zairyu-bench-db-'));
await run({ name: 'SQLite', sqliteFile: join(dir, 'bench.sqlite') }, 38_101);
const pgTarget = await postgresTarget();
if (pgTarget) await run(pgTarget, 38_102);
