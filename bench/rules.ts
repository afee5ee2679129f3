/**
 * npm run bench:rules — 100,000 generated Situations through the batch path of `zairyu guide --json --batch`
 * (readline → parse → validate → decide → render → stringify → write), against the I/O floor: the same
 * lines through the same stream with only JSON.parse + JSON.stringify. Runs alternate and the median ratio
 * is reported, since the machine is shared and noisy. Not a test: nothing fails on speed.
 */
import { Readable, Writable } from 'node:stream';
import type { Lang } from '@zairyu/rules';
import { decideText, streamLines } from '../packages/cli/src/guide-json.ts';
import { generateSituation } from '../packages/rules/test/generate-situation.ts';

const N = Number(process.env.BENCH_N ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function sink(): Writable & { bytes: number } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.bytes += chunk.length;
      cb();
    },
  }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

async function time(
  lines: string[],
  fn: (text: string, line: number) => { ok: boolean; doc: unknown },
): Promise<{ ms: number; bytes: number; bad: number }> {
  const out = sink();
  const input = Readable.from(lines.map((l) => `${l}\n`));
  const t0 = performance.now();
  const { bad } = await streamLines(input, out, fn);
  return { ms: performance.now() - t0, bytes: out.bytes, bad };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  process.stdout.write(`bench:rules — generating ${N} situations…\n`);
  const lines = Array.from({ length: N }, (_, i) => JSON.stringify(generateSituation(i + 1)));
  const floor = (text: string) => ({ ok: true, doc: JSON.parse(text) });
  const variants: { name: string; langs: Lang[] | null }[] = [
    { name: 'all three languages (default)', langs: null },
    { name: '--lang en', langs: ['en'] },
  ];
  // warm up the JIT on a slice of each path
  await time(lines.slice(0, 5000), floor);
  for (const v of variants)
    await time(lines.slice(0, 5000), (t, n) =>
      decideText(t, 'en', { langs: v.langs ?? ['ja', 'en', 'ja-easy'] }, n),
    );

  for (const v of variants) {
    const ratios: number[] = [];
    const rates: number[] = [];
    let bytesOut = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const f = await time(lines, floor);
      const d = await time(lines, (t, n) =>
        decideText(t, 'en', { langs: v.langs ?? ['ja', 'en', 'ja-easy'] }, n),
      );
      if (d.bad > 0) throw new Error(`${d.bad} generated situations were rejected`);
      ratios.push(d.ms / f.ms);
      rates.push((N / d.ms) * 1000);
      bytesOut = d.bytes;
      process.stdout.write(
        `  [${v.name}] round ${round}/${ROUNDS}: floor ${f.ms.toFixed(0)} ms, decide ${d.ms.toFixed(0)} ms, ratio ${(d.ms / f.ms).toFixed(2)}×\n`,
      );
    }
    process.stdout.write(
      `${v.name}: ${median(rates).toFixed(0)} decisions/s, ${(bytesOut / N).toFixed(0)} bytes/decision, ratio to I/O floor ${median(ratios).toFixed(2)}× (target ≤ 3×)\n`,
    );
  }
}

await main();
