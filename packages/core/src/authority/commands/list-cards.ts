/**
 * Lists a resident's cards, oldest first (every state: the history of issuance).
 */
import type { CommandContext } from '../../platform/context.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getResidentRow } from '../repositories/residents.ts';

/** The resident's cards; DomainError('not-found') for an unknown resident. */
export async function listCards(ctx: CommandContext, input: { residentId: string }): Promise<Card[]> {
  authorize(ctx.actor, 'cards.read');
  await getResidentRow(ctx.db, ctx.tenantId, String(input.residentId));
  const rows = await ctx.db
    .selectFrom('cards')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('resident_id', '=', input.residentId)
    .orderBy('id', 'asc')
    .execute();
  return rows.map(presentCard);
}
