import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect, openTestDatabase } from '../../test/support/dialects.ts';
import { isPostgres } from './dialect-of.ts';
import { migrate, migrationStatus } from './migrate.ts';
import { MIGRATIONS } from './migrations.ts';
import { isPostgresUrl, openDatabase } from './open-database.ts';

describeEachDialect('migrations', (getDb) => {
  it('are all applied once, and a second run applies nothing', async () => {
    const { db } = getDb();
    expect(await migrate(db)).toEqual([]);
    const status = await migrationStatus(db);
    expect(status.map((s) => s.name)).toEqual(Object.keys(MIGRATIONS));
    for (const s of status) expect(s.appliedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('knows its dialect from the adapter', async () => {
    const { db, dialect } = getDb();
    expect(isPostgres(db)).toBe(dialect === 'postgres');
  });

  it('enforces foreign keys and unique card numbers', async () => {
    const { db } = getDb();
    await expect(
      db
        .insertInto('sessions')
        .values({
          id: 'x',
          tenant_id: 't',
          user_id: 'no-such-user',
          csrf_token: 'c',
          created_at: '2026-01-01T00:00:00.000Z',
          expires_at: '2026-01-01T08:00:00.000Z',
        })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('openDatabase', () => {
  it('applies every migration to a fresh database and reports them pending before', async () => {
    const { t, dispose } = await openTestDatabase('sqlite');
    try {
      expect((await migrationStatus(t.db)).every((s) => s.appliedAt !== null)).toBe(true);
    } finally {
      await dispose();
    }
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-open-'));
    const h = await openDatabase({ sqliteFile: join(dir, 'nested', 'deeper', 'z.sqlite') });
    try {
      expect(h.dialect).toBe('sqlite');
      expect((await migrationStatus(h.db)).every((s) => s.appliedAt === null)).toBe(true);
      expect(await migrate(h.db)).toEqual(Object.keys(MIGRATIONS));
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(h.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(h.db);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('picks PostgreSQL only for postgres:// and postgresql:// URLs', () => {
    expect(isPostgresUrl('postgres://u:p@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u:p@h/db')).toBe(true);
    expect(isPostgresUrl('sqlite:./x.sqlite')).toBe(false);
    expect(isPostgresUrl('./data/zairyu.sqlite')).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });

  it('opens SQLite from a sqlite: URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-open-'));
    const h = await openDatabase({ url: `sqlite:${join(dir, 'u.sqlite')}` });
    try {
      expect(h.dialect).toBe('sqlite');
      expect(await migrate(h.db)).toEqual(Object.keys(MIGRATIONS));
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
