import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { fixedClock } from '../clock.ts';
import { PLATFORM_CHAIN } from '../tenants/tenant-kinds.ts';
import { runTaskByHand, TaskRunError } from './run-task.ts';
import { every } from './schedule.ts';
import type { ScheduledTask } from './scheduled-task.ts';
import { acquireLease, getTaskRun } from './task-runs.ts';

describeEachDialect('runTaskByHand', (getDb) => {
  const clocks = {
    appClock: fixedClock('2026-07-01T01:00:00Z'),
    timeClock: fixedClock('2026-11-30T03:00:00Z'),
  };
  const seen: { dueAt: Date | null; requestId: string; now: string }[] = [];
  const tasks: ScheduledTask[] = [
    {
      name: 'hand.work',
      description: 'test',
      schedule: every(60),
      run: async ({ dueAt, requestId, clock }) => {
        seen.push({ dueAt, requestId, now: clock.now().toISOString() });
        return { summary: '2 things done' };
      },
    },
    { name: 'hand.other', description: 'test', schedule: every(60), run: async () => ({ summary: '' }) },
  ];

  async function refusal(name: string) {
    try {
      await runTaskByHand(getDb().db, tasks, name, { ...clocks, owner: 'cli' });
    } catch (e) {
      return e as TaskRunError;
    }
    throw new Error('expected a refusal');
  }

  it('runs a task now on the app clock, records and audits it, and leaves the due times alone', async () => {
    const { db } = getDb();
    const r = await runTaskByHand(db, tasks, 'hand.work', { ...clocks, owner: 'cli' });
    expect(r).toEqual({
      name: 'hand.work',
      trigger: 'hand',
      dueAt: null,
      ok: true,
      summary: '2 things done',
      requestId: 'task:hand.work@hand-2026-11-30T03:00:00.000Z',
    });
    expect(seen).toEqual([{ dueAt: null, requestId: r.requestId, now: '2026-07-01T01:00:00.000Z' }]);
    expect(await getTaskRun(db, 'hand.work')).toMatchObject({
      last_due_at: null,
      last_started_at: '2026-11-30T03:00:00.000Z',
      last_finished_at: '2026-11-30T03:00:00.000Z',
      last_result: 'ok: 2 things done',
      lease_owner: null,
    });
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', PLATFORM_CHAIN)
      .where('request_id', '=', r.requestId)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ event: 'tasks.run', actor_id: 'operator', subject_id: 'hand.work' });
    expect(JSON.parse(event.changed_fields)).toEqual(['lastFinishedAt', 'lastResult']);
  });

  it('refuses an unknown name, listing the names, and a task another process is running', async () => {
    const unknown = await refusal('hand.nope');
    expect(unknown).toBeInstanceOf(TaskRunError);
    expect(unknown.code).toBe('unknown-task');
    expect(unknown.message).toContain('hand.other, hand.work');
    expect(
      await acquireLease(getDb().db, { name: 'hand.work', owner: 'server', now: clocks.timeClock.now() }),
    ).toBe(true);
    const busy = await refusal('hand.work');
    expect(busy.code).toBe('task-busy');
    expect(busy.message).toMatch(/running in another process \(lease until 2026-11-30T03:05:00.000Z\)/);
  });
});
