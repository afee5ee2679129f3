/**
 * The card as commands return it: state and dates, never the chip image (getCardChip returns that).
 */
import type { CardKind } from '@zairyu/rules';
import type { CardState, MyNumberState } from '../domain/card-state.ts';
import type { CardRow } from '../repositories/cards.ts';

/** The My Number function of a 特定 card. */
export interface MyNumberFunction {
  state: MyNumberState;
  expiresOn: string | null;
  suspendedAt: string | null;
  suspendChannel: string | null;
}

/** A card. */
export interface Card {
  id: string;
  residentId: string;
  applicationId: string | null;
  cardNumber: string;
  kind: Exclude<CardKind, 'none'>;
  /** Chip card type: 05 residence card, 06 SPR certificate, 07 / 08 特定. */
  cardType: string;
  specified: boolean;
  state: CardState;
  issuedOn: string;
  expiresOn: string;
  myNumber: MyNumberFunction | null;
  replacedBy: string | null;
  stateChangedAt: string;
}

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
