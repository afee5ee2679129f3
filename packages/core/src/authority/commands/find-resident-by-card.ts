/**
 * Finds the resident of a card presented at a municipal counter (residents.find-by-card): the card number and
 * the birth date, both printed on the card, must match the card and its holder. This is how a 転入届 from
 * another municipality starts — the officer of the new municipality has the card in hand (入管法19条の9) but
 * cannot list residents registered elsewhere. A wrong pair is "not found" without saying which part was
 * wrong. Audited (residents.find-by-card), in the same transaction as the read.
 */
import { z } from 'zod';
import { notFound } from '../../platform/domain-error.ts';
import { isoDate, parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import { presentResident, type Resident } from '../presenters/present-resident.ts';
import { getResidentRow } from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** Input of findResidentByCard. */
export const FindResidentByCardSchema = z
  .object({
    cardNumber: z.string().regex(/^[A-Z]{2}\d{8}[A-Z]{2}$/, { error: 'a card number such as AB12345678CD' }),
    birthDate: isoDate,
  })
  .strict();

/** The resident holding the presented card (issued or reported lost), or DomainError('not-found'). */
export async function findResidentByCard(
  ctx: CommandContext,
  input: z.input<typeof FindResidentByCardSchema>,
): Promise<Resident> {
  return runAuthority(ctx, 'residents.find-by-card', async ({ tx, audit }) => {
    const req = parseInput(FindResidentByCardSchema, input);
    const card = await tx
      .selectFrom('cards')
      .innerJoin('residents', 'residents.id', 'cards.resident_id')
      .select(['cards.resident_id', 'residents.birth_date'])
      .where('cards.tenant_id', '=', ctx.tenantId)
      .where('cards.card_number', '=', req.cardNumber)
      .where('cards.state', 'in', ['issued', 'lost'])
      .executeTakeFirst();
    if (!card || card.birth_date !== req.birthDate) throw notFound('card', req.cardNumber);
    const row = await getResidentRow(tx, ctx.tenantId, card.resident_id);
    audit.record({
      event: 'residents.find-by-card',
      subjectType: 'resident',
      subjectId: row.id,
      changedFields: [],
    });
    return presentResident(row);
  });
}
