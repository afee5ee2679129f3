/**
 * Serves an `ApduProcessor` over stdin/stdout hex lines (`zairyu card emulate --stdio`). Lines are bounded: a
 * line longer than any APDU is answered `67 00` without being kept in memory.
 */
import type { Writable } from 'node:stream';
import { answerHexLine, MAX_HEX_LINE, WRONG_LENGTH_LINE } from './hex-lines.ts';
import { LineSplitter } from './line-splitter.ts';
import type { ApduProcessor } from './transport.ts';

/** Answers every line of `input` on `output` until `input` ends. */
export async function serveHexLines(
  card: ApduProcessor,
  input: NodeJS.ReadableStream,
  output: Writable,
): Promise<void> {
  const lines = new LineSplitter(MAX_HEX_LINE);
  const answer = async (line: string | null) => {
    const a = line === null ? WRONG_LENGTH_LINE : answerHexLine(card, line);
    if (a === null) return;
    if (!output.write(`${a}\n`)) await new Promise<void>((r) => output.once('drain', r));
  };
  for await (const chunk of input)
    for (const line of lines.push(chunk as string | Uint8Array)) await answer(line);
  for (const line of lines.end()) await answer(line);
}
