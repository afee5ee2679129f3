/**
 * npm run bench:web — the web app in Debian's Chromium, served by the real server (`zairyu serve`'s code):
 *
 * 1. first-load JavaScript of the guide (gzip -9 of every script the page loads until the guide's first
 *    screen is up, per language; the consoles and other languages must not be among them) — target ≤ 150 KB;
 * 2. `decide()` of @zairyu/rules in the browser under 4× CPU throttling (the same bundle code the guide runs,
 *    on generated situations) — target p99 < 5 ms;
 * 3. time to the first question on a throttled phone (Slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up,
 *    4× CPU, cold cache): from navigation start through the start page and its Start button to the first
 *    question's `zairyu:first-question` mark — target < 1.5 s.
 *
 * Options: --decisions N (default 2000), --runs N (default 5).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { generateSituation } from '../packages/rules/test/generate-situation.ts';
import { launchChromium, newContext, PHONE } from '../packages/web/test/browser.ts';
import { startTestServer } from '../packages/web/test/server.ts';
import { ensureWebBuild, WEB_DIST } from '../scripts/ensure-web-build.ts';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1)
    throw new Error(`--${name}: a positive whole number, not ${process.argv[i + 1]}`);
  return v;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** A built chunk and the chunks it imports statically (what must load before it runs). */
function staticClosure(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(join(WEB_DIST, path), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g))
    staticClosure(`/assets/${m[1]}`, seen);
  return seen;
}

/** Sums raw and gzip -9 sizes of built files by their paths. */
function sizes(paths: Iterable<string>) {
  let gzip = 0;
  let raw = 0;
  for (const path of paths) {
    const bytes = readFileSync(join(WEB_DIST, path));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/**
 * 1. The scripts the guide loads: for its first screen (the start page, as soon as its heading is up), and in
 * all up to the first question (the rest of the guide and the rules engine, fetched while the start page shows).
 */
async function firstLoad(browser: Browser, url: string, lang: string) {
  const context = await newContext(browser, PHONE, 'ja-JP');
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js')) scripts.add(u.pathname);
  });
  await page.goto(`${url}/?lang=${lang}`);
  await page.locator('h1').first().waitFor();
  await page
    .getByRole('button', { name: /開始|Start|はじめる/ })
    .or(page.getByRole('link', { name: /開始|Start|はじめる/ }))
    .first()
    .click();
  await page.waitForFunction(() => performance.getEntriesByName('zairyu:first-question').length > 0);
  await page.waitForLoadState('networkidle');
  const all = new Set(scripts);
  await context.close();
  // the first screen: the entry's static imports and the language's catalogs — not the rest of the guide,
  // which the start page fetches once it is shown (guide-app.tsx)
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(
    readFileSync(join(WEB_DIST, 'index.html'), 'utf8'),
  )?.[1];
  if (!entry) throw new Error('no module script in dist/index.html');
  const flowChunk = [...all].find((f) => /\/guide-flow-[^/]+\.js$/.test(f));
  const later = flowChunk ? staticClosure(flowChunk) : new Set<string>();
  const first = new Set([...staticClosure(entry), ...[...all].filter((f) => !later.has(f))]);
  return { lang, first: sizes(first), firstFiles: first.size, all: sizes(all), files: [...all].sort() };
}

