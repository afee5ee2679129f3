/**
 * The base of every error the card library throws on purpose. Each subclass carries a stable kebab-case `code`
 * and its layer's evidence (a status word and protocol step, a file and tag, a byte offset, a JSON path), so a
 * caller — the CLI, the server, the fuzz campaign — tells "the input, the card or the reader was wrong" from a
 * bug with one `instanceof`, and never has to parse a message.
 */

/** Stable codes are kebab-case words: `wrong-length`, `image-too-large`. */
export const ERROR_CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What every card-library error has: a name, a one-line message and a stable code. */
export abstract class CardLibraryError extends Error {
  /** Stable machine code (kebab-case); human text lives in catalogs and messages. */
  abstract readonly code: string;
}

/** True for any error the card library threw on purpose (as opposed to a bug: TypeError, RangeError …). */
export function isCardLibraryError(e: unknown): e is CardLibraryError {
  return e instanceof CardLibraryError;
}
