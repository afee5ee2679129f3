/**
 * The scheduled tasks of this server, composed from each bounded context's list (the platform's session purge
 * and audit checkpoints, the authority's expiry run; the employer's retention, disposal and alerts join here) —
 * the one list both `zairyu serve` and `zairyu tasks` use.
 */
import {
  type AuditKey,
  authorityTasks,
  platformTasks,
  type Schedule,
  type ScheduledTask,
  withSchedules,
} from '@zairyu/core';

/** The server's tasks, with some schedules replaced (`--task-schedule NAME=SCHEDULE`). */
export function serverTasks(o: {
  auditKey: () => AuditKey;
  schedules?: Readonly<Record<string, Schedule>>;
}): ScheduledTask[] {
  return withSchedules([...platformTasks({ auditKey: o.auditKey }), ...authorityTasks()], o.schedules ?? {});
}
