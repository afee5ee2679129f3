/**
 * The scheduler each database gets, in real time: the lease loop on SQLite, the job engine (graphile-worker) on
 * PostgreSQL. Downtime is simulated by recording the last run three days back — in task_runs on SQLite, in the
 * engine's own crontab bookkeeping on PostgreSQL — so catch-up happens at start without waiting for a due time:
 * two schedulers started together run the missed due time once (one audit event per due time), a failing task
 * does not stop the others, a restart runs nothing again, and a task never seen before is not caught up.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, POSTGRES_TEST_URL, type TestDatabase } from '../../../test/support/dialects.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { fixedClock } from '../clock.ts';
import { PLATFORM_CHAIN } from '../tenants/tenant-kinds.ts';
import { installTaskEngine, taskEngineSchema, taskJobIdentifier } from './engine-scheduler.ts';
import type { Scheduler } from './lease-scheduler.ts';
import { dailyAt, latestDueAt } from './schedule.ts';
import type { ScheduledTask } from './scheduled-task.ts';
import { startScheduler } from './start-scheduler.ts';
import { ensureTaskRuns, getTaskRun } from './task-runs.ts';

/** A daily schedule whose due time was six hours ago (and is 18 hours away): no due time falls in a test. */
function dailySixHoursAgo() {
  const jst = new Date(Date.now() - 6 * 3_600_000 + 9 * 3_600_000);
  return dailyAt(jst.toISOString().slice(11, 16));
}

describeEachDialect('scheduler', (getDb) => {
  const schedule = dailySixHoursAgo();
  const app = fixedClock('2026-07-01T01:00:00Z');
  const runs = new Map<string, string[]>();
  const task = (name: string, fail = false): ScheduledTask => ({
    name,
    description: 'test',
    schedule,
    run: async ({ dueAt }) => {
      runs.set(name, [...(runs.get(name) ?? []), dueAt?.toISOString() ?? 'hand']);
      if (fail) throw new Error('nothing works today');
      return { summary: 'done' };
    },
  });
  const tasks = [task('sched.alpha'), task('sched.broken', true), task('sched.gamma')];
  let engine: string | null = null; // the job engine's schema of this suite (PostgreSQL)

  beforeAll(async () => {
    if (getDb().dialect === 'postgres') engine = await taskEngineSchema(getDb().db);
  });

  afterAll(async () => {
    if (!engine) return;
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    await client.query(`drop schema if exists ${engine} cascade`);
    await client.end();
  });

  /** Records that the tasks last ran at a due time `daysAgo` days back (and were known long before). */
  async function lastRanDaysAgo(t: TestDatabase, names: string[], daysAgo: number) {
    const last = new Date(latestDueAt(schedule, new Date()).getTime() - daysAgo * 86_400_000);
    const before = new Date(last.getTime() - 86_400_000);
    if (t.dialect === 'sqlite') {
      await ensureTaskRuns(t.db, names, before);
      await t.db
        .updateTable('task_runs')
        .set({ last_due_at: last.toISOString() })
        .where('name', 'in', names)
        .execute();
      return;
    }
    if (!engine) throw new Error('the engine schema is named in beforeAll');
    await installTaskEngine(t.location, engine);
    const client = new pg.Client({ connectionString: t.location });
    await client.connect();
    for (const n of names)
      await client.query(
        `insert into ${engine}._private_known_crontabs (identifier, known_since, last_execution) values ($1, $2, $3)
         on conflict (identifier) do update set known_since = excluded.known_since, last_execution = excluded.last_execution`,
        [taskJobIdentifier(n), before, last],
      );
    await client.end();
  }

  async function start(list: ScheduledTask[], owner: string): Promise<Scheduler> {
    const { db, location } = getDb();
    return startScheduler({ db, tasks: list, clock: app, owner, databaseUrl: location, pollIntervalMs: 200 });
  }

  const due = () => latestDueAt(schedule, new Date()).toISOString();

  it('picks the lease loop on SQLite and the job engine on PostgreSQL', async () => {
    const s = await start([], 'probe');
    expect(s.engine).toBe(getDb().dialect === 'sqlite' ? 'lease' : 'graphile-worker');
    await s.stop();
  });

  it('catches up the missed due time once at start, with two schedulers racing; a failure stops nothing else', async () => {
    const t = getDb();
    await lastRanDaysAgo(
      t,
      tasks.map((x) => x.name),
      3,
    );
    const [a, b] = await Promise.all([start(tasks, 'proc-a'), start(tasks, 'proc-b')]);
    try {
      for (const x of tasks)
        await expect
          .poll(async () => (await getTaskRun(t.db, x.name))?.last_due_at, { timeout: 20_000, interval: 100 })
          .toBe(due());
      await new Promise((r) => setTimeout(r, 1500)); // room for a second run, if there were one
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    for (const x of tasks) expect(runs.get(x.name)).toEqual([due()]);
    expect((await getTaskRun(t.db, 'sched.broken'))?.last_result).toBe('failed: nothing works today');
    expect((await getTaskRun(t.db, 'sched.alpha'))?.last_result).toBe('ok: done');
    const events = await t.db
      .selectFrom('audit_events')
      .select(['event', 'subject_id', 'request_id'])
      .where('tenant_id', '=', PLATFORM_CHAIN)
      .where('subject_type', '=', 'task')
      .orderBy('subject_id')
      .execute();
    expect(events).toEqual([
      { event: 'tasks.run', subject_id: 'sched.alpha', request_id: `task:sched.alpha@${due()}` },
      { event: 'tasks.fail', subject_id: 'sched.broken', request_id: `task:sched.broken@${due()}` },
      { event: 'tasks.run', subject_id: 'sched.gamma', request_id: `task:sched.gamma@${due()}` },
    ]);
    expect((await verifyAuditChain(t.db, PLATFORM_CHAIN)).ok).toBe(true);
  }, 40_000);

  it('runs nothing again after a restart, and does not catch up a task it never knew', async () => {
    const t = getDb();
    const fresh = task('sched.fresh');
    const s = await start([...tasks, fresh], 'proc-c');
    try {
      await expect.poll(async () => (await getTaskRun(t.db, 'sched.fresh'))?.known_since).toBeTruthy();
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      await s.stop();
    }
    for (const x of tasks) expect(runs.get(x.name)).toEqual([due()]);
    expect(runs.get('sched.fresh')).toBeUndefined();
    expect((await getTaskRun(t.db, 'sched.fresh'))?.last_due_at).toBeNull();
  }, 30_000);
});
