/**
 * npm run bench:card — for a full read of each card type: APDU count, bytes each way, modelled contactless air
 * time at 106/212/424 kbit/s and its ratio to the lower bound (the same bytes in one exchange); then
 * signature verifications per second of the verdict pipeline against bare `crypto.verify` on the same data.
 * Ratios are measured side by side in one run. Not a test: nothing fails on speed.
 *
 * Tap-to-verdict through real pcscd + vsmartcard-vpcd (when installed): the card runs in its own process
 * (`vpcd-card.ts`), the reader in this one; per card type, a full `readCard` (authentication, secure messaging,
 * decoding, signature and chain, verdict) against replaying the same command APDUs through the same PC/SC
 * connection (the software floor: pcscd, vpcd and the card, nothing of the library). Each round starts with a
 * card reset, which restarts the card's randomness, and the reader's randomness is fixed — so the replay gets
 * byte-identical answers (checked). Rounds alternate; medians are compared.
 *
 * Air-time model (stated, not measured): ISO/IEC 14443 Type B sends 10 etu per byte (start bit, 8 data bits,
 * stop bit), 1 etu = 1/rate. Every APDU costs its command and response bytes plus 6 bytes of frame overhead
 * each way (PCB, CRC_B 2 bytes, SOF/EOF ≈ 3 byte-times), plus a fixed turnaround of 0.5 ms (card processing and
 * frame guard times). Chaining of long responses into 256-byte frames adds the same per-frame overhead and a
 * 0.1 ms ACK turnaround per extra frame.
 */
import { spawn } from 'node:child_process';
import { verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../packages/card/src/bytes.ts';
import { chipImageToJson } from '../packages/card/src/emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../packages/card/src/emulator/residence-card-emulator.ts';
import { type CardFileSet, decodeCardFiles, encodeCardFiles } from '../packages/card/src/files/card-files.ts';
import { CARD_TYPES, cardGeneration } from '../packages/card/src/files/card-type.ts';
import { signedTarget, signedTargetParts } from '../packages/card/src/files/signed-target.ts';
import { createSandboxCa } from '../packages/card/src/issuer/ca/sandbox-ca.ts';
import { issueCard } from '../packages/card/src/issuer/issue-card.ts';
import { fieldsFromSeed } from '../packages/card/src/issuer/issue-fields.ts';
import { readCard } from '../packages/card/src/reader.ts';
import { MemoryTransport } from '../packages/card/src/transport/memory-transport.ts';
import type { ApduProcessor, Transport } from '../packages/card/src/transport/transport.ts';
import { parseCertificate } from '../packages/card/src/verify/certificate.ts';
import { verifyGen1, verifyGen2 } from '../packages/card/src/verify/signature.ts';
import { buildTrustStore } from '../packages/card/src/verify/trust.ts';
import { Rng } from '../packages/card/test/fuzz/random.ts';

const TURNAROUND_S = 0.0005;
const FRAME_OVERHEAD = 6;
const FRAME = 256;
const ACK_S = 0.0001;
const RATES = [106_000, 212_000, 424_000];

interface Exchange {
  sent: number;
  received: number;
}

function airTime(exchanges: Exchange[], rate: number): number {
  let t = 0;
  for (const e of exchanges) {
    const frames = Math.max(1, Math.ceil(e.sent / FRAME)) + Math.max(1, Math.ceil(e.received / FRAME));
    t += ((e.sent + e.received + frames * FRAME_OVERHEAD) * 10) / rate + TURNAROUND_S + (frames - 2) * ACK_S;
  }
  return t;
}

function lowerBound(exchanges: Exchange[], rate: number): number {
  const bytes = exchanges.reduce((n, e) => n + e.sent + e.received, 0);
  return ((bytes + 2 * FRAME_OVERHEAD) * 10) / rate + TURNAROUND_S;
}

async function main() {
  const ca = await createSandboxCa();
  if (process.argv.includes('--pcsc-only')) return pcscBench(ca);
  const trust = buildTrustStore('sandbox', [], ca);
  const now = new Date();
  process.stdout.write('bench:card — full read of each card type (in-process emulator)\n');
  process.stdout.write(
    'type  APDUs  sent B  recv B   air ms @106k / @212k / @424k   ratio to one-exchange bound @106k / @212k / @424k\n',
  );
  const sets: { type: string; set: CardFileSet }[] = [];
  for (const type of CARD_TYPES) {
    const image = await issueCard(type, fieldsFromSeed(type, 1), ca);
    const card = new ResidenceCardEmulator(image);
    const exchanges: Exchange[] = [];
    const counting: ApduProcessor = {
      process: (c) => {
        const r = card.process(c);
        exchanges.push({ sent: c.length, received: r.length });
        return r;
      },
      reset: () => card.reset(),
      atr: () => card.atr(),
    };
    const { result } = await readCard(new MemoryTransport(counting), {
      cardNumber: image.cardNumber,
      trust,
      deliveryPublicKey: ca.delivery.publicKey,
      now,
    });
    const t = result.transcript;
    const air = RATES.map((r) => airTime(exchanges, r) * 1000);
    const ratio = RATES.map((r) => airTime(exchanges, r) / lowerBound(exchanges, r));
    process.stdout.write(
      `${type.padEnd(4)}  ${String(t.apdus).padStart(5)}  ${String(t.bytesSent).padStart(6)}  ${String(t.bytesReceived).padStart(6)}   ${air.map((x) => x.toFixed(0).padStart(4)).join(' / ')}                  ${ratio.map((x) => x.toFixed(3)).join(' / ')}\n`,
    );
    sets.push({
      type,
      set: encodeCardFiles(
        decodeCardFiles({ cardType: type, cardNumber: image.cardNumber, files: image.files }),
      ),
    });
  }

  process.stdout.write(
    '\nsignature verification: verdict pipeline (signed target + verify + chain + validity entries) vs bare crypto.verify\n',
  );
  for (const gen of ['gen1', 'gen2'] as const) {
    const { set } = sets.find((s) => cardGeneration(s.set.cardType) === gen) as { set: CardFileSet };
    const data = decodeCardFiles(set);
    const target = signedTarget(set);
    const sig = data.checkCode!;
    const cert = data.certificate!;
    const key = parseCertificate(cert).publicKey;
    const bare = () =>
      gen === 'gen1'
        ? verify('sha256', target, key, sig)
        : verify('sha256', target, { key, dsaEncoding: 'ieee-p1363' }, sig);
    const pipeline = () =>
      (gen === 'gen1' ? verifyGen1 : verifyGen2)(signedTargetParts(set), sig, cert, trust, now);
    const rate = (fn: () => unknown, ms: number) => {
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < ms) {
        fn();
        n++;
      }
      return (n / (performance.now() - t0)) * 1000;
    };
    rate(bare, 200);
    rate(pipeline, 200);
    const ratios: number[] = [];
    let b = 0;
    let p = 0;
    for (let i = 0; i < 3; i++) {
      b = rate(bare, 700);
      p = rate(pipeline, 700);
      ratios.push(p / b);
    }
    ratios.sort((x, y) => x - y);
    process.stdout.write(
      `${gen}: bare ${b.toFixed(0)}/s, pipeline ${p.toFixed(0)}/s, ratio ${ratios[1]!.toFixed(2)} (target ≥ 0.8)\n`,
    );
  }
  await pcscBench(ca);
}

