import { describe, expect, it } from 'vitest';
import { situationOf } from '../../test/situation-of.ts';
import { factsOf, forHolder } from './facts.ts';

describe('facts', () => {
  it('reads the situation without drawing conclusions', () => {
    const f = factsOf(situationOf({ lostOn: '2026-06-30', holder: { card: 'specified-residence-card' } }));
    expect(f).toMatchObject({
      age: 36,
      holdsSpecified: true,
      holdsCard: true,
      lost: true,
      countersFrom: '2026-06-15',
    });
  });

  it('lets 入管特例法 provisions replace 入管法 ones for 特別永住者', () => {
    const spr = factsOf(
      situationOf({
        procedure: 'none',
        holder: {
          status: 'special-permanent-resident',
          periodOfStay: 'indefinite',
          stayExpiry: null,
          card: 'none',
        },
      }),
    );
    expect(forHolder(spr, ['immigration-act-19-9', 'special-act-10'])).toEqual(['special-act-10']);
  });
});
