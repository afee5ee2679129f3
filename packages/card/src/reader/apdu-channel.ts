/**
 * The reader's side of one card conversation: sends command APDUs over a Transport, parses responses, follows
 * response chaining (`61 xx` → GET RESPONSE, ISO/IEC 7816-4 §5.3.4) within a bound, and keeps the transcript
 * (APDU count, bytes each way) — never the bytes themselves, so no personal value or raw APDU can reach a log.
 * Anything the card answers that is not a response APDU ends in a {@link CardError} with the step.
 */

import { CardError } from '../apdu/card-error.ts';
import { type CommandApdu, encodeCommand } from '../apdu/command-apdu.ts';
import { parseResponse, type ResponseApdu } from '../apdu/response-apdu.ts';
import { describeSw } from '../apdu/status-words.ts';
import { concat } from '../bytes.ts';
import type { Transport } from '../transport/transport.ts';

/** Counts of one conversation. */
export interface Transcript {
  apdus: number;
  bytesSent: number;
  bytesReceived: number;
}

/** The most response data one command may gather (a whole 64 KiB EF inside an SM data object, with slack). */
export const MAX_RESPONSE_DATA = 0x10000 + 64;
/** The most GET RESPONSE rounds one command may take (64 KiB in 256-byte pieces, with slack). */
export const MAX_GET_RESPONSE_ROUNDS = 300;

const getResponse = (le: number): CommandApdu => ({
  cla: 0x00,
  ins: 0xc0,
  p1: 0x00,
  p2: 0x00,
  data: new Uint8Array(0),
  le: le === 0 ? 0x100 : le,
  extended: false,
});

/** A transport with a transcript. */
export class ApduChannel {
  readonly transcript: Transcript = { apdus: 0, bytesSent: 0, bytesReceived: 0 };
  constructor(readonly transport: Transport) {}

  private async exchange(command: CommandApdu, step: string): Promise<ResponseApdu> {
    const bytes = encodeCommand(command);
    const raw = await this.transport.transmit(bytes);
    this.transcript.apdus += 1;
    this.transcript.bytesSent += bytes.length;
    this.transcript.bytesReceived += raw.length;
    if (raw.length < 2)
      throw new CardError({
        step,
        sw: null,
        code: 'short-response',
        message: `${step}: the card answered ${raw.length} byte${raw.length === 1 ? '' : 's'}, not a response APDU`,
      });
    if (raw.length > MAX_RESPONSE_DATA + 2)
      throw new CardError({
        step,
        sw: null,
        code: 'response-too-long',
        message: `${step}: the card answered ${raw.length} bytes, more than any EF`,
      });
    return parseResponse(raw);
  }

  /** Sends one command and returns the parsed response (any status word), following `61 xx` chaining. */
  async send(command: CommandApdu, step = 'transmit'): Promise<ResponseApdu> {
    let r = await this.exchange(command, step);
    if (r.sw >> 8 !== 0x61) return r;
    const parts = [r.data];
    let total = r.data.length;
    for (let round = 0; r.sw >> 8 === 0x61; round++) {
      if (round >= MAX_GET_RESPONSE_ROUNDS || total > MAX_RESPONSE_DATA)
        throw new CardError({
          step,
          sw: r.sw,
          code: 'response-chaining-too-long',
          message: `${step}: the card kept answering 61 xx (more than ${MAX_RESPONSE_DATA} bytes or ${MAX_GET_RESPONSE_ROUNDS} rounds)`,
        });
      r = await this.exchange(getResponse(r.sw & 0xff), `${step}-get-response`);
      parts.push(r.data);
      total += r.data.length;
    }
    if (total > MAX_RESPONSE_DATA)
      throw new CardError({
        step,
        sw: r.sw,
        code: 'response-chaining-too-long',
        message: `${step}: chained response of ${total} bytes, more than any EF`,
      });
    return { data: concat(...parts), sw: r.sw };
  }

  /** Sends one command and requires `90 00`; otherwise a CardError naming the step and status word. */
  async expectOk(command: CommandApdu, step: string): Promise<Uint8Array> {
    const r = await this.send(command, step);
    if (r.sw !== 0x9000)
      throw new CardError({
        step,
        sw: r.sw,
        message: `${step}: card answered ${r.sw.toString(16).toUpperCase().padStart(4, '0')} (${describeSw(r.sw)})`,
      });
    return r.data;
  }
}
