/**
 * The error of the card layers: it carries the evidence — the status word the card answered (or null when the
 * card answered 90 00 but its data was wrong) and the protocol step — never a personal value or raw APDU.
 */
import { CardLibraryError } from '../errors/library-error.ts';
import { describeSw, swCode } from './status-words.ts';

/** What a {@link CardError} records. */
export interface CardErrorInit {
  /** Protocol step in kebab-case, e.g. `select`, `get-challenge`, `mutual-authenticate`, `verify`, `read-binary`. */
  step: string;
  /** The card's status word, or null when the failure is in response data the card returned with `90 00`. */
  sw: number | null;
  /** Stable machine code; defaults to the SW's code (`swCode`) or `card-error`. */
  code?: string;
  /** Explanation for logs; defaults to the step and the described status word. */
  message?: string;
  /** Underlying error, if any. */
  cause?: unknown;
}

/** Raised when a card step fails, so callers can tell "wrong card number" (63 00 at verify) from "bad chip". */
export class CardError extends CardLibraryError {
  /** Status word of the failed step, or null if the card reported success but its answer did not check out. */
  readonly sw: number | null;
  /** Protocol step that failed. */
  readonly step: string;
  /** Stable machine code. */
  readonly code: string;

  constructor(init: CardErrorInit) {
    super(
      init.message ?? `${init.step}: ${init.sw === null ? 'bad response data' : describeSw(init.sw)}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = 'CardError';
    this.sw = init.sw;
    this.step = init.step;
    this.code = init.code ?? (init.sw === null ? 'card-error' : swCode(init.sw));
  }
}
