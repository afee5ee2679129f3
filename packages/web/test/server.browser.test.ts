/** The web app from `zairyu serve` itself: pages on reload, the API beside it, in a real browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchChromium, newContext, skipBrowser, watchErrors } from './browser.ts';
import { startTestServer } from './server.ts';

const skip = skipBrowser('web app served by zairyu serve');

describe.skipIf(skip)('the web app from the server', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints the demo users, and serves the guide, the consoles and the API from one origin', async () => {
    expect(server.users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['demo-admin', 'demo-bureau', 'demo-municipal']),
    );
    const context = await newContext(browser, DESKTOP, 'en-US');
    const page = await context.newPage();
    const errors = watchErrors(page);
    for (const path of ['/employer', '/counter', '/']) {
      const response = await page.goto(`${server.url}${path}?lang=en`);
      expect(response?.status(), path).toBe(200);
      await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    const health = await page.evaluate(async () => (await fetch('/health')).status);
    expect(health).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
