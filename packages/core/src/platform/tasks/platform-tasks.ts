/**
 * The platform's scheduled tasks: purge expired login sessions, and write signed checkpoints of every audit
 * chain's head (what lets `audit verify` detect a deleted tail). Both hourly; both idempotent (a second run
 * finds nothing expired and no head that moved).
 */
import type { AuditKey } from '../audit/audit-key.ts';
import { writeCheckpoints } from '../audit/checkpoints.ts';
import { deleteExpiredSessions } from '../auth/sessions.ts';
import { every } from './schedule.ts';
import type { ScheduledTask } from './scheduled-task.ts';

/**
 * The platform's tasks; the checkpoint task signs with the server's audit key, read when it first runs (listing
 * the tasks needs no key).
 */
export function platformTasks(o: { auditKey: () => AuditKey }): ScheduledTask[] {
  return [
    {
      name: 'sessions.purge',
      description: 'delete login sessions past their expiry',
      schedule: every(60),
      run: async ({ db, clock }) => {
        const n = await deleteExpiredSessions(db, clock);
        return { summary: `${n} expired session${n === 1 ? '' : 's'} deleted` };
      },
    },
    {
      name: 'audit.checkpoint',
      description: 'sign a checkpoint of every audit chain whose head moved',
      schedule: every(60),
      run: async ({ db, clock }) => {
        const written = await writeCheckpoints(db, o.auditKey(), clock);
        return { summary: `${written.length} checkpoint${written.length === 1 ? '' : 's'} written` };
      },
    },
  ];
}
