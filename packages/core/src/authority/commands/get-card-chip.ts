/**
 * The card.json text of a card's chip image, for the emulator (`zairyu card emulate`) and integrators'
 * tests. Sandbox data only; without the My Number individual-number file.
 */
import type { CommandContext } from '../../platform/context.ts';
import { idOf } from '../../platform/id-of.ts';
import { authorize } from '../../platform/policies/policies.ts';
import { getCardRow } from '../repositories/cards.ts';

/** card.json of the card, or DomainError('not-found'). */
export async function getCardChip(ctx: CommandContext, input: string | { cardId: string }): Promise<string> {
  authorize(ctx.actor, 'cards.read-chip');
  return (await getCardRow(ctx.db, ctx.tenantId, idOf(input, 'cardId'))).chip_json;
}
