import { describe, expect, it } from 'vitest';
import { CARD_TYPES, cardGeneration } from './card-type.ts';
import { placeholderCertificate, sampleCardData } from './sample-card-data.ts';

describe('sample card data', () => {
  it('is complete and clearly synthetic for every card type', () => {
    for (const t of CARD_TYPES) {
      const d = sampleCardData(t);
      expect(d.cardType).toBe(t);
      expect(d.cardNumber).toBe('AB12345678CD');
      if (cardGeneration(t) === 'gen1') expect(d.frontImage).toBeDefined();
      else expect(d.printed?.nationality).toBe('UTO');
    }
  });

  it('makes DER-shaped placeholders of the asked length', () => {
    const c = placeholderCertificate(599);
    expect(c.length).toBe(599);
    expect(Array.from(c.subarray(0, 4))).toEqual([0x30, 0x82, 0x02, 0x53]);
  });
});
