/**
 * The expiry run (cards.expire), a command a person can call and the scheduled task calls: cards past their
 * 有効期間 go issued → expired — except a residence card whose holder is in a running 特例期間 (an extension
 * or change filed in time keeps the card valid, 入管法20条6項) — and My Number functions past their expiry
 * (the original 在留期間満了日, not extended by the 特例期間) go to expired. The 特例期間 comes from the rules.
 */
import { z } from 'zod';
import { japanDate } from '../../platform/clock.ts';
import type { Context } from '../../platform/context.ts';
import type { CommandContext } from '../context.ts';
import { assertMyNumberTransition, type MyNumberState } from '../domain/card-state.ts';
import { keptBySpecialPeriod } from '../domain/kept-by-special-period.ts';
import { getCardRow, transitionCard } from '../repositories/cards.ts';
import { runAuthority } from '../run.ts';

/** What an expiry run changed. */
export const ExpireCardsResultSchema = z.object({
  asOf: z.string().meta({ description: 'The Japan date the run judged by' }),
  cardsExpired: z.number().int(),
  myNumberFunctionsExpired: z.number().int(),
  keptBySpecialPeriod: z
    .number()
    .int()
    .meta({ description: 'Cards past their printed expiry kept valid by a running 特例期間' }),
});

/** What an expiry run changed. */
export type ExpireCardsResult = z.infer<typeof ExpireCardsResultSchema>;

/** Expires cards and My Number functions past their dates, as of ctx.clock. */
export async function expireCards(ctx: Context | CommandContext): Promise<ExpireCardsResult> {
  return runAuthority(ctx, 'cards.expire', async ({ tx, audit, at, now }) => {
    const today = japanDate(now);
    let cardsExpired = 0;
    let myNumberFunctionsExpired = 0;
    let kept = 0;

    const mnDue = await tx
      .selectFrom('cards')
      .select(['id', 'my_number_state'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('my_number_state', 'in', ['active', 'suspended'])
      .where('my_number_expires_on', '<', today)
      .orderBy('id', 'asc')
      .execute();
    for (const c of mnDue) {
      assertMyNumberTransition(c.my_number_state as MyNumberState, 'expired');
      await tx
        .updateTable('cards')
        .set({ my_number_state: 'expired' })
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', c.id)
        .execute();
      audit.record({
        event: 'cards.expire-my-number',
        subjectType: 'card',
        subjectId: c.id,
        changedFields: ['myNumber.state'],
      });
      myNumberFunctionsExpired += 1;
    }

    const due = await tx
      .selectFrom('cards')
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('state', '=', 'issued')
      .where('expires_on', '<', today)
      .orderBy('id', 'asc')
      .execute();
    for (const { id } of due) {
      const card = await getCardRow(tx, ctx.tenantId, id);
      if (await keptBySpecialPeriod(tx, card, today)) {
        kept += 1;
        continue;
      }
      await transitionCard(tx, card, 'expired', at);
      audit.record({
        event: 'cards.expire',
        subjectType: 'card',
        subjectId: card.id,
        changedFields: ['state'],
      });
      cardsExpired += 1;
    }
    return { asOf: today, cardsExpired, myNumberFunctionsExpired, keptBySpecialPeriod: kept };
  });
}
