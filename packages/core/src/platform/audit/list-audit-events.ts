/**
 * Lists the tenant's audit events in chain order, a page at a time (afterSeq = the last seq seen), and
 * verifies the tenant's chain for its administrators and auditors.
 */
import type { Context } from '../context.ts';
import { platformPolicy } from '../policies/platform-policy.ts';
import type { AuditKey } from './audit-key.ts';
import { type AuditEvent, presentAuditEvent } from './present-audit-event.ts';
import { type AuditChainReport, verifyAuditChain } from './verify-audit-chain.ts';

/** Paging of listAuditEvents. */
export interface ListAuditEventsInput {
  afterSeq?: number;
  /** 1–1000, default 100. */
  limit?: number;
}

/** One page of the tenant's audit events. */
export async function listAuditEvents(ctx: Context, input: ListAuditEventsInput = {}): Promise<AuditEvent[]> {
  platformPolicy.authorize(ctx.actor, 'audit.read');
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

/** Verifies the actor's tenant's chain against its latest checkpoint. */
export async function verifyTenantAudit(
  ctx: Context,
  key: AuditKey | null = null,
): Promise<AuditChainReport> {
  platformPolicy.authorize(ctx.actor, 'audit.verify');
  return verifyAuditChain(ctx.db, ctx.tenantId, { key });
}
