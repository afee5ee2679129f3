/**
 * The authority's scheduled tasks: the daily expiry run (cards and My Number functions past their dates) at
 * 00:05 Japan time, just after the date the rules reason about has changed.
 */
import { dailyAt } from '../../platform/tasks/schedule.ts';
import type { ScheduledTask } from '../../platform/tasks/scheduled-task.ts';
import { runExpiryTask } from './expiry-task.ts';

/** The authority's tasks. */
export function authorityTasks(): ScheduledTask[] {
  return [
    {
      name: 'cards.expire',
      description: 'expire cards and My Number functions past their dates, in every authority tenant',
      schedule: dailyAt('00:05'),
      run: async ({ db, clock, requestId }) => {
        const results = await runExpiryTask(db, clock, requestId);
        const sum = (k: 'cardsExpired' | 'myNumberFunctionsExpired' | 'keptBySpecialPeriod') =>
          results.reduce((n, r) => n + r[k], 0);
        return {
          summary: `${results.length} tenant${results.length === 1 ? '' : 's'}: ${sum('cardsExpired')} cards expired, ${sum('myNumberFunctionsExpired')} My Number functions expired, ${sum('keptBySpecialPeriod')} kept by the special period`,
        };
      },
    },
  ];
}
