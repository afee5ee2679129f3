/**
 * Applications: file a procedure (decided by the rules; 422 with their reasons when refused), list a
 * resident's, read one, grant one (issuing the card the decision names).
 */
import {
  ApplicationSchema,
  FileApplicationResultSchema,
  FileApplicationSchema,
  fileApplication,
  GrantApplicationResultSchema,
  GrantApplicationSchema,
  getApplication,
  grantApplication,
  listApplications,
} from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { IdParams, PageQuery } from './common.ts';

/** /applications. */
export function applicationRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'fileApplication',
      method: 'POST',
      url: '/applications',
      tag: 'applications',
      summary:
        'File a procedure, optionally with a 特定在留カード request (decided by the rules; 422 with their reasons when refused)',
      description:
        'A move-in (転入届) or change-of-address (転居届) takes `newAddress`: the resident moves when it is filed, and a move-in is filed at the new municipality.',
      action: 'applications.file',
      body: FileApplicationSchema,
      bodyExample: {
        residentId: 'res_…',
        procedure: 'extension-of-stay',
        channel: 'counter',
        requestSpecifiedCard: true,
      },
      status: 201,
      errors: [409, 422],
      response: FileApplicationResultSchema,
      handler: async ({ body, request }) => fileApplication(contextOf(deps, request), body),
    }),
    defineRoute({
      operationId: 'listApplications',
      method: 'GET',
      url: '/applications',
      tag: 'applications',
      summary: "A resident's applications, oldest first",
      action: 'applications.read',
      query: PageQuery.extend({ residentId: z.string().min(1).max(100) }),
      status: 200,
      response: z.array(ApplicationSchema),
      handler: async ({ query, request, reply }) => {
        const page = await listApplications(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page.items;
      },
    }),
    defineRoute({
      operationId: 'getApplication',
      method: 'GET',
      url: '/applications/:id',
      tag: 'applications',
      summary: 'Read an application with the decision it was filed under',
      action: 'applications.read',
      params: IdParams,
      status: 200,
      response: ApplicationSchema,
      handler: async ({ params, request }) =>
        getApplication(contextOf(deps, request), { applicationId: params.id }),
    }),
    defineRoute({
      operationId: 'grantApplication',
      method: 'POST',
      url: '/applications/:id/grant',
      tag: 'applications',
      summary: 'Grant a filed application; issues the card the decision names (a new number every time)',
      action: 'applications.grant',
      params: IdParams,
      body: GrantApplicationSchema.omit({ applicationId: true }),
      bodyExample: { newStayExpiry: '2028-03-31' },
      status: 200,
      errors: [409],
      response: GrantApplicationResultSchema,
      handler: async ({ params, body, request }) =>
        grantApplication(contextOf(deps, request), { ...body, applicationId: params.id }),
    }),
  ] as const;
}
