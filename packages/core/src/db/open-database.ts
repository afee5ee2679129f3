/**
 * Opens the back office's database: the embedded SQLite file (better-sqlite3, WAL, foreign keys on) by
 * default, PostgreSQL (a pg Pool) when the URL says postgres:// or postgresql://. Both behind one Kysely
 * schema type, so commands never know which one they talk to.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema.ts';

/** The two supported databases. */
export type DialectName = 'sqlite' | 'postgres';

/** Where to connect. */
export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// URL → PostgreSQL; `sqlite:PATH` or a path → SQLite. */
  url?: string;
  /** SQLite file (default ./data/zairyu.sqlite); `:memory:` for a throwaway database. */
  sqliteFile?: string;
}

/** An open database. */
export interface OpenDatabase {
  db: Kysely<Schema>;
  dialect: DialectName;
  close(): Promise<void>;
}

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = './data/zairyu.sqlite';

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Opens (and for SQLite creates) the database; it is not migrated here (see migrate()). */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if (isPostgresUrl(options.url)) {
    const pool = new pg.Pool({ connectionString: options.url as string, max: 10 });
    // an idle connection the server closed (a restart, a failover) errors on the pool: the pool drops it and the
    // next query opens a new one — without a listener Node would end the process on that 'error' event
    pool.on('error', () => {});
    // the same for a connection in use: its query fails (and the request answers 503); the client is dropped
    pool.on('connect', (client) => {
      client.on('error', () => {});
    });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`select 1`.execute(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file =
    options.url !== undefined && options.url !== ''
      ? options.url.replace(/^sqlite:(\/\/)?/i, '')
      : (options.sqliteFile ?? DEFAULT_SQLITE_FILE);
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * better-sqlite3 with prepared statements reused by SQL text: Kysely prepares every query afresh, and preparing
 * was an eighth of a filing's time. Statements are reusable; the cache is bounded.
 */
function withStatementCache(database: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  // SQLite rolls a transaction back by itself when its COMMIT fails for a full disk or an I/O error; Kysely's
  // ROLLBACK after that would fail with "no transaction is active" and hide the real error (SQLITE_FULL)
  const noRollback = { reader: false, run: () => ({ changes: 0, lastInsertRowid: 0 }) };
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      if (sql === 'rollback' && !database.inTransaction) return noRollback as unknown as Database.Statement;
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = database.prepare(sql);
        if (cache.size >= 500) cache.clear();
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}
