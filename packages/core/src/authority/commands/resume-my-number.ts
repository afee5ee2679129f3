/**
 * The lost card was found (cards.resume-my-number): lost → issued, the open loss report is closed, and a
 * suspended My Number function becomes active again (an expired one stays expired).
 */
import { PROCEDURES } from '@zairyu/rules';
import { z } from 'zod';
import { DomainError } from '../../platform/domain-error.ts';
import { parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import { type Card, presentCard } from '../presenters/present-card.ts';
import { getCardRow, placeOfCard, transitionCard } from '../repositories/cards.ts';
import { runAuthority } from '../run.ts';

/** The procedures that re-issue a lost card (a filed one blocks marking the card found). */
const LOST_CARD_REISSUES = PROCEDURES.filter((p) => p.reissuesLostCard).map((p) => p.code);

/** Input of resumeMyNumber. */
export const ResumeMyNumberSchema = z.object({ cardId: z.string().min(1).max(100) }).strict();

/** Marks a lost card found and resumes its My Number function. */
export async function resumeMyNumber(ctx: CommandContext, input: { cardId: string }): Promise<Card> {
  return runAuthority(ctx, 'cards.resume-my-number', async ({ tx, audit, at, grant }) => {
    const req = parseInput(ResumeMyNumberSchema, input);
    const card = await getCardRow(tx, ctx.tenantId, req.cardId);
    grant.check(await placeOfCard(tx, card), 'the card');
    // a re-issue already filed for this loss would later be granted with this loss's stale report
    const reissue = await tx
      .selectFrom('applications')
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('resident_id', '=', card.resident_id)
      .where('procedure', 'in', LOST_CARD_REISSUES)
      .where('status', '=', 'filed')
      .executeTakeFirst();
    if (reissue)
      throw new DomainError(
        'conflict',
        'a re-issue for this loss is already filed; the card cannot be marked found',
        {
          details: { applicationId: reissue.id },
        },
      );
    const resume = card.my_number_state === 'suspended';
    await transitionCard(
      tx,
      card,
      'issued',
      at,
      resume
        ? { my_number_state: 'active', my_number_suspended_at: null, my_number_suspend_channel: null }
        : {},
    );
    audit.record({ event: 'cards.found', subjectType: 'card', subjectId: card.id, changedFields: ['state'] });
    const closed = await tx
      .updateTable('loss_reports')
      .set({ found_at: at })
      .where('tenant_id', '=', ctx.tenantId)
      .where('card_id', '=', card.id)
      .where('found_at', 'is', null)
      .returning('id')
      .execute();
    for (const r of closed)
      audit.record({
        event: 'loss-reports.close',
        subjectType: 'loss-report',
        subjectId: r.id,
        changedFields: ['foundAt'],
      });
    if (resume)
      audit.record({
        event: 'cards.resume-my-number',
        subjectType: 'card',
        subjectId: card.id,
        changedFields: ['myNumber.state', 'myNumber.suspendedAt', 'myNumber.suspendChannel'],
      });
    return presentCard(await getCardRow(tx, ctx.tenantId, card.id));
  });
}
