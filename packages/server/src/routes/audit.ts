/**
 * The tenant's audit chain for its administrators and auditors: the events in chain order, and the
 * verification of the chain against its latest signed checkpoint.
 */
import { AuditChainReportSchema, AuditEventSchema, listAuditEvents, verifyTenantAudit } from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import type { AppDeps } from '../deps.ts';

/** /audit. */
export function auditRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'listAuditEvents',
      method: 'GET',
      url: '/audit/events',
      tag: 'audit',
      summary: "The tenant's audit events in chain order (field names, never values)",
      action: 'audit.read',
      query: z.object({
        afterSeq: z.coerce.number().int().min(0).optional().meta({ description: 'Events after this seq' }),
        cursor: z
          .string()
          .regex(/^\d{1,15}$/)
          .optional()
          .meta({ description: 'Same as afterSeq (x-next-cursor)' }),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      status: 200,
      response: z.array(AuditEventSchema),
      handler: async ({ query, request, reply }) => {
        const limit = query.limit ?? 100;
        const afterSeq = query.afterSeq ?? (query.cursor ? Number(query.cursor) : 0);
        const events = await listAuditEvents(contextOf(deps, request), { afterSeq, limit });
        const last = events[events.length - 1];
        if (events.length === limit && last) {
          const url = new URL(request.url, 'http://localhost');
          url.searchParams.delete('afterSeq');
          url.searchParams.set('cursor', String(last.seq));
          reply
            .header('link', `<${url.pathname}${url.search}>; rel="next"`)
            .header('x-next-cursor', String(last.seq));
        }
        return events;
      },
    }),
    defineRoute({
      operationId: 'verifyAudit',
      method: 'GET',
      url: '/audit/verify',
      tag: 'audit',
      summary:
        "Check the tenant's hash chain against its latest signed checkpoint (administrators, auditors)",
      action: 'audit.verify',
      status: 200,
      response: AuditChainReportSchema,
      handler: async ({ request }) => verifyTenantAudit(contextOf(deps, request), deps.auditKey ?? null),
    }),
  ] as const;
}
