/**
 * Migration 0002 — the platform for more than one authority (ADR 0003):
 * - `tenants` (id, kind, name, settings JSON); every tenant id already in use becomes an `authority` tenant, and
 *   the default sandbox authority always exists;
 * - usernames unique per tenant instead of across all tenants (SQLite: the table is rebuilt with foreign keys
 *   off, as SQLite's ALTER TABLE documentation prescribes);
 * - applications say which municipality they are for (`municipality_code`: the resident's, or the destination
 *   of a move) and how they came in (`origin`: `counter`, or `recorded` for one filed before the resident was
 *   registered here);
 * - the resident's pending application becomes a query over applications: a pending application recorded at
 *   registration becomes a `recorded` application row and the copied columns go;
 * - one audit hash chain per tenant: `seq` counts within the tenant, the primary key is (tenant_id, seq), every
 *   link is recomputed (the old single chain is verified first; the migration refuses a broken one);
 * - signed checkpoints of each chain head (`audit_checkpoints`) and the scheduler's lease rows (`task_runs`).
 * All of it or nothing: PostgreSQL runs it in Kysely's transaction, SQLite in one of its own.
 */
import { type Kysely, sql } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { isPostgres } from './dialect-of.ts';

const DEFAULT_TENANT = 'default';
const PENDING_KINDS = ['extension-of-stay', 'change-of-status', 'permanent-residence'];

async function tenants(db: Kysely<unknown>, now: string): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  const ids = new Set<string>([DEFAULT_TENANT]);
  for (const t of ['users', 'residents', 'audit_events']) {
    const r = await sql<{ tenant_id: string }>`select distinct tenant_id from ${sql.table(t)}`.execute(db);
    for (const row of r.rows) ids.add(row.tenant_id);
  }
  for (const id of [...ids].sort())
    await sql`insert into tenants (id, kind, name, settings, created_at) values (${id}, 'authority', ${
      id === DEFAULT_TENANT ? 'Sandbox issuing authority (SANDBOX)' : `Sandbox issuing authority ${id}`
    }, '{}', ${now})`.execute(db);
}

async function usersUniquePerTenant(db: Kysely<unknown>, pg: boolean): Promise<void> {
  if (pg) {
    await sql`alter table users drop constraint if exists users_username_key`.execute(db);
  } else {
    await sql`create table users_new (
      id text primary key, tenant_id text not null, username text not null, display_name text not null,
      role text not null, office_code text, password_hash text not null, created_at text not null,
      disabled_at text)`.execute(db);
    await sql`insert into users_new select id, tenant_id, username, display_name, role, office_code,
      password_hash, created_at, disabled_at from users`.execute(db);
    await sql`drop table users`.execute(db);
    await sql`alter table users_new rename to users`.execute(db);
    await db.schema.createIndex('users_tenant').on('users').column('tenant_id').execute();
  }
  await db.schema
    .createIndex('users_tenant_username')
    .on('users')
    .columns(['tenant_id', 'username'])
    .unique()
    .execute();
}

async function applicationsPlace(db: Kysely<unknown>, now: string): Promise<void> {
  await db.schema.alterTable('applications').addColumn('municipality_code', 'text').execute();
  await db.schema
    .alterTable('applications')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('counter'))
    .execute();
  await sql`update applications set municipality_code = (
    select r.municipality_code from residents r where r.id = applications.resident_id)`.execute(db);
  // a pending application recorded at registration, with no application row behind it, becomes one
  const recorded = await sql<{
    id: string;
    tenant_id: string;
    pending_kind: string;
    pending_filed_on: string;
    municipality_code: string;
  }>`select id, tenant_id, pending_kind, pending_filed_on, municipality_code from residents r
     where pending_kind is not null and pending_filed_on is not null and not exists (
       select 1 from applications a where a.resident_id = r.id and a.status = 'filed'
       and a.procedure = r.pending_kind)`.execute(db);
  for (const [i, r] of recorded.rows.entries()) {
    if (!PENDING_KINDS.includes(r.pending_kind)) continue;
    const snapshot = {
      asOf: r.pending_filed_on,
      office: 'immigration-bureau',
      cardToBeIssued: 'residence-card',
      cardExpiry: null,
      documents: [],
      earliestDate: r.pending_filed_on,
      lawfulStayUntil: null,
      specialPeriodUntil: null,
      myNumberFunctionExpiry: null,
      warnings: [],
      reasonCodes: [],
      steps: [],
    };
    await sql`insert into applications (id, tenant_id, resident_id, procedure, channel, request_specified_card,
      photo_with_procedure, lost_on, police_receipt_number, office, status, filed_on, filed_at, filed_by,
      decision_json, granted_at, granted_by, municipality_code, origin) values (
      ${`app_migrated_${String(i).padStart(6, '0')}_${r.id}`}, ${r.tenant_id}, ${r.id}, ${r.pending_kind},
      'counter', 0, null, null, null, 'immigration-bureau', 'filed', ${r.pending_filed_on}, ${now}, 'migration',
      ${JSON.stringify(snapshot)}, null, null, ${r.municipality_code}, 'recorded')`.execute(db);
  }
  await db.schema.alterTable('residents').dropColumn('pending_kind').execute();
  await db.schema.alterTable('residents').dropColumn('pending_filed_on').execute();
  await db.schema
    .createIndex('applications_open')
    .on('applications')
    .columns(['tenant_id', 'status', 'resident_id'])
    .execute();
}

