import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../clock.ts';
import { authenticate } from './authenticate.ts';
import { createUser } from './create-user.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('authenticate', (getDb) => {
  it('returns the actor for the right password and null otherwise, taking similar time for unknown users', async () => {
    const { db } = getDb();
    const { admin } = await contexts(db, movableClock('2026-06-15'), 'tenant-auth');
    await createUser(admin, {
      username: 'muni.officer',
      password: 'twelve chars ok',
      role: 'municipal-officer',
      officeCode: '131016',
      displayName: 'M',
    });
    expect(await authenticate(db, 'muni.officer', 'twelve chars ok', 'tenant-auth')).toMatchObject({
      username: 'muni.officer',
      role: 'municipal-officer',
      officeCode: '131016',
      tenantId: 'tenant-auth',
    });
    expect(await authenticate(db, 'muni.officer', 'twelve chars OK', 'tenant-auth')).toBeNull();
    const t0 = performance.now();
    expect(await authenticate(db, 'nobody', 'twelve chars ok', 'tenant-auth')).toBeNull();
    const unknown = performance.now() - t0;
    const t1 = performance.now();
    await authenticate(db, 'muni.officer', 'wrong password!', 'tenant-auth');
    const known = performance.now() - t1;
    expect(unknown).toBeGreaterThan(known / 4); // the dummy hash is checked too (no fast path)
    await db
      .updateTable('users')
      .set({ disabled_at: '2026-06-15T00:00:00.000Z' })
      .where('username', '=', 'muni.officer')
      .execute();
    expect(await authenticate(db, 'muni.officer', 'twelve chars ok', 'tenant-auth')).toBeNull();
    expect(await authenticate(db, "' OR 1=1 --", 'x', 'tenant-auth')).toBeNull();
  });
});
