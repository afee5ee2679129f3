/**
 * The fault scenarios of issue 10 (item 6), each a function returning what it measured; the test suite runs
 * bounded versions, `npm run chaos` runs more rounds and longer loads.
 * - kill -9 of the server under write load (SQLite, PostgreSQL): every acknowledged write is there after a
 *   restart, every chain verifies, no resident without its audit event;
 * - PostgreSQL restarted under load: the server answers not-ready (503) while it is down, recovers by itself,
 *   answers 503 `database-unavailable` — never 500 — to writes meanwhile, and nothing is half-written;
 * - the disk full during writes (SQLite on a small tmpfs): writes are refused with 503 `storage-full`, the
 *   database stays intact (integrity_check ok, chains verify) and takes writes again once there is room.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@zairyu/core';
import {
  killNine,
  type LoadResult,
  mountTmpfs,
  prepare,
  serve,
  startPrivatePostgres,
  stop,
  verifyNothingLost,
  writeLoad,
} from './harness.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What one scenario measured. */
export interface ChaosReport {
  scenario: string;
  acknowledged: number;
  missing: number;
  brokenChains: string[];
  statuses: Record<string, number>;
  problems: Record<string, number>;
  samples: Record<string, string>;
  notes: string[];
}

function merge(into: LoadResult, from: LoadResult) {
  into.acknowledged.push(...from.acknowledged);
  for (const [k, v] of from.statuses) into.statuses.set(k, (into.statuses.get(k) ?? 0) + v);
  for (const [k, v] of from.problems) into.problems.set(k, (into.problems.get(k) ?? 0) + v);
  for (const [k, v] of from.samples) if (!into.samples.has(k)) into.samples.set(k, v);
}

const empty = (): LoadResult => ({
  acknowledged: [],
  statuses: new Map(),
  problems: new Map(),
  samples: new Map(),
});

/** kill -9 under write load, `rounds` times on one database. */
export async function killNineUnderLoad(options: {
  databaseUrl?: string;
  rounds: number;
  loadMs: number;
}): Promise<ChaosReport> {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-chaos-kill-'));
  const target = options.databaseUrl
    ? { databaseUrl: options.databaseUrl, dir }
    : { sqliteFile: join(dir, 'z.sqlite'), dir };
  const p = await prepare(target);
  const total = empty();
  for (let round = 0; round < options.rounds; round++) {
    const s = await serve(p);
    let killed = false;
    const killAt = options.loadMs * (0.4 + 0.5 * Math.random());
    const load = writeLoad(
      () => s.base,
      p.token,
      () => killed,
    );
    await sleep(killAt);
    await killNine(s);
    killed = true;
    merge(total, await load);
  }
  const v = await verifyNothingLost(target, total.acknowledged);
  return {
    scenario: `kill -9 under load (${options.databaseUrl ? 'postgres' : 'sqlite'})`,
    acknowledged: total.acknowledged.length,
    missing: v.missing.length,
    brokenChains: v.brokenChains,
    statuses: Object.fromEntries(total.statuses),
    problems: Object.fromEntries(total.problems),
    samples: Object.fromEntries(total.samples),
    notes: [`${options.rounds} rounds; ${v.residents} residents in the database`],
  };
}

