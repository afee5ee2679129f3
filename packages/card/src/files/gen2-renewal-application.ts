/**
 * Gen-2 / 特定 DF2/EF02 更新等申請, 在留カード (`05`/`07`) only: `D8 01` + `'0'` none / `'1'` 申請中; 3 bytes
 * (chip.md §5.2, §5.3).
 */
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF2/EF02';
const FIELD = { tag: 0xd8, size: 1 };

/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_RENEWAL_FILE_SIZE = 3;

/** The EF content for the status character (see `RENEWAL_APPLICATION_LABELS`). */
export function encodeGen2RenewalApplication(status: string): Uint8Array {
  return fillFile(FILE, GEN2_RENEWAL_FILE_SIZE, [textDo(FILE, FIELD, status)]);
}

/** The status character ('' if the field is NUL). */
export function decodeGen2RenewalApplication(bytes: Uint8Array): string {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [FIELD]);
  return textOf(FILE, value as Uint8Array);
}
