/**
 * npm run bench:server — the real server (`zairyu serve`, a separate process) on loopback, driven by
 * autocannon at a fixed connection count for a bounded time on (a) GET /health and (b) the write path: POST
 * /applications that the rules accept and core audits (one transaction with its hash-chained audit event).
 * Prints req/s, p50/p99 latency and the ratio (b)/(a), for SQLite and — when reachable — PostgreSQL.
 *
 * On PostgreSQL it then measures, on the same database, in BENCH_ROUNDS alternating rounds (medians reported):
 * (b) again; (c) the writes of (b) spread over BENCH_TENANTS other authority tenants (one bureau officer and API
 * token each, request by request in turn); (d) the writes of (c) against two server processes at once (a second
 * `zairyu serve` on the same database, the connections split between the two); (e) the writes of (b) — one
 * tenant — against the two processes. (b)/(c) is the cost of the per-tenant chain lock (pg_advisory_xact_lock
 * per tenant: writes of one tenant wait for each other's lock, writes of different tenants do not); (d)/(c) is
 * what a second process adds. Afterwards every chain is verified.
 * Not a test: nothing fails on speed. Traffic goes to 127.0.0.1 only and stops by itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  type Actor,
  authenticate,
  chainIds,
  createApiToken,
  createSandboxCa,
  createTenant,
  createUser,
  migrate,
  openDatabase,
  registerResident,
  type SandboxCa,
  saveSandboxCa,
  seedDemo,
  systemActor,
  taskEngineSchemaFor,
  verifyAuditChain,
} from '../packages/core/src/index.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POOL = Number(process.env.BENCH_POOL ?? 40_000);
/** PostgreSQL: how many other tenants (c) and (d) spread their writes over. */
const TENANTS = Number(process.env.BENCH_TENANTS ?? 10);
/** PostgreSQL: residents per tenant for (c) and (d), besides the POOL of the demo tenant for (b) and (e). */
const SPREAD_POOL = Number(process.env.BENCH_SPREAD_POOL ?? 2_000);
/** PostgreSQL: alternating rounds of (b)–(e) (the machine is shared: medians of side-by-side rounds). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** An open weekday for the counters (a Sunday or holiday would refuse every filing with office-closed). */
const BENCH_DATE = '2026-12-01';
const BIN = resolve(import.meta.dirname, '..', 'packages', 'cli', 'bin', 'zairyu.js');

interface Target {
  name: string;
  url?: string;
  sqliteFile?: string;
  /** PostgreSQL: the database without the bench's search_path, and the bench's schema (dropped at the end). */
  adminUrl?: string;
  schema?: string;
}

const benchClock = { now: () => new Date(`${BENCH_DATE}T09:00:00+09:00`) };

/** One tenant's writers: its API token and the residents it may file for (one write each). */
interface Writer {
  token: string;
  residentIds: string[];
}

async function registerMany(ctx: Parameters<typeof registerResident>[0], n: number, expiry: string) {
  // a few at a time: PostgreSQL has a pool, SQLite one writer (then this is sequential anyway)
  const ids: string[] = [];
  for (let done = 0; done < n; ) {
    const batch = Math.min(8, n - done);
    const rs = await Promise.all(
      Array.from({ length: batch }, () => registerResident(ctx, residentInput(expiry))),
    );
    for (const r of rs) ids.push((r as { id: string }).id);
    done += batch;
  }
  return ids;
}

