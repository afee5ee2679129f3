/**
 * npm run screenshots — the README's pictures (docs/screenshots/*.png): the resident guide on a phone and the
 * counter console on a desktop, in Debian's Chromium against the real server with its demo data.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, launchChromium, newContext, PHONE } from '../packages/web/test/browser.ts';
import { startTestServer } from '../packages/web/test/server.ts';
import { ensureWebBuild } from './ensure-web-build.ts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

/** The answers of an extension of stay at the bureau with the 特定在留カード request (synthetic). */
const EXTENSION: Record<
  string,
  { select: string } | { radio: string } | { date: string[] } | { period: string[] }
> = {
  status: { select: 'engineer-humanities-international' },
  period: { period: ['3', '0'] },
  'stay-expiry': { date: ['2026', '9', '30'] },
  'birth-date': { date: ['1990', '4', '1'] },
  prefecture: { select: '14' },
  'resident-record': { radio: 'yes' },
  card: { radio: 'residence-card' },
  pending: { radio: 'no' },
  procedure: { radio: 'extension-of-stay' },
  channel: { radio: 'counter' },
  request: { radio: 'yes' },
};

const pageOf = (page: Page) => new URL(page.url()).searchParams.get('page') ?? 'start';

async function shoot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function guide(url: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const context = await newContext(browser, PHONE, 'en-US');
  const page = await context.newPage();
  await page.goto(`${url}/?lang=en&today=2026-07-01`);
  await page.locator('main h1').waitFor();
  await shoot(page, 'guide-start-phone');
  await page.click('main a.guide-start');
  await page.waitForURL((u) => u.searchParams.get('page') === 'status');
  await page.locator('main h1').waitFor();
  await shoot(page, 'guide-question-phone');
  for (let i = 0; i < 20 && pageOf(page) !== 'check'; i++) {
    const id = pageOf(page);
    const a = EXTENSION[id];
    if (!a) throw new Error(`no scripted answer for the question ${id}`);
    if ('select' in a) await page.selectOption(`select[name="${id}"]`, a.select);
    else if ('radio' in a) await page.check(`input[name="${id}"][value="${a.radio}"]`);
    else if ('date' in a) {
      for (const [k, v] of ['year', 'month', 'day'].map((k, j) => [k, a.date[j] as string]))
        await page.fill(`input[name="${id}-${k}"]`, v as string);
    } else {
      await page.fill(`input[name="${id}-years"]`, a.period[0] as string);
      await page.fill(`input[name="${id}-months"]`, a.period[1] as string);
    }
    await page.click('main button[type="submit"]');
    await page.waitForURL((u) => (u.searchParams.get('page') ?? 'start') !== id);
    await page.locator('main h1').waitFor();
  }
  await shoot(page, 'guide-check-phone', true);
  await page.click('main button.button:not(.button--secondary)');
  await page.waitForURL((u) => u.searchParams.get('page') === 'answer');
  await page.locator('[data-testid="answer-summary"]').waitFor();
  await shoot(page, 'guide-answer-phone', true);
  await page.goto(`${url}/?lang=ja&today=2026-07-01`);
  await page.locator('main h1').waitFor();
  await shoot(page, 'guide-start-phone-ja');
  await context.close();
}

async function counter(
  server: Awaited<ReturnType<typeof startTestServer>>,
  browser: Awaited<ReturnType<typeof launchChromium>>,
) {
  const context = await newContext(browser, DESKTOP, 'ja-JP');
  const page = await context.newPage();
  await page.goto(`${server.url}/counter?lang=ja`);
  await page.locator('#field-username').waitFor();
  await shoot(page, 'counter-login');
  const bureau = server.users.find((u) => u.username === 'demo-bureau');
  if (!bureau) throw new Error('no demo-bureau user');
  await page.fill('#field-username', bureau.username);
  await page.fill('#field-password', bureau.password);
  await page.click('main button[type="submit"]');
  await page.locator('main h1', { hasText: '処理待ちの申請' }).waitFor();
  await shoot(page, 'counter-queue');
  await page.goto(`${server.url}/counter/search?lang=ja`);
  await page.fill('#field-name', 'sandbox');
  await page.click('main button[type="submit"]');
  await page.locator('main table a').first().click();
  await page.locator('main h2').first().waitFor();
  await shoot(page, 'counter-resident', true);
  const card = page.locator('main table a').first();
  if ((await card.count()) > 0) {
    await card.click();
    await page.locator('#chip-title').waitFor();
    await page.getByRole('button', { name: 'チップを読み取って検証する' }).click();
    await page.locator('tr[data-check]').first().waitFor();
    await shoot(page, 'counter-card-verdict', true);
  }
  await context.close();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  await ensureWebBuild();
  const [browser, server] = await Promise.all([launchChromium(), startTestServer({ openDay: true })]);
  try {
    await guide(server.url, browser);
    await counter(server, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
