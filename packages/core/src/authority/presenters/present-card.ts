/**
 * The card as commands return it: state and dates, never the chip image (getCardChip returns that). The zod
 * schema is the contract; the TypeScript type is derived from it.
 */
import { CARD_KINDS } from '@zairyu/rules';
import { z } from 'zod';
import { CARD_STATES, type CardState, MY_NUMBER_STATES, type MyNumberState } from '../domain/card-state.ts';
import type { CardRow } from '../repositories/cards.ts';

/** The My Number function of a 特定 card. */
export const MyNumberFunctionSchema = z.object({
  state: z.enum(MY_NUMBER_STATES),
  expiresOn: z.string().nullable(),
  suspendedAt: z.string().nullable(),
  suspendChannel: z.string().nullable(),
});

/** The My Number function of a 特定 card. */
export type MyNumberFunction = z.infer<typeof MyNumberFunctionSchema>;

/** A card as presented. */
export const CardSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  applicationId: z.string().nullable(),
  cardNumber: z.string().meta({ example: 'AB12345678CD' }),
  kind: z.enum(CARD_KINDS.filter((k) => k !== 'none') as [Exclude<(typeof CARD_KINDS)[number], 'none'>]),
  cardType: z
    .string()
    .meta({ description: 'Chip card type: 05 residence card, 06 SPR certificate, 07 / 08 特定' }),
  specified: z.boolean(),
  state: z.enum(CARD_STATES),
  issuedOn: z.string(),
  expiresOn: z.string(),
  myNumber: MyNumberFunctionSchema.nullable(),
  replacedBy: z.string().nullable(),
  stateChangedAt: z.string(),
});

/** A card. */
export type Card = z.infer<typeof CardSchema>;

/** Presents a card row. */
export function presentCard(row: CardRow): Card {
  return {
    id: row.id,
    residentId: row.resident_id,
    applicationId: row.application_id,
    cardNumber: row.card_number,
    kind: row.kind as Card['kind'],
    cardType: row.card_type,
    specified: row.card_type === '07' || row.card_type === '08',
    state: row.state as CardState,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    myNumber: row.my_number_state
      ? {
          state: row.my_number_state as MyNumberState,
          expiresOn: row.my_number_expires_on,
          suspendedAt: row.my_number_suspended_at,
          suspendChannel: row.my_number_suspend_channel,
        }
      : null,
    replacedBy: row.replaced_by,
    stateChangedAt: row.state_changed_at,
  };
}
