/**
 * System tests through a real pcscd with the vsmartcard-vpcd virtual reader: the emulator plugs into vpcd,
 * and (1) our PC/SC transport and (2) opensc-tool — a client no one here wrote — talk to it.
 * Skipped with a printed reason where pcscd is absent; required in CI (ZAIRYU_REQUIRE_SYSTEM=1).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../src/bytes.ts';
import { ResidenceCardEmulator } from '../src/emulator/residence-card-emulator.ts';
import { ApduChannel } from '../src/reader/apdu-channel.ts';
import { readFiles } from '../src/reader/read-files.ts';
import { openPcsc } from '../src/transport/pcsc-transport.ts';
import { connectVpcd, type VpcdConnection } from '../src/transport/vpcd-client.ts';
import { FIXTURE_CARD_NUMBER, fixtureDeliveryKeys, fixtureImage } from './fixture-image.ts';
import { ensurePcscd, pcscMissing, skipOrFail } from './system.ts';

const skip = skipOrFail(pcscMissing(), 'pcscd + vsmartcard-vpcd system tests');

/**
 * Runs opensc-tool; it exits non-zero when an APDU's SW is not 90 00, so keep stdout either way. Retries
 * while pcscd has not yet seen the card that was just plugged in.
 */
async function opensc(args: string[]): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      return (await promisify(execFile)('opensc-tool', args, { encoding: 'utf8', timeout: 20_000 })).stdout;
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: string; stderr?: string };
      if (stdout?.includes('Received')) return `${stdout}${stderr ?? ''}`;
      last = `${stdout ?? ''}${stderr ?? ''}`;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`opensc-tool ${args.join(' ')} failed: ${last}`);
}

describe.skipIf(skip)('through real pcscd and vsmartcard-vpcd', () => {
  let stopPcscd: () => void = () => {};
  let conn: VpcdConnection | null = null;

  beforeAll(async () => {
    stopPcscd = await ensurePcscd();
  }, 20_000);

  afterAll(() => {
    conn?.close();
    stopPcscd();
  });

  async function plug(type: Parameters<typeof fixtureImage>[0]) {
    conn?.close();
    await new Promise((r) => setTimeout(r, 300)); // let vpcd notice the old card leaving
    conn = await connectVpcd(new ResidenceCardEmulator(fixtureImage(type)));
  }

  for (const type of ['1', '05', '07'] as const) {
    it(`reads a type ${type} card with the PC/SC transport`, async () => {
      await plug(type);
      const t = await openPcsc('Virtual PCD 00 00', 10_000);
      try {
        const ch = new ApduChannel(t);
        const r = await readFiles(ch, {
          cardNumber: FIXTURE_CARD_NUMBER,
          deliveryPublicKey: fixtureDeliveryKeys.publicKey,
        });
        expect(r.access).toBe('succeeded');
        expect(r.secureMessaging).toBe('succeeded');
        expect(r.files.size).toBeGreaterThanOrEqual(5);
        const df1 = fixtureImage(type).files.find((f) => f.df === 'DF1')!;
        expect(toHex(r.files.get(`DF1/${df1.p1.toString(16).toUpperCase()}`)!)).toBe(toHex(df1.content));
      } finally {
        await t.close();
      }
    }, 30_000);
  }

  it('answers opensc-tool (SELECT DF2, READ BINARY of the free card-type file)', async () => {
    await plug('05');
    // async: the emulator answers from this process, so a blocking exec would deadlock
    const list = await opensc(['-l']);
    const index = /^(\d+)\s.*Virtual PCD 00 00\s*$/m.exec(list)?.[1];
    expect(index, list).toBeDefined();
    const stdout = await opensc([
      '-r',
      index!,
      '-s',
      '00 B0 8A 00 04',
      '-s',
      '00 A4 04 0C 10 D3 92 F0 00 4F 03 00 00 00 00 00 00 00 00 00 00',
      '-s',
      '00 B0 81 00 00',
    ]);
    expect(stdout).toMatch(/Received \(SW1=0x90, SW2=0x00\):\s+C1 02 30 35/);
    expect(stdout).toMatch(/Received \(SW1=0x90, SW2=0x00\)\s+Sending: 00 B0 81/); // SELECT DF2 answered
    expect(stdout).toMatch(/0x69, SW2=0x82|69 ?82/); // DF2 needs card-number authentication
  }, 30_000);
});
