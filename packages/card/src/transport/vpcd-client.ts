/**
 * Plugs a software card into `pcscd` through the vsmartcard-vpcd driver: the card connects to the driver's
 * TCP socket (default 127.0.0.1:35963 = reader "Virtual PCD 00 00"); every message is a 2-byte big-endian
 * length and a payload. A 1-byte payload is a control code (00 power off, 01 power on, 02 reset, 04 send
 * ATR); anything longer is a command APDU, answered with the response APDU. (chip.md §3.1)
 */
import { connect, type Socket } from 'node:net';
import type { ApduProcessor } from './transport.ts';
import { TransportError } from './transport.ts';

/** Default vpcd port of slot 0. */
export const VPCD_DEFAULT_PORT = 0x8c7b;

/** A live vpcd connection. */
export interface VpcdConnection {
  /** Resolves when the driver closes the connection. */
  readonly closed: Promise<void>;
  close(): void;
}

function frame(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(payload.length + 2);
  out.writeUInt16BE(payload.length, 0);
  out.set(payload, 2);
  return out;
}

/** Answers one vpcd message; null when the message needs no answer. */
export function answerVpcdMessage(card: ApduProcessor, msg: Uint8Array): Uint8Array | null {
  if (msg.length === 1) {
    switch (msg[0]) {
      case 0x00: // power off
      case 0x01: // power on
      case 0x02: // reset
        card.reset();
        return null;
      case 0x04:
        return card.atr(); // asked when polling: must not reset the card
      default:
        return null;
    }
  }
  return card.process(msg);
}

/** Connects `card` to vpcd at host:port; rejects with a TransportError when nothing listens there. */
export function connectVpcd(
  card: ApduProcessor,
  host = '127.0.0.1',
  port = VPCD_DEFAULT_PORT,
): Promise<VpcdConnection> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host, port });
    let buffer = Buffer.alloc(0);
    let opened = false;
    let resolveClosed: () => void = () => {};
    const closed = new Promise<void>((r) => {
      resolveClosed = r;
    });
    socket.on('connect', () => {
      opened = true;
      socket.setNoDelay(true); // one small frame per answer: Nagle would hold each back ~40 ms for an ACK
      resolve({ closed, close: () => socket.destroy() });
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (buffer.length >= 2) {
        const len = buffer.readUInt16BE(0);
        if (buffer.length < 2 + len) break;
        const msg = new Uint8Array(buffer.subarray(2, 2 + len));
        buffer = buffer.subarray(2 + len);
        const answer = answerVpcdMessage(card, msg);
        if (answer) socket.write(frame(answer));
      }
    });
    socket.on('error', (e) => {
      if (!opened)
        reject(
          new TransportError(
            'vpcd-connect',
            `cannot reach vpcd at ${host}:${port} (${e.message}); is pcscd running with the vsmartcard-vpcd driver? (apt-get install pcscd vsmartcard-vpcd; pcscd -f -a)`,
            'vpcd-unreachable',
          ),
        );
    });
    socket.on('close', () => resolveClosed());
  });
}
