/**
 * A transport that spawns a command and speaks the stdio hex-line protocol to it (`--via-command "CMD"`). The
 * command is not trusted: its lines are bounded (no answer is longer than an APDU), every exchange has a
 * timeout, and whatever it prints ends in a {@link TransportError}.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fromHex, toHex } from '../bytes.ts';
import { MAX_HEX_LINE } from './hex-lines.ts';
import { LineSplitter } from './line-splitter.ts';
import { type Transport, TransportError } from './transport.ts';

/** How long to wait for one response line. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** A line that was longer than {@link MAX_HEX_LINE}. */
const TOO_LONG = Symbol('too-long');

type Line = string | typeof TOO_LONG;

/** Spawns `command` (through the shell) and exchanges hex lines with it. */
export class CommandTransport implements Transport {
  readonly name: string;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines = new LineSplitter(MAX_HEX_LINE);
  private readonly pending: ((line: Line | null) => void)[] = [];
  private readonly buffered: Line[] = [];
  private ended = false;
  private stderr = '';

  constructor(
    command: string,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.name = `command: ${command}`;
    this.child = spawn(command, { shell: true, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString('utf8')).slice(-2000);
    });
    this.child.on('error', () => this.finish());
    this.child.stdin.on('error', () => this.finish());
    this.child.stdout.on('data', (d: Buffer) => {
      for (const l of this.lines.push(d)) this.deliver(l);
    });
    this.child.stdout.on('end', () => {
      for (const l of this.lines.end()) this.deliver(l);
      this.finish();
    });
    this.child.stdout.on('error', () => this.finish());
  }

  private deliver(line: string | null) {
    const l: Line = line === null ? TOO_LONG : line;
    const waiter = this.pending.shift();
    if (waiter) waiter(l);
    else if (this.buffered.length < 64) this.buffered.push(l); // a chatty peer cannot fill memory
  }

  private finish() {
    this.ended = true;
    for (const w of this.pending.splice(0)) w(null);
  }

  private async exchange(line: string, step: string): Promise<string> {
    const buffered = this.buffered.shift();
    if (buffered === undefined && this.ended)
      throw new TransportError(step, `the card command has exited${this.detail()}`, 'peer-gone');
    if (!this.ended) this.child.stdin.write(`${line}\n`);
    const answer =
      buffered ??
      (await new Promise<Line | null>((resolve) => {
        const timer = setTimeout(() => {
          const i = this.pending.indexOf(done);
          if (i >= 0) this.pending.splice(i, 1);
          resolve(null);
        }, this.timeoutMs);
        const done = (l: Line | null) => {
          clearTimeout(timer);
          resolve(l);
        };
        this.pending.push(done);
      }));
    if (answer === null)
      throw this.ended
        ? new TransportError(step, `the card command has exited${this.detail()}`, 'peer-gone')
        : new TransportError(step, `no answer within ${this.timeoutMs} ms`, 'reader-timeout');
    if (answer === TOO_LONG)
      throw new TransportError(step, 'the card command answered a line longer than any APDU', 'bad-answer');
    return answer;
  }

  private detail(): string {
    const e = this.stderr.trim().split('\n').pop();
    return e ? ` (${e.slice(0, 200)})` : '';
  }

  private hex(answer: string, step: string): Uint8Array {
    try {
      return fromHex(answer);
    } catch {
      throw new TransportError(
        step,
        `the card command answered a line that is not hex: ${JSON.stringify(answer.slice(0, 40))}`,
        'bad-answer',
      );
    }
  }

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    return this.hex(await this.exchange(toHex(command), 'transmit'), 'transmit');
  }

  async reset(): Promise<Uint8Array> {
    return this.hex(await this.exchange('RESET', 'reset'), 'reset');
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    if (this.child.exitCode === null) this.child.kill();
  }
}
