import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../clock.ts';
import { createUser } from './create-user.ts';
import { createSession, deleteExpiredSessions, deleteSession, getSession, secretHash } from './sessions.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('sessions', (getDb) => {
  it('creates 8-hour sessions with CSRF tokens, stores only the id hash, expires and deletes them', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15T09:00:00+09:00');
    const { admin } = await contexts(db, clock);
    const u = await createUser(admin, {
      username: 'session.user',
      password: 'twelve chars ok',
      role: 'bureau-officer',
      officeCode: 'osaka-bureau',
      displayName: 'S',
    });
    const s = await createSession(db, u.id, clock);
    expect(Buffer.from(s.id, 'base64url')).toHaveLength(32);
    expect(Buffer.from(s.csrfToken, 'base64url')).toHaveLength(32);
    expect(s.expiresAt).toBe('2026-06-15T08:00:00.000Z');
    const stored = await db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(stored.id).toBe(secretHash(s.id));
    expect(stored.id).not.toBe(s.id);

    const got = await getSession(db, s.id, clock);
    expect(got?.actor).toMatchObject({ userId: u.id, role: 'bureau-officer', officeCode: 'osaka-bureau' });
    expect(got?.csrfToken).toBe(s.csrfToken);
    expect(await getSession(db, 'not-a-session', clock)).toBeNull();
    expect(await getSession(db, stored.id, clock)).toBeNull(); // the stored hash is not a key

    clock.advanceMs(8 * 3_600_000);
    expect(await getSession(db, s.id, clock)).toBeNull();
    expect(await deleteExpiredSessions(db, clock)).toBe(1);

    clock.set('2026-06-16T09:00:00+09:00');
    const s2 = await createSession(db, u.id, clock);
    await deleteSession(db, s2.id, clock, 'req-logout');
    expect(await getSession(db, s2.id, clock)).toBeNull();
    const events = await db
      .selectFrom('audit_events')
      .select('event')
      .where('subject_id', '=', u.id)
      .execute();
    expect(events.map((e) => e.event)).toEqual([
      'users.create',
      'sessions.create',
      'sessions.create',
      'sessions.delete',
    ]);
  });
});
