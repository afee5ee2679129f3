/**
 * MF/EF01 共通データ要素 (`C0`): the 4-character spec version, free to read, 6 bytes on every generation
 * (chip.md §4.1, §5.2; under the 在留AP on 特定 cards, §6.1).
 */
import { CardFileError } from './card-file-error.ts';
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'MF/EF01';
const FIELD = { tag: 0xc0, size: 4 };

/** EF capacity in bytes (chip.md §4.1, §5.2). */
export const COMMON_DATA_SIZE = 6;

/** `C0 04` + 4 ASCII digits, e.g. `"0001"` → `C0 04 30 30 30 31` (chip.md §4.1). */
export function encodeCommonData(specVersion: string): Uint8Array {
  if (!/^\d{4}$/.test(specVersion))
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xc0,
      message: 'spec version must be 4 digits',
    });
  return fillFile(FILE, COMMON_DATA_SIZE, [textDo(FILE, FIELD, specVersion)]);
}

/** The spec version string (`"0001"`); `bad-value` unless 4 digits. */
export function decodeCommonData(bytes: Uint8Array): string {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [FIELD]);
  const text = textOf(FILE, value as Uint8Array);
  if (!/^\d{4}$/.test(text) || (value as Uint8Array).length !== 4)
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xc0,
      message: 'spec version must be 4 digits',
    });
  return text;
}