async function prepare(t: Target, caDir: string, spreadTenants: number) {
  const { db, close } = await openDatabase({ url: t.url, sqliteFile: t.sqliteFile });
  await migrate(db);
  const ca = await createSandboxCa();
  await saveSandboxCa(ca, caDir);
  const demo = await seedDemo(db, benchClock, ca);
  if (!demo) throw new Error('the bench database is not empty');
  const officer = demo.users.find((u) => u.role === 'bureau-officer')!;
  const actor = (await authenticate(db, officer.username, officer.password))!;
  const today = new Date(`${BENCH_DATE}T09:00:00+09:00`);
  const expiry = new Date(today.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  // one resident per write: a resident may have only one open stay application at a time
  const t0 = performance.now();
  const writerOf = async (a: Actor, n: number, c: SandboxCa): Promise<Writer> => {
    const ctx = { db, clock: benchClock, actor: a, requestId: 'bench', tenantId: a.tenantId, ca: c };
    const { token } = await createApiToken(ctx, { name: 'bench' });
    return { token, residentIds: await registerMany(ctx, n, expiry) };
  };
  const main = await writerOf(actor, POOL, ca);
  const spread: Writer[] = [];
  for (let i = 0; i < spreadTenants; i++) {
    const id = `bench-${String(i + 1).padStart(2, '0')}`;
    await createTenant(db, benchClock, { id, kind: 'authority', name: `Bench authority ${id} (SANDBOX)` });
    const sys = { db, clock: benchClock, actor: systemActor(id), tenantId: id, requestId: 'bench' };
    const password = `bench password ${id}`;
    await createUser(sys, {
      username: 'bench-bureau',
      password,
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      displayName: 'Bench bureau officer (SANDBOX)',
    });
    spread.push(await writerOf((await authenticate(db, 'bench-bureau', password, id))!, SPREAD_POOL, ca));
  }
  process.stdout.write(
    `  (prepared ${POOL + spreadTenants * SPREAD_POOL} residents in ${spreadTenants + 1} tenant(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  await close();
  return { main, spread };
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
  const auditKey = join(caDir, '..', 'audit-signing-key.pem');
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
      '--audit-key',
      auditKey,
      ...(process.env.BENCH_NO_TASKS === '1' ? ['--no-tasks'] : []),
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

type Load = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function load(opts: autocannon.Options): Promise<Load> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** The writes to send, request by request in turn over the writers' tenants; each resident is used once. */
function writeSource(writers: Writer[]) {
  let next = 0;
  let ranOut = false;
  return {
    next() {
      const w = writers[next % writers.length]!;
      const i = Math.floor(next / writers.length);
      next += 1;
      if (i >= w.residentIds.length) ranOut = true;
      return { token: w.token, residentId: w.residentIds[i % w.residentIds.length]! };
    },
    get ranOut() {
      return ranOut;
    },
  };
}

/** POST /applications to every server at once, the connections split between them, from one source. */
async function loadWrites(urls: string[], source: ReturnType<typeof writeSource>): Promise<Load> {
  const connections = Math.max(1, Math.floor(CONNECTIONS / urls.length));
  const results = await Promise.all(
    urls.map((url) =>
      load({
        url: `${url}/applications`,
        connections,
        requests: [
          {
            method: 'POST',
            setupRequest: (req: autocannon.Request) => {
              const w = source.next();
              return {
                ...req,
                headers: {
                  ...req.headers,
                  'content-type': 'application/json',
                  authorization: `Bearer ${w.token}`,
                },
                body: JSON.stringify({
                  residentId: w.residentId,
                  procedure: 'extension-of-stay',
                  channel: 'counter',
                  requestSpecifiedCard: true,
                }),
              };
            },
          },
        ],
      }),
    ),
  );
  if (source.ranOut) process.stdout.write('  (a pool of residents ran out: later writes were conflicts)\n');
  return {
    rps: results.reduce((n, r) => n + r.rps, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

const line = (n: string, x: Load) =>
  `  ${n.padEnd(44)} ${x.rps.toFixed(0).padStart(6)} req/s   p50 ${String(x.p50).padStart(3)} ms   p99 ${String(x.p99).padStart(3)} ms   non-2xx ${x.non2xx}  errors ${x.errors}`;

async function run(t: Target, port: number) {
  const caDir = join(mkdtempSync(join(tmpdir(), 'zairyu-bench-')), 'ca');
  const spreadTenants = t.url ? TENANTS : 0;
  const { main, spread } = await prepare(t, caDir, spreadTenants);
  const server = await startServer(t, port, caDir);
  try {
    const url = `http://127.0.0.1:${port}`;
    await load({ url: `${url}/health`, duration: 2 }); // warm-up
    const health = await load({ url: `${url}/health` });
    const probe = await fetch(`${url}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${main.token}` },
      body: JSON.stringify({
        residentId: main.residentIds.pop(),
        procedure: 'extension-of-stay',
        channel: 'counter',
        requestSpecifiedCard: true,
      }),
    });
    if (probe.status !== 201)
      throw new Error(`the write path is refused: ${probe.status} ${await probe.text()}`);
    const oneTenant = writeSource([main]);
    const write = await loadWrites([url], oneTenant);
    process.stdout.write(`${t.name} (${CONNECTIONS} connections, ${SECONDS} s each)\n`);
    process.stdout.write(`${line('(a) GET /health', health)}\n${line('(b) POST /applications', write)}\n`);
    process.stdout.write(
      `  ratio (b)/(a) ${(write.rps / health.rps).toFixed(2)} (target ≥ 0.25), p99 of (b) ${write.p99} ms (target < 50 ms)\n`,
    );
    if (!t.url) {
      process.stdout.write('\n');
      return;
    }
    // (b) to (e) side by side: ROUNDS rounds, each variant once per round, medians reported
    const manyTenants = writeSource(spread);
    const second = await startServer(t, port + 10, caDir);
    const both = [url, `http://127.0.0.1:${port + 10}`];
    const variants = [
      { name: '(b) one process, one tenant', urls: [url], source: oneTenant },
      { name: `(c) one process, ${spread.length} tenants`, urls: [url], source: manyTenants },
      { name: `(d) two processes, ${spread.length} tenants`, urls: both, source: manyTenants },
      { name: '(e) two processes, one tenant', urls: both, source: oneTenant },
    ];
    const rounds: Load[][] = variants.map(() => []);
    try {
      for (let r = 0; r < ROUNDS; r++)
        for (const [i, v] of variants.entries()) rounds[i]!.push(await loadWrites(v.urls, v.source));
    } finally {
      await stop(second);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const med = rounds.map((rs) => ({
      rps: median(rs.map((x) => x.rps)),
      p50: median(rs.map((x) => x.p50)),
      p99: median(rs.map((x) => x.p99)),
      non2xx: rs.reduce((n, x) => n + x.non2xx, 0),
      errors: rs.reduce((n, x) => n + x.errors, 0),
    }));
    process.stdout.write(
      `  POST /applications, median of ${ROUNDS} alternating rounds (req/s of each round):\n`,
    );
    for (const [i, v] of variants.entries())
      process.stdout.write(
        `${line(v.name, med[i]!)}   [${rounds[i]!.map((x) => x.rps.toFixed(0)).join(', ')}]\n`,
      );
    const [b, c, d, e] = med.map((x) => x.rps) as [number, number, number, number];
    process.stdout.write(
      `  chain lock: (b)/(c) ${(b / c).toFixed(2)} (all writes in one tenant wait for its chain lock in turn; spread over tenants they do not)\n`,
    );
    process.stdout.write(
      `  two processes: (d)/(c) ${(d / c).toFixed(2)} over ${spread.length} tenants, (e)/(b) ${(e / b).toFixed(2)} in one tenant (target ≥ 1.3)\n`,
    );
    const { db, close } = await openDatabase({ url: t.url });
    try {
      const chains = await chainIds(db);
      let intact = 0;
      let events = 0;
      for (const id of chains) {
        const r = await verifyAuditChain(db, id);
        if (r.ok) intact += 1;
        events += r.checked;
      }
      process.stdout.write(
        `  chains intact afterwards: ${intact} of ${chains.length} (${events} events)\n\n`,
      );
    } finally {
      await close();
    }
  } finally {
    await stop(server);
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once('exit', () => r());
    child.kill('SIGTERM');
  });
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
  return { name: `PostgreSQL (schema ${schema})`, url: url.toString(), adminUrl: base, schema };
}

const dir = mkdtempSync(join(tmpdir(), 'zairyu-bench-db-'));
await run({ name: 'SQLite', sqliteFile: join(dir, 'bench.sqlite') }, 38_101);
const pgTarget = await postgresTarget();
if (pgTarget) {
  try {
    await run(pgTarget, 38_102);
  } finally {
    // the bench's schema and the job engine's beside it
    const client = new pg.Client({ connectionString: pgTarget.adminUrl });
    await client.connect();
    await client.query(`drop schema if exists ${pgTarget.schema} cascade`);
    await client.query(`drop schema if exists ${taskEngineSchemaFor(pgTarget.schema!)} cascade`);
    await client.end();
  }
}
