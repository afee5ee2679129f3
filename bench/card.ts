/**
 * npm run bench:card — for a full read of each card type: APDU count, bytes each way, modelled contactless air
 * time at 106/212/424 kbit/s and its ratio to the lower bound (the same bytes in one exchange); then
 * signature verifications per second of the verdict pipeline against bare `crypto.verify` on the same data.
 * Ratios are measured side by side in one run. Not a test: nothing fails on speed.
 *
 * Air-time model (stated, not measured): ISO/IEC 14443 Type B sends 10 etu per byte (start bit, 8 data bits,
 * stop bit), 1 etu = 1/rate. Every APDU costs its command and response bytes plus 6 bytes of frame overhead
 * each way (PCB, CRC_B 2 bytes, SOF/EOF ≈ 3 byte-times), plus a fixed turnaround of 0.5 ms (card processing and
 * frame guard times). Chaining of long responses into 256-byte frames adds the same per-frame overhead and a
 * 0.1 ms ACK turnaround per extra frame.
 */
import { verify } from 'node:crypto';
import { ResidenceCardEmulator } from '../packages/card/src/emulator/residence-card-emulator.ts';
import { type CardFileSet, decodeCardFiles, encodeCardFiles } from '../packages/card/src/files/card-files.ts';
import { CARD_TYPES, cardGeneration } from '../packages/card/src/files/card-type.ts';
import { signedTarget, signedTargetParts } from '../packages/card/src/files/signed-target.ts';
import { createSandboxCa } from '../packages/card/src/issuer/ca/sandbox-ca.ts';
import { issueCard } from '../packages/card/src/issuer/issue-card.ts';
import { fieldsFromSeed } from '../packages/card/src/issuer/issue-fields.ts';
import { readCard } from '../packages/card/src/reader.ts';
import { MemoryTransport } from '../packages/card/src/transport/memory-transport.ts';
import type { ApduProcessor } from '../packages/card/src/transport/transport.ts';
import { parseCertificate } from '../packages/card/src/verify/certificate.ts';
import { verifyGen1, verifyGen2 } from '../packages/card/src/verify/signature.ts';
import { buildTrustStore } from '../packages/card/src/verify/trust.ts';

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
}

await main();
