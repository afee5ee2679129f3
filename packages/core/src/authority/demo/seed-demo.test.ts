import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { testCa } from '../../../test/support/fixtures.ts';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.ts';
import { authenticate } from '../../platform/auth/authenticate.ts';
import { fixedClock } from '../../platform/clock.ts';
import { demoIssueDay, seedDemo } from './seed-demo.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describe('demoIssueDay', () => {
  it('is the last bureau open day up to today, never before the counters open', () => {
    expect(demoIssueDay('2026-01-10')).toBe('2026-06-15');
    expect(demoIssueDay('2026-11-30')).toBe('2026-11-30');
    expect(demoIssueDay('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    expect(demoIssueDay('2027-01-02')).toBe('2026-12-28'); // year-end closure
  });
});

describeEachDialect('seedDemo', (getDb) => {
  it('creates accounts, residents and one issued 特定在留カード once, with random passwords', async () => {
    const { db } = getDb();
    const clock = fixedClock('2026-11-29T12:00:00+09:00');
    const seed = await seedDemo(db, clock, await testCa(), { tenantId: 'demo' });
    expect(seed).not.toBeNull();
    expect(seed!.users.map((u) => [u.username, u.role, u.officeCode])).toEqual([
      ['demo-admin', 'system-admin', null],
      ['demo-bureau', 'bureau-officer', 'tokyo-bureau'],
      ['demo-municipal', 'municipal-officer', '131016'],
    ]);
    for (const u of seed!.users) {
      expect(u.password.length).toBeGreaterThanOrEqual(24);
      expect((await authenticate(db, u.username, u.password, 'demo'))?.tenantId).toBe('demo');
      expect(await authenticate(db, u.username, u.password)).toBeNull(); // another tenant's login
    }
    expect(new Set(seed!.users.map((u) => u.password)).size).toBe(3);
    expect(seed!.residentIds).toHaveLength(4);
    const card = await db
      .selectFrom('cards')
      .selectAll()
      .where('card_number', '=', seed!.cardNumber)
      .executeTakeFirstOrThrow();
    expect(card).toMatchObject({
      kind: 'specified-residence-card',
      state: 'issued',
      issued_on: '2026-11-27',
      tenant_id: 'demo',
    });
    const names = await db.selectFrom('residents').select(['family_name', 'given_name']).execute();
    expect(names.every((n) => n.family_name === 'SANDBOX')).toBe(true);
    expect(await seedDemo(db, clock, await testCa())).toBeNull();
    expect((await verifyAuditChain(db, 'demo')).ok).toBe(true);
  });
});
