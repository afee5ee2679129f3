/**
 * The one error the BER-TLV codec throws, with a stable code and the byte offset where the input went wrong.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Stable machine codes of {@link TlvError}. */
export type TlvErrorCode =
  /** The input ends inside a tag. */
  | 'truncated-tag'
  /** The input ends inside a length field. */
  | 'truncated-length'
  /** A length form these cards never use: `80` (indefinite) or `84`–`FF`. */
  | 'invalid-length'
  /** The value runs past the end of the input. */
  | 'truncated-value'
  /** A non-zero byte after the `00` padding that ends the last DO (chip.md §4.2, §5.3). */
  | 'data-after-padding'
  /** A tag number an encoder cannot write as a 1–2 byte BER tag (or `00`, which means padding). */
  | 'invalid-tag'
  /** A value longer than the 3-byte length form (`83 xx xx xx`) can state. */
  | 'value-too-long';

/** Raised for truncated or malformed TLV input, so parsers of card files catch exactly one type. */
export class TlvError extends CardLibraryError {
  /** Which rule the bytes broke. */
  readonly code: TlvErrorCode;
  /** Byte offset where the problem starts: in the input when decoding, in the output when encoding. */
  readonly offset: number;

  constructor(code: TlvErrorCode, offset: number, message: string) {
    super(`${message} (at ${offset})`);
    this.name = 'TlvError';
    this.code = code;
    this.offset = offset;
  }
}
