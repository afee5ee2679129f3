/**
 * The fields that leave the card face and live only on the chip under the new system (source article ⑤:
 * 「在留期間、許可の種類、許可年月日、交付年月日などが…ICチップにのみ記録される」), and where each one is on a given
 * card type: on the chip (gen 2 / 特定 DF1/EF02 `CE`, `CA`, `CB`, chip.md §5.3), only in the front image (gen 1,
 * chip.md §4.2 `D0`), not carried by this card type (特別永住者証明書 have no `CA`/`CB`), or — 交付年月日 — in no
 * tag of the published gen-2 layout (chip.md §6 "Card face changes": unconfirmed), shown as such, never guessed.
 */
import { type CardType, cardGeneration, isSpecialPermanentResident } from './card-type.ts';
import { FIELD_LABELS, type FieldLabel } from './field-labels.ts';

/** The chip-only fields of source article ⑤, in its order. */
export const CHIP_ONLY_FIELD_NAMES = [
  'periodOfStay',
  'permissionType',
  'permissionDate',
  'issueDate',
] as const;

/** One of {@link CHIP_ONLY_FIELD_NAMES}. */
export type ChipOnlyFieldName = (typeof CHIP_ONLY_FIELD_NAMES)[number];

/** Where a chip-only field is on a card: a stable code; its wording is in {@link PRESENCE_LABELS}. */
export type ChipOnlyPresence =
  | 'on-chip'
  | 'empty-on-chip'
  | 'front-image-only'
  | 'not-on-this-card-type'
  | 'no-chip-tag';

/** The wording of each presence. */
export const PRESENCE_LABELS: Readonly<Record<ChipOnlyPresence, FieldLabel>> = {
  'on-chip': { ja: 'ICチップに記録', en: 'on the chip' },
  'empty-on-chip': { ja: 'ICチップの欄は空', en: 'its field on the chip is empty' },
  'front-image-only': {
    ja: '券面イメージ（画像）の中にのみ記載',
    en: 'only as pixels in the front image (1st-generation card)',
  },
  'not-on-this-card-type': { ja: 'このカードの種類にはない項目', en: 'not a field of this card type' },
  'no-chip-tag': {
    ja: '公開されている仕様のタグ一覧にない（未確認）',
    en: 'no tag for it in the published chip layout (unconfirmed)',
  },
};

/** One chip-only field of a read. */
export interface ChipOnlyField {
  readonly field: ChipOnlyFieldName;
  readonly label: FieldLabel;
  /** The chip's value (`YYMM`, code, `YYYYMMDD`), or null when it is not on the chip. */
  readonly value: string | null;
  readonly presence: ChipOnlyPresence;
}

/** The four chip-only fields for a card of `type` whose chip values are `values` (null where absent). */
export function chipOnlyFields(
  type: CardType,
  values: Readonly<Record<ChipOnlyFieldName, string | null>>,
): ChipOnlyField[] {
  const gen1 = cardGeneration(type) === 'gen1';
  const spr = isSpecialPermanentResident(type);
  return CHIP_ONLY_FIELD_NAMES.map((field) => {
    let presence: ChipOnlyPresence;
    if (gen1) presence = 'front-image-only';
    else if (field === 'issueDate') presence = 'no-chip-tag';
    else if (spr && (field === 'permissionType' || field === 'permissionDate'))
      presence = 'not-on-this-card-type';
    else presence = values[field] ? 'on-chip' : 'empty-on-chip';
    return {
      field,
      label: FIELD_LABELS[field],
      value: presence === 'on-chip' ? (values[field] as string) : null,
      presence,
    };
  });
}
