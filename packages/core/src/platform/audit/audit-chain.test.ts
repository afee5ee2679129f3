/**
 * The audit chains on both databases: one chain per tenant, appends link by hash, concurrent writers do not
 * fork a chain, and — held against a signed checkpoint — an edited, inserted, reordered or deleted event is
 * found, including a deleted tail, a deleted head and a chain emptied completely.
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { registerResident } from '../../authority/commands/register-resident.ts';
import { auditHash, GENESIS_HASH } from '../../db/audit-hash.ts';
import { movableClock } from '../clock.ts';
import { appendAuditEvents } from './append-audit-events.ts';
import { newAuditKey } from './audit-key.ts';
import { latestCheckpoint, signCheckpoint, writeCheckpoints } from './checkpoints.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

const key = newAuditKey();

describeEachDialect('audit chains', (getDb) => {
  const clock = movableClock('2026-06-15');

  async function fill(tenant: string, n: number) {
    const { db } = getDb();
    const { bureau } = await contexts(db, clock, tenant);
    for (let i = 0; i < n; i++)
      await registerResident(bureau, residentInput({ givenName: `T${'X'.repeat(i + 1)}` }));
  }

  /** Re-links a tenant's chain from scratch (what an attacker without the key can do). */
  async function relink(tenant: string) {
    const { db } = getDb();
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .orderBy('seq')
      .execute();
    let prev = GENESIS_HASH;
    for (const [i, r] of rows.entries()) {
      const { hash: _h, ...content } = r;
      const hash = auditHash({ ...content, seq: i + 1, prev_hash: prev });
      await db
        .updateTable('audit_events')
        .set({ seq: i + 1 + 100_000, prev_hash: prev, hash })
        .where('tenant_id', '=', tenant)
        .where('seq', '=', r.seq)
        .execute();
      prev = hash;
    }
    await sql`update audit_events set seq = seq - 100000 where tenant_id = ${tenant} and seq > 100000`.execute(
      db,
    );
  }

  it('keeps one chain per tenant, each starting at seq 1 from the genesis hash', async () => {
    const { db } = getDb();
    expect(await verifyAuditChain(db, 'chain-a')).toMatchObject({ ok: true, checked: 0, head: null });
    await fill('chain-a', 3);
    await fill('chain-b', 2);
    for (const [tenant, n] of [
      ['chain-a', 3],
      ['chain-b', 2],
    ] as const) {
      const rows = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('tenant_id', '=', tenant)
        .orderBy('seq')
        .execute();
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
      for (const [i, r] of rows.entries()) {
        if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]?.hash);
        const { hash, ...content } = r;
        expect(auditHash({ ...content, seq: Number(content.seq) })).toBe(hash);
        expect(r.event).toBe('residents.register');
        expect(JSON.parse(r.changed_fields)).toContain('familyName');
      }
      expect(await verifyAuditChain(db, tenant)).toMatchObject({ ok: true, checked: n, firstBroken: null });
    }
  });

  it('does not fork under concurrent writers of one tenant and of several', async () => {
    const { db } = getDb();
    const a = (await contexts(db, clock, 'chain-c')).bureau;
    const b = (await contexts(db, clock, 'chain-d')).bureau;
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        registerResident(
          { ...(i % 3 === 0 ? b : a), requestId: `concurrent-${i}` },
          residentInput({ givenName: `C${'X'.repeat(i + 1)}` }),
        ),
      ),
    );
    expect(await verifyAuditChain(db, 'chain-c')).toMatchObject({ ok: true, checked: 8 });
    expect(await verifyAuditChain(db, 'chain-d')).toMatchObject({ ok: true, checked: 4 });
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

  it('writes a signed checkpoint only when a head moved, and matches it', async () => {
    const { db } = getDb();
    const first = await writeCheckpoints(db, key, clock, ['chain-a', 'chain-b']);
    expect(first.map((c) => [c.tenantId, c.seq])).toEqual([
      ['chain-a', 3],
      ['chain-b', 2],
    ]);
    expect(await writeCheckpoints(db, key, clock, ['chain-a', 'chain-b'])).toEqual([]);
    const report = await verifyAuditChain(db, 'chain-a', { key });
    expect(report).toMatchObject({ ok: true, checked: 3, checkpoint: { status: 'matched', seq: 3 } });
    const forged = { ...(await latestCheckpoint(db, 'chain-a'))!, seq: 2 };
    expect(await verifyAuditChain(db, 'chain-a', { key, checkpoint: forged })).toMatchObject({
      ok: false,
      firstBroken: { reason: 'checkpoint-signature-invalid' },
    });
  });

  it('finds an edited event at its seq, even when its own hash was recomputed', async () => {
    const { db } = getDb();
    await fill('chain-e', 5);
    await db
      .updateTable('audit_events')
      .set({ changed_fields: '["nothing"]' })
      .where('tenant_id', '=', 'chain-e')
      .where('seq', '=', 3)
      .execute();
    expect(await verifyAuditChain(db, 'chain-e')).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: 'hash-mismatch' },
    });
    const row3 = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', 'chain-e')
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    const { hash: _old, ...content } = row3;
    await db
      .updateTable('audit_events')
      .set({ hash: auditHash({ ...content, seq: 3 }) })
      .where('tenant_id', '=', 'chain-e')
      .where('seq', '=', 3)
      .execute();
    expect((await verifyAuditChain(db, 'chain-e')).firstBroken).toEqual({
      seq: 4,
      reason: 'prev-hash-mismatch',
    });
  });

  it('holds a re-linked chain against the checkpoint: edits, insertions and reorderings before it are found', async () => {
    const { db } = getDb();
    await fill('chain-f', 6);
    await writeCheckpoints(db, key, clock, ['chain-f']);
    // an edit re-linked from scratch passes the hash walk but not the checkpoint
    await db
      .updateTable('audit_events')
      .set({ actor_id: 'someone-else' })
      .where('tenant_id', '=', 'chain-f')
      .where('seq', '=', 2)
      .execute();
    await relink('chain-f');
    expect(await verifyAuditChain(db, 'chain-f', { key })).toMatchObject({
      ok: false,
      checked: 6,
      firstBroken: { seq: 6, reason: 'checkpoint-mismatch' },
    });

    await fill('chain-g', 5);
    await writeCheckpoints(db, key, clock, ['chain-g']);
    // an inserted event (everything after it shifted and re-linked)
    const row = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', 'chain-g')
      .where('seq', '=', 2)
      .executeTakeFirstOrThrow();
    await sql`update audit_events set seq = seq + 1000 where tenant_id = 'chain-g' and seq >= 3`.execute(db);
    await db
      .insertInto('audit_events')
      .values({ ...row, seq: 3, subject_id: 'res_inserted' })
      .execute();
    await sql`update audit_events set seq = seq - 999 where tenant_id = 'chain-g' and seq > 1000`.execute(db);
    expect((await verifyAuditChain(db, 'chain-g')).firstBroken).toMatchObject({ seq: 3 });
    await relink('chain-g');
    expect(await verifyAuditChain(db, 'chain-g', { key })).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'checkpoint-mismatch' },
    });

    await fill('chain-h', 4);
    await writeCheckpoints(db, key, clock, ['chain-h']);
    // two events swapped
    await sql`update audit_events set seq = 99 where tenant_id = 'chain-h' and seq = 2`.execute(db);
    await sql`update audit_events set seq = 2 where tenant_id = 'chain-h' and seq = 3`.execute(db);
    await sql`update audit_events set seq = 3 where tenant_id = 'chain-h' and seq = 99`.execute(db);
    expect((await verifyAuditChain(db, 'chain-h')).firstBroken).toEqual({
      seq: 2,
      reason: 'prev-hash-mismatch',
    });
    await relink('chain-h');
    expect((await verifyAuditChain(db, 'chain-h', { key })).firstBroken).toEqual({
      seq: 4,
      reason: 'checkpoint-mismatch',
    });
  });

  it('finds a deleted tail, a deleted head and an emptied chain', async () => {
    const { db } = getDb();
    const del = (tenant: string, where: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
      where(base(tenant)).execute();
    const base = (tenant: string) => db.deleteFrom('audit_events').where('tenant_id', '=', tenant);

    await fill('chain-i', 5);
    await writeCheckpoints(db, key, clock, ['chain-i']);
    await del('chain-i', (q) => q.where('seq', '>=', 4));
    expect(await verifyAuditChain(db, 'chain-i', { checkpoint: null })).toMatchObject({
      checked: 3,
      firstBroken: null,
      checkpoint: { status: 'none' },
    });
    // without a checkpoint the walk alone cannot see it; with one it can
    const withCp = await verifyAuditChain(db, 'chain-i', { key });
    expect(withCp).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { seq: 4, reason: 'checkpoint-ahead' },
      checkpoint: { status: 'checkpoint-ahead', seq: 5 },
    });

    await fill('chain-j', 4);
    await writeCheckpoints(db, key, clock, ['chain-j']);
    await del('chain-j', (q) => q.where('seq', '=', 1));
    expect((await verifyAuditChain(db, 'chain-j', { key })).firstBroken).toEqual({
      seq: 1,
      reason: 'seq-gap',
    });

    await fill('chain-k', 3);
    await writeCheckpoints(db, key, clock, ['chain-k']);
    await del('chain-k', (q) => q);
    expect(await verifyAuditChain(db, 'chain-k', { key })).toMatchObject({
      ok: false,
      checked: 0,
      head: null,
      firstBroken: { seq: 1, reason: 'checkpoint-ahead' },
    });
  });

  it('a checkpoint from another key or of another chain is refused', async () => {
    const { db } = getDb();
    const other = newAuditKey();
    const head = await db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('tenant_id', '=', 'chain-b')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const foreign = signCheckpoint(
      { tenantId: 'chain-b', seq: Number(head.seq), hash: head.hash, at: 'x' },
      other,
    );
    expect((await verifyAuditChain(db, 'chain-b', { key, checkpoint: foreign })).checkpoint.status).toBe(
      'signature-invalid',
    );
    await expect(verifyAuditChain(db, 'chain-a', { checkpoint: foreign })).rejects.toThrow(/tenant chain-b/);
    const count = await db
      .selectFrom('audit_checkpoints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBeGreaterThan(0);
  });
});
