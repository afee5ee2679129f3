/**
 * The card lifecycle as an explicit state machine: only the listed transitions exist, anything else is
 * DomainError('invalid-transition') with {from, to}. The My Number function of a 特定 card has its own:
 * active → suspended (loss report) → active (found), and active | suspended → expired (at the original
 * 在留期間満了日, or when its card leaves service).
 */
import { DomainError } from '../../platform/domain-error.ts';

/** States of a card. */
export const CARD_STATES = ['issued', 'lost', 'returned', 'expired', 'replaced', 'reissued'] as const;

/** A card state. */
export type CardState = (typeof CARD_STATES)[number];

/** Allowed card transitions: from → to. */
export const CARD_TRANSITIONS: Readonly<Record<CardState, readonly CardState[]>> = {
  issued: ['lost', 'returned', 'expired', 'replaced'],
  lost: ['reissued', 'issued'],
  returned: [],
  expired: [],
  replaced: [],
  reissued: [],
};

/** States of the My Number function on a 特定 card. */
export const MY_NUMBER_STATES = ['active', 'suspended', 'expired'] as const;

/** A My Number function state. */
export type MyNumberState = (typeof MY_NUMBER_STATES)[number];

/** Allowed My Number function transitions. */
export const MY_NUMBER_TRANSITIONS: Readonly<Record<MyNumberState, readonly MyNumberState[]>> = {
  active: ['suspended', 'expired'],
  suspended: ['active', 'expired'],
  expired: [],
};

/** True when the card may move from `from` to `to`. */
export function canTransitionCard(from: CardState, to: CardState): boolean {
  return CARD_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws invalid-transition unless the card may move from `from` to `to`. */
export function assertCardTransition(from: CardState, to: CardState): void {
  if (!canTransitionCard(from, to))
    throw new DomainError('invalid-transition', `a card cannot go from ${from} to ${to}`, {
      details: { subject: 'card', from, to },
    });
}

/** Throws invalid-transition unless the My Number function may move from `from` to `to`. */
export function assertMyNumberTransition(from: MyNumberState | null, to: MyNumberState): void {
  if (from === null || !MY_NUMBER_TRANSITIONS[from]?.includes(to))
    throw new DomainError(
      'invalid-transition',
      `the My Number function cannot go from ${from ?? 'none'} to ${to}`,
      {
        details: { subject: 'my-number-function', from, to },
      },
    );
}
