/**
 * The narrow interfaces between a reader and a card. A reader talks to a `Transport`; a software card is an
 * `ApduProcessor` that a transport (memory, stdio hex lines, vpcd) can serve.
 */

import { CardLibraryError } from '../errors/library-error.ts';
/** A connection to one card: send a command APDU, get the response APDU (data ‖ SW1 SW2). */
export interface Transport {
  /** Human-readable name of the reader or channel, for messages. */
  readonly name: string;
  transmit(command: Uint8Array): Promise<Uint8Array>;
  /** Power-cycles the card where the channel allows it; returns the ATR. */
  reset(): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A card that answers APDUs synchronously (the emulator). */
export interface ApduProcessor {
  /** Answers one command APDU (any bytes: malformed input gets a status word, never an exception). */
  process(command: Uint8Array): Uint8Array;
  /** Cold reset: clears the session; returns the ATR. */
  reset(): Uint8Array;
  /** The ATR, without resetting (a reader may ask for it at any time). */
  atr(): Uint8Array;
}

/** Stable machine codes of {@link TransportError}. */
export type TransportErrorCode =
  /** The PC/SC binding or the pcscd service is not there (what to install is in the message). */
  | 'reader-unavailable'
  /** No reader appeared, or no card was put in one, within the wait. */
  | 'no-card'
  /** The reader or its service failed during an exchange (pcscd gone, card removed, reset failed). */
  | 'reader-failed'
  /** The peer did not answer within the transport's timeout. */
  | 'reader-timeout'
  /** The card process (`--via-command`) or the peer connection has gone away. */
  | 'peer-gone'
  /** The peer answered something that is not a response APDU (not hex, or longer than any APDU). */
  | 'bad-answer'
  /** vpcd does not listen where the software card tried to connect. */
  | 'vpcd-unreachable';

/** Transport-layer failure (reader missing, peer gone, timeout), with the step that failed and a stable code. */
export class TransportError extends CardLibraryError {
  /** Which rule or resource failed. */
  readonly code: TransportErrorCode;

  constructor(
    readonly step: string,
    message: string,
    code: TransportErrorCode = 'reader-failed',
  ) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
  }
}
