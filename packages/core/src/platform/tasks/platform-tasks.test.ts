import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, residentInput, testCa } from '../../../test/support/fixtures.ts';
import { registerResident } from '../../authority/commands/register-resident.ts';
import { newAuditKey } from '../audit/audit-key.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { createUser } from '../auth/create-user.ts';
import { createSession } from '../auth/sessions.ts';
import { movableClock } from '../clock.ts';
import { platformTasks } from './platform-tasks.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('platform tasks', (getDb) => {
  const key = newAuditKey();
  const clock = movableClock('2026-06-15T09:00:00+09:00');
  const task = (name: string) => {
    const t = platformTasks({ auditKey: () => key }).find((x) => x.name === name);
    if (!t) throw new Error(name);
    return (requestId: string) => t.run({ db: getDb().db, clock, dueAt: null, requestId });
  };

  it('purges expired sessions on the app clock, and a second run finds nothing', async () => {
    const { db } = getDb();
    const { admin } = await contexts(db, clock, 'tasks-sessions');
    const u = await createUser(admin, {
      username: 'purge.user',
      password: 'twelve chars ok',
      role: 'bureau-officer',
      officeCode: 'tokyo-bureau',
      displayName: 'P',
    });
    await createSession(db, u.id, clock);
    await createSession(db, u.id, clock);
    expect(await task('sessions.purge')('r1')).toEqual({ summary: '0 expired sessions deleted' });
    clock.advanceMs(8 * 3_600_000);
    expect(await task('sessions.purge')('r2')).toEqual({ summary: '2 expired sessions deleted' });
    expect(await task('sessions.purge')('r3')).toEqual({ summary: '0 expired sessions deleted' });
  });

  it('checkpoints every chain whose head moved, and a second run writes none', async () => {
    const { db } = getDb();
    const { bureau } = await contexts(db, clock, 'tasks-checkpoint');
    await registerResident(bureau, residentInput());
    const first = await task('audit.checkpoint')('c1');
    expect(first.summary).toMatch(/^[1-9]\d* checkpoints? written$/);
    expect(await task('audit.checkpoint')('c2')).toEqual({ summary: '0 checkpoints written' });
    expect(await verifyAuditChain(db, 'tasks-checkpoint', { key })).toMatchObject({
      ok: true,
      checkpoint: { status: 'matched' },
    });
  });
});
