import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fixtureImage } from '../../test/fixture-image.ts';
import { ATR } from '../emulator/atr.ts';
import { ResidenceCardEmulator } from '../emulator/residence-card-emulator.ts';
import { answerVpcdMessage, connectVpcd } from './vpcd-client.ts';

describe('vpcd client', () => {
  it('answers control codes and APDUs as the vpcd driver expects (04 = ATR without reset)', () => {
    const card = new ResidenceCardEmulator(fixtureImage('05'));
    expect(answerVpcdMessage(card, Uint8Array.of(0x01))).toBeNull();
    expect(answerVpcdMessage(card, Uint8Array.of(0x04))).toEqual(ATR);
    expect(answerVpcdMessage(card, Uint8Array.of(0x00, 0xb0, 0x8a, 0x00, 0x04))).toEqual(
      Uint8Array.of(0xc1, 0x02, 0x30, 0x35, 0x90, 0x00),
    );
  });

  it('speaks the length-prefixed framing over TCP (a stand-in driver on loopback)', async () => {
    const replies: Buffer[] = [];
    const server = createServer((socket) => {
      socket.on('data', (d) => replies.push(d));
      socket.write(Buffer.from([0x00, 0x01, 0x04])); // "send your ATR"
      socket.write(Buffer.from([0x00, 0x05, 0x00, 0xb0, 0x8a, 0x00, 0x04])); // an APDU
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const conn = await connectVpcd(new ResidenceCardEmulator(fixtureImage('05')), '127.0.0.1', port);
    for (let i = 0; i < 50 && Buffer.concat(replies).length < 2 + ATR.length + 2 + 6; i++)
      await new Promise((r) => setTimeout(r, 20));
    const all = Buffer.concat(replies);
    expect(all.readUInt16BE(0)).toBe(ATR.length);
    expect(
      all
        .subarray(2 + ATR.length + 2)
        .toString('hex')
        .toUpperCase(),
    ).toBe('C10230359000');
    conn.close();
    server.close();
  });

  it('says what to install when nothing listens', async () => {
    await expect(connectVpcd(new ResidenceCardEmulator(fixtureImage('05')), '127.0.0.1', 1)).rejects.toThrow(
      /vsmartcard-vpcd/,
    );
  });
});
