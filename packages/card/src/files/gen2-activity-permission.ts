/**
 * Gen-2 / 特定 DF2/EF01 資格外活動許可, 在留カード (`05`/`07`) only: `D5` 包括許可 code (7-byte field, 1 used),
 * `D6` its expiry `YYYYMMDD`, `D7` 個別許可 `0`/`1`; 22 bytes (chip.md §5.2, §5.3).
 */
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF2/EF01';
const FIELDS = [
  { tag: 0xd5, size: 7 },
  { tag: 0xd6, size: 8 },
  { tag: 0xd7, size: 1 },
] as const;

/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_ACTIVITY_PERMISSION_FILE_SIZE = 22;

/** Permission to work outside the status, chip-native ('' for a field left NUL). */
export interface ActivityPermission {
  /** `D5` 包括許可 code: `0` none, `1`/`2` up to 28 h a week (see `COMPREHENSIVE_PERMISSION_LABELS`). */
  comprehensive: string;
  /** `D6` 包括許可 expiry, `YYYYMMDD` ('' when there is none). */
  comprehensiveExpiry: string;
  /** `D7` 個別許可: `0` none, `1` granted. */
  individual: string;
}

/** The EF content (22 bytes). */
export function encodeGen2ActivityPermission(p: ActivityPermission): Uint8Array {
  return fillFile(FILE, GEN2_ACTIVITY_PERMISSION_FILE_SIZE, [
    textDo(FILE, FIELDS[0], p.comprehensive),
    textDo(FILE, FIELDS[1], p.comprehensiveExpiry),
    textDo(FILE, FIELDS[2], p.individual),
  ]);
}

/** The three fields. */
export function decodeGen2ActivityPermission(bytes: Uint8Array): ActivityPermission {
  const [d5, d6, d7] = expectDos(FILE, parseDos(FILE, bytes), FIELDS) as [Uint8Array, Uint8Array, Uint8Array];
  return {
    comprehensive: textOf(FILE, d5),
    comprehensiveExpiry: textOf(FILE, d6),
    individual: textOf(FILE, d7),
  };
}
