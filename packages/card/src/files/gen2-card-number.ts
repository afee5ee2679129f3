/**
 * Gen-2 / 特定 DF1/EF01 在留カード番号: `C2 0C` + the 12-character card number; 14 bytes, SM-only
 * (chip.md §5.2, §5.3).
 */
import { CardFileError } from './card-file-error.ts';
import { expectDos, fillFile, parseDos, textDo, textOf } from './do-layout.ts';

const FILE = 'DF1/EF01';
const FIELD = { tag: 0xc2, size: 12 };
const PATTERN = /^[A-Z]{2}\d{8}[A-Z]{2}$/;

/** EF capacity in bytes (chip.md §5.2). */
export const GEN2_CARD_NUMBER_FILE_SIZE = 14;

/** The EF content for a card number of the form `AA12345678BB` (chip.md §4.4). */
export function encodeGen2CardNumber(cardNumber: string): Uint8Array {
  if (!PATTERN.test(cardNumber))
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xc2,
      message: 'card number must look like AA12345678BB',
    });
  return fillFile(FILE, GEN2_CARD_NUMBER_FILE_SIZE, [textDo(FILE, FIELD, cardNumber)]);
}

/** The card number; `bad-value` unless it has the `AA12345678BB` form. */
export function decodeGen2CardNumber(bytes: Uint8Array): string {
  const [value] = expectDos(FILE, parseDos(FILE, bytes), [FIELD]);
  const text = textOf(FILE, value as Uint8Array);
  if (!PATTERN.test(text))
    throw new CardFileError({
      code: 'bad-value',
      file: FILE,
      tag: 0xc2,
      message: 'card number must look like AA12345678BB',
    });
  return text;
}
