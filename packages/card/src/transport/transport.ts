/**
 * The narrow interfaces between a reader and a card. A reader talks to a `Transport`; a software card is an
 * `ApduProcessor` that a transport (memory, stdio hex lines, vpcd) can serve.
 */

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

/** Transport-layer failure (reader missing, peer gone, timeout), with the step that failed. */
export class TransportError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}
