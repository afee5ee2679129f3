/**
 * Reads one card of the tenant (state and dates; the chip is getCardChip's), within the officer's
 * municipality or bureau jurisdiction.
 */
import { idOf } from '../../platform/id-of.ts';
import type { CommandContext } from '../context.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getCardRow, placeOfCard } from '../repositories/cards.ts';
import { authorizeAuthority } from '../run.ts';

/** The card, or DomainError('not-found'). */
export async function getCard(ctx: CommandContext, input: string | { cardId: string }): Promise<Card> {
  const grant = authorizeAuthority(ctx, 'cards.read');
  const card = await getCardRow(ctx.db, ctx.tenantId, idOf(input, 'cardId'));
  grant.check(await placeOfCard(ctx.db, card), 'the card');
  return presentCard(card);
}
