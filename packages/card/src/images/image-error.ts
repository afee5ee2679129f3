/**
 * The one error the image codecs throw: which codec, which rule, with the underlying library error as cause.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** Stable machine codes of {@link ImageError}. */
export type ImageErrorCode =
  /** The bytes are not a file of the expected kind (bad signature, truncated, unreadable). */
  | 'bad-image'
  /** A readable file in a form this codec does not handle (not bi-level, not one strip, …). */
  | 'unsupported-image'
  /** Dimensions or pixel buffers that do not fit together, or the image cannot meet a byte budget. */
  | 'bad-input'
  /** The file is larger than the image budget allows (checked before anything is parsed). */
  | 'image-input-too-large'
  /** Declared width, height, pixel count or decoded size beyond the budget (checked before decoding). */
  | 'image-too-large'
  /** Decoding would take more steps than the budget allows (a hostile file that makes a decoder spin). */
  | 'image-work-exceeded';

/** Raised by the TIFF, JPEG 2000 and PNG helpers so callers catch one type whatever the library underneath. */
export class ImageError extends CardLibraryError {
  /** Which rule was broken. */
  readonly code: ImageErrorCode;

  constructor(code: ImageErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ImageError';
    this.code = code;
  }
}
