/**
 * `npm run fuzz` — a bounded fuzz campaign over the card library's input surfaces (emulator APDUs, stdio hex
 * lines, the reader against a hostile card, TLV, the file decoders, card.json, certificates and trust anchors,
 * keys, TIFF and JPEG 2000 images), seeded from a sandbox CA, cards of every type and recorded reads.
 *
 *   npm run fuzz                                  1,000,000 inputs, seed 1
 *   npm run fuzz -- --inputs 20000 --seed 7       fewer inputs, another seed
 *   npm run fuzz -- --seconds 60                  a time-boxed slice (what CI runs)
 *   npm run fuzz -- --targets reader,tlv          only some targets
 *   npm run fuzz -- --json                        the report as JSON
 *   npm run fuzz -- --replay 1234 --corpus fuzz-out/corpus.json [--seed S]
 *                                                 re-run one input in process and print what it threw
 *
 * Findings and the corpus are written to --out (default ./fuzz-out) when there are any. Exit 1 when an input
 * ended in an untyped exception, took longer than a second, or peak memory reached 512 MB.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCampaign } from './campaign.ts';
import type { Corpus } from './corpus.ts';
import { Rng } from './random.ts';
import { chooseTarget, isExpected, prepareContext, TARGETS } from './targets.ts';

const PEAK_LIMIT_MB = 512;

const { values } = parseArgs({
  options: {
    inputs: { type: 'string' },
    seconds: { type: 'string' },
    seed: { type: 'string', default: '1' },
    targets: { type: 'string' },
    out: { type: 'string', default: 'fuzz-out' },
    json: { type: 'boolean', default: false },
    replay: { type: 'string' },
    corpus: { type: 'string' },
  },
});

const int = (v: string | undefined, what: string): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) {
    process.stderr.write(`fuzz: --${what} must be a whole number\n`);
    process.exit(2);
  }
  return Number(v);
};

const seed = int(values.seed, 'seed') ?? 1;
const targets = values.targets?.split(',').filter(Boolean);
for (const t of targets ?? [])
  if (!TARGETS.some((x) => x.name === t)) {
    process.stderr.write(`fuzz: unknown target ${t} (${TARGETS.map((x) => x.name).join(', ')})\n`);
    process.exit(2);
  }
const corpus = values.corpus ? (JSON.parse(readFileSync(values.corpus, 'utf8')) as Corpus) : undefined;

if (values.replay !== undefined) {
  if (!corpus) {
    process.stderr.write('fuzz: --replay needs --corpus FILE (written with the findings)\n');
    process.exit(2);
  }
  const index = int(values.replay, 'replay') as number;
  const rng = Rng.forInput(seed, index);
  const target = chooseTarget(rng, targets);
  const t0 = performance.now();
  try {
    await target.run(rng, prepareContext(corpus));
    process.stdout.write(
      `input ${index} (${target.name}): no exception, ${(performance.now() - t0).toFixed(1)} ms\n`,
    );
  } catch (e) {
    process.stdout.write(
      `input ${index} (${target.name}): ${isExpected(target, e) ? 'typed' : 'UNTYPED'} after ${(performance.now() - t0).toFixed(1)} ms\n`,
    );
    process.stdout.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  }
  process.exit(0);
}

const inputs = int(values.inputs, 'inputs') ?? (values.seconds ? Number.MAX_SAFE_INTEGER : 1_000_000);
const seconds = int(values.seconds, 'seconds');
let lastPrint = 0;
const report = await runCampaign({
  inputs,
  ...(seconds !== undefined ? { seconds } : {}),
  seed,
  ...(targets ? { targets } : {}),
  ...(corpus ? { corpus } : {}),
  onProgress: (done) => {
    if (!values.json && Date.now() - lastPrint > 10_000) {
      lastPrint = Date.now();
      process.stderr.write(`fuzz: ${done.toLocaleString('en')} inputs\n`);
    }
  },
});
const ok = report.untyped.length === 0 && report.slow.length === 0 && report.peakRssMb < PEAK_LIMIT_MB;
if (!ok) {
  const dir = resolve(values.out as string);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(report.corpus));
  writeFileSync(
    join(dir, 'findings.json'),
    JSON.stringify(
      { seed, untyped: report.untyped, slow: report.slow, peakRssMb: report.peakRssMb },
      null,
      2,
    ),
  );
  process.stderr.write(`fuzz: findings and corpus written to ${dir}\n`);
}
const { corpus: _corpus, ...summary } = report;
if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  const lines = [
    `fuzz: seed ${report.seed}, ${report.inputs.toLocaleString('en')} inputs in ${report.seconds.toFixed(0)} s (${(report.inputs / report.seconds).toFixed(0)}/s)`,
    'target          inputs    passed  typed error  untyped',
  ];
  for (const t of TARGETS) {
    const c = report.counts[t.name];
    if (!c) continue;
    const n = c.ok + c.typed + c.untyped;
    lines.push(
      `${t.name.padEnd(14)} ${String(n).padStart(8)} ${String(c.ok).padStart(9)} ${String(c.typed).padStart(12)} ${String(c.untyped).padStart(8)}`,
    );
  }
  lines.push(
    `untyped exceptions: ${report.untyped.length}`,
    ...report.untyped.slice(0, 10).map((f) => `  #${f.index} ${f.target}: ${f.detail}`),
    `slow inputs (> 1 s): ${report.slow.length}`,
    ...report.slow.slice(0, 10).map((f) => `  #${f.index} ${f.target}: ${f.detail}`),
    `peak memory: ${report.peakRssMb.toFixed(0)} MB (limit ${PEAK_LIMIT_MB})`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
process.exit(ok ? 0 : 1);
