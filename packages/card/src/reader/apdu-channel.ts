/**
 * The reader's side of one card conversation: sends command APDUs over a Transport, parses responses, and
 * keeps the transcript (APDU count, bytes each way) — never the bytes themselves, so no personal value or
 * raw APDU can reach a log.
 */

import { CardError } from '../apdu/card-error.ts';
import { type CommandApdu, encodeCommand } from '../apdu/command-apdu.ts';
import { parseResponse, type ResponseApdu } from '../apdu/response-apdu.ts';
import { describeSw } from '../apdu/status-words.ts';
import type { Transport } from '../transport/transport.ts';

/** Counts of one conversation. */
export interface Transcript {
  apdus: number;
  bytesSent: number;
  bytesReceived: number;
}

/** A transport with a transcript. */
export class ApduChannel {
  readonly transcript: Transcript = { apdus: 0, bytesSent: 0, bytesReceived: 0 };
  constructor(readonly transport: Transport) {}

  /** Sends one command and returns the parsed response (any status word). */
  async send(command: CommandApdu): Promise<ResponseApdu> {
    const bytes = encodeCommand(command);
    const raw = await this.transport.transmit(bytes);
    this.transcript.apdus += 1;
    this.transcript.bytesSent += bytes.length;
    this.transcript.bytesReceived += raw.length;
    if (raw.length < 2)
      throw new CardError({ step: 'transmit', sw: null, message: 'the card answered fewer than 2 bytes' });
    return parseResponse(raw);
  }

  /** Sends one command and requires `90 00`; otherwise a CardError naming the step and status word. */
  async expectOk(command: CommandApdu, step: string): Promise<Uint8Array> {
    const r = await this.send(command);
    if (r.sw !== 0x9000)
      throw new CardError({
        step,
        sw: r.sw,
        message: `${step}: card answered ${r.sw.toString(16).toUpperCase().padStart(4, '0')} (${describeSw(r.sw)})`,
      });
    return r.data;
  }
}