/** PostgreSQL restarted (fast shutdown) in the middle of a write load, on a cluster of its own. */
export async function postgresRestartUnderLoad(options: { loadMs: number }): Promise<ChaosReport> {
  const pg = await startPrivatePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-chaos-restart-'));
  const target = { databaseUrl: pg.url, dir };
  const notes: string[] = [];
  let s: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    const p = await prepare(target);
    s = await serve(p);
    const served = s;
    let done = false;
    const ready: number[] = [];
    const poll = (async () => {
      while (!done) {
        try {
          ready.push((await fetch(`${served.base}/ready`, { signal: AbortSignal.timeout(5000) })).status);
        } catch {
          ready.push(0);
        }
        await sleep(100);
      }
    })();
    const load = writeLoad(
      () => served.base,
      p.token,
      () => done,
      6,
    );
    await sleep(options.loadMs / 3);
    await pg.restart(1500);
    notes.push('stopped PostgreSQL (fast shutdown) for 1.5 s, then started it again');
    await sleep(options.loadMs);
    // after the restart the server takes writes again by itself
    const after = await writeLoad(
      () => served.base,
      p.token,
      (() => {
        const until = Date.now() + 1500;
        return () => Date.now() > until;
      })(),
      2,
    );
    done = true;
    const during = await load;
    await poll;
    merge(during, after);
    notes.push(
      `/ready answers seen: ${[...new Set(ready)].join(', ')}; not ready ${ready.filter((r) => r === 503).length} times`,
    );
    notes.push(`writes acknowledged after the restart: ${after.acknowledged.length}`);
    await stop(served);
    const unhandled = served
      .output()
      .split('\n')
      .filter((l) => l.includes('unhandled error'))
      .slice(0, 2)
      .map((l) => `server error: ${l.slice(0, 600)}`);
    const v = await verifyNothingLost(target, during.acknowledged);
    return {
      scenario: 'PostgreSQL restarted under load',
      acknowledged: during.acknowledged.length,
      missing: v.missing.length,
      brokenChains: v.brokenChains,
      statuses: Object.fromEntries(during.statuses),
      problems: Object.fromEntries(during.problems),
      samples: Object.fromEntries(during.samples),
      notes: [
        ...notes,
        `acknowledgedAfterRestart=${after.acknowledged.length}`,
        `readyNot=${ready.filter((r) => r === 503).length}`,
      ],
    };
  } finally {
    if (s) await killNine(s);
    pg.stopCluster();
  }
}

/** SQLite on a small tmpfs: write until the disk is full, then make room and write again. */
export async function diskFullDuringWrites(options: { megabytes: number }): Promise<ChaosReport | string> {
  const fs = mountTmpfs(options.megabytes);
  if (typeof fs === 'string') return fs;
  try {
    const target = { sqliteFile: join(fs.dir, 'z.sqlite'), dir: fs.dir };
    const p = await prepare(target);
    const s = await serve(p);
    // most of the room goes to a filler file, so the database reaches the end quickly
    const filler = join(fs.dir, 'filler');
    const { statfsSync } = await import('node:fs');
    const st = statfsSync(fs.dir);
    writeFileSync(filler, Buffer.alloc(Math.max(0, Number(st.bavail * st.bsize) - 512 * 1024)));
    const result = empty();
    const giveUp = Date.now() + 60_000;
    merge(
      result,
      await writeLoad(
        () => s.base,
        p.token,
        (r) => (r.problems.get('storage-full') ?? 0) >= 10 || Date.now() > giveUp,
        4,
      ),
    );
    const full = result.problems.get('storage-full') ?? 0;
    // room again: the same server takes writes again
    fs.grow(options.megabytes * 4);
    const stopAt = Date.now() + 1500;
    const after = await writeLoad(
      () => s.base,
      p.token,
      () => Date.now() > stopAt,
      2,
    );
    merge(result, after);
    await stop(s);
    const errors = s
      .output()
      .split('\n')
      .filter((l) => /"level":(50|40)/.test(l))
      .slice(0, 2);
    const { db, close } = await openDatabase({ sqliteFile: target.sqliteFile });
    let integrity = 'unknown';
    try {
      const { sql } = await import('kysely');
      integrity =
        (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows[0]
          ?.integrity_check ?? 'none';
    } finally {
      await close();
    }
    const v = await verifyNothingLost(target, result.acknowledged);
    return {
      scenario: 'disk full during writes (sqlite on tmpfs)',
      acknowledged: result.acknowledged.length,
      missing: v.missing.length,
      brokenChains: v.brokenChains,
      statuses: Object.fromEntries(result.statuses),
      problems: Object.fromEntries(result.problems),
      samples: Object.fromEntries(result.samples),
      notes: [
        `integrity_check: ${integrity}`,
        `acknowledgedAfterRoom=${after.acknowledged.length}`,
        `storageFull=${full}`,
      ],
    };
  } finally {
    fs.unmount();
  }
}
