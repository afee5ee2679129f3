import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { evaluate } from '../decide.ts';
import { CARD_RULES } from './card-to-be-issued.ts';

const card = (o: Parameters<typeof situationOf>[0]) => evaluate(situationOf(o), { langs: [] }).c.card;

describe('card to be issued (precedence list)', () => {
  it('lists its rules in a stated order, the ordinary card last', () => {
    expect(CARD_RULES.map((r) => r.name)).toEqual([
      'no-procedure-no-card',
      'specified-when-available',
      'only-with-request',
      'not-mid-long-term',
      'ordinary',
    ]);
  });

  it('gives the 特定 card when available, the ordinary card otherwise, none for a notification without the request', () => {
    expect(card({})).toBe('specified-residence-card');
    expect(card({ requestSpecifiedCard: false })).toBe('residence-card');
    expect(card({ procedure: 'move-in', requestSpecifiedCard: false })).toBeNull();
  });

  it('lets the new status decide for someone without one (acquisition of status)', () => {
    expect(
      card({
        procedure: 'acquisition-of-status',
        asOf: '2026-07-10',
        holder: {
          status: 'none',
          periodOfStay: 'indefinite',
          stayExpiry: null,
          birthDate: '2026-07-01',
          card: 'none',
        },
      }),
    ).toBe('residence-card');
  });
});
