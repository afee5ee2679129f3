import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { contexts, residentWithCard, testCa } from '../../../test/support/fixtures.ts';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.ts';
import { movableClock } from '../../platform/clock.ts';
import { authorityTasks } from './authority-tasks.ts';

beforeAll(async () => {
  await testCa();
}, 30_000);

describeEachDialect('authority tasks', (getDb) => {
  it('cards.expire runs daily at 00:05 JST, expires what is past its date in every tenant, and is idempotent', async () => {
    const { db } = getDb();
    const [task] = authorityTasks();
    expect(task).toMatchObject({ name: 'cards.expire', schedule: { kind: 'daily', at: '00:05' } });
    const clock = movableClock('2026-06-15');
    for (const tenant of ['expire-a', 'expire-b']) {
      const { bureau } = await contexts(db, clock, tenant);
      await residentWithCard(bureau, { specified: false });
    }
    clock.set('2027-09-01');
    const run = (requestId: string) => task!.run({ db, clock, dueAt: null, requestId });
    expect((await run('task:cards.expire@first')).summary).toMatch(
      /: 2 cards expired, 0 My Number functions/,
    );
    expect((await run('task:cards.expire@second')).summary).toMatch(
      /: 0 cards expired, 0 My Number functions/,
    );
    for (const tenant of ['expire-a', 'expire-b']) {
      const events = await db
        .selectFrom('audit_events')
        .select(['event', 'request_id'])
        .where('tenant_id', '=', tenant)
        .where('event', 'like', 'cards.expire%')
        .execute();
      expect(events).toEqual([{ event: 'cards.expire', request_id: 'task:cards.expire@first' }]);
      expect((await verifyAuditChain(db, tenant)).ok).toBe(true);
    }
  });
});
