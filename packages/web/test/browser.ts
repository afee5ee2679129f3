/**
 * Browser-test support: Debian's Chromium driven by playwright-core (never a downloaded browser), the app
 * served the way `zairyu serve` serves it, axe-core for accessibility, and a watch on console errors. Without
 * Chromium the tests skip with a printed reason, or fail when ZAIRYU_REQUIRE_SYSTEM=1 (CI).
 */
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium. */
export const CHROMIUM = process.env.ZAIRYU_CHROMIUM ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} not available (apt-get install chromium)`;
}

/** True (after printing why) when the browser tests must skip; throws when CI requires them. */
export function skipBrowser(what: string): boolean {
  const reason = chromiumMissing();
  if (!reason) return false;
  if (process.env.ZAIRYU_REQUIRE_SYSTEM === '1')
    throw new Error(`${what}: required by ZAIRYU_REQUIRE_SYSTEM=1 but ${reason}`);
  process.stderr.write(`skipped: ${what}: ${reason}\n`);
  return true;
}

/** Starts headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A phone: 360 × 740 CSS px, touch, device scale 2. */
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** A desktop at the counter. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** Console errors and uncaught page errors of a page, collected for an assertion at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Runs axe-core (WCAG 2.2 A/AA rules) and expects no serious or critical violation on the page as it is. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `axe on ${where}`).toEqual([]);
}

/** A new context (fresh storage) with the given device and language. */
export function newContext(
  browser: Browser,
  device: typeof PHONE | typeof DESKTOP,
  locale = 'ja-JP',
): Promise<BrowserContext> {
  return browser.newContext({ ...device, locale, timezoneId: 'Asia/Tokyo' });
}

/** Serves the built app (packages/web/dist) on a free loopback port without the API (for the guide). */
export async function serveStatic(): Promise<{ url: string; close: () => Promise<void> }> {
  const { preview } = await import('vite');
  const root = new URL('..', import.meta.url).pathname;
  const server = await preview({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
