/** The app's frame in a real browser: routes, the language selector, <html lang>, axe, no console errors. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  launchChromium,
  newContext,
  PHONE,
  serveStatic,
  skipBrowser,
  watchErrors,
} from './browser.ts';

const skip = skipBrowser('web app shell in Chromium');

describe.skipIf(skip)('the web app frame', () => {
  let browser: Browser;
  let app: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), serveStatic()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('switches language with the selector, keeps it in the URL and sets <html lang>', async () => {
    const context = await newContext(browser, PHONE, 'ja-JP');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}/employer`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('雇用主の在留カード確認');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expectAccessible(page, '/employer (ja)');
    await page.getByRole('button', { name: /言語/ }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Residence card checks for employers');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Residence card checks for employers');
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('link', { name: 'やさしい日本語' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('会社が 在留カードを たしかめる');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expectAccessible(page, '/employer (ja-easy)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an unknown address with a page that says so', async () => {
    const context = await newContext(browser, PHONE, 'en-US');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}/no-such-page`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    await expectAccessible(page, 'not found');
    expect(errors).toEqual([]);
    await context.close();
  });
});