interface OldAuditRow {
  seq: number | string;
  at: string;
  tenant_id: string;
  actor_id: string;
  actor_role: string;
  office_code: string | null;
  request_id: string;
  event: string;
  subject_type: string;
  subject_id: string;
  changed_fields: string;
  prev_hash: string;
  hash: string;
}

/** The old single chain, verified: the migration refuses (before changing anything) to re-link a broken one. */
async function verifiedOldChain(db: Kysely<unknown>): Promise<OldAuditRow[]> {
  const old = (await sql<OldAuditRow>`select * from audit_events order by seq`.execute(db)).rows;
  let prev = GENESIS_HASH;
  for (const [i, raw] of old.entries()) {
    const row = { ...raw, seq: Number(raw.seq) };
    const { hash, ...content } = row;
    if (row.seq !== i + 1 || row.prev_hash !== prev || auditHash(content) !== hash)
      throw new Error(
        `migration 0002: the audit chain is broken at event #${row.seq}; run \`zairyu audit verify\` on the previous version and restore the database before migrating`,
      );
    prev = hash;
  }
  return old;
}

async function auditPerTenant(db: Kysely<unknown>, old: OldAuditRow[]): Promise<void> {
  await db.schema
    .createTable('audit_events_v2')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('office_code', 'text')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('changed_fields', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_events_v2_pk', ['tenant_id', 'seq'])
    .execute();
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const raw of old) {
    const head = heads.get(raw.tenant_id) ?? { seq: 0, hash: GENESIS_HASH };
    const content = {
      seq: head.seq + 1,
      at: raw.at,
      tenant_id: raw.tenant_id,
      actor_id: raw.actor_id,
      actor_role: raw.actor_role,
      office_code: raw.office_code,
      request_id: raw.request_id,
      event: raw.event,
      subject_type: raw.subject_type,
      subject_id: raw.subject_id,
      changed_fields: raw.changed_fields,
      prev_hash: head.hash,
    };
    const hash = auditHash(content);
    await sql`insert into audit_events_v2 (tenant_id, seq, at, actor_id, actor_role, office_code, request_id,
      event, subject_type, subject_id, changed_fields, prev_hash, hash) values (${content.tenant_id},
      ${content.seq}, ${content.at}, ${content.actor_id}, ${content.actor_role}, ${content.office_code},
      ${content.request_id}, ${content.event}, ${content.subject_type}, ${content.subject_id},
      ${content.changed_fields}, ${content.prev_hash}, ${hash})`.execute(db);
    heads.set(raw.tenant_id, { seq: content.seq, hash });
  }
  await db.schema.dropTable('audit_events').execute();
  await db.schema.alterTable('audit_events_v2').renameTo('audit_events').execute();
  await db.schema
    .createIndex('audit_events_subject')
    .on('audit_events')
    .columns(['tenant_id', 'subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_checkpoints_tenant')
    .on('audit_checkpoints')
    .columns(['tenant_id', 'seq'])
    .execute();
}

async function taskRuns(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('task_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('last_due_at', 'text')
    .addColumn('last_started_at', 'text')
    .addColumn('last_finished_at', 'text')
    .addColumn('last_result', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .execute();
}

/** Applies migration 0002. */
export async function platformUp(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const now = new Date().toISOString();
  const old = await verifiedOldChain(db);
  const steps = async () => {
    await tenants(db, now);
    await usersUniquePerTenant(db, pg);
    await applicationsPlace(db, now);
    await auditPerTenant(db, old);
    await taskRuns(db);
  };
  if (pg) return steps(); // PostgreSQL: Kysely runs the migration in a transaction
  // SQLite: DDL in one transaction of our own, with foreign keys off for the table rebuild (SQLite's
  // documented procedure), so a failure leaves the database as it was
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`begin immediate`.execute(db);
  try {
    await steps();
    const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('migration 0002: foreign keys broken by the users rebuild');
    await sql`commit`.execute(db);
  } catch (e) {
    await sql`rollback`.execute(db);
    throw e;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** Migration 0002 has no way back (per-tenant chains cannot be merged into one). */
export async function platformDown(): Promise<void> {
  throw new Error('migration 0002-platform cannot be reverted; restore a backup instead');
}
