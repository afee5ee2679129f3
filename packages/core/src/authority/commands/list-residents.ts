/**
 * Lists the tenant's residents in registration order, a page at a time (cursor = the last id seen).
 */
import type { CommandContext } from '../../platform/context.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';

/** Paging of listResidents. */
export interface ListResidentsInput {
  /** 1–500, default 100. */
  limit?: number;
  /** Return residents after this id. */
  cursor?: string | null;
}

/** One page of residents and the cursor of the next (null at the end). */
export async function listResidents(
  ctx: CommandContext,
  input: ListResidentsInput = {},
): Promise<{ items: Resident[]; nextCursor: string | null }> {
  authorize(ctx.actor, 'residents.read');
  const limit = Math.min(500, Math.max(1, Math.floor(input.limit ?? 100)));
  let q = ctx.db.selectFrom('residents').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (input.cursor) q = q.where('id', '>', input.cursor);
  const rows = await q
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    items: page.map(presentResident),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
