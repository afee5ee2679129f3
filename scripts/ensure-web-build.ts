/**
 * Builds the web app (packages/web → packages/web/dist) when the build is missing or older than its sources
 * (the web app's and the rules' it bundles). `npm start` runs it first, and the test run before the browser
 * tests, so `zairyu serve` always serves the current app. `--force` builds anyway.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
/** The web package. */
export const WEB_DIR = join(ROOT, 'packages/web');
/** Where the build goes (what `zairyu serve` serves). */
export const WEB_DIST = join(WEB_DIR, 'dist');

const SOURCES = [
  join(WEB_DIR, 'src'),
  join(WEB_DIR, 'index.html'),
  join(WEB_DIR, 'vite.config.ts'),
  join(WEB_DIR, 'package.json'),
  join(ROOT, 'packages/rules/src'),
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** True when dist/index.html is missing or older than any source. */
export function webBuildStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((p) => newest(p) > built);
}

/** Writes `.br` and `.gz` beside every text asset, served as they are by `zairyu serve` (no compression per request). */
export function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|json|svg|map)$/.test(name)) continue;
    const bytes = readFileSync(join(dir, name));
    writeFileSync(
      join(dir, `${name}.br`),
      brotliCompressSync(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
    writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
}

/** Builds the web app if it is stale (or always with `force`); returns whether it built. */
export async function ensureWebBuild(options: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (!options.force && !webBuildStale()) return false;
  const { build } = await import('vite');
  const started = Date.now();
  if (!options.quiet) process.stderr.write('building the web app (packages/web) …\n');
  // a production build whatever the caller runs under (vitest sets NODE_ENV=test, which would bundle React's
  // development build)
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: WEB_DIR,
      configFile: join(WEB_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  precompress(join(WEB_DIST, 'assets'));
  if (!options.quiet)
    process.stderr.write(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${WEB_DIST}\n`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureWebBuild({ force: process.argv.includes('--force') }).catch((e: unknown) => {
    process.stderr.write(`the web app did not build: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
