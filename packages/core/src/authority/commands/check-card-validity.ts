/**
 * The sandbox authority's public card-validity lookup, the counterpart of ISA's 在留カード等番号失効情報照会:
 * given a card number, is the card valid today — and if not, why (lost, returned, expired, replaced, or a number
 * the authority never issued: unknown). Nothing personal is answered: no name, no dates, no state beyond the
 * reason. The same work is done for known and unknown numbers; the server pads the answer to a fixed time.
 */

import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Schema } from '../../db/schema.ts';
import { type Clock, japanDate } from '../../platform/clock.ts';
import { parseInput } from '../../platform/validation.ts';
import { keptBySpecialPeriod } from '../domain/kept-by-special-period.ts';

/** Why a card is not valid. */
export const CARD_INVALID_REASONS = ['lost', 'returned', 'expired', 'replaced', 'unknown'] as const;

/** The answer of the lookup. */
export const CardValiditySchema = z.object({
  cardNumber: z.string().meta({ example: 'AB12345678CD' }),
  valid: z.boolean(),
  reason: z.enum(CARD_INVALID_REASONS).nullable().meta({ description: 'null when valid' }),
  checkedAt: z.string().meta({ description: 'When the authority answered (ISO instant)' }),
});

/** The answer of the lookup. */
export type CardValidity = z.infer<typeof CardValiditySchema>;

/** A card number as printed: two letters, eight digits, two letters. */
export const CardNumberSchema = z
  .string()
  .regex(/^[A-Za-z]{2}\d{8}[A-Za-z]{2}$/, { error: 'a card number such as AB12345678CD' })
  .transform((s) => s.toUpperCase());

const REASON_OF_STATE: Record<string, CardValidity['reason']> = {
  lost: 'lost',
  returned: 'returned',
  expired: 'expired',
  replaced: 'replaced',
  reissued: 'replaced',
};

/** Whether the card of that number, issued by an authority tenant, is valid on the clock's day. */
export async function checkCardValidity(
  db: Kysely<Schema>,
  clock: Clock,
  cardNumberInput: string,
): Promise<CardValidity> {
  const cardNumber = parseInput(z.object({ cardNumber: CardNumberSchema }), {
    cardNumber: cardNumberInput,
  }).cardNumber;
  const now = clock.now();
  const today = japanDate(now);
  const card = await db
    .selectFrom('cards')
    .innerJoin('tenants', 'tenants.id', 'cards.tenant_id')
    .selectAll('cards')
    .where('cards.card_number', '=', cardNumber)
    .where('tenants.kind', '=', 'authority')
    .executeTakeFirst();
  let reason: CardValidity['reason'] = 'unknown';
  if (card) {
    reason = REASON_OF_STATE[card.state] ?? null;
    if (reason === null && card.expires_on < today && !(await keptBySpecialPeriod(db, card, today)))
      reason = 'expired';
  }
  return { cardNumber, valid: reason === null, reason, checkedAt: now.toISOString() };
}
