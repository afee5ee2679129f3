/**
 * The lease loop on both databases, stepped by hand on a movable real-time clock: of two schedulers on one
 * database one runs each due time, a held lease keeps the other out until it is freed or expires, a gap of many
 * periods is caught up once, a task first seen waits for its next due time, and a failure is recorded without
 * stopping the other tasks.
 */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/dialects.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { fixedClock, movableClock } from '../clock.ts';
import { PLATFORM_CHAIN } from '../tenants/tenant-kinds.ts';
import { leaseScheduler } from './lease-scheduler.ts';
import { every } from './schedule.ts';
import type { ScheduledTask } from './scheduled-task.ts';
import { acquireLease, getTaskRun } from './task-runs.ts';

describeEachDialect('lease scheduler', (getDb) => {
  const app = fixedClock('2026-07-01T01:00:00Z');

  function counting(name: string, minutes = 60, body?: () => Promise<void>) {
    const runs: (string | null)[] = [];
    const task: ScheduledTask = {
      name,
      description: 'test',
      schedule: every(minutes),
      run: async ({ dueAt }) => {
        runs.push(dueAt?.toISOString() ?? null);
        await body?.();
        return { summary: `run ${runs.length}` };
      },
    };
    return { task, runs };
  }

  function two(tasks: ScheduledTask[], time: ReturnType<typeof movableClock>, leaseMs = 60_000) {
    const { db } = getDb();
    const mk = (owner: string) => leaseScheduler({ db, tasks, clock: app, timeClock: time, owner, leaseMs });
    return [mk('proc-a'), mk('proc-b')] as const;
  }

  it('waits for the next due time of a task first seen, then runs each due time once across two schedulers', async () => {
    const time = movableClock('2026-07-01T00:30:00Z');
    const { task, runs } = counting('lease.once');
    const [a, b] = two([task], time);
    expect([...(await a.tick()), ...(await b.tick())]).toEqual([]); // 00:00 passed before the task was known
    expect((await getTaskRun(getDb().db, 'lease.once'))?.known_since).toBe('2026-07-01T00:30:00.000Z');
    for (const next of ['2026-07-01T01:00:00Z', '2026-07-01T01:20:00Z', '2026-07-01T02:00:05Z']) {
      time.set(next);
      const results = (await Promise.all([a.tick(), b.tick(), a.tick()])).flat();
      expect(results.length).toBeLessThanOrEqual(1);
    }
    expect(runs).toEqual(['2026-07-01T01:00:00.000Z', '2026-07-01T02:00:00.000Z']);
    const row = await getTaskRun(getDb().db, 'lease.once');
    expect(row).toMatchObject({
      last_due_at: '2026-07-01T02:00:00.000Z',
      last_result: 'ok: run 2',
      lease_owner: null,
      lease_until: null,
    });
  });

  it('catches up a gap of many due times once, with the latest due time', async () => {
    const time = movableClock('2026-07-02T00:10:00Z');
    const { task, runs } = counting('lease.gap', 15);
    const [a] = two([task], time);
    await a.tick();
    time.set('2026-07-02T05:47:00Z'); // 22 due times passed while "down"
    expect((await a.tick()).map((r) => r.dueAt)).toEqual(['2026-07-02T05:45:00.000Z']);
    expect(await a.tick()).toEqual([]);
    expect(runs).toEqual(['2026-07-02T05:45:00.000Z']);
  });

  it('keeps the other scheduler out while a run holds the lease, and runs what is still due after it', async () => {
    const time = movableClock('2026-07-03T00:10:00Z');
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { task, runs } = counting('lease.long', 60, () => gate);
    const [a, b] = two([task], time, 3 * 3_600_000); // the lease outlasts the hour this test jumps
    await a.tick();
    time.set('2026-07-03T01:00:00Z');
    const first = a.tick(); // runs 01:00 and blocks
    await expect.poll(() => runs.length).toBe(1);
    time.set('2026-07-03T02:00:30Z');
    expect(await b.tick()).toEqual([]); // the lease is held (and renewed)
    release();
    expect((await first).map((r) => r.dueAt)).toEqual(['2026-07-03T01:00:00.000Z']);
    expect((await b.tick()).map((r) => r.dueAt)).toEqual(['2026-07-03T02:00:00.000Z']);
    expect(runs).toEqual(['2026-07-03T01:00:00.000Z', '2026-07-03T02:00:00.000Z']);
  });

  it('takes over the lease of a process that died, once it expired', async () => {
    const time = movableClock('2026-07-04T00:10:00Z');
    const { task, runs } = counting('lease.crash');
    const [a, b] = two([task], time, 60_000);
    await a.tick();
    time.set('2026-07-04T01:00:00Z');
    const { db } = getDb();
    expect(
      await acquireLease(db, { name: 'lease.crash', owner: 'dead', now: time.now(), leaseMs: 60_000 }),
    ).toBe(true);
    expect(await b.tick()).toEqual([]);
    time.advanceMs(59_000);
    expect(await b.tick()).toEqual([]);
    time.advanceMs(1_000);
    expect((await b.tick()).map((r) => r.dueAt)).toEqual(['2026-07-04T01:00:00.000Z']);
    expect(runs).toHaveLength(1);
  });

  it('records a failing task and audits it, and still runs the others', async () => {
    const time = movableClock('2026-07-05T00:10:00Z');
    const ok = counting('lease.fine');
    const bad: ScheduledTask = {
      name: 'lease.broken',
      description: 'fails',
      schedule: every(60),
      run: async () => {
        throw new Error('the disk is full');
      },
    };
    const [a] = two([bad, ok.task], time);
    await a.tick();
    time.set('2026-07-05T01:00:00Z');
    const results = await a.tick();
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['lease.broken', false],
      ['lease.fine', true],
    ]);
    const { db } = getDb();
    expect((await getTaskRun(db, 'lease.broken'))?.last_result).toBe('failed: the disk is full');
    expect((await getTaskRun(db, 'lease.broken'))?.last_due_at).toBe('2026-07-05T01:00:00.000Z');
    const events = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', PLATFORM_CHAIN)
      .where('subject_id', 'in', ['lease.broken', 'lease.fine'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.event, e.subject_id, e.request_id])).toEqual(
      expect.arrayContaining([
        ['tasks.fail', 'lease.broken', 'task:lease.broken@2026-07-05T01:00:00.000Z'],
        ['tasks.run', 'lease.fine', 'task:lease.fine@2026-07-05T01:00:00.000Z'],
      ]),
    );
    for (const e of events) {
      expect(e.actor_id).toBe('scheduler');
      expect(JSON.parse(e.changed_fields)).toEqual(['lastDueAt', 'lastFinishedAt', 'lastResult']);
      expect(JSON.stringify(e)).not.toContain('disk is full'); // field names, never values
    }
    expect((await verifyAuditChain(db, PLATFORM_CHAIN)).ok).toBe(true);
  });

  it('runs on its own loop and stops cleanly, waiting for the run in progress', async () => {
    const { db } = getDb();
    const time = movableClock('2026-07-06T00:10:00Z');
    const { task, runs } = counting('lease.loop', 1, () => new Promise((r) => setTimeout(r, 200)));
    const s = leaseScheduler({ db, tasks: [task], clock: app, timeClock: time, owner: 'loop', pollMs: 20 });
    s.start();
    await expect.poll(async () => (await getTaskRun(db, 'lease.loop'))?.known_since).toBeTruthy();
    time.set('2026-07-06T00:11:00Z');
    await expect.poll(() => runs.length).toBe(1);
    await s.stop();
    expect((await getTaskRun(db, 'lease.loop'))?.last_result).toBe('ok: run 1');
    time.set('2026-07-06T00:12:00Z');
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toHaveLength(1);
  });
});
