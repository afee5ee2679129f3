/**
 * Serves an `ApduProcessor` over stdin/stdout hex lines (`zairyu card emulate --stdio`).
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { answerHexLine } from './hex-lines.ts';
import type { ApduProcessor } from './transport.ts';

/** Answers every line of `input` on `output` until `input` ends. */
export async function serveHexLines(
  card: ApduProcessor,
  input: NodeJS.ReadableStream,
  output: Writable,
): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    const answer = answerHexLine(card, line);
    if (answer === null) continue;
    if (!output.write(`${answer}\n`)) await new Promise<void>((r) => output.once('drain', r));
  }
}
