import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { fixedClock } from '../clock.ts';
import { authenticate } from './authenticate.ts';
import { bootstrapAdmin } from './bootstrap-admin.ts';

describeEachDialect('bootstrapAdmin', (getDb) => {
  it('creates one administrator with a random password when there are no users, then never again', async () => {
    const { db } = getDb();
    const clock = fixedClock('2026-06-15');
    const first = await bootstrapAdmin(db, clock);
    expect(first?.username).toBe('admin');
    expect(first?.password.length).toBeGreaterThanOrEqual(24);
    expect((await authenticate(db, 'admin', first!.password))?.role).toBe('system-admin');
    expect(await bootstrapAdmin(db, clock)).toBeNull();
    const ev = await db.selectFrom('audit_events').selectAll().executeTakeFirstOrThrow();
    expect(ev).toMatchObject({ event: 'users.create', actor_id: 'system', request_id: 'bootstrap' });
  });
});
