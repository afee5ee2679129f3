/**
 * Tasks a person can run by hand through the API (the scheduler runs the same commands).
 */
import { ExpireCardsResultSchema, expireCards } from '@zairyu/core';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import type { AppDeps } from '../deps.ts';

/** /tasks. */
export function taskRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'expireCards',
      method: 'POST',
      url: '/tasks/expire-cards',
      tag: 'tasks',
      summary: 'Expire cards and My Number functions past their dates (the daily task, run now)',
      action: 'cards.expire',
      status: 200,
      response: ExpireCardsResultSchema,
      handler: async ({ request }) => expireCards(contextOf(deps, request)),
    }),
  ] as const;
}
