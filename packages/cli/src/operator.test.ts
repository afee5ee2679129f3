/**
 * The operator's commands through the real CLI: a server started with --no-demo on an empty database says how
 * to create the first administrator; `users create` prints a password once and that login works against the
 * running server; `users reset-password` and `users list`; `tenants create|list`; `audit checkpoint --out`
 * and `audit verify --checkpoint` find a tail deleted after the checkpoint; bad input exits 2 with one line.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '@zairyu/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-operator-'));
const file = join(dir, 'zairyu.sqlite');
const key = join(dir, 'audit-key.pem');
const env = { ...process.env, DATABASE_URL: '', ZAIRYU_AUDIT_KEY: key, ZAIRYU_CA_DIR: join(dir, 'ca') };
const zairyu = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let server: ChildProcess | null = null;
let base = '';
let banner = '';

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [BIN, 'serve', '--no-demo', '--port', '0', '--db', file, '--date', '2026-12-01'],
    {
      env: { ...env, LOG_LEVEL: 'warn' },
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  base = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`server did not start:\n${banner}`)), 60_000);
    server?.stdout?.on('data', (d: Buffer) => {
      banner += d.toString();
      const m = /on (http:\/\/[\d.]+:\d+)/.exec(banner);
      if (m) {
        clearTimeout(t);
        ok(m[1] as string);
      }
    });
    server?.stderr?.on('data', (d: Buffer) => {
      banner += d.toString();
    });
    server?.on('exit', (code) => fail(new Error(`server exited ${code}:\n${banner}`)));
  });
}, 90_000);
afterAll(() => {
  server?.kill('SIGTERM');
});

const login = (username: string, password: string, tenant?: string) =>
  fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, ...(tenant ? { tenant } : {}) }),
  });

describe('operator commands', () => {
  it('starts without users, says how to make the first administrator, and that account logs in', async () => {
    expect(banner).toMatch(/There is no user yet/);
    expect(banner).toMatch(/zairyu users create --username admin --role system-admin/);
    const created = zairyu('users', 'create', '--username', 'admin', '--role', 'system-admin', '--db', file);
    expect(created.code, created.stderr).toBe(0);
    const password = /password \(shown only now\): (\S+)/.exec(created.stdout)?.[1] as string;
    expect(password.length).toBeGreaterThanOrEqual(24);
    const r = await login('admin', password);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { user: { role: string } }).user.role).toBe('system-admin');

    const reset = zairyu('users', 'reset-password', '--username', 'admin', '--db', file);
    expect(reset.code).toBe(0);
    const fresh = /\(shown only now\): (\S+)/.exec(reset.stdout)?.[1] as string;
    expect((await login('admin', password)).status).toBe(401);
    expect((await login('admin', fresh)).status).toBe(200);

    const officer = zairyu(
      'users',
      'create',
      '--username',
      'chiyoda',
      '--role',
      'municipal-officer',
      '--office',
      '131016',
      '--db',
      file,
    );
    expect(officer.code, officer.stderr).toBe(0);
    const list = zairyu('users', 'list', '--db', file);
    expect(list.stdout).toMatch(/admin\s+system-admin/);
    expect(list.stdout).toMatch(/chiyoda\s+municipal-officer\s+131016/);
    expect(list.stdout).not.toMatch(/scrypt|\$/);
  }, 60_000);

  it('makes an employer tenant whose administrator logs in by naming the tenant', async () => {
    const t = zairyu(
      'tenants',
      'create',
      '--id',
      'acme',
      '--kind',
      'employer',
      '--name',
      'ACME (SANDBOX)',
      '--db',
      file,
    );
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/--role employer-admin/);
    expect(zairyu('tenants', 'list', '--db', file).stdout).toMatch(/acme\s+employer\s+ACME/);
    const u = zairyu(
      'users',
      'create',
      '--tenant',
      'acme',
      '--username',
      'hr.admin',
      '--role',
      'employer-admin',
      '--db',
      file,
    );
    expect(u.code, u.stderr).toBe(0);
    const password = /\(shown only now\): (\S+)/.exec(u.stdout)?.[1] as string;
    expect((await login('hr.admin', password)).status).toBe(401); // the default tenant has no "hr"
    const r = await login('hr.admin', password, 'acme');
    expect(r.status).toBe(200);
    expect(((await r.json()) as { user: { tenantKind: string } }).user.tenantKind).toBe('employer');
  }, 60_000);

  it('refuses bad input with one line and exit 2, storing nothing', () => {
    for (const args of [
      ['users', 'create', '--username', 'x', '--role', 'system-admin'],
      ['users', 'create', '--username', 'officer2', '--role', 'handler'],
      [
        'users',
        'create',
        '--username',
        'officer3',
        '--role',
        'bureau-officer',
        '--office',
        'atlantis-bureau',
      ],
      ['users', 'create', '--username', 'nobody', '--role', 'system-admin', '--tenant', 'no-such'],
      ['users', 'reset-password', '--username', 'ghost'],
      ['tenants', 'create', '--id', 'platform', '--kind', 'employer', '--name', 'X'],
      ['tenants', 'create', '--id', 'acme', '--kind', 'employer', '--name', 'again'],
    ]) {
      const r = zairyu(...args, '--db', file);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+|internal error/);
    }
    expect(zairyu('users', 'list', '--db', file).stdout).not.toMatch(/officer2|officer3|nobody/);
  });

  it('exports signed checkpoints and finds a tail deleted after them', async () => {
    const out = join(dir, 'checkpoints.jsonl');
    const cp = zairyu('audit', 'checkpoint', '--out', out, '--db', file);
    expect(cp.code, cp.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2); // default and acme (and the platform chain when it has events)
    expect(JSON.parse(lines[0] as string)).toMatchObject({ type: 'zairyu.audit-checkpoint', version: 1 });
    const ok = zairyu('audit', 'verify', '--checkpoint', out, '--db', file);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/audit chain OK: \d+ events \(tenant default; checkpoint #\d+ of .* matched\)/);

    // someone with the database deletes the newest events of the default chain — and the checkpoints table
    const { db, close } = await openDatabase({ sqliteFile: file });
    const head = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('tenant_id', '=', 'default')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await db
      .deleteFrom('audit_events')
      .where('tenant_id', '=', 'default')
      .where('seq', '>=', Number(head.seq) - 1)
      .execute();
    await db.deleteFrom('audit_checkpoints').execute();
    await close();
    const blind = zairyu('audit', 'verify', '--tenant', 'default', '--db', file);
    expect(blind.stdout).toMatch(/no checkpoint \(a deleted tail cannot be seen\)/);
    const caught = zairyu('audit', 'verify', '--checkpoint', out, '--db', file);
    expect(caught.code).toBe(3);
    expect(caught.stdout).toMatch(
      new RegExp(`BROKEN at event #${Number(head.seq) - 1}: checkpoint-ahead .*tenant default`),
    );
    expect(zairyu('audit', 'verify', '--checkpoint', join(dir, 'missing.jsonl'), '--db', file).code).toBe(2);
  }, 60_000);
});
