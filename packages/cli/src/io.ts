/**
 * Output helpers: write with back-pressure, and the one error line a user sees (never a stack trace,
 * unless ZAIRYU_DEBUG=1).
 */
import type { Writable } from 'node:stream';

/** Writes `text` and waits for the stream to drain when its buffer is full. */
export async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Exit codes of the zairyu command. */
export const EXIT = { ok: 0, internal: 1, invalidInput: 2, cancelled: 130 } as const;

/** Reports an unexpected failure in one line and returns the exit code. */
export function reportInternalError(err: unknown): number {
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`zairyu: internal error: ${msg}\n`);
  if (process.env.ZAIRYU_DEBUG === '1' && err instanceof Error && err.stack)
    process.stderr.write(`${err.stack}\n`);
  else
    process.stderr.write(
      'zairyu: run again with ZAIRYU_DEBUG=1 for details, and report it if it persists.\n',
    );
  return EXIT.internal;
}

/** Reads all of stdin as UTF-8. */
export async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