/** 2. decide() in the page under 4× CPU throttling. */
async function decideInBrowser(browser: Browser, decisions: number) {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'zairyu-bench-web-'));
  const entry = join(out, 'entry.ts');
  writeFileSync(
    entry,
    `import { decide, parseSituation } from '@zairyu/rules';
export function run(inputs) {
  const situations = inputs.map((i) => { const r = parseSituation(i); if (!r.ok) throw new Error('invalid situation'); return r.value; });
  for (let i = 0; i < 200; i += 1) decide(situations[i % situations.length]); // warm-up
  const times = [];
  for (const s of situations) {
    const t0 = performance.now();
    decide(s);
    times.push(performance.now() - t0);
  }
  return times;
}`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@zairyu/rules': join(ROOT, 'packages/rules/src/index.ts') } },
    build: {
      outDir: join(out, 'dist'),
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: 'decide' },
    },
  });
  const bundle = readFileSync(join(out, 'dist', 'decide.js'), 'utf8');
  const inputs = Array.from({ length: decisions }, (_, i) => generateSituation(i + 1));
  const context = await newContext(browser, PHONE, 'ja-JP');
  const page = await context.newPage();
  await page.route('http://bench.invalid/**', (route) =>
    route.fulfill(
      route.request().url().endsWith('.js')
        ? { contentType: 'text/javascript', body: bundle }
        : { contentType: 'text/html', body: '<!doctype html><title>decide</title>' },
    ),
  );
  await page.goto('http://bench.invalid/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = (await page.evaluate(async (inputs) => {
    const m = await import(/* @vite-ignore */ `${'http://bench.invalid/'}decide.js`);
    return m.run(inputs);
  }, inputs as unknown[])) as number[];
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) as number,
  };
}

/** Slow 4G (Lighthouse's mobile profile) and 4× CPU on a cold cache. */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** 3. Navigation start → the first question's mark, through the start page's Start button. */
async function firstQuestion(browser: Browser, url: string) {
  const context = await newContext(browser, PHONE, 'ja-JP');
  const page = await context.newPage();
  await throttle(page);
  await page.goto(`${url}/?lang=ja`, { waitUntil: 'commit' });
  const start = page
    .getByRole('button', { name: /はじめる|開始|Start/ })
    .or(page.getByRole('link', { name: /はじめる|開始|Start/ }));
  await start.first().click({ timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('zairyu:first-question').length > 0, null, {
    timeout: 30_000,
  });
  const t = await page.evaluate(() => {
    const mark = performance.getEntriesByName('zairyu:first-question')[0] as { startTime: number };
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { firstQuestion: mark.startTime, fcp: paint ? paint.startTime : Number.NaN };
  });
  await context.close();
  return t;
}

async function main() {
  const decisions = option('decisions', 2000);
  const runs = option('runs', 5);
  await ensureWebBuild();
  const [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  try {
    console.log(
      `bench:web — Chromium ${browser.version()}, the app served by zairyu serve at ${server.url}\n`,
    );

    console.log('1. first-load JavaScript of the guide (gzip -9), target ≤ 150 KB');
    for (const lang of ['ja', 'en', 'ja-easy']) {
      const r = await firstLoad(browser, server.url, lang);
      console.log(
        `   ${lang.padEnd(8)} start page ${kb(r.first.gzip).padStart(9)} (${r.firstFiles} files, ${kb(r.first.raw)} raw); up to the first question ${kb(r.all.gzip).padStart(9)} (${r.files.length} files, ${kb(r.all.raw)} raw)`,
      );
      const consoles = r.files.filter((f) => /counter|employer/.test(f));
      if (consoles.length > 0) console.log(`   !! the consoles were loaded: ${consoles.join(', ')}`);
    }

    console.log(
      `\n2. decide() in the browser under 4× CPU throttling, ${decisions} generated situations, target p99 < 5 ms`,
    );
    const d = await decideInBrowser(browser, decisions);
    console.log(`   p50 ${ms(d.p50)}  p95 ${ms(d.p95)}  p99 ${ms(d.p99)}  max ${ms(d.max)}  (n = ${d.n})`);

    console.log(
      `\n3. time to the first question, Slow 4G + 4× CPU, cold cache, ${runs} runs, target < 1.5 s`,
    );
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await firstQuestion(browser, server.url));
    const fq = results.map((r) => r.firstQuestion).sort((a, b) => a - b);
    const fcp = results.map((r) => r.fcp).sort((a, b) => a - b);
    console.log(
      `   first question: median ${ms(percentile(fq, 50))}, worst ${ms(fq.at(-1) as number)}; first contentful paint: median ${ms(percentile(fcp, 50))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:web: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
