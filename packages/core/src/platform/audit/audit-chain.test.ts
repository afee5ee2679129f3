/**
 * The audit chain on both databases: appends link by hash, concurrent writers do not fork it, and a
 * tampered, deleted or re-linked row is found at the right seq.
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { registerResident } from '../../authority/commands/register-resident.ts';
import { movableClock } from '../clock.ts';
import { appendAuditEvents } from './append-audit-events.ts';
import { auditHash, GENESIS_HASH } from './audit-hash.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('audit chain', (getDb) => {
  it('is empty and valid at first, then links every event to the previous hash', async () => {
    const { db } = getDb();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 0, firstBroken: null });
    const { bureau } = await contexts(db, movableClock('2026-06-15'));
    for (const givenName of ['ONE', 'TWO', 'THREE'])
      await registerResident(bureau, residentInput({ givenName }));
    const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    for (const [i, r] of rows.entries()) {
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]?.hash);
      const { hash, ...content } = r;
      expect(auditHash({ ...content, seq: Number(content.seq) })).toBe(hash);
      expect(r.event).toBe('residents.register');
      expect(r.actor_id).toBe('usr_bureau');
      expect(r.actor_role).toBe('bureau-officer');
      expect(r.office_code).toBe('tokyo-bureau');
      expect(r.request_id).toMatch(/^req-/);
      expect(JSON.parse(r.changed_fields)).toContain('familyName');
    }
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it('does not fork under concurrent writers', async () => {
    const { db } = getDb();
    const { bureau } = await contexts(db, movableClock('2026-06-15'));
    const before = (await verifyAuditChain(db)).checked;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        registerResident(
          { ...bureau, requestId: `concurrent-${i}` },
          residentInput({ givenName: `C${'X'.repeat(i + 1)}` }),
        ),
      ),
    );
    const report = await verifyAuditChain(db);
    expect(report).toEqual({ ok: true, checked: before + 12, firstBroken: null });
  });

  it('refuses event names that are not <namespace>.<verb> and field lists with values', async () => {
    const { db } = getDb();
    const meta = {
      tenantId: 't',
      actorId: 'a',
      actorRole: 'system-admin',
      officeCode: null,
      requestId: 'r',
      at: '2026-06-15T01:00:00.000Z',
    };
    await expect(
      appendAuditEvents(db, meta, [
        { event: 'register', subjectType: 'x', subjectId: 'y', changedFields: [] },
      ]),
    ).rejects.toThrow(/namespace/);
    await expect(
      appendAuditEvents(db, meta, [
        { event: 'residents.update', subjectType: 'x', subjectId: 'y', changedFields: ['address: 東京都'] },
      ]),
    ).rejects.toThrow(/field name/);
  });

  it('finds an edited changed_fields at its seq', async () => {
    const { db } = getDb();
    const n = (await verifyAuditChain(db)).checked;
    const target = n - 3;
    await db
      .updateTable('audit_events')
      .set({ changed_fields: '["nothing"]' })
      .where('seq', '=', target)
      .execute();
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: target - 1,
      firstBroken: { seq: target, reason: 'hash-mismatch' },
    });
  });

  it('finds an edited hash, a re-hashed row and a deleted row at the right seq', async () => {
    const { db } = getDb();
    // repair the previous test's damage by re-hashing the whole chain from the edited row on
    const rehash = async () => {
      const rows = await db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
      let prev = GENESIS_HASH;
      for (const r of rows) {
        const { hash: _h, ...content } = r;
        const hash = auditHash({ ...content, seq: Number(content.seq), prev_hash: prev });
        await db
          .updateTable('audit_events')
          .set({ prev_hash: prev, hash })
          .where('seq', '=', r.seq)
          .execute();
        prev = hash;
      }
    };
    await rehash();
    const total = (await verifyAuditChain(db)).checked;
    expect((await verifyAuditChain(db)).ok).toBe(true);

    await db
      .updateTable('audit_events')
      .set({ hash: 'f'.repeat(64) })
      .where('seq', '=', 5)
      .execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 5, reason: 'hash-mismatch' });

    // an attacker who recomputes row 5's own hash breaks the link of row 6
    const row5 = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '=', 5)
      .executeTakeFirstOrThrow();
    const { hash: _old, ...content5 } = row5;
    await db
      .updateTable('audit_events')
      .set({ actor_id: 'someone-else', hash: auditHash({ ...content5, seq: 5, actor_id: 'someone-else' }) })
      .where('seq', '=', 5)
      .execute();
    expect((await verifyAuditChain(db)).firstBroken).toEqual({ seq: 6, reason: 'prev-hash-mismatch' });

    await rehash();
    await db.deleteFrom('audit_events').where('seq', '=', 7).execute();
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      checked: 6,
      firstBroken: { seq: 8, reason: 'seq-gap' },
    });
    expect(total).toBeGreaterThan(8);
    // the raw SQL path sees the same rows (no dialect-specific surprises in seq types)
    const max = await sql<{ m: number | string }>`select max(seq) as m from audit_events`.execute(db);
    expect(Number(max.rows[0]?.m)).toBe(total);
  });
});
