/**
 * In-process transport: the reader calls the emulator directly. Counts bytes for the transcript.
 */
import type { ApduProcessor, Transport } from './transport.ts';

/** A transport over an in-memory `ApduProcessor`. */
export class MemoryTransport implements Transport {
  readonly name = 'memory';
  constructor(private readonly card: ApduProcessor) {}

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    return this.card.process(command);
  }

  async reset(): Promise<Uint8Array> {
    return this.card.reset();
  }

  async close(): Promise<void> {}
}
