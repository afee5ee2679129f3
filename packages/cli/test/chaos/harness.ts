/**
 * The fault campaign's pieces, shared by the bounded scenarios in the test suite and `npm run chaos`: a real
 * `zairyu serve` process on a prepared database, a concurrent HTTP write load that keeps the ids the server
 * acknowledged (201), a private PostgreSQL cluster the campaign may restart, a small tmpfs that fills up, and the
 * checks that nothing acknowledged was lost and every audit chain still verifies.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  authenticate,
  chainIds,
  createApiToken,
  createSandboxCa,
  fixedClock,
  migrate,
  openDatabase,
  saveSandboxCa,
  seedDemo,
  verifyAuditChain,
} from '@zairyu/core';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'zairyu.js');
/** An open weekday for the counters. */
export const CHAOS_DATE = '2026-12-01';
const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Where a campaign's server keeps its data. */
export interface Target {
  /** SQLite file, or a PostgreSQL URL. */
  sqliteFile?: string;
  databaseUrl?: string;
  dir: string;
}

/** A prepared target: its API token for a bureau officer. */
export interface Prepared extends Target {
  token: string;
  caDir: string;
}

/** Seeds the demo data and an API token for its bureau officer. */
export async function prepare(target: Target): Promise<Prepared> {
  const { db, close } = await openDatabase({ url: target.databaseUrl, sqliteFile: target.sqliteFile });
  try {
    await migrate(db);
    const caDir = join(target.dir, 'ca');
    const ca = await createSandboxCa();
    await saveSandboxCa(ca, caDir);
    const clock = fixedClock(`${CHAOS_DATE}T10:00:00+09:00`);
    const demo = await seedDemo(db, clock, ca);
    if (!demo) throw new Error('chaos: the target database is not empty');
    const u = demo.users.find((x) => x.role === 'bureau-officer');
    const actor = u ? await authenticate(db, u.username, u.password) : null;
    if (!actor) throw new Error('chaos: no bureau officer');
    const { token } = await createApiToken(
      { db, clock, actor, tenantId: actor.tenantId, requestId: 'chaos' },
      { name: 'chaos' },
    );
    return { ...target, token, caDir };
  } finally {
    await close();
  }
}