/** The tap-to-verdict section: full read vs replay of its APDUs through real pcscd; skipped when absent. */
async function pcscBench(ca: Awaited<ReturnType<typeof createSandboxCa>>) {
  const { pcscMissing, ensurePcscd } = await import('../packages/card/test/system.ts');
  const missing = pcscMissing();
  process.stdout.write('\ntap-to-verdict through real pcscd + vsmartcard-vpcd (card in its own process)\n');
  if (missing) {
    process.stdout.write(`skipped: ${missing}\n`);
    return;
  }
  const { openPcsc } = await import('../packages/card/src/transport/pcsc-transport.ts');
  const pcscd = await ensurePcscd();
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-bench-pcsc-'));
  const trust = buildTrustStore('sandbox', [], ca);
  const ROUNDS = Number(process.env.BENCH_PCSC_ROUNDS ?? 30);
  process.stdout.write(
    `type  APDUs  full read ms  replay ms  replay ms/APDU  ratio (target ≤ 1.2)   (median of ${ROUNDS} alternating rounds)\n`,
  );
  try {
    for (const type of ['1', '05', '07'] as const) {
      const image = await issueCard(type, fieldsFromSeed(type, 3), ca);
      const file = join(dir, `card-${type}.json`);
      writeFileSync(file, chipImageToJson(image));
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'vpcd-card.ts'), file],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the bench card did not reach vpcd')), 20_000);
        child.stdout?.on('data', (d: Buffer) => {
          if (d.toString().includes('inserted')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await new Promise((r) => setTimeout(r, 500)); // let pcscd see the card
      const pcsc = await openPcsc('Virtual PCD 00 00', 20_000);
      try {
        const readerRandom = Rng.byteSource('bench-reader');
        const commands: Uint8Array[] = [];
        const answers: string[] = [];
        let recording = true;
        const recorder: Transport = {
          name: pcsc.name,
          transmit: async (c) => {
            const r = await pcsc.transmit(c);
            if (recording) {
              commands.push(c);
              answers.push(toHex(r));
            }
            return r;
          },
          reset: () => pcsc.reset(),
          close: async () => {},
        };
        const full = async () => {
          await pcsc.reset();
          readerRandom.restart();
          const t0 = performance.now();
          const { result } = await readCard(recorder, {
            cardNumber: image.cardNumber,
            trust,
            deliveryPublicKey: ca.delivery.publicKey,
            now: new Date(),
            random: readerRandom.random,
          });
          const ms = performance.now() - t0;
          if (result.verdict.find((v) => v.check === 'signature')?.status !== 'SUCCEEDED')
            throw new Error('the bench read did not verify');
          return ms;
        };
        const replay = async () => {
          await pcsc.reset();
          const t0 = performance.now();
          for (const c of commands) await pcsc.transmit(c);
          return performance.now() - t0;
        };
        await full(); // records the APDUs
        recording = false;
        await pcsc.reset();
        for (let i = 0; i < commands.length; i++)
          if (toHex(await pcsc.transmit(commands[i] as Uint8Array)) !== answers[i])
            throw new Error(`replayed APDU ${i} got another answer: the floor would not be the same work`);
        for (let i = 0; i < 3; i++) {
          await full();
          await replay();
        }
        const a: number[] = [];
        const b: number[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          if (i % 2 === 0) {
            a.push(await full());
            b.push(await replay());
          } else {
            b.push(await replay());
            a.push(await full());
          }
        }
        const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
        const [ma, mb] = [median(a), median(b)];
        process.stdout.write(
          `${type.padEnd(4)}  ${String(commands.length).padStart(5)}  ${ma.toFixed(2).padStart(12)}  ${mb.toFixed(2).padStart(9)}  ${(mb / commands.length).toFixed(2).padStart(14)}  ${(ma / mb).toFixed(3)}\n`,
        );
      } finally {
        await pcsc.close();
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } finally {
    pcscd.stop();
  }
}

await main();
