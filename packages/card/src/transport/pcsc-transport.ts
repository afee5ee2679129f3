/**
 * PC/SC transport over the `pcsclite` binding (an optional dependency, loaded lazily): a real reader on a
 * real desk, or the vpcd virtual reader. Without the binding or `pcscd`, opening fails with a message that
 * says what to install.
 */
import { createRequire } from 'node:module';
import { type Transport, TransportError, type TransportErrorCode } from './transport.ts';

interface PcscReader {
  name: string;
  SCARD_SHARE_SHARED: number;
  SCARD_LEAVE_CARD: number;
  SCARD_RESET_CARD: number;
  SCARD_STATE_PRESENT: number;
  state: number;
  on(event: 'status', cb: (s: { state: number; atr?: Buffer }) => void): void;
  on(event: 'error', cb: (e: Error) => void): void;
  connect(opts: { share_mode: number }, cb: (err: Error | null, protocol: number) => void): void;
  disconnect(disposition: number, cb: (err: Error | null) => void): void;
  transmit(
    data: Buffer,
    resLen: number,
    protocol: number,
    cb: (err: Error | null, data: Buffer) => void,
  ): void;
  close(): void;
}

interface Pcsc {
  on(event: 'reader', cb: (r: PcscReader) => void): void;
  on(event: 'error', cb: (e: Error) => void): void;
  close(): void;
}

const INSTALL_HINT =
  'PC/SC needs pcscd and the pcsclite binding: apt-get install pcscd libpcsclite-dev, then npm install (pcsclite is an optional dependency)';

function loadPcsc(): () => Pcsc {
  try {
    return createRequire(import.meta.url)('pcsclite') as () => Pcsc;
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new TransportError('pcsc-load', `${INSTALL_HINT} (${why})`, 'reader-unavailable');
  }
}

/** Opens the first reader whose name contains `readerName` (or any reader) once a card is present in it. */
export async function openPcsc(readerName?: string, timeoutMs = 10_000): Promise<Transport> {
  const create = loadPcsc();
  let pcsc: Pcsc;
  try {
    pcsc = create();
  } catch (e) {
    throw new TransportError(
      'pcsc-open',
      `cannot reach the PC/SC service (${e instanceof Error ? e.message : String(e)}); is pcscd running? (systemctl start pcscd, or pcscd -f)`,
      'reader-unavailable',
    );
  }
  const seen: string[] = [];
  const readers: PcscReader[] = [];
  return new Promise<Transport>((resolve, reject) => {
    let settled = false;
    /** `serviceGone`: pcscd reported an error — its native handles are then left alone (closing them blocks). */
    const fail = (msg: string, code: TransportErrorCode = 'reader-unavailable', serviceGone = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!serviceGone) closeNative(readers, pcsc);
      reject(new TransportError('pcsc-open', msg, code));
    };
    const timer = setTimeout(
      () =>
        seen.length === 0
          ? fail(`no PC/SC reader found within ${timeoutMs} ms (is pcscd running? ${INSTALL_HINT})`)
          : fail(
              `no card in ${readerName ? `a reader matching "${readerName}"` : 'any reader'} within ${timeoutMs} ms (readers: ${seen.join(', ')})`,
              'no-card',
            ),
      timeoutMs,
    );
    pcsc.on('error', (e) => fail(`PC/SC error: ${e.message} (${INSTALL_HINT})`, 'reader-unavailable', true));
    pcsc.on('reader', (reader) => {
      seen.push(reader.name);
      readers.push(reader);
      reader.on('error', () => {}); // errors of readers we do not use (e.g. pcscd going away) are not ours
      if (readerName && !reader.name.includes(readerName)) return;
      reader.on('error', (e) => fail(`reader ${reader.name}: ${e.message}`, 'reader-failed', true));
      reader.on('status', (status) => {
        if (settled || !(status.state & reader.SCARD_STATE_PRESENT)) return;
        reader.connect({ share_mode: reader.SCARD_SHARE_SHARED }, (err, protocol) => {
          if (err) return fail(`cannot connect to ${reader.name}: ${err.message}`, 'reader-failed');
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(new PcscTransport(pcsc, reader, readers, protocol, status.atr ?? Buffer.alloc(0)));
        });
      });
    });
  });
}

