/**
 * Gen-1 DF2/EF01 住居地（裏面追記）: `D2` date written (`YYYYMMDD`, 8), `D3` 全国地方公共団体コード (6 digits),
 * `D4` address text (≤320 bytes UTF-8), each NUL-padded; 342 bytes (chip.md §4.1, §4.2).
 */
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF2/EF01';
const FIELDS = [
  { tag: 0xd2, size: 8 },
  { tag: 0xd3, size: 6 },
  { tag: 0xd4, size: 320 },
] as const;

/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_ADDRESS_FILE_SIZE = 342;

/** The back-side address entry, chip-native strings ('' for a field left NUL). */
export interface Gen1Address {
  /** `D2` 追記書き込み年月日, `YYYYMMDD` (e.g. `"20120310"`). */
  date: string;
  /** `D3` 全国地方公共団体コード, 6 digits (e.g. Chiyoda-ku `"131016"`). */
  municipalityCode: string;
  /** `D4` 住居地 text, at most 320 bytes of UTF-8. */
  address: string;
}

/** The EF content (342 bytes). */
export function encodeGen1Address(a: Gen1Address): Uint8Array {
  return fillFile(FILE, GEN1_ADDRESS_FILE_SIZE, [
    textDo(FILE, FIELDS[0], a.date),
    textDo(FILE, FIELDS[1], a.municipalityCode),
    textDo(FILE, FIELDS[2], a.address),
  ]);
}

/** The address entry; text falls back to Shift_JIS for old cards (chip.md §4.3). */
export function decodeGen1Address(bytes: Uint8Array): Gen1Address {
  const [d2, d3, d4] = expectDos(FILE, parseDos(FILE, bytes), FIELDS) as [Uint8Array, Uint8Array, Uint8Array];
  return { date: textOf(FILE, d2), municipalityCode: textOf(FILE, d3), address: textOf(FILE, d4) };
}
