/**
 * A transport that spawns a command and speaks the stdio hex-line protocol to it (`--via-command "CMD"`).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { fromHex, toHex } from '../bytes.ts';
import { type Transport, TransportError } from './transport.ts';

/** How long to wait for one response line. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Spawns `command` (through the shell) and exchanges hex lines with it. */
export class CommandTransport implements Transport {
  readonly name: string;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly pending: ((line: string | null) => void)[] = [];
  private readonly buffered: string[] = [];
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
    this.lines = createInterface({ input: this.child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
    this.lines.on('line', (line) => {
      const waiter = this.pending.shift();
      if (waiter) waiter(line);
      else this.buffered.push(line);
    });
    this.lines.on('close', () => this.finish());
  }

  private finish() {
    this.ended = true;
    for (const w of this.pending.splice(0)) w(null);
  }

  private async exchange(line: string, step: string): Promise<string> {
    if (this.ended) throw new TransportError(step, `the card command has exited${this.detail()}`);
    this.child.stdin.write(`${line}\n`);
    const answer = await new Promise<string | null>((resolve) => {
      const buffered = this.buffered.shift();
      if (buffered !== undefined) return resolve(buffered);
      const timer = setTimeout(() => {
        const i = this.pending.indexOf(done);
        if (i >= 0) this.pending.splice(i, 1);
        resolve(null);
      }, this.timeoutMs);
      const done = (l: string | null) => {
        clearTimeout(timer);
        resolve(l);
      };
      this.pending.push(done);
    });
    if (answer === null)
      throw new TransportError(
        step,
        this.ended ? `the card command has exited${this.detail()}` : `no answer within ${this.timeoutMs} ms`,
      );
    return answer;
  }

  private detail(): string {
    const e = this.stderr.trim().split('\n').pop();
    return e ? ` (${e})` : '';
  }

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    const answer = await this.exchange(toHex(command), 'transmit');
    try {
      return fromHex(answer);
    } catch {
      throw new TransportError(
        'transmit',
        `the card command answered a line that is not hex: ${answer.slice(0, 60)}`,
      );
    }
  }

  async reset(): Promise<Uint8Array> {
    return fromHex(await this.exchange('RESET', 'reset'));
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    this.lines.close();
    if (this.child.exitCode === null) this.child.kill();
  }
}
