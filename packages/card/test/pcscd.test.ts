/**
 * System tests through a real pcscd with the vsmartcard-vpcd virtual reader: the emulator plugs into vpcd,
 * and (1) our PC/SC transport and (2) opensc-tool — a client no one here wrote — talk to it.
 * Skipped with a printed reason where pcscd is absent; required in CI (ZAIRYU_REQUIRE_SYSTEM=1).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../src/bytes.ts';
import { chipImageFromJson } from '../src/emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../src/emulator/residence-card-emulator.ts';
import { createSandboxCa } from '../src/issuer/ca/sandbox-ca.ts';
import { issueCard } from '../src/issuer/issue-card.ts';
import { fieldsFromSeed } from '../src/issuer/issue-fields.ts';
import { ApduChannel } from '../src/reader/apdu-channel.ts';
import { readFiles } from '../src/reader/read-files.ts';
import { readCard } from '../src/reader.ts';
import { openPcsc } from '../src/transport/pcsc-transport.ts';
import type { ApduProcessor } from '../src/transport/transport.ts';
import { connectVpcd, type VpcdConnection } from '../src/transport/vpcd-client.ts';
import { buildTrustStore } from '../src/verify/trust.ts';
import { FIXTURE_CARD_NUMBER, fixtureDeliveryKeys, fixtureImage } from './fixture-image.ts';
import { ensurePcscd, type Pcscd, pcscMissing, skipOrFail, systemRequired } from './system.ts';

const BIN = resolve(import.meta.dirname, '..', '..', 'cli', 'bin', 'zairyu.js');
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
  let pcscd: Pcscd | null = null;
  let conn: VpcdConnection | null = null;

  beforeAll(async () => {
    pcscd = await ensurePcscd();
  }, 20_000);

  afterAll(() => {
    conn?.close();
    pcscd?.stop();
  });

  /**
   * Waits until pcscd talks to the card just plugged in (and not to the one before it): READ BINARY of the
   * free card-type file must answer as `card` does. Under load pcscd may take a while to notice a swap.
   */
  async function ready(card: ResidenceCardEmulator) {
    const expected = toHex(card.process(Uint8Array.of(0x00, 0xb0, 0x8a, 0x00, 0x00)));
    let last = '';
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        const t = await openPcsc('Virtual PCD 00 00', 10_000);
        try {
          last = toHex(await t.transmit(Uint8Array.of(0x00, 0xb0, 0x8a, 0x00, 0x00)));
          if (last === expected) return;
        } finally {
          await t.close();
        }
      } catch (e) {
        last = String(e);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`pcscd never reached the new card (last answer ${last})`);
  }

  async function plugCard(card: ResidenceCardEmulator, processor: ApduProcessor = card) {
    conn?.close();
    await new Promise((r) => setTimeout(r, 300)); // let vpcd notice the old card leaving
    conn = await connectVpcd(processor);
    await ready(card);
  }

  const plug = (type: Parameters<typeof fixtureImage>[0]) =>
    plugCard(new ResidenceCardEmulator(fixtureImage(type)));

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

  it('reads and verifies a signed sandbox 特定 card end to end (issuer → vpcd → pcscd → PC/SC → verdict)', async () => {
    const ca = await createSandboxCa();
    const image = await issueCard('07', fieldsFromSeed('07', 21), ca);
    await plugCard(new ResidenceCardEmulator(image));
    const t = await openPcsc('Virtual PCD 00 00', 10_000);
    try {
      const { result } = await readCard(t, {
        cardNumber: image.cardNumber,
        trust: buildTrustStore('sandbox', [], ca),
        deliveryPublicKey: ca.delivery.publicKey,
        now: new Date(),
      });
      const status = Object.fromEntries(result.verdict.map((v) => [v.check, v.status]));
      expect(status['card-access']).toBe('SUCCEEDED');
      expect(status.signature).toBe('SUCCEEDED');
      expect(status['certificate-chain']).toBe('SUCCEEDED');
      expect(result.fields.cardNumber).toBe(image.cardNumber);
    } finally {
      await t.close();
    }
  }, 60_000);

  it('the CLI: `card emulate --vpcd` in one process, `card read --pcsc` in another', async () => {
    conn?.close();
    conn = null;
    await new Promise((r) => setTimeout(r, 300));
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-pcsc-'));
    const env = { ...process.env, ZAIRYU_CA_DIR: join(dir, 'ca') };
    const cardFile = join(dir, 'card.json');
    const issued = await promisify(execFile)(
      process.execPath,
      [BIN, 'card', 'issue', '--type', '05', '--out', cardFile, '--seed', '9'],
      { env, encoding: 'utf8' },
    );
    const cardNumber = issued.stdout.trim();
    const emulator = spawn(process.execPath, [BIN, 'card', 'emulate', '--card', cardFile, '--vpcd'], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('emulator did not connect to vpcd')), 20_000);
        emulator.stderr.on('data', (d: Buffer) => {
          if (d.toString().includes('inserted')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const args = [
        'card',
        'read',
        '--card-number',
        cardNumber,
        '--pcsc',
        'Virtual PCD 00 00',
        '--trust-profile',
        'sandbox',
        '--json',
      ];
      // exit 3 is a completed read with a FAILED check (e.g. a seed that made a 就労不可 student): keep stdout
      const stdout = await promisify(execFile)(process.execPath, [BIN, ...args], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      }).then(
        (r) => r.stdout,
        (e: { code?: number; stdout?: string }) => {
          if (e.code === 3 && e.stdout) return e.stdout;
          throw e;
        },
      );
      const out = JSON.parse(stdout);
      expect(out.cardType).toBe('05');
      expect(out.verdict.find((v: { check: string }) => v.check === 'signature').status).toBe('SUCCEEDED');
    } finally {
      emulator.kill('SIGINT');
    }
  }, 90_000);

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

  it('pcscd killed in the middle of a read → reader error, exit 4, one line; after pcscd restarts the next read works', async () => {
    if (!pcscd?.child) {
      // a pcscd someone else started is not ours to kill
      const reason = 'pcscd was already running (not started by this test file)';
      if (systemRequired)
        throw new Error(`pcscd kill test: required by ZAIRYU_REQUIRE_SYSTEM=1 but ${reason}`);
      process.stderr.write(`skipped: pcscd kill test: ${reason}\n`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'zairyu-pcsc-kill-'));
    const env = { ...process.env, ZAIRYU_CA_DIR: join(dir, 'ca') };
    const cardFile = join(dir, 'card.json');
    const issued = await promisify(execFile)(
      process.execPath,
      [BIN, 'card', 'issue', '--type', '05', '--out', cardFile, '--seed', '3'],
      { env, encoding: 'utf8' },
    );
    const cardNumber = issued.stdout.trim();
    const image = chipImageFromJson(readFileSync(cardFile, 'utf8'));
    const read = () =>
      new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
        execFile(
          process.execPath,
          [
            BIN,
            'card',
            'read',
            '--card-number',
            cardNumber,
            '--pcsc',
            'Virtual PCD 00 00',
            '--trust-profile',
            'sandbox',
            '--json',
          ],
          { env, encoding: 'utf8', timeout: 60_000 },
          (e, stdout, stderr) =>
            done({ code: e ? ((e as { code?: number }).code ?? -1) : 0, stdout, stderr }),
        ),
      );

    // the card kills pcscd when the reader's 8th command arrives (after VERIFY, among the file reads)
    const card = new ResidenceCardEmulator(image);
    let commands = 0;
    let killedAt = 0;
    const killer: ApduProcessor = {
      process: (c) => {
        if (++commands === 8 && pcscd?.child) {
          killedAt = Date.now();
          pcscd.child.kill('SIGKILL');
        }
        return card.process(c);
      },
      reset: () => card.reset(),
      atr: () => card.atr(),
    };
    await plugCard(card, killer);
    commands = 0; // ready()'s probe went through the killer too
    const t0 = Date.now();
    const broken = await read();
    expect(killedAt, 'pcscd was killed during the read').toBeGreaterThan(0);
    expect(broken.code, broken.stderr).toBe(4);
    expect(broken.stderr).toMatch(/^zairyu: reader: .*\((reader-failed|reader-timeout)\)$/m);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(Date.now() - t0).toBeLessThan(45_000); // no hang: the transport gives up within its timeout

    await pcscd.restart();
    await plugCard(new ResidenceCardEmulator(image));
    const again = await read();
    expect(again.code, again.stderr).toBe(0);
    const out = JSON.parse(again.stdout);
    expect(out.verdict.find((v: { check: string }) => v.check === 'signature').status).toBe('SUCCEEDED');
  }, 120_000);
});
