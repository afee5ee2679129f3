/**
 * The fuzz campaign as a test: a time-boxed slice of `npm run fuzz` in its own process — 60 seconds when `CI`
 * is set (`.ci/run`), 3 seconds otherwise — must end with no untyped exception, no input slower than a
 * second and peak memory under 512 MB. The full campaign (1,000,000 inputs) is `npm run fuzz`; its figures are
 * in docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SECONDS = process.env.CI ? 60 : 3;

describe('fuzz campaign (bounded slice)', () => {
  it(
    `runs ${SECONDS} s of inputs with 0 untyped exceptions, 0 slow inputs and under 512 MB`,
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'zairyu-fuzz-'));
      const seed = String(Date.now() % 1_000_000); // a new slice of the input space on every run
      const r = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'main.ts'),
          '--seconds',
          String(SECONDS),
          '--seed',
          seed,
          '--json',
          '--out',
          out,
        ],
        {
          cwd: resolve(import.meta.dirname, '..', '..', '..', '..'),
          encoding: 'utf8',
          timeout: (SECONDS + 90) * 1000,
        },
      ).catch((e: { stdout?: string; stderr?: string }) => ({
        stdout: e.stdout ?? '',
        stderr: e.stderr ?? '',
      }));
      const line = r.stdout.trim().split('\n').pop() ?? '';
      expect(line, r.stderr).toMatch(/^\{/);
      const report = JSON.parse(line) as {
        inputs: number;
        untyped: unknown[];
        slow: unknown[];
        peakRssMb: number;
      };
      const where = `seed ${seed}; findings in ${out}`;
      expect(report.untyped, where).toEqual([]);
      expect(report.slow, where).toEqual([]);
      expect(report.peakRssMb, where).toBeLessThan(512);
      expect(report.inputs).toBeGreaterThan(SECONDS * 100);
    },
    (SECONDS + 120) * 1000,
  );
});
