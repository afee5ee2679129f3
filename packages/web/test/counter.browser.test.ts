/**
 * The counter console in Chromium against the real server: an officer runs the whole card lifecycle in the
 * browser — register → file with the 特定在留カード request (the rules' decision shown first) → grant → the chip
 * read back with its verdict → loss → re-issue → switch → return — a refusal is shown with its reasons, and an
 * administrator reads and verifies the audit. axe on every page, no console errors.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  expectAccessible,
  launchChromium,
  newContext,
  skipBrowser,
  watchErrors,
} from './browser.ts';
import { startTestServer } from './server.ts';

const skip = skipBrowser('counter console in Chromium');

/** YYYY-MM-DD `days` after `date`. */
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(skip)('the counter console', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer({ openDay: true })]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const password = (username: string) =>
    server.users.find((u) => u.username === username)?.password as string;

  async function logIn(page: Page, username: string) {
    await page.goto(`${server.url}/counter?lang=en`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Log in to the counter console');
    await expectAccessible(page, 'login');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password(username));
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  async function fillDate(page: Page, group: string, iso: string) {
    const [y, m, d] = iso.split('-');
    const set = page.getByRole('group', { name: group });
    await set.getByLabel('Year').fill(y as string);
    await set.getByLabel('Month').fill(String(Number(m)));
    await set.getByLabel('Day').fill(String(Number(d)));
  }

  async function heading(page: Page) {
    await page.locator('h1').first().waitFor();
    return page.locator('h1').first().textContent();
  }

  /** On the resident page: file a procedure, check it with the rules, submit, and grant it. */
  async function fileAndGrant(
    page: Page,
    procedure: RegExp,
    opts: { request?: boolean; lostOn?: string } = {},
  ) {
    await expect.poll(() => heading(page)).toMatch(/^File a procedure for SANDBOX LIFECYCLE$/);
    if (opts.request !== undefined) {
      const box = page.getByLabel('The resident requests a 特定在留カード');
      if ((await box.isChecked()) !== opts.request) await box.click();
    }
    if (opts.lostOn) {
      await fillDate(page, 'Date the card was lost', opts.lostOn);
      await page.getByLabel('Police receipt number (遺失届受理番号)').fill('SANDBOX-P-1');
    }
    await page.getByRole('button', { name: 'Check with the rules' }).click();
    await expect
      .poll(() => page.locator('#decision-title').textContent())
      .toBe('The rules accept this filing today');
    await expectAccessible(page, `file ${procedure}`);
    await page.getByRole('button', { name: 'File the application' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/The application is filed/);
    const section = page
      .locator('section', { has: page.getByRole('heading', { name: procedure }) })
      .filter({ hasText: 'Filed on' })
      .last();
    await section.getByRole('button', { name: /^Grant/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Granted: the new card is issued/);
  }

  it('runs the lifecycle: register → file with the request → grant → chip verdict → loss → re-issue → switch → return', async () => {
    const context = await newContext(browser, DESKTOP, 'en-US');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'demo-bureau');
    await expect.poll(() => heading(page)).toBe('Work queue');
    await expectAccessible(page, 'work queue');

    // register
    await page.getByRole('link', { name: 'Register a resident' }).click();
    await expect.poll(() => heading(page)).toBe('Register a resident');
    await page.getByLabel('Family name (as on the card, A–Z)').fill('sandbox');
    await page.getByLabel('Given name (as on the card, A–Z)').fill('lifecycle');
    await fillDate(page, 'Date of birth', '1996-03-04');
    await page.getByLabel('Male', { exact: true }).check();
    await page.getByLabel('Nationality (3-letter code)').fill('VNM');
    await page.getByLabel('Status of residence').selectOption('engineer-humanities-international');
    await page.getByRole('group', { name: 'Period of stay' }).getByLabel('Years').fill('1');
    await fillDate(page, 'Period of stay ends on', plusDays(server.today, 50)); // inside the extension's window;
    await page.getByLabel('Address (住居地)').fill('東京都千代田区サンドボックス１－２－３');
    await page.getByLabel('Municipality code (6 digits)').fill('131016');
    await expectAccessible(page, 'register');
    await page.getByRole('button', { name: 'Register' }).click();
    await expect.poll(() => heading(page)).toBe('SANDBOX LIFECYCLE');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The resident is registered.');
    await expectAccessible(page, 'resident');

    // file the extension with the request; the decision is shown before submitting
    await page.getByRole('link', { name: 'File a procedure' }).click();
    await page.getByLabel('Procedure').selectOption('extension-of-stay');
    await page.getByLabel('The resident requests a 特定在留カード').check();
    await page.getByRole('button', { name: 'Check with the rules' }).click();
    await expect
      .poll(() => page.locator('#decision-title').textContent())
      .toBe('The rules accept this filing today');
    expect(await page.locator('.counter-decision').textContent()).toMatch(
      /specified residence card \(特定在留カード\)/,
    );
    await expectAccessible(page, 'file: decision');
    await page.getByRole('button', { name: 'File the application' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/The application is filed/);

    // the queue has it
    await page.getByRole('link', { name: 'Work queue' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'SANDBOX LIFECYCLE' }).count()).toBe(1);
    await page.getByRole('link', { name: 'SANDBOX LIFECYCLE' }).click();

    // grant with a new period: the 特定在留カード is issued
    await expect.poll(() => heading(page)).toBe('SANDBOX LIFECYCLE');
    const form = page.getByRole('form', { name: /Grant: / });
    await fillDate(page, 'New end of the period of stay (if granted with one)', plusDays(server.today, 415));
    await form.getByRole('group', { name: 'New period of stay' }).getByLabel('Years').fill('1');
    await form.getByRole('button', { name: 'Grant and issue the card' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Card [A-Z]{2}\d{8}[A-Z]{2}$/);
    const specified = (await heading(page))?.replace('Card ', '');
    const summary = page.locator('dl.summary-list');
    expect(await summary.textContent()).toMatch(/特定在留カード \(with the My Number card's functions\)/);
    expect(await summary.textContent()).toMatch(/My Number functionActive/);

    // the chip read back: every check listed, signature and chain passed, nothing failed
    await page.getByRole('button', { name: 'Read the chip and verify' }).click();
    await expect.poll(() => page.locator('tr[data-check]').count()).toBe(11);
    expect(await page.locator('tr[data-check="signature"]').textContent()).toMatch(/Passed/);
    expect(await page.locator('tr[data-check="certificate-chain"]').textContent()).toMatch(/Passed/);
    expect(await page.locator('tr[data-check="revocation"]').textContent()).toMatch(/Passed/);
    expect(await page.locator('tr[data-check] .badge--bad').count()).toBe(0);
    await expectAccessible(page, 'card with chip verdict');

    // loss: the card is lost and its My Number function suspended
    await page.getByLabel('Police receipt number (遺失届受理番号)').fill('SANDBOX-P-1');
    await page.getByRole('button', { name: 'Report the loss' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/The loss is recorded/);
    expect(await summary.textContent()).toMatch(/StateReported lost/);
    expect(await summary.textContent()).toMatch(/My Number functionSuspended/);
    await expectAccessible(page, 'card lost');

    // re-issue: an ordinary card
    await page.getByRole('link', { name: 'File the re-issue after the loss' }).click();
    await fileAndGrant(page, /re-issue|reissue|lost/i, { request: false, lostOn: server.today });
    const ordinary = (await heading(page))?.replace('Card ', '');
    expect(ordinary).not.toBe(specified);
    expect(await summary.textContent()).toMatch(/KindResidence card \(在留カード\)/);

    // switch: a re-issue on request gives the 特定在留カード again
    await page.getByRole('link', { name: /Switch to a 特定在留カード/ }).click();
    await fileAndGrant(page, /exchange|re-issue|reissue/i, { request: true });
    expect(await summary.textContent()).toMatch(/Kind特定在留カード/);

    // return: back to an ordinary residence card
    await page.getByRole('link', { name: /Return the 特定在留カード/ }).click();
    await fileAndGrant(page, /return/i, { request: false });
    expect(await summary.textContent()).toMatch(/KindResidence card \(在留カード\)/);

    // the resident's cards tell the whole story
    await page.getByRole('link', { name: 'Back' }).click();
    await expect.poll(() => heading(page)).toBe('SANDBOX LIFECYCLE');
    const states = await page.locator('table.table tbody tr').allTextContents();
    expect(states.length).toBe(4);
    expect(states.join('\n')).toMatch(/Re-issued after the loss/);
    expect(states.join('\n')).toMatch(/Replaced by a new card/);
    expect(states.join('\n')).toMatch(/Returned/);
    expect(states.join('\n')).toMatch(/In use/);

    // a loss reported by mistake: the card was found, and is in use again
    await page.locator('table.table tbody tr', { hasText: 'In use' }).getByRole('link').click();
    await page.getByLabel('Police receipt number (遺失届受理番号)').fill('SANDBOX-P-2');
    await page.getByRole('button', { name: 'Report the loss' }).click();
    await expect.poll(() => summary.textContent()).toMatch(/StateReported lost/);
    await page.getByRole('button', { name: /The card was found/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/in use again/);
    expect(await summary.textContent()).toMatch(/StateIn use/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('shows a refusal with its reasons before anything is filed, in the officer’s language', async () => {
    const context = await newContext(browser, DESKTOP, 'ja-JP');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'demo-bureau');
    await page.getByRole('link', { name: 'Search residents' }).click();
    await page.getByLabel('Name').fill('sandbox');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: /found$/ }).textContent())
      .toMatch(/^[1-9]\d* found$/);
    await expectAccessible(page, 'search results');
    await page.locator('table.table tbody a').first().click();
    await page.getByRole('link', { name: 'File a procedure' }).click();
    // in Japanese now: the rules' reasons come in the officer's language
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('link', { name: '日本語', exact: true }).click();
    await expect.poll(() => heading(page)).toMatch(/の手続を受け付ける$/);
    await page.getByLabel('手続').selectOption('extension-of-stay');
    await page.getByLabel('オンライン').check();
    await page.getByLabel('特定在留カードの交付を申請する').check();
    await page.getByRole('button', { name: 'ルールで確認する' }).click();
    await expect
      .poll(() => page.locator('#decision-title').textContent())
      .toBe('この申請は受け付けられません');
    const reasons = page.locator('.counter-reasons li');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect(await reasons.first().textContent()).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(await page.locator('.counter-reasons a[href^="https://"]').count()).toBeGreaterThan(0);
    // nothing to submit
    expect(await page.getByRole('button', { name: '申請を受け付ける' }).count()).toBe(0);
    await expectAccessible(page, 'refusal');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets an administrator read and verify the audit, and hides it from officers', async () => {
    const context = await newContext(browser, DESKTOP, 'en-US');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'demo-bureau');
    await expect.poll(() => heading(page)).toBe('Work queue');
    expect(await page.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect.poll(() => heading(page)).toBe('Log in to the counter console');
    await page.getByLabel('Username').fill('demo-admin');
    await page.getByLabel('Password').fill(password('demo-admin'));
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Audit' }).click();
    await expect.poll(() => heading(page)).toBe('Audit');
    await expect.poll(() => page.locator('table.table tbody tr').count()).toBeGreaterThan(5);
    expect(await page.locator('table.table').textContent()).toMatch(/cards\.issue/);
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/The chain is intact: \d+ events checked\./);
    await expectAccessible(page, 'audit');
    expect(errors).toEqual([]);
    // the session ends on the server's side: the next request's 401 brings back the login page
    await context.clearCookies();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect.poll(() => heading(page)).toBe('Log in to the counter console');
    expect(errors).toEqual([expect.stringMatching(/status of 401/)]);
    await context.close();
  }, 60_000);

  it('works at 320 px in やさしい日本語 with the keyboard alone', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/counter?lang=ja-easy`);
    await page.locator('#field-username').waitFor();
    await page.locator('#field-username').focus();
    await page.keyboard.type('demo-municipal');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password('demo-municipal'));
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('まっている 手続');
    const overflow = () =>
      page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'queue at 320 px');
    // to the registration form by keyboard: Tab until its link has the focus, then Enter
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate('document.activeElement?.textContent ?? ""')) === '人を 登録する') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('人を 登録する');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'register at 320 px');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
