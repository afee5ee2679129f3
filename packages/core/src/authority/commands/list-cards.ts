/**
 * Lists a resident's cards, oldest first (every state: the history of issuance), within the officer's
 * municipality or bureau jurisdiction, a page at a time.
 */
import { pageLimit, toPage } from '../../platform/paging.ts';
import type { CommandContext } from '../context.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getResidentRow } from '../repositories/residents.ts';
import { authorizeAuthority } from '../run.ts';

/** The resident's cards; DomainError('not-found') for an unknown resident. */
export async function listCards(
  ctx: CommandContext,
  input: { residentId: string; limit?: number; cursor?: string | null },
): Promise<{ items: Card[]; nextCursor: string | null }> {
  const grant = authorizeAuthority(ctx, 'cards.read');
  const resident = await getResidentRow(ctx.db, ctx.tenantId, String(input.residentId));
  grant.check({ municipalityCode: resident.municipality_code }, 'the resident');
  const limit = pageLimit(input);
  let q = ctx.db
    .selectFrom('cards')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('resident_id', '=', input.residentId);
  if (input.cursor) q = q.where('id', '>', input.cursor);
  const rows = await q
    .orderBy('id', 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, presentCard);
}
