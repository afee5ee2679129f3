/**
 * The fuzz campaign's supervisor: builds (or loads) the corpus, runs the inputs in a worker thread with a
 * memory limit, watches the input in flight through shared memory — an input that runs past the hang limit
 * or kills the worker is recorded with its index and the campaign goes on from the next one — and reports
 * inputs, untyped exceptions, slow inputs and peak memory (the whole process, worker included).
 */
import { Worker } from 'node:worker_threads';
import type { Counts, WorkerInput, WorkerMessage } from './campaign-worker.ts';
import { buildCorpus, type Corpus } from './corpus.ts';

/** How a campaign runs. */
export interface CampaignOptions {
  /** Stop after this many inputs (default 1,000,000). */
  readonly inputs?: number;
  /** Stop after this many seconds of fuzzing (default: no limit). */
  readonly seconds?: number;
  readonly seed?: number;
  /** Only these targets (default all). */
  readonly targets?: readonly string[];
  /** A corpus to reuse (default: build one). */
  readonly corpus?: Corpus;
  /** An input slower than this is reported (default 1000 ms). */
  readonly slowMs?: number;
  /** An input running this long is a hang: the worker is replaced (default 10 s). */
  readonly hangMs?: number;
  /** Called with the number of inputs done, about every 500 inputs. */
  readonly onProgress?: (done: number) => void;
}

/** One finding, replayable with its index. */
export interface Finding {
  readonly index: number;
  readonly target: string;
  readonly detail: string;
}

/** What a campaign found. */
export interface CampaignReport {
  readonly seed: number;
  readonly inputs: number;
  readonly seconds: number;
  readonly counts: Counts;
  readonly untyped: readonly Finding[];
  readonly slow: readonly Finding[];
  /** Peak resident memory of the process (worker included), MB. */
  readonly peakRssMb: number;
  readonly corpus: Corpus;
}

const MAX_FINDINGS = 200;

function addCounts(into: Counts, from: Counts): void {
  for (const [k, v] of Object.entries(from)) {
    into[k] ??= { ok: 0, typed: 0, untyped: 0 };
    const c = into[k] as Counts[string];
    c.ok += v.ok;
    c.typed += v.typed;
    c.untyped += v.untyped;
  }
}

/** Runs a campaign; resolves when the input count or the time is reached. */
export async function runCampaign(options: CampaignOptions = {}): Promise<CampaignReport> {
  const total = options.inputs ?? 1_000_000;
  const seed = options.seed ?? 1;
  const slowMs = options.slowMs ?? 1000;
  const hangMs = options.hangMs ?? 10_000;
  const corpus = options.corpus ?? (await buildCorpus());
  const corpusJson = JSON.stringify(corpus);
  const started = Date.now();
  const deadline =
    options.seconds === undefined ? Number.POSITIVE_INFINITY : started + options.seconds * 1000;
  const untyped: Finding[] = [];
  const slow: Finding[] = [];
  const counts: Counts = {};
  let next = 0;
  let peak = process.memoryUsage().rss;

  const runWorker = (start: number) =>
    new Promise<{ next: number; counts: Counts; lost?: Finding }>((resolve) => {
      const heartbeat = new SharedArrayBuffer(16);
      const hb = new Float64Array(heartbeat);
      const input: WorkerInput = {
        corpusJson,
        seed,
        start,
        end: total,
        deadline: Number.isFinite(deadline) ? deadline : 8.64e15,
        targets: options.targets ?? [],
        slowMs,
        heartbeat,
      };
      const worker = new Worker(new URL('./boot.mjs', import.meta.url), {
        workerData: { ...input, entry: new URL('./campaign-worker.ts', import.meta.url).href },
        resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 },
        stdout: true, // OpenJPEG's [INFO] lines stay inside the worker
      });
      let last: Counts = {};
      let settled = false;
      const finish = (v: { next: number; counts: Counts; lost?: Finding }) => {
        if (settled) return;
        settled = true;
        clearInterval(watch);
        resolve(v);
      };
      const watch = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
        const since = hb[1] as number;
        if (since > 0 && Date.now() - since > hangMs) {
          const index = hb[0] as number;
          void worker.terminate();
          finish({
            next: index + 1,
            counts: last,
            lost: { index, target: '?', detail: `still running after ${hangMs} ms: worker replaced` },
          });
        }
      }, 100);
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'untyped' && untyped.length < MAX_FINDINGS)
          untyped.push({ index: m.index, target: m.target, detail: m.error });
        else if (m.type === 'slow' && slow.length < MAX_FINDINGS)
          slow.push({ index: m.index, target: m.target, detail: `${m.ms.toFixed(0)} ms` });
        else if (m.type === 'progress') {
          last = m.counts;
          options.onProgress?.(m.next);
        } else if (m.type === 'done') finish({ next: m.next, counts: m.counts });
      });
      worker.on('error', (e) => {
        const index = hb[0] as number;
        finish({
          next: index + 1,
          counts: last,
          lost: { index, target: '?', detail: `the worker died: ${e.message.split('\n')[0]}` },
        });
      });
      worker.on('exit', () => finish({ next: (hb[0] as number) + 1, counts: last }));
    });

  while (next < total && Date.now() < deadline) {
    const r = await runWorker(next);
    addCounts(counts, r.counts);
    if (r.lost) (r.lost.detail.startsWith('still running') ? slow : untyped).push(r.lost);
    if (r.next <= next) break;
    next = r.next;
  }
  const maxRss = (process.resourceUsage().maxRSS / 1024) as number;
  return {
    seed,
    inputs: next,
    seconds: (Date.now() - started) / 1000,
    counts,
    untyped,
    slow,
    peakRssMb: Math.max(peak / 1024 / 1024, maxRss),
    corpus,
  };
}
