/**
 * The work queue: the applications awaiting grant that the officer may grant (their office's procedures,
 * within their municipality or bureau jurisdiction), oldest filing first, each with the resident's name.
 */
import { listWorkQueue, WorkQueueItemSchema } from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { PageQuery } from './common.ts';

/** /work-queue. */
export function workQueueRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'listWorkQueue',
      method: 'GET',
      url: '/work-queue',
      tag: 'applications',
      summary: 'The applications awaiting grant that you may grant, oldest filing first',
      description:
        "Filed and not yet granted; a bureau officer's queue holds immigration-bureau procedures, a municipal officer's municipal ones, each within the place the application is for.",
      action: 'applications.grant',
      query: PageQuery,
      status: 200,
      response: z.object({ items: z.array(WorkQueueItemSchema), nextCursor: z.string().nullable() }),
      handler: async ({ query, request, reply }) => {
        const page = await listWorkQueue(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page;
      },
    }),
  ] as const;
}
