import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { testCa } from '../../../test/support/fixtures.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { fixedClock } from '../clock.ts';
import { actorFor } from '../context.ts';
import { DEFAULT_TENANT } from './tenant-kinds.ts';
import { createTenant, getOwnTenant, listTenants } from './tenants.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('tenants', (getDb) => {
  it('exist for the sandbox authority from the first migration, and the operator adds more', async () => {
    const { db } = getDb();
    const clock = fixedClock('2026-12-01T01:00:00Z');
    expect((await listTenants(db)).map((t) => [t.id, t.kind])).toContainEqual([DEFAULT_TENANT, 'authority']);
    const t = await createTenant(db, clock, {
      id: 'acme-works',
      kind: 'employer',
      name: 'ACME Works (SANDBOX)',
    });
    expect(t).toMatchObject({ id: 'acme-works', kind: 'employer', settings: {} });
    // its creation is the first event of its own chain
    expect(await verifyAuditChain(db, 'acme-works')).toMatchObject({ ok: true, checked: 1 });
    const actor = actorFor({
      userId: 'u',
      username: 'u',
      role: 'auditor',
      officeCode: null,
      tenantId: 'acme-works',
    });
    expect((await getOwnTenant({ db, clock, actor, tenantId: 'acme-works', requestId: 'r' })).name).toBe(
      'ACME Works (SANDBOX)',
    );
  });

  it('refuse a taken, malformed or reserved id and an unknown kind, creating nothing', async () => {
    const { db } = getDb();
    const clock = fixedClock('2026-12-01T01:00:00Z');
    const before = (await listTenants(db)).length;
    for (const input of [
      { id: 'acme-works', kind: 'employer', name: 'again' },
      { id: 'Bad Id', kind: 'employer', name: 'x' },
      { id: 'platform', kind: 'employer', name: 'x' },
      { id: 'ok-id', kind: 'bank', name: 'x' },
      { id: 'ok-id2', kind: 'authority', name: '' },
    ])
      await expect(createTenant(db, clock, input as never), input.id).rejects.toMatchObject({
        code: expect.stringMatching(/invalid-input|conflict/),
      });
    expect((await listTenants(db)).length).toBe(before);
  });
});