/** A running `zairyu serve`. */
export interface Served {
  base: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts `zairyu serve` on the target and waits until it listens. */
export async function serve(p: Prepared): Promise<Served> {
  const args = [
    'serve',
    '--no-demo',
    '--no-tasks',
    '--port',
    '0',
    '--date',
    CHAOS_DATE,
    '--rate-limit',
    '1000000',
  ];
  if (p.sqliteFile) args.push('--db', p.sqliteFile);
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: p.dir,
    env: {
      ...process.env,
      DATABASE_URL: p.databaseUrl ?? '',
      ZAIRYU_CA_DIR: p.caDir,
      ZAIRYU_AUDIT_KEY: join(p.dir, 'audit-key.pem'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const base = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`chaos: the server did not start:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(t);
        ok(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(t);
      fail(new Error(`chaos: the server exited ${code}:\n${out}`));
    });
  });
  child.removeAllListeners('exit');
  return { base, child, output: () => out };
}

/** Kills the server process with SIGKILL and waits for it to be gone. */
export async function killNine(s: Served): Promise<void> {
  if (s.child.exitCode !== null) return;
  await new Promise<void>((done) => {
    s.child.once('exit', () => done());
    s.child.kill('SIGKILL');
  });
}

/** Stops the server gracefully. */
export async function stop(s: Served): Promise<void> {
  if (s.child.exitCode !== null) return;
  await new Promise<void>((done) => {
    s.child.once('exit', () => done());
    s.child.kill('SIGTERM');
  });
}

/** What a load run saw. */
export interface LoadResult {
  acknowledged: string[];
  statuses: Map<number | 'network', number>;
  problems: Map<string, number>;
  /** One detail per problem code, for the report. */
  samples: Map<string, string>;
}

let serial = 0;

/** Registers residents concurrently until `until(so far)` is true; keeps the ids answered with 201. */
export async function writeLoad(
  base: () => string,
  token: string,
  until: (soFar: LoadResult) => boolean,
  concurrency = 8,
): Promise<LoadResult> {
  const r: LoadResult = { acknowledged: [], statuses: new Map(), problems: new Map(), samples: new Map() };
  const count = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  const worker = async () => {
    while (!until(r)) {
      serial += 1;
      try {
        const res = await fetch(`${base()}/residents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            familyName: 'SANDBOX',
            givenName: `CHAOS ${'X'.repeat((serial % 20) + 1)}`,
            birthDate: '1995-05-05',
            sex: 'female',
            nationality: 'VNM',
            status: 'student',
            periodOfStay: 'P1Y',
            stayExpiry: '2027-06-30',
            residentRecord: true,
            address: 'SANDBOX CHAOS ADDRESS',
            municipalityCode: '131016',
          }),
          signal: AbortSignal.timeout(10_000),
        });
        count(r.statuses, res.status);
        const body = (await res.json().catch(() => null)) as {
          id?: string;
          code?: string;
          detail?: string;
        } | null;
        if (res.status === 201 && body?.id) r.acknowledged.push(body.id);
        else if (body?.code) {
          count(r.problems, body.code);
          if (!r.samples.has(body.code)) r.samples.set(body.code, body.detail ?? '');
        }
      } catch {
        count(r.statuses, 'network');
        await new Promise((w) => setTimeout(w, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return r;
}

/** Every acknowledged resident is in the database, every chain verifies; returns counts for the report. */
export async function verifyNothingLost(
  target: Target,
  acknowledged: string[],
): Promise<{ missing: string[]; brokenChains: string[]; residents: number }> {
  const { db, close } = await openDatabase({ url: target.databaseUrl, sqliteFile: target.sqliteFile });
  try {
    const missing: string[] = [];
    for (let i = 0; i < acknowledged.length; i += 500) {
      const ids = acknowledged.slice(i, i + 500);
      const found = new Set(
        (await db.selectFrom('residents').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
      );
      for (const id of ids) if (!found.has(id)) missing.push(id);
    }
    const brokenChains: string[] = [];
    for (const t of await chainIds(db))
      if (!(await verifyAuditChain(db, t, { checkpoint: null })).ok) brokenChains.push(t);
    const n = await db
      .selectFrom('residents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // every resident row has its registration event: nothing half-written
    const events = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event', '=', 'residents.register')
      .executeTakeFirstOrThrow();
    if (Number(events.n) !== Number(n.n)) brokenChains.push(`register events ${events.n} ≠ residents ${n.n}`);
    return { missing, brokenChains, residents: Number(n.n) };
  } finally {
    await close();
  }
}

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** A PostgreSQL cluster of the campaign's own (so it may be restarted), or why there cannot be one. */
export interface PrivatePostgres {
  url: string;
  /** Stops the cluster (fast shutdown), keeps it down for `downMs`, starts it again. */
  restart(downMs: number): Promise<void>;
  stopCluster(): void;
}

/** Why a private cluster cannot be made here (null: it can). */
export function privatePostgresUnavailable(): string | null {
  try {
    execFileSync(`${PG_BIN}/pg_ctl`, ['--version'], { stdio: 'ignore' });
  } catch {
    return `PostgreSQL server binaries not found in ${PG_BIN}`;
  }
  if (process.getuid?.() !== 0)
    return 'a private PostgreSQL cluster is started as the postgres user, which needs root';
  return null;
}

/** Creates and starts a private cluster on a free port (trust auth on loopback). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-chaos-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock, { mode: 0o777 });
  chmodSync(sock, 0o777);
  const port = await freePort();
  const asPostgres = (args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'pipe', timeout: 60_000 });
  asPostgres([`${PG_BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const ctl = (action: string, extra: string[] = []) =>
    asPostgres([`${PG_BIN}/pg_ctl`, '-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', ...extra, action]);
  ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async (downMs) => {
      ctl('stop', ['-m', 'fast']);
      await new Promise((r) => setTimeout(r, downMs));
      ctl('start');
    },
    stopCluster: () => {
      try {
        ctl('stop', ['-m', 'immediate']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A tmpfs of `megabytes` mounted on a new directory (root only), or why not. */
export function mountTmpfs(
  megabytes: number,
): { dir: string; grow(mb: number): void; unmount(): void } | string {
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root';
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-chaos-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    return `mount -t tmpfs failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
  }
  return {
    dir,
    grow: (mb) => {
      execFileSync('mount', ['-o', `remount,size=${mb}m`, dir], { stdio: 'pipe' });
    },
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
