import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, countRows, domainError, TENANT, testCa } from '../../../test/support/fixtures.ts';
import { movableClock } from '../clock.ts';
import { authenticate } from './authenticate.ts';
import { createUser, listUsers } from './create-user.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

const input = {
  username: 'officer.one',
  password: 'a long enough secret',
  role: 'bureau-officer' as const,
  officeCode: 'tokyo-bureau',
  displayName: "Officer O'Neil; DROP TABLE users",
};

describeEachDialect('createUser', (getDb) => {
  it('creates a user (administrators only), audits field names, never returns or logs the password', async () => {
    const { db } = getDb();
    const { admin, bureau } = await contexts(db, movableClock('2026-06-15'));
    expect((await domainError(() => createUser(bureau, input))).code).toBe('forbidden');
    const u = await createUser(admin, input);
    expect(u).toMatchObject({
      username: 'officer.one',
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      disabledAt: null,
    });
    expect(u.displayName).toBe(input.displayName);
    expect(JSON.stringify(u)).not.toMatch(/secret|scrypt/);
    const row = await db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    const ev = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(ev.event).toBe('users.create');
    expect(ev.changed_fields).not.toContain('secret');
    expect((await authenticate(db, 'officer.one', input.password, TENANT))?.userId).toBe(u.id);
    expect(await authenticate(db, 'officer.one', input.password)).toBeNull(); // the default tenant has no such user
    expect((await listUsers(admin)).items.map((x) => x.username)).toContain('officer.one');
  });

  it('refuses short passwords, bad offices, bad usernames and duplicates, storing nothing', async () => {
    const { db } = getDb();
    const { admin } = await contexts(db, movableClock('2026-06-15'));
    const before = await countRows(db, 'users');
    const cases: [Record<string, unknown>, string][] = [
      [{ password: 'short' }, 'password'],
      [{ username: 'Bad Name' }, 'username'],
      [{ role: 'municipal-officer', officeCode: '131017' } as never, 'officeCode'],
      [{ role: 'system-admin', officeCode: 'tokyo-bureau' } as never, 'officeCode'],
      [{ officeCode: null }, 'officeCode'],
      [{ role: 'superuser' } as never, 'role'],
    ];
    for (const [override, path] of cases) {
      const e = await domainError(() =>
        createUser(admin, { ...input, username: 'fresh.user', ...override } as never),
      );
      expect(e.code).toBe('invalid-input');
      expect(e.path).toBe(path);
    }
    expect(await countRows(db, 'users')).toBe(before);
    const dup = await domainError(() => createUser(admin, input));
    expect(dup.code).toBe('conflict');
    const municipal = await createUser(admin, {
      ...input,
      username: 'muni',
      role: 'municipal-officer',
      officeCode: '131016',
    });
    expect(municipal.officeCode).toBe('131016');
  });
});
