/**
 * Text DOs of residence cards: UTF-8 without BOM, NUL-padded to the field (chip.md §4.2, §4.3, §5.1). Old gen-1
 * cards may carry Shift_JIS (chip.md §4.3 caveat), so decoding falls back to it; encoding is always UTF-8.
 */
import { padTo } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const sjisDecoder = new TextDecoder('shift_jis', { fatal: true });
const encoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `bytes` without its trailing `00` bytes — the unused tail of a fixed-length DO (chip.md §4.2). */
export function trimNul(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return bytes.subarray(0, end);
}

/** Text of a DO value: trailing NULs stripped, strict UTF-8, else Shift_JIS (chip.md §4.3); else `bad-text`. */
export function decodeCardText(bytes: Uint8Array, file = ''): string {
  const body = trimNul(bytes);
  try {
    return utf8Decoder.decode(body);
  } catch {
    try {
      return sjisDecoder.decode(body);
    } catch (cause) {
      throw new CardFileError({
        code: 'bad-text',
        file,
        message: 'text is neither UTF-8 nor Shift_JIS',
        cause,
      });
    }
  }
}

/** UTF-8 bytes of `text`, NUL-padded to `size` when given; refuses text that would not decode back the same. */
export function encodeCardText(text: string, size?: number, file = ''): Uint8Array {
  if (text.endsWith('\u0000'))
    throw new CardFileError({
      code: 'bad-value',
      file,
      message: 'text ends with U+0000, which reads as padding',
    });
  if (LONE_SURROGATE.test(text))
    throw new CardFileError({ code: 'bad-value', file, message: 'text has an unpaired surrogate' });
  const bytes = encoder.encode(text);
  if (size === undefined) return bytes;
  if (bytes.length > size)
    throw new CardFileError({
      code: 'value-too-long',
      file,
      message: `text of ${bytes.length} bytes exceeds its field of ${size}`,
    });
  return padTo(bytes, size);
}
