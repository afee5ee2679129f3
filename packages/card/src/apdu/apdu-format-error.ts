/**
 * The one error the APDU codecs throw: malformed bytes or an unencodable field, with a stable code.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Stable machine codes of {@link ApduFormatError}. */
export type ApduFormatErrorCode =
  /** Fewer bytes than the smallest APDU of its kind (4 for a command, 2 for a response). */
  | 'too-short'
  /** The length fields (Lc, Le) do not add up to the number of bytes given. */
  | 'length-mismatch'
  /** A field handed to an encoder lies outside what ISO 7816-4 can express. */
  | 'out-of-range';

/** Raised by the APDU codecs so callers can answer `67 00` (or refuse) without catching anything else. */
export class ApduFormatError extends CardLibraryError {
  /** Which rule the bytes or fields broke. */
  readonly code: ApduFormatErrorCode;

  constructor(code: ApduFormatErrorCode, message: string) {
    super(message);
    this.name = 'ApduFormatError';
    this.code = code;
  }
}
