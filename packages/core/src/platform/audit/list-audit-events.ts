/**
 * Lists the tenant's audit events in chain order, a page at a time (afterSeq = the last seq seen).
 */
import type { CommandContext } from '../context.ts';
import { authorize } from '../policies/policies.ts';
import { type AuditEvent, presentAuditEvent } from './present-audit-event.ts';

/** Paging of listAuditEvents. */
export interface ListAuditEventsInput {
  afterSeq?: number;
  /** 1–1000, default 100. */
  limit?: number;
}

/** One page of the tenant's audit events. */
export async function listAuditEvents(
  ctx: CommandContext,
  input: ListAuditEventsInput = {},
): Promise<AuditEvent[]> {
  authorize(ctx.actor, 'audit.read');
  const limit = Math.min(1000, Math.max(1, Math.floor(input.limit ?? 100)));
  const rows = await ctx.db
    .selectFrom('audit_events')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('seq', '>', Math.max(0, Math.floor(input.afterSeq ?? 0)))
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
  return rows.map(presentAuditEvent);
}
