/**
 * Gen-2 / 特定 DF2/EF03 その他: `D9 01 xx` 出入国在留管理庁長官記載 flag ‖ `DE 81 C8` + 200 bytes reserved text
 * ‖ `00` — 207 bytes on every gen-2 / 特定 card type (chip.md §5.2, §5.3, §6.1).
 */
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF2/EF03';
const FIELDS = [
  { tag: 0xd9, size: 1 },
  { tag: 0xde, size: 200 },
] as const;

/** EF capacity in bytes (chip.md §6.1). */
export const GEN2_OTHER_ENTRIES_FILE_SIZE = 207;

/** The その他 file, chip-native. */
export interface OtherEntries {
  /** `D9` 出入国在留管理庁長官記載: `0` none, `1` present. */
  commissionerEntry: string;
  /** `DE` reserved text (UTF-8, ≤200 bytes, '' when unused). */
  reservedText: string;
}

/** The EF content (207 bytes). */
export function encodeGen2OtherEntries(v: OtherEntries): Uint8Array {
  return fillFile(FILE, GEN2_OTHER_ENTRIES_FILE_SIZE, [
    textDo(FILE, FIELDS[0], v.commissionerEntry),
    textDo(FILE, FIELDS[1], v.reservedText),
  ]);
}

/** Both fields. */
export function decodeGen2OtherEntries(bytes: Uint8Array): OtherEntries {
  const [d9, de] = expectDos(FILE, parseDos(FILE, bytes), FIELDS) as [Uint8Array, Uint8Array];
  return { commissionerEntry: textOf(FILE, d9), reservedText: textOf(FILE, de) };
}
