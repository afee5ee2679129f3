import { describe, expect, it } from 'vitest';
import { fixtureImage } from '../../test/fixture-image.ts';
import { toHex } from '../bytes.ts';
import { ChipImageError, chipImageFromJson, chipImageToJson } from './chip-image.ts';

describe('card.json', () => {
  it('round-trips a card byte for byte', () => {
    for (const type of ['1', '05', '07'] as const) {
      const image = fixtureImage(type);
      const back = chipImageFromJson(chipImageToJson(image));
      expect(back.cardType).toBe(type);
      expect(back.files.map((f) => toHex(f.content))).toEqual(image.files.map((f) => toHex(f.content)));
      expect(back.files.map((f) => f.p1)).toEqual(image.files.map((f) => f.p1));
      expect(back.myNumber?.pin).toBe(image.myNumber?.pin);
    }
  });

  it('refuses what is not a sandbox card, naming the field', () => {
    const doc = JSON.parse(chipImageToJson(fixtureImage('05')));
    const bad = (change: (d: Record<string, unknown>) => void) => {
      const d = structuredClone(doc);
      change(d);
      return () => chipImageFromJson(JSON.stringify(d));
    };
    expect(() => chipImageFromJson('{')).toThrow(ChipImageError);
    expect(bad((d) => (d.sandbox = false))).toThrow(/only sandbox cards/);
    expect(bad((d) => (d.cardType = '09'))).toThrow(/cardType/);
    expect(bad((d) => (d.cardNumber = 'A1'))).toThrow(/cardNumber/);
    expect(bad((d) => ((d.files as { content: string }[])[0]!.content = 'XY'))).toThrow(
      /files\[0\]\.content/,
    );
    const specified = JSON.parse(chipImageToJson(fixtureImage('07')));
    delete specified.deliveryPrivateKeyPem;
    expect(() => chipImageFromJson(JSON.stringify(specified))).toThrow(/deliveryPrivateKeyPem/);
  });
});
