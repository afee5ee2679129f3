/**
 * Runs the in-code migrations with Kysely's Migrator (which locks against concurrent runs on both
 * databases) and reports their status for `zairyu db status`.
 */
import { type Kysely, Migrator } from 'kysely';
import { migrationProvider } from './migrations.ts';
import type { Schema } from './schema.ts';

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

/** Applies pending migrations; returns the names applied now (empty when up to date). */
export async function migrate(db: Kysely<Schema>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Every known migration and when it was applied (null: pending). */
export async function migrationStatus(
  db: Kysely<Schema>,
): Promise<{ name: string; appliedAt: string | null }[]> {
  const all = await migrator(db).getMigrations();
  return all.map((m) => ({ name: m.name, appliedAt: m.executedAt ? m.executedAt.toISOString() : null }));
}
