/**
 * Starts the scheduler that fits the database (DESIGN "Real components"): on SQLite the in-process lease loop,
 * on PostgreSQL the job engine (graphile-worker), so several server processes on one database run each task
 * once per due time.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { isPostgres } from '../../db/dialect-of.ts';
import { engineScheduler } from './engine-scheduler.ts';
import { leaseScheduler, type Scheduler, type SchedulerOptions } from './lease-scheduler.ts';

/** A name for this process on leases: host, pid and a random suffix (a restarted pid is another owner). */
export function schedulerOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** Starts the scheduler; on PostgreSQL `databaseUrl` is needed (the engine opens its own connections). */
export async function startScheduler(
  o: Omit<SchedulerOptions, 'owner'> & {
    owner?: string;
    databaseUrl?: string;
    /** PostgreSQL: how often an idle engine worker looks for jobs besides LISTEN/NOTIFY (default 2 s). */
    pollIntervalMs?: number;
  },
): Promise<Scheduler> {
  const options = { ...o, owner: o.owner ?? schedulerOwner() };
  if (isPostgres(o.db)) {
    if (!o.databaseUrl) throw new Error('the PostgreSQL scheduler needs the database URL');
    return engineScheduler({ ...options, databaseUrl: o.databaseUrl });
  }
  const s = leaseScheduler(options);
  s.start();
  return s;
}
