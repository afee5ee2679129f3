/**
 * PC/SC transport over the `pcsclite` binding (an optional dependency, loaded lazily): a real reader on a
 * real desk, or the vpcd virtual reader. Without the binding or `pcscd`, opening fails with a message that
 * says what to install.
 */
import { createRequire } from 'node:module';
import { type Transport, TransportError } from './transport.ts';

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
    throw new TransportError('pcsc-load', `${INSTALL_HINT} (${why})`);
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
    );
  }
  const seen: string[] = [];
  const readers: PcscReader[] = [];
  return new Promise<Transport>((resolve, reject) => {
    let settled = false;
    const fail = (msg: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const r of readers) r.close();
      pcsc.close();
      reject(new TransportError('pcsc-open', msg));
    };
    const timer = setTimeout(
      () =>
        fail(
          seen.length === 0
            ? `no PC/SC reader found within ${timeoutMs} ms (is pcscd running? ${INSTALL_HINT})`
            : `no card in ${readerName ? `a reader matching "${readerName}"` : 'any reader'} within ${timeoutMs} ms (readers: ${seen.join(', ')})`,
        ),
      timeoutMs,
    );
    pcsc.on('error', (e) => fail(`PC/SC error: ${e.message} (${INSTALL_HINT})`));
    pcsc.on('reader', (reader) => {
      seen.push(reader.name);
      readers.push(reader);
      reader.on('error', () => {}); // errors of readers we do not use (e.g. pcscd going away) are not ours
      if (readerName && !reader.name.includes(readerName)) return;
      reader.on('error', (e) => fail(`reader ${reader.name}: ${e.message}`));
      reader.on('status', (status) => {
        if (settled || !(status.state & reader.SCARD_STATE_PRESENT)) return;
        reader.connect({ share_mode: reader.SCARD_SHARE_SHARED }, (err, protocol) => {
          if (err) return fail(`cannot connect to ${reader.name}: ${err.message}`);
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(new PcscTransport(pcsc, reader, readers, protocol, status.atr ?? Buffer.alloc(0)));
        });
      });
    });
  });
}

class PcscTransport implements Transport {
  readonly name: string;
  constructor(
    private readonly pcsc: Pcsc,
    private readonly reader: PcscReader,
    private readonly readers: PcscReader[],
    private protocol: number,
    private atr: Buffer,
  ) {
    this.name = `pcsc: ${reader.name}`;
  }

  transmit(command: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.reader.transmit(Buffer.from(command), 65538, this.protocol, (err, data) => {
        if (err) reject(new TransportError('transmit', `${this.reader.name}: ${err.message}`));
        else resolve(new Uint8Array(data));
      });
    });
  }

  reset(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.reader.disconnect(this.reader.SCARD_RESET_CARD, () => {
        this.reader.connect({ share_mode: this.reader.SCARD_SHARE_SHARED }, (err, protocol) => {
          if (err) return reject(new TransportError('reset', `${this.reader.name}: ${err.message}`));
          this.protocol = protocol;
          resolve(new Uint8Array(this.atr));
        });
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.reader.disconnect(this.reader.SCARD_LEAVE_CARD, () => {
        for (const r of this.readers) r.close();
        this.pcsc.close();
        resolve();
      });
    });
  }
}
