/**
 * Which database a Kysely instance (or transaction) talks to, read from its adapter, for the few places
 * that need a dialect-specific statement (the PostgreSQL advisory lock of audit appends).
 */
import { type Kysely, PostgresAdapter } from 'kysely';

/** True when `db` talks to PostgreSQL. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
