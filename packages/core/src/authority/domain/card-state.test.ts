import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/domain-error.ts';
import {
  assertCardTransition,
  assertMyNumberTransition,
  CARD_STATES,
  CARD_TRANSITIONS,
  canTransitionCard,
} from './card-state.ts';

describe('card state machine', () => {
  it('allows exactly the listed transitions', () => {
    const allowed = new Set([
      'issued>lost',
      'issued>returned',
      'issued>expired',
      'issued>replaced',
      'lost>reissued',
      'lost>issued',
    ]);
    for (const from of CARD_STATES)
      for (const to of CARD_STATES)
        expect(canTransitionCard(from, to), `${from}>${to}`).toBe(allowed.has(`${from}>${to}`));
    expect(Object.keys(CARD_TRANSITIONS).sort()).toEqual([...CARD_STATES].sort());
  });

  it('refuses anything else with invalid-transition and {from, to}', () => {
    try {
      assertCardTransition('returned', 'issued');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('invalid-transition');
      expect((e as DomainError).details).toMatchObject({ from: 'returned', to: 'issued' });
    }
    expect(() => assertCardTransition('lost', 'replaced')).toThrow(DomainError);
  });

  it('My Number: active → suspended → active, active|suspended → expired, nothing from expired', () => {
    expect(() => assertMyNumberTransition('active', 'suspended')).not.toThrow();
    expect(() => assertMyNumberTransition('suspended', 'active')).not.toThrow();
    expect(() => assertMyNumberTransition('active', 'expired')).not.toThrow();
    expect(() => assertMyNumberTransition('suspended', 'expired')).not.toThrow();
    expect(() => assertMyNumberTransition('expired', 'active')).toThrow(DomainError);
    expect(() => assertMyNumberTransition('active', 'active')).toThrow(DomainError);
    expect(() => assertMyNumberTransition(null, 'suspended')).toThrow(DomainError);
  });
});
