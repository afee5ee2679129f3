/**
 * Gen-2 / 特定 DF1/EF02 券面記載事項 (printed entries), SM-only: ten fixed-size text DOs `C5 C6 C7 C8 C9 CE CA CB
 * CC CD` = 53 value bytes, 73-byte EF, for 在留カード (`05`/`07`); six (`C5`–`C9`, `CE`) = 34 value bytes, 46-byte
 * EF, for 特別永住者証明書 (`06`/`08`) (chip.md §5.2, §5.3, §6).
 */
import { CardFileError } from './card-file-error.ts';
import type { CardType } from './card-type.ts';
import { isSpecialPermanentResident } from './card-type.ts';
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF1/EF02';

/** Printed entries in chip-native form: `YYYYMMDD` dates, code strings; '' for a field left NUL. */
export interface PrintedEntries {
  /** `C5` 有効期間満了日 (card expiry), `YYYYMMDD`. */
  cardExpiry: string;
  /** `C6` 生年月日, `YYYYMMDD`. */
  birthDate: string;
  /** `C7` 性別: `1` 男, `2` 女, `3` 未指定/不詳 (see `SEX_LABELS`). */
  sex: string;
  /** `C8` 国籍・地域 code, 3 characters (ISO 3166 alpha-3 style). */
  nationality: string;
  /** `C9` 在留資格 code, up to 10 bytes (ISA code table). */
  status: string;
  /** `CE` 在留期間: `YYMM`, `0000` indefinite, or zairyu's modelled `Dnnn` days (see `parsePeriodOfStay`). */
  periodOfStay: string;
  /** `CA` 許可の種類 code, 2 bytes — 在留カード (`05`/`07`) only. */
  permissionType?: string;
  /** `CB` 許可年月日, `YYYYMMDD` — 在留カード only. */
  permissionDate?: string;
  /** `CC` 就労制限 code (see `WORK_RESTRICTION_LABELS`) — 在留カード only. */
  workRestriction?: string;
  /** `CD` 在留期間満了日, `YYYYMMDD` — 在留カード only. */
  stayExpiry?: string;
}

/** One printed-entry DO: model key, tag, fixed size, and whether 特別永住者証明書 cards carry it. */
export interface PrintedEntryField {
  key: keyof PrintedEntries;
  tag: number;
  size: number;
  residenceCardOnly: boolean;
}

/** The DOs in file order (chip.md §5.3); the signed block concatenates their padded values (§5.6). */
export const PRINTED_ENTRY_FIELDS: readonly PrintedEntryField[] = [
  { key: 'cardExpiry', tag: 0xc5, size: 8, residenceCardOnly: false },
  { key: 'birthDate', tag: 0xc6, size: 8, residenceCardOnly: false },
  { key: 'sex', tag: 0xc7, size: 1, residenceCardOnly: false },
  { key: 'nationality', tag: 0xc8, size: 3, residenceCardOnly: false },
  { key: 'status', tag: 0xc9, size: 10, residenceCardOnly: false },
  { key: 'periodOfStay', tag: 0xce, size: 4, residenceCardOnly: false },
  { key: 'permissionType', tag: 0xca, size: 2, residenceCardOnly: true },
  { key: 'permissionDate', tag: 0xcb, size: 8, residenceCardOnly: true },
  { key: 'workRestriction', tag: 0xcc, size: 1, residenceCardOnly: true },
  { key: 'stayExpiry', tag: 0xcd, size: 8, residenceCardOnly: true },
];

/** Sum of the value sizes of all ten DOs — the printed-entry block of the signed target (chip.md §5.6). */
export const PRINTED_ENTRIES_VALUE_SIZE = 53;

/** EF capacity in bytes: 73 for `05`/`07`, 46 for `06`/`08` (chip.md §5.2). */
export function printedEntriesFileSize(type: CardType): number {
  return isSpecialPermanentResident(type) ? 46 : 73;
}

/** The DOs a card type carries, in file order. */
export function printedEntryFields(type: CardType): readonly PrintedEntryField[] {
  return isSpecialPermanentResident(type)
    ? PRINTED_ENTRY_FIELDS.filter((f) => !f.residenceCardOnly)
    : PRINTED_ENTRY_FIELDS;
}

/** The EF content for `type`; a 在留カード needs all ten fields, a 特別永住者証明書 must not have the last four. */
export function encodeGen2PrintedEntries(entries: PrintedEntries, type: CardType): Uint8Array {
  const fields = printedEntryFields(type);
  for (const f of PRINTED_ENTRY_FIELDS) {
    const present = entries[f.key] !== undefined;
    const wanted = fields.includes(f);
    if (present !== wanted)
      throw new CardFileError({
        code: wanted ? 'missing-field' : 'unexpected-field',
        file: FILE,
        tag: f.tag,
        message: `${f.key} is ${wanted ? 'required' : 'not carried'} on card type ${type}`,
      });
  }
  return fillFile(
    FILE,
    printedEntriesFileSize(type),
    fields.map((f) => textDo(FILE, f, entries[f.key] as string)),
  );
}

/** The entries; the layout (ten or six DOs) is read from the file itself. */
export function decodeGen2PrintedEntries(bytes: Uint8Array): PrintedEntries {
  const tlvs = parseDos(FILE, bytes);
  const fields = tlvs.length <= 6 ? PRINTED_ENTRY_FIELDS.slice(0, 6) : PRINTED_ENTRY_FIELDS;
  const values = expectDos(FILE, tlvs, fields);
  const out: Partial<PrintedEntries> = {};
  fields.forEach((f, i) => {
    out[f.key] = textOf(FILE, values[i] as Uint8Array);
  });
  return out as PrintedEntries;
}
