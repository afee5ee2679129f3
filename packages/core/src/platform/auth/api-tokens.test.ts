import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, domainError, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../clock.ts';
import { actorOf } from './actor-of.ts';
import { createApiToken, revokeApiToken, verifyApiToken } from './api-tokens.ts';
import { createUser } from './create-user.ts';
import { secretHash } from './sessions.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('API tokens', (getDb) => {
  it('shows the token once, stores its SHA-256, acts as its owner until revoked', async () => {
    const { db } = getDb();
    const clock = movableClock('2026-06-15');
    const { admin, bureau } = await contexts(db, clock);
    const u = await createUser(admin, {
      username: 'program.owner',
      password: 'twelve chars ok',
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      displayName: 'P',
    });
    const row = await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    const owner = { ...bureau, actor: actorOf(row) };
    const { id, token } = await createApiToken(owner, { name: 'integration test' });
    expect(token).toMatch(/^zat_[A-Za-z0-9_-]{43}$/);
    const stored = await db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(secretHash(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await verifyApiToken(db, token)).toEqual(actorOf(row));
    expect(await verifyApiToken(db, `${token}x`)).toBeNull();
    expect(await verifyApiToken(db, 'Bearer nonsense')).toBeNull();

    expect((await domainError(() => createApiToken(bureau, { name: 'no account' }))).code).toBe('forbidden');
    const u2 = await createUser(admin, {
      username: 'other.owner',
      password: 'twelve chars ok',
      role: 'municipal-officer',
      officeCode: '131016',
      displayName: 'O',
    });
    const row2 = await db.selectFrom('users').selectAll().where('id', '=', u2.id).executeTakeFirstOrThrow();
    const other = await createApiToken({ ...bureau, actor: actorOf(row2) }, { name: 'someone else' });
    expect((await domainError(() => revokeApiToken(owner, { tokenId: other.id }))).code).toBe('forbidden');
    await revokeApiToken(owner, { tokenId: id });
    expect(await verifyApiToken(db, token)).toBeNull();
    await revokeApiToken(admin, { tokenId: other.id });
    expect((await domainError(() => createApiToken(owner, { name: '' }))).path).toBe('name');
  });
});
