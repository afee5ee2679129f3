/**
 * Splits a byte or text stream into lines with a length limit, for the stdio hex-line protocol on both sides:
 * a peer that never sends a newline (or sends a 1 GB line) costs at most `maxLength` characters of memory,
 * and the over-long line comes out once as `null` so the caller can answer or refuse it.
 */
import { StringDecoder } from 'node:string_decoder';

/** Incremental line splitter: `\n` ends a line, a `\r` before it is dropped. */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private parts: string[] = [];
  private length = 0;
  private overflow = false;

  constructor(readonly maxLength: number) {}

  /** Feeds a chunk; returns the lines it completed (`null` for each line longer than `maxLength`). */
  push(chunk: string | Uint8Array): (string | null)[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.write(Buffer.from(chunk));
    const out: (string | null)[] = [];
    let start = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const piece = nl < 0 ? text.slice(start) : text.slice(start, nl);
      this.add(piece);
      if (nl < 0) break;
      out.push(this.take());
      start = nl + 1;
    }
    return out;
  }

  /** Ends the stream: the last line if it had no newline (empty input gives nothing). */
  end(): (string | null)[] {
    this.add(this.decoder.end());
    if (this.length === 0 && !this.overflow) return [];
    return [this.take()];
  }

  private add(piece: string): void {
    if (this.overflow || piece.length === 0) return;
    if (this.length + piece.length > this.maxLength) {
      this.overflow = true;
      this.parts = [];
      this.length = 0;
      return;
    }
    this.parts.push(piece);
    this.length += piece.length;
  }

  private take(): string | null {
    const line = this.overflow ? null : this.parts.join('').replace(/\r$/, '');
    this.parts = [];
    this.length = 0;
    this.overflow = false;
    return line;
  }
}
