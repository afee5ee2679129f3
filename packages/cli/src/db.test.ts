import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSandboxCa, fixedClock, openDatabase, seedDemo } from '@zairyu/core';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-db-cli-'));
const file = join(dir, 'zairyu.sqlite');
const env = { ...process.env, DATABASE_URL: '' };
const zairyu = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('zairyu db and zairyu audit', () => {
  it('migrates, reports status, verifies the audit chain, and finds a tampered row', async () => {
    expect(zairyu('db', 'status', '--db', file).stdout).toMatch(/pending\s+0001/);
    expect(zairyu('db', 'migrate', '--db', file).stdout).toMatch(/applied 0001/);
    const status = zairyu('db', 'status', '--db', file);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/applied\s+0001/);

    const { db, close } = await openDatabase({ sqliteFile: file });
    await seedDemo(db, fixedClock('2026-07-01T01:00:00Z'), await createSandboxCa());
    const events = await db.selectFrom('audit_events').select(['seq']).orderBy('seq').execute();
    expect(events.length).toBeGreaterThan(3);
    const ok = zairyu('audit', 'verify', '--db', file);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`audit chain OK: ${events.length} events`));

    const victim = events[Math.floor(events.length / 2)]!.seq;
    await db
      .updateTable('audit_events')
      .set({ changed_fields: '["nothing"]' })
      .where('seq', '=', victim)
      .execute();
    await close();
    const broken = zairyu('audit', 'verify', '--db', file);
    expect(broken.code).toBe(3);
    expect(broken.stdout).toMatch(new RegExp(`BROKEN at event #${victim}`));
  }, 60_000);
});
