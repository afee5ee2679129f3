import { describe, expect, it } from 'vitest';
import { concat, padTo, utf8 } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import { encodeCardFiles, type ResidenceCardData } from './card-files.ts';
import { CARD_TYPES, cardGeneration } from './card-type.ts';
import { sampleCardData } from './sample-card-data.ts';
import { SIGNED_TARGET_SIZE, signedTarget } from './signed-target.ts';

describe('signed target (chip.md §4.8, §5.6)', () => {
  it('gen 1 is D0 value (7000) ‖ D1 value (3000)', () => {
    const d = sampleCardData('1');
    const expected = concat(padTo(d.frontImage as Uint8Array, 7000), padTo(d.face as Uint8Array, 3000));
    expect(signedTarget(d)).toEqual(expected);
    expect(signedTarget(encodeCardFiles(d))).toEqual(expected);
    expect(expected.length).toBe(SIGNED_TARGET_SIZE.gen1);
  });

  it('gen 2 is printed values (53) ‖ face (3000) ‖ name image (2500)', () => {
    const d = sampleCardData('05');
    const p = d.printed as NonNullable<ResidenceCardData['printed']>;
    const printed = concat(
      utf8(p.cardExpiry),
      utf8(p.birthDate),
      utf8(p.sex),
      utf8(p.nationality),
      padTo(utf8(p.status), 10),
      utf8(p.periodOfStay),
      utf8(p.permissionType as string),
      utf8(p.permissionDate as string),
      utf8(p.workRestriction as string),
      utf8(p.stayExpiry as string),
    );
    expect(printed.length).toBe(53);
    const expected = concat(
      printed,
      padTo(d.face as Uint8Array, 3000),
      padTo(d.nameImage as Uint8Array, 2500),
    );
    expect(signedTarget(d)).toEqual(expected);
    expect(signedTarget(encodeCardFiles(d))).toEqual(expected);
  });

  it('06/08 pad the 34 printed bytes to 53; a missing face signs as 3000 NULs', () => {
    const d: ResidenceCardData = { ...sampleCardData('08'), face: null };
    const t = signedTarget(d);
    expect(t.length).toBe(SIGNED_TARGET_SIZE.gen2);
    expect(t.subarray(34, 53 + 3000).every((b) => b === 0)).toBe(true);
    expect(signedTarget(encodeCardFiles(d))).toEqual(t);
  });

  it('agrees between files and data for every type', () => {
    for (const type of CARD_TYPES) {
      const d = sampleCardData(type);
      const t = signedTarget(d);
      expect(t.length).toBe(cardGeneration(type) === 'gen1' ? 10000 : 5553);
      expect(signedTarget(encodeCardFiles(d))).toEqual(t);
    }
  });

  it('needs DF1 only, and reports a missing one', () => {
    const set = encodeCardFiles(sampleCardData('05'));
    const df1Only = { ...set, files: set.files.filter((f) => f.df === 'DF1') };
    expect(signedTarget(df1Only)).toEqual(signedTarget(set));
    expect(() => signedTarget({ ...set, files: [] })).toThrow(CardFileError);
    const { nameImage: _n, ...noName } = sampleCardData('05');
    expect(() => signedTarget(noName as ResidenceCardData)).toThrow(CardFileError);
  });
});