/**
 * Closes the binding's native handles. Not after pcscd has failed: pcsclite 1.0.1 then joins a status thread
 * that may never return (seen with pcscd killed mid-read: `CardReader.close()` blocks the event loop for good).
 * Those handles are left to the end of the process instead.
 */
function closeNative(readers: readonly PcscReader[], pcsc: Pcsc): void {
  try {
    for (const r of readers) r.close();
    pcsc.close();
  } catch {
    // the service is already gone
  }
}

/** How long one APDU may take through pcscd before the read is abandoned (a dead pcscd never answers). */
const TRANSMIT_TIMEOUT_MS = 30_000;

class PcscTransport implements Transport {
  readonly name: string;
  /** Rejecters of exchanges in flight, so a PC/SC failure ends them at once instead of at the timeout. */
  private readonly inFlight = new Set<(e: TransportError) => void>();
  private failed: TransportError | null = null;

  constructor(
    private readonly pcsc: Pcsc,
    private readonly reader: PcscReader,
    private readonly readers: PcscReader[],
    private protocol: number,
    private atr: Buffer,
  ) {
    this.name = `pcsc: ${reader.name}`;
    const broken = (e: Error) =>
      this.fail(new TransportError('transmit', `${reader.name}: ${e.message}`, 'reader-failed'));
    pcsc.on('error', broken);
    reader.on('error', broken);
  }

  private fail(e: TransportError): void {
    this.failed ??= e;
    for (const reject of this.inFlight) reject(e);
    this.inFlight.clear();
  }

  /** Runs one PC/SC call with the timeout and the failure fan-out. */
  private call<T>(
    step: string,
    run: (ok: (v: T) => void, ko: (e: TransportError) => void) => void,
  ): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const finish = () => {
        done = true;
        clearTimeout(timer);
        this.inFlight.delete(ko);
      };
      const ko = (e: TransportError) => {
        if (done) return;
        finish();
        reject(e);
      };
      const timer = setTimeout(
        () =>
          ko(
            new TransportError(
              step,
              `${this.reader.name}: no answer within ${TRANSMIT_TIMEOUT_MS} ms (is pcscd still running?)`,
              'reader-timeout',
            ),
          ),
        TRANSMIT_TIMEOUT_MS,
      );
      this.inFlight.add(ko);
      try {
        run((v) => {
          if (done) return;
          finish();
          resolve(v);
        }, ko);
      } catch (e) {
        ko(new TransportError(step, `${this.reader.name}: ${e instanceof Error ? e.message : String(e)}`));
      }
    });
  }

  transmit(command: Uint8Array): Promise<Uint8Array> {
    return this.call('transmit', (ok, ko) =>
      this.reader.transmit(Buffer.from(command), 65538, this.protocol, (err, data) => {
        if (!err) return ok(new Uint8Array(data));
        const e = new TransportError('transmit', `${this.reader.name}: ${err.message}`, 'reader-failed');
        this.failed ??= e; // the card or pcscd went away: this connection is done
        ko(e);
      }),
    );
  }

  reset(): Promise<Uint8Array> {
    return this.call('reset', (ok, ko) =>
      this.reader.disconnect(this.reader.SCARD_RESET_CARD, () => {
        this.reader.connect({ share_mode: this.reader.SCARD_SHARE_SHARED }, (err, protocol) => {
          if (err)
            return ko(new TransportError('reset', `${this.reader.name}: ${err.message}`, 'reader-failed'));
          this.protocol = protocol;
          ok(new Uint8Array(this.atr));
        });
      }),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      let released = false;
      const release = (native: boolean) => {
        if (released) return;
        released = true;
        if (native) closeNative(this.readers, this.pcsc);
        resolve();
      };
      if (this.failed) return release(false); // pcscd or the card is gone: closing could block for good
      const timer = setTimeout(() => release(false), 2_000);
      try {
        this.reader.disconnect(this.reader.SCARD_LEAVE_CARD, (err) => {
          clearTimeout(timer);
          release(!err && !this.failed);
        });
      } catch {
        clearTimeout(timer);
        release(false);
      }
    });
  }
}
