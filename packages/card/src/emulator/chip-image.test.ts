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

  it('gives a typed error with a code and a path for every malformed shape (the fuzz campaign’s finds)', () => {
    const doc = JSON.parse(chipImageToJson(fixtureImage('07')));
    const cases: [string, (d: Record<string, unknown>) => void, string, string][] = [
      ['a null file entry', (d) => ((d.files as unknown[])[2] = null), 'card-json-invalid-field', 'files[2]'],
      ['a number as file', (d) => ((d.files as unknown[])[0] = 7), 'card-json-invalid-field', 'files[0]'],
      [
        'content null',
        (d) => ((d.files as { content: unknown }[])[1]!.content = null),
        'card-json-invalid-field',
        'files[1].content',
      ],
      [
        'content not hex',
        (d) => ((d.files as { content: unknown }[])[1]!.content = 'C1G2'),
        'card-json-not-hex',
        'files[1].content',
      ],
      [
        'odd hex',
        (d) => ((d.files as { content: unknown }[])[1]!.content = 'C10'),
        'card-json-not-hex',
        'files[1].content',
      ],
      [
        'p1 not a byte',
        (d) => ((d.files as { p1: unknown }[])[1]!.p1 = '8A8'),
        'card-json-invalid-field',
        'files[1].p1',
      ],
      [
        'ef fractional',
        (d) => ((d.files as { ef: unknown }[])[1]!.ef = 1.5),
        'card-json-invalid-field',
        'files[1].ef',
      ],
      [
        'free a string',
        (d) => ((d.files as { free: unknown }[])[1]!.free = 'yes'),
        'card-json-invalid-field',
        'files[1].free',
      ],
      [
        'a bad PEM key',
        (d) => (d.deliveryPrivateKeyPem = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'),
        'card-json-bad-key',
        'deliveryPrivateKeyPem',
      ],
      [
        'a key that is not text',
        (d) => (d.deliveryPrivateKeyPem = 12),
        'card-json-invalid-field',
        'deliveryPrivateKeyPem',
      ],
      ['myNumber a string', (d) => (d.myNumber = 'x'), 'card-json-invalid-field', 'myNumber'],
      [
        'myNumber files not hex',
        (d) => ((d.myNumber as { files: unknown }).files = { '0001': 5 }),
        'card-json-invalid-field',
        'myNumber.files.0001',
      ],
      [
        'myNumber tries negative',
        (d) => ((d.myNumber as { pinTries: unknown }).pinTries = -1),
        'card-json-invalid-field',
        'myNumber.pinTries',
      ],
      ['files an object', (d) => (d.files = {}), 'card-json-invalid-field', 'files'],
      ['format missing', (d) => delete d.format, 'card-json-unsupported-format', 'format'],
    ];
    for (const [what, change, code, path] of cases) {
      const d = structuredClone(doc);
      change(d);
      let err: unknown;
      try {
        chipImageFromJson(JSON.stringify(d));
      } catch (e) {
        err = e;
      }
      expect(err, what).toBeInstanceOf(ChipImageError);
      expect((err as ChipImageError).code, what).toBe(code);
      expect((err as ChipImageError).path, what).toBe(path);
    }
    for (const text of ['null', '[]', '"x"', '1', ''])
      expect(() => chipImageFromJson(text), text).toThrow(ChipImageError);
  });
});
