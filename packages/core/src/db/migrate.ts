/**
 * Runs the in-code migrations with Kysely's Migrator (which locks against concurrent runs on both
 * databases) and reports their status for `zairyu db status`.
 */
import { type Kysely, Migrator, sql } from 'kysely';
import { isPostgres } from './dialect-of.ts';
import { migrationProvider } from './migrations.ts';
import type { Schema } from './schema.ts';

/**
 * The Migrator, with its bookkeeping tables pinned to the connection's current schema on PostgreSQL: Kysely
 * otherwise looks for them in every schema of the database and, finding another schema's (a second
 * installation, a parallel test), skips creating its own and then fails.
 */
async function migrator(db: Kysely<Schema>): Promise<Migrator> {
  if (!isPostgres(db)) return new Migrator({ db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/** Applies pending migrations; returns the names applied now (empty when up to date). */
export async function migrate(db: Kysely<Schema>): Promise<string[]> {
  const { error, results } = await (await migrator(db)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every known migration and when it was applied (null: pending). */
export async function migrationStatus(
  db: Kysely<Schema>,
): Promise<{ name: string; appliedAt: string | null }[]> {
  const all = await (await migrator(db)).getMigrations();
  return all.map((m) => ({ name: m.name, appliedAt: m.executedAt ? m.executedAt.toISOString() : null }));
}
