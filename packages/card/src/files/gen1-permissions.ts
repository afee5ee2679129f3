/**
 * Gen-1 DF2/EF02 資格外活動包括許可欄 (`D5`) and DF2/EF03 資格外活動個別許可欄 (`D6`), 在留カード only: 120 bytes
 * of text, NUL-padded, 122-byte EF. A permission later set to "none" leaves the whole EF `00` (chip.md §4.1,
 * §4.2) — modelled as `null`.
 */
import type { DoField } from './do-layout.ts';
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

/** EF capacity in bytes (chip.md §4.1). */
export const GEN1_PERMISSION_FILE_SIZE = 122;

const COMPREHENSIVE = { file: 'DF2/EF02', field: { tag: 0xd5, size: 120 } };
const INDIVIDUAL = { file: 'DF2/EF03', field: { tag: 0xd6, size: 120 } };

/** DF2/EF02 content: the `D5` text, or `null` for the all-zero "permission removed" file. */
export function encodeGen1ComprehensivePermission(text: string | null): Uint8Array {
  return encodePermission(COMPREHENSIVE.file, COMPREHENSIVE.field, text);
}

/** DF2/EF02 text, `null` when the whole EF is `00`. */
export function decodeGen1ComprehensivePermission(bytes: Uint8Array): string | null {
  return decodePermission(COMPREHENSIVE.file, COMPREHENSIVE.field, bytes);
}

/** DF2/EF03 content: the `D6` text, or `null` for the all-zero "permission removed" file. */
export function encodeGen1IndividualPermission(text: string | null): Uint8Array {
  return encodePermission(INDIVIDUAL.file, INDIVIDUAL.field, text);
}

/** DF2/EF03 text, `null` when the whole EF is `00`. */
export function decodeGen1IndividualPermission(bytes: Uint8Array): string | null {
  return decodePermission(INDIVIDUAL.file, INDIVIDUAL.field, bytes);
}

function encodePermission(file: string, field: DoField, text: string | null): Uint8Array {
  return fillFile(file, GEN1_PERMISSION_FILE_SIZE, text === null ? [] : [textDo(file, field, text)]);
}

function decodePermission(file: string, field: DoField, bytes: Uint8Array): string | null {
  const tlvs = parseDos(file, bytes);
  if (tlvs.length === 0) return null;
  const [value] = expectDos(file, tlvs, [field]);
  return textOf(file, value as Uint8Array);
}
