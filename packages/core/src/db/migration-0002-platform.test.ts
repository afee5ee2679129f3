/**
 * Migration 0002 on a database that lived under 0001 (both dialects): every tenant id in use becomes a
 * tenant, usernames become unique per tenant, a pending application recorded on a resident becomes a
 * `recorded` application, the one audit chain becomes one verified chain per tenant — and a broken old chain
 * stops the migration instead of being re-linked.
 */
import { Migrator, sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect, openTestDatabase } from '../../test/support/dialects.ts';
import { residentsQuery } from '../authority/repositories/residents.ts';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { isPostgres } from './dialect-of.ts';
import { migrate } from './migrate.ts';
import { migrationProvider } from './migrations.ts';

async function at0001(dialect: 'sqlite' | 'postgres') {
  // a fresh database: openTestDatabase migrates to latest, so start over from nothing and stop at 0001
  const h = await openTestDatabase(dialect);
  const { db } = h.t;
  for (const t of [
    'task_runs',
    'audit_checkpoints',
    'audit_events',
    'loss_reports',
    'cards',
    'applications',
    'residents',
    'api_tokens',
    'sessions',
    'users',
    'tenants',
  ])
    await sql`drop table if exists ${sql.table(t)}`.execute(db);
  await sql`drop table if exists kysely_migration`.execute(db);
  await sql`drop table if exists kysely_migration_lock`.execute(db);
  const schema = isPostgres(db)
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
    : undefined;
  const m = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const r = await m.migrateTo('0001-initial');
  if (r.error) throw r.error;
  return h;
}

async function seed0001(db: Parameters<typeof migrate>[0], options: { breakChain?: boolean } = {}) {
  const at = '2026-07-01T01:00:00.000Z';
  for (const [id, tenant, username] of [
    ['usr_a', 'default', 'alice'],
    ['usr_b', 'north', 'bob'],
  ])
    await sql`insert into users (id, tenant_id, username, display_name, role, office_code, password_hash, created_at)
      values (${id}, ${tenant}, ${username}, 'X', 'system-admin', null, 'scrypt$x', ${at})`.execute(db);
  const resident = (id: string, tenant: string, pending: string | null) =>
    sql`insert into residents (id, tenant_id, family_name, given_name, birth_date, sex, nationality, status,
      period_of_stay, stay_expiry, resident_record, address, address_latin, municipality_code, pending_kind,
      pending_filed_on, permission_kind, permission_date, created_at, updated_at) values (${id}, ${tenant},
      'SANDBOX', 'OLD', '1990-01-01', 'male', 'VNM', 'student', 'P1Y', '2026-08-31', 1, 'SANDBOX', null, '131016',
      ${pending}, ${pending ? '2026-06-20' : null}, 'landing', '2026-06-15', ${at}, ${at})`.execute(db);
  await resident('res_1', 'default', 'extension-of-stay');
  await resident('res_2', 'north', null);
  // one chain across both tenants, as 0001 kept it
  let prev = GENESIS_HASH;
  const tenants = ['default', 'north', 'default', 'default', 'north'];
  for (const [i, tenant] of tenants.entries()) {
    const row = {
      seq: i + 1,
      at,
      tenant_id: tenant,
      actor_id: 'usr_a',
      actor_role: 'system-admin',
      office_code: null,
      request_id: `req-${i}`,
      event: 'residents.register',
      subject_type: 'resident',
      subject_id: `res_${i}`,
      changed_fields: '["familyName"]',
      prev_hash: prev,
    };
    const hash = options.breakChain && i === 2 ? 'f'.repeat(64) : auditHash(row);
    await sql`insert into audit_events (seq, at, tenant_id, actor_id, actor_role, office_code, request_id, event,
      subject_type, subject_id, changed_fields, prev_hash, hash) values (${row.seq}, ${at}, ${tenant}, 'usr_a',
      'system-admin', null, ${row.request_id}, 'residents.register', 'resident', ${row.subject_id},
      '["familyName"]', ${prev}, ${hash})`.execute(db);
    prev = hash;
  }
}

describeEachDialect('migration 0002-platform', (getDb) => {
  it('keeps what 0001 held, per tenant', async () => {
    const h = await at0001(getDb().dialect);
    try {
      const db = h.t.db;
      await seed0001(db);
      expect(await migrate(db)).toContain('0002-platform');
      const tenants = await db.selectFrom('tenants').select(['id', 'kind']).orderBy('id').execute();
      expect(tenants).toEqual([
        { id: 'default', kind: 'authority' },
        { id: 'north', kind: 'authority' },
      ]);
      for (const [tenant, n] of [
        ['default', 3],
        ['north', 2],
      ] as const)
        expect(await verifyAuditChain(db, tenant)).toMatchObject({ ok: true, checked: n });
      const r = await residentsQuery(db as never, 'default')
        .where('residents.id', '=', 'res_1')
        .executeTakeFirstOrThrow();
      expect(r).toMatchObject({ pending_kind: 'extension-of-stay', pending_filed_on: '2026-06-20' });
      const app = await db.selectFrom('applications').selectAll().executeTakeFirstOrThrow();
      expect(app).toMatchObject({
        origin: 'recorded',
        status: 'filed',
        resident_id: 'res_1',
        municipality_code: '131016',
      });
      // a username may now exist once per tenant
      await sql`insert into users (id, tenant_id, username, display_name, role, office_code, password_hash, created_at)
        values ('usr_c', 'north', 'alice', 'X', 'system-admin', null, 'scrypt$x', 'now')`.execute(db);
      await expect(
        sql`insert into users (id, tenant_id, username, display_name, role, office_code, password_hash, created_at)
          values ('usr_d', 'north', 'alice', 'X', 'system-admin', null, 'scrypt$x', 'now')`.execute(db),
      ).rejects.toThrow();
    } finally {
      await h.dispose();
    }
  }, 60_000);

  it('refuses to re-link a chain that was already broken', async () => {
    const h = await at0001(getDb().dialect);
    try {
      await seed0001(h.t.db, { breakChain: true });
      await expect(migrate(h.t.db)).rejects.toThrow(/audit chain is broken at event #3/);
      // nothing of 0002 is half-applied (it checks the chain before it changes anything)
      const t = await sql<{ n: number | string }>`select count(*) as n from audit_events`.execute(h.t.db);
      expect(Number(t.rows[0]?.n)).toBe(5);
      await expect(sql`select count(*) from tenants`.execute(h.t.db)).rejects.toThrow();
      await expect(sql`select pending_kind from residents`.execute(h.t.db)).resolves.toBeTruthy();
    } finally {
      await h.dispose();
    }
  }, 60_000);
});
