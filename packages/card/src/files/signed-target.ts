/**
 * The bytes the issuer signs (chip.md §4.8, §5.6). Gen 1: `D0` value (7000, NUL-padded) ‖ `D1` value (3000).
 * Gen 2 / 特定: the printed-entry DO values concatenated (each padded to its field) and NUL-padded to 53 ‖ `D1`
 * face padded to 3000 ‖ `D0` name image padded to 2500. Tags and lengths are never part of it; the address image
 * and DF2 are not covered.
 */
import { concat, padTo } from '../bytes.ts';
import type { Tlv } from '../tlv/ber-tlv.ts';
import { CardFileError } from './card-file-error.ts';
import type { CardFileSet, ResidenceCardData } from './card-files.ts';
import { findCardEf } from './card-files.ts';
import { cardGeneration } from './card-type.ts';
import { checkSize, type DoField, parseDos } from './do-layout.ts';
import { GEN1_FACE_FIELD } from './gen1-face.ts';
import { GEN1_FRONT_IMAGE_FIELD } from './gen1-front-image.ts';
import { GEN2_FACE_FIELD, GEN2_NAME_IMAGE_FIELD } from './gen2-name-face.ts';
import {
  PRINTED_ENTRIES_VALUE_SIZE,
  PRINTED_ENTRY_FIELDS,
  type PrintedEntries,
} from './gen2-printed-entries.ts';

/** Signed-target sizes: 10000 bytes for gen 1, 5553 for gen 2 / 特定. */
export const SIGNED_TARGET_SIZE = { gen1: 10000, gen2: 5553 } as const;

/**
 * The signed bytes of a card, from its physical EFs (only DF1 is read, straight from the DO values, so an odd
 * DF2 cannot stop a verification) or from its data model.
 */
export function signedTarget(input: CardFileSet | ResidenceCardData): Uint8Array {
  return concat(...signedTargetParts(input));
}

/** The same bytes as {@link signedTarget}, as parts in order (views where possible, for hashing without a copy). */
export function signedTargetParts(input: CardFileSet | ResidenceCardData): Uint8Array[] {
  return Array.isArray((input as CardFileSet).files)
    ? fromFiles(input as CardFileSet)
    : [fromData(input as ResidenceCardData)];
}

function fromData(d: ResidenceCardData): Uint8Array {
  const face = d.face ?? new Uint8Array(0);
  if (cardGeneration(d.cardType) === 'gen1') {
    if (!d.frontImage)
      throw new CardFileError({ code: 'missing-field', file: 'frontImage', message: 'required' });
    return concat(padField(GEN1_FRONT_IMAGE_FIELD, d.frontImage), padField(GEN1_FACE_FIELD, face));
  }
  if (!d.printed || !d.nameImage)
    throw new CardFileError({
      code: 'missing-field',
      file: d.printed ? 'nameImage' : 'printed',
      message: 'required',
    });
  const printed = d.printed as PrintedEntries;
  const enc = new TextEncoder();
  const block = concat(
    ...PRINTED_ENTRY_FIELDS.filter((f) => printed[f.key] !== undefined).map((f) =>
      padField(f, enc.encode(printed[f.key] as string)),
    ),
  );
  return concat(
    padTo(block, PRINTED_ENTRIES_VALUE_SIZE),
    padField(GEN2_FACE_FIELD, face),
    padField(GEN2_NAME_IMAGE_FIELD, d.nameImage),
  );
}

function fromFiles(set: CardFileSet): Uint8Array[] {
  const dos = (n: number): Tlv[] => {
    const f = findCardEf(set, 'DF1', n);
    if (!f) throw new CardFileError({ code: 'missing-file', file: `DF1/EF0${n}`, message: 'EF missing' });
    return parseDos(`DF1/EF0${n}`, f.content);
  };
  const value = (tlvs: Tlv[], field: DoField, file: string): Uint8Array => {
    const t = tlvs.find((x) => x.tag === field.tag);
    if (!t) throw new CardFileError({ code: 'missing-do', file, tag: field.tag, message: 'DO missing' });
    return padField(field, t.value, file);
  };
  if (cardGeneration(set.cardType) === 'gen1')
    return [value(dos(1), GEN1_FRONT_IMAGE_FIELD, 'DF1/EF01'), value(dos(2), GEN1_FACE_FIELD, 'DF1/EF02')];
  const printed = dos(2);
  const block = concat(
    ...PRINTED_ENTRY_FIELDS.filter((f) => printed.some((t) => t.tag === f.tag)).map((f) =>
      value(printed, f, 'DF1/EF02'),
    ),
  );
  const nameFace = dos(3);
  return [
    padTo(block, PRINTED_ENTRIES_VALUE_SIZE),
    value(nameFace, GEN2_FACE_FIELD, 'DF1/EF03'),
    value(nameFace, GEN2_NAME_IMAGE_FIELD, 'DF1/EF03'),
  ];
}

function padField(field: DoField, value: Uint8Array, file = ''): Uint8Array {
  checkSize(file, field, value.length);
  return value.length === field.size ? value : padTo(value, field.size);
}
