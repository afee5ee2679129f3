/**
 * npm run bench:rules — 100,000 generated Situations through the batch path of `zairyu guide --json --batch`
 * (readline → parse → validate → decide → render → stringify → write), against the I/O floor: the same
 * lines through the same stream with only JSON.parse + JSON.stringify. Runs alternate and the median ratio
 * is reported, since the machine is shared and noisy. A second floor writes the decisions' own JSON (computed
 * beforehand, a pool of 1,000) after JSON.parse of the input: the I/O of an output this size, so the ratio to it is the cost of
 * the decision itself. Not a test: nothing fails on speed.
 */
import { Readable, Writable } from 'node:stream';
import { decide, decisionJson, type Lang, parseSituation } from '@zairyu/rules';
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
    const outRatios: number[] = [];
    const rates: number[] = [];
    let bytesOut = 0;
    const options = { langs: v.langs ?? (['ja', 'en', 'ja-easy'] as Lang[]) };
    // a pool of real outputs (holding every output would load the GC for all runs)
    const pool = lines.slice(0, 1000).map((t, i) => decideText(t, 'en', options, i + 1).json as string);
    const outFloor = (text: string, n: number) => ({
      ok: true,
      doc: JSON.parse(text),
      json: pool[n % pool.length],
    });
    for (let round = 1; round <= ROUNDS; round++) {
      const f = await time(lines, floor);
      const o = await time(lines, outFloor);
      const d = await time(lines, (t, n) => decideText(t, 'en', options, n));
      if (d.bad > 0) throw new Error(`${d.bad} generated situations were rejected`);
      ratios.push(d.ms / f.ms);
      outRatios.push(d.ms / o.ms);
      rates.push((N / d.ms) * 1000);
      bytesOut = d.bytes;
      process.stdout.write(
        `  [${v.name}] round ${round}/${ROUNDS}: floor ${f.ms.toFixed(0)} ms, output floor ${o.ms.toFixed(0)} ms, decide ${d.ms.toFixed(0)} ms, ratio ${(d.ms / f.ms).toFixed(2)}× (${(d.ms / o.ms).toFixed(2)}× the output floor)\n`,
      );
    }
    process.stdout.write(
      `${v.name}: ${median(rates).toFixed(0)} decisions/s, ${(bytesOut / N).toFixed(0)} bytes/decision, ratio to I/O floor ${median(ratios).toFixed(2)}× (target ≤ 3×), to the same output's I/O ${median(outRatios).toFixed(2)}×\n`,
    );
  }
}

/** Where the time of one decision goes, in µs per line (single pass, no streams). */
function breakdown(lines: string[]) {
  const n = lines.length;
  const us = (t0: number) => (((performance.now() - t0) * 1000) / n).toFixed(1);
  let t0 = performance.now();
  const objs = lines.map((l) => JSON.parse(l));
  const parse = us(t0);
  t0 = performance.now();
  const sits = objs.map((o) => {
    const r = parseSituation(o);
    if (!r.ok) throw new Error('invalid generated situation');
    return r.value;
  });
  const validate = us(t0);
  t0 = performance.now();
  const bare = sits.map((s) => decide(s, { langs: [] }));
  const decideUs = us(t0);
  t0 = performance.now();
  const full = sits.map((s) => decide(s));
  const withMessages = us(t0);
  t0 = performance.now();
  for (const d of bare) JSON.stringify(d);
  const serBare = us(t0);
  t0 = performance.now();
  for (const d of full) JSON.stringify(d);
  const serFull = us(t0);
  t0 = performance.now();
  for (const d of full) decisionJson(d);
  const spliced = us(t0);
  t0 = performance.now();
  for (const o of objs) JSON.stringify(o);
  const serIn = us(t0);
  process.stdout.write(
    `breakdown (µs/line): JSON.parse ${parse}, JSON.stringify input ${serIn} | zod validation ${validate}, decide ${decideUs}, decide+messages(3 langs) ${withMessages}, stringify decision ${serBare} (with messages ${serFull}; decisionJson ${spliced})\n`,
  );
}

await main();
breakdown(Array.from({ length: Math.min(N, 20_000) }, (_, i) => JSON.stringify(generateSituation(i + 1))));
