/**
 * The fuzz campaign's worker thread: runs inputs `start`… until `end` or the deadline, writing the index and
 * start time of the input in flight into shared memory (so the supervisor can name an input that hangs or
 * kills the thread), and posting untyped exceptions, slow inputs and progress.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from './corpus.ts';
import { Rng } from './random.ts';
import { chooseTarget, isExpected, prepareContext } from './targets.ts';

/** What the supervisor passes in. */
export interface WorkerInput {
  readonly corpusJson: string;
  readonly seed: number;
  readonly start: number;
  readonly end: number;
  readonly deadline: number;
  readonly targets: readonly string[];
  readonly slowMs: number;
  /** Float64Array view: [0] index in flight, [1] its start (epoch ms), 0 when idle. */
  readonly heartbeat: SharedArrayBuffer;
}

/** Counts per target: inputs that passed, ended in an expected error, or in an untyped one. */
export type Counts = Record<string, { ok: number; typed: number; untyped: number }>;

/** Messages to the supervisor. */
export type WorkerMessage =
  | { type: 'untyped'; index: number; target: string; error: string }
  | { type: 'slow'; index: number; target: string; ms: number }
  | { type: 'progress' | 'done'; next: number; counts: Counts };

const w = workerData as WorkerInput;
const ctx = prepareContext(JSON.parse(w.corpusJson) as Corpus);
const hb = new Float64Array(w.heartbeat);
const counts: Counts = {};
const post = (m: WorkerMessage) => parentPort?.postMessage(m);

function describe(e: unknown): string {
  if (!(e instanceof Error)) return `${typeof e}: ${String(e).slice(0, 200)}`;
  const where = (e.stack ?? '')
    .split('\n')
    .slice(1, 4)
    .map((l) => l.trim())
    .join(' | ');
  return `${e.name}: ${e.message.slice(0, 200)} @ ${where}`;
}

let i = w.start;
for (; i < w.end && Date.now() < w.deadline; i++) {
  const rng = Rng.forInput(w.seed, i);
  const target = chooseTarget(rng, w.targets);
  counts[target.name] ??= { ok: 0, typed: 0, untyped: 0 };
  const c = counts[target.name] as Counts[string];
  hb[0] = i;
  hb[1] = Date.now();
  const t0 = performance.now();
  try {
    await target.run(rng, ctx);
    c.ok++;
  } catch (e) {
    if (isExpected(target, e)) c.typed++;
    else {
      c.untyped++;
      post({ type: 'untyped', index: i, target: target.name, error: describe(e) });
    }
  }
  const ms = performance.now() - t0;
  if (ms > w.slowMs) post({ type: 'slow', index: i, target: target.name, ms });
  if ((i + 1) % 500 === 0) post({ type: 'progress', next: i + 1, counts });
}
hb[1] = 0;
post({ type: 'done', next: i, counts });
