/**
 * The one error the card-file codecs throw: which file, which DO, which rule — never the value itself
 * (card files hold personal data).
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Stable machine codes of {@link CardFileError}. */
export type CardFileErrorCode =
  /** The bytes are not valid BER-TLV; `cause` is the TlvError. */
  | 'tlv'
  /** A DO the file must hold is not there. */
  | 'missing-do'
  /** A DO in a place where the file's layout has another one (or none). */
  | 'unexpected-do'
  /** A value longer than its fixed field (chip.md §4.1, §5.2–5.3). */
  | 'value-too-long'
  /** A whole file longer than its EF's capacity. */
  | 'file-too-long'
  /** Text that is neither UTF-8 nor Shift_JIS (chip.md §4.3). */
  | 'bad-text'
  /** A value outside what its field allows (card type, flag, signature shape, trailing NUL in text…). */
  | 'bad-value'
  /** An EF the card type defines is missing from a file set. */
  | 'missing-file'
  /** A field the card type needs is missing from the card data. */
  | 'missing-field'
  /** A field given for a card type that has no such field. */
  | 'unexpected-field'
  /** An EF in a file set that the card type does not have, or with other P1/access than chip.md §4.1/§5.2. */
  | 'unexpected-file';

/** What a {@link CardFileError} records. */
export interface CardFileErrorInit {
  code: CardFileErrorCode;
  /** The EF, as `DF1/EF02`, or the field name; empty when not known. */
  file?: string;
  /** Tag of the DO concerned, if any. */
  tag?: number;
  /** Explanation for logs; must not contain personal values. */
  message: string;
  cause?: unknown;
}

/** Raised by every file decoder/encoder so callers can refuse a malformed chip file with one catch. */
export class CardFileError extends CardLibraryError {
  /** Which rule the bytes or fields broke. */
  readonly code: CardFileErrorCode;
  /** The EF or field concerned (`DF1/EF02`), or ''. */
  readonly file: string;
  /** Tag of the DO concerned, if any. */
  readonly tag: number | undefined;

  constructor(init: CardFileErrorInit) {
    const where = init.file ? `${init.file}: ` : '';
    super(`${where}${init.message}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CardFileError';
    this.code = init.code;
    this.file = init.file ?? '';
    this.tag = init.tag;
  }
}
