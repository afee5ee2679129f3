/**
 * The card.json text of a card's chip image, for the emulator (`zairyu card emulate`) and integrators'
 * tests — within the officer's municipality or bureau jurisdiction. Sandbox data only; without the My Number
 * individual-number file. A chip download is audited (cards.read-chip), in the same transaction as the read.
 */
import { idOf } from '../../platform/id-of.ts';
import type { CommandContext } from '../context.ts';
import { getCardRow, placeOfCard } from '../repositories/cards.ts';
import { runAuthority } from '../run.ts';

/** card.json of the card, or DomainError('not-found'). */
export async function getCardChip(ctx: CommandContext, input: string | { cardId: string }): Promise<string> {
  return runAuthority(ctx, 'cards.read-chip', async ({ tx, audit, grant }) => {
    const card = await getCardRow(tx, ctx.tenantId, idOf(input, 'cardId'));
    grant.check(await placeOfCard(tx, card), 'the card');
    audit.record({ event: 'cards.read-chip', subjectType: 'card', subjectId: card.id, changedFields: [] });
    return card.chip_json;
  });
}
