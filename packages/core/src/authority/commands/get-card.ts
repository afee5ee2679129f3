/**
 * Reads one card of the tenant (state and dates; the chip is getCardChip's).
 */
import type { CommandContext } from '../../platform/context.ts';
import { idOf } from '../../platform/id-of.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getCardRow } from '../repositories/cards.ts';

/** The card, or DomainError('not-found'). */
export async function getCard(ctx: CommandContext, input: string | { cardId: string }): Promise<Card> {
  authorize(ctx.actor, 'cards.read');
  return presentCard(await getCardRow(ctx.db, ctx.tenantId, idOf(input, 'cardId')));
}
