import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSandboxCa, fixedClock, migrate, openDatabase, PLATFORM_CHAIN, seedDemo } from '@zairyu/core';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-tasks-cli-'));
const file = join(dir, 'zairyu.sqlite');
const key = join(dir, 'keys', 'audit.pem');
const env = { ...process.env, DATABASE_URL: '', ZAIRYU_AUDIT_KEY: '' };
const zairyu = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, cwd: dir, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('zairyu tasks', () => {
  it('says to migrate first, lists the tasks, runs one by hand, and refuses an unknown name', async () => {
    const pending = zairyu('tasks', 'list', '--db', file);
    expect(pending.code).toBe(2);
    expect(pending.stderr).toMatch(/pending migrations: run `zairyu db migrate` first/);

    const { db, close } = await openDatabase({ sqliteFile: file });
    await migrate(db);
    await seedDemo(db, fixedClock('2026-07-01T01:00:00Z'), await createSandboxCa());
    await close();

    const list = zairyu('tasks', 'list', '--db', file);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/cards\.expire\s+daily 00:05 JST\s+-\s+-\s+\S+Z\s+never run/);
    expect(list.stdout).toMatch(/sessions\.purge\s+every 1h/);
    expect(list.stdout).toMatch(/audit\.checkpoint\s+every 1h/);

    // the demo card expires years later: as of 2040 it has expired, and a second run finds nothing
    const first = zairyu('tasks', 'run', 'cards.expire', '--db', file, '--date', '2040-01-10');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^cards\.expire: 1 tenant: [1-9]\d* cards expired/);
    const again = zairyu('tasks', 'run', 'cards.expire', '--db', file, '--date', '2040-01-10');
    expect(again.stdout).toMatch(/^cards\.expire: 1 tenant: 0 cards expired, 0 My Number functions expired/);

    const checkpoint = zairyu('tasks', 'run', 'audit.checkpoint', '--db', file, '--audit-key', key);
    expect(checkpoint.code).toBe(0);
    expect(checkpoint.stdout).toMatch(/^audit\.checkpoint: [2-9] checkpoints written/); // default + platform
    expect(statSync(key).mode & 0o777).toBe(0o600);

    const after = zairyu('tasks', 'list', '--db', file);
    expect(after.stdout).toMatch(
      /cards\.expire\s+daily 00:05 JST\s+-\s+\S+Z\s+\S+Z\s+ok: 1 tenant: 0 cards expired/,
    );

    const unknown = zairyu('tasks', 'run', 'cards.explode', '--db', file);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'zairyu: no task named "cards.explode"; tasks: audit.checkpoint, cards.expire, sessions.purge\n',
    );
    const badDate = zairyu('tasks', 'run', 'cards.expire', '--db', file, '--date', 'tomorrow');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).not.toMatch(/\n\s+at /);

    const check = await openDatabase({ sqliteFile: file });
    const events = await check.db
      .selectFrom('audit_events')
      .select(['event', 'subject_id', 'actor_id'])
      .where('tenant_id', '=', PLATFORM_CHAIN)
      .orderBy('seq')
      .execute();
    await check.close();
    expect(events).toEqual([
      { event: 'tasks.run', subject_id: 'cards.expire', actor_id: 'operator' },
      { event: 'tasks.run', subject_id: 'cards.expire', actor_id: 'operator' },
      { event: 'tasks.run', subject_id: 'audit.checkpoint', actor_id: 'operator' },
    ]);
  }, 120_000);

  it('zairyu serve refuses a bad --task-schedule before starting', () => {
    const bad = zairyu('serve', '--db', file, '--task-schedule', 'cards.expire=every 7m');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--task-schedule cards\.expire: an interval must be a whole number of minutes/,
    );
    const unknown = zairyu('serve', '--db', file, '--task-schedule', 'nothing=hourly');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/NAME one of sessions\.purge, audit\.checkpoint, cards\.expire/);
  });
});
