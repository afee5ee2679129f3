/**
 * Gen-1 DF2/EF04 裏面在留期間等更新申請欄, 在留カード only: `D7 01` + `'0'` (none) or `'1'` (applying);
 * 3 bytes (chip.md §4.1, §4.2).
 */
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF2/EF04';
const FIELD = { tag: 0xd7, size: 1 };

/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_RENEWAL_FILE_SIZE = 3;

/** The EF content for the status character (`'0'`/`'1'`; see `RENEWAL_APPLICATION_LABELS`). */
export function encodeGen1RenewalApplication(status: string): Uint8Array {
  return fillFile(FILE, GEN1_RENEWAL_FILE_SIZE, [textDo(FILE, FIELD, status)]);
}

/** The status character ('' if the field is NUL). */
export function decodeGen1RenewalApplication(bytes: Uint8Array): string {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [FIELD]);
  return textOf(FILE, value as Uint8Array);
}
