/**
 * The one migration set, in code (no files to find at run time), written with Kysely's schema builder in
 * types both databases share: text, integer. Add a migration by appending to MIGRATIONS; never edit one that
 * has shipped.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { platformDown, platformUp } from './migration-0002-platform.ts';
import { taskRunsDown, taskRunsUp } from './migration-0003-task-runs.ts';

async function initialUp(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('office_code', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();
  await db.schema.createIndex('users_tenant').on('users').column('tenant_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('residents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('period_of_stay', 'text', (c) => c.notNull())
    .addColumn('stay_expiry', 'text')
    .addColumn('resident_record', 'integer', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('address_latin', 'text')
    .addColumn('municipality_code', 'text', (c) => c.notNull())
    .addColumn('pending_kind', 'text')
    .addColumn('pending_filed_on', 'text')
    .addColumn('permission_kind', 'text', (c) => c.notNull())
    .addColumn('permission_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('residents_tenant').on('residents').columns(['tenant_id', 'id']).execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('request_specified_card', 'integer', (c) => c.notNull())
    .addColumn('photo_with_procedure', 'integer')
    .addColumn('lost_on', 'text')
    .addColumn('police_receipt_number', 'text')
    .addColumn('office', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('decision_json', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text')
    .addColumn('granted_by', 'text')
    .execute();
  await db.schema
    .createIndex('applications_resident')
    .on('applications')
    .columns(['tenant_id', 'resident_id'])
    .execute();

  await db.schema
    .createTable('cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id'))
    .addColumn('card_number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('card_type', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('chip_json', 'text', (c) => c.notNull())
    .addColumn('my_number_state', 'text')
    .addColumn('my_number_expires_on', 'text')
    .addColumn('my_number_suspended_at', 'text')
    .addColumn('my_number_suspend_channel', 'text')
    .addColumn('replaced_by', 'text', (c) => c.references('cards.id'))
    .addColumn('state_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cards_resident').on('cards').columns(['tenant_id', 'resident_id']).execute();
  await db.schema.createIndex('cards_state_expiry').on('cards').columns(['state', 'expires_on']).execute();

  await db.schema
    .createTable('loss_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('lost_on', 'text', (c) => c.notNull())
    .addColumn('police_receipt_number', 'text', (c) => c.notNull())
    .addColumn('suspend_channel', 'text', (c) => c.notNull())
    .addColumn('reissue_deadline', 'text')
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('found_at', 'text')
    .execute();
  await db.schema.createIndex('loss_reports_card').on('loss_reports').column('card_id').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('office_code', 'text')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('changed_fields', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex('audit_events_tenant')
    .on('audit_events')
    .columns(['tenant_id', 'seq'])
    .execute();
}

async function initialDown(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_events',
    'loss_reports',
    'cards',
    'applications',
    'residents',
    'api_tokens',
    'sessions',
    'users',
  ])
    await db.schema.dropTable(t).execute();
}

/** Every migration, by name; names sort in the order they apply. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': { up: initialUp, down: initialDown },
  '0002-platform': { up: platformUp, down: platformDown },
  '0003-task-runs': { up: taskRunsUp, down: taskRunsDown },
};

/** The in-code provider for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
