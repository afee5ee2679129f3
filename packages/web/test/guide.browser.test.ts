/**
 * The resident guide in a real browser on a phone, in ja, en and やさしい日本語: question pages to the
 * answer for a move-in, an extension at the bureau, an online application (an ordinary card), a lost card and
 * a refusal; axe on every page visited and no console errors; Change links, Clear my answers, the error
 * summary, and the share link (never a birth date). `?today=2026-07-01` fixes the day the rules decide on.
 */
import { formatDate, type Lang, type MessageKey, t as rulesT } from '@zairyu/rules';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/features/guide/catalogs/en.json' with { type: 'json' };
import ja from '../src/features/guide/catalogs/ja.json' with { type: 'json' };
import jaEasy from '../src/features/guide/catalogs/ja-easy.json' with { type: 'json' };
import {
  expectAccessible,
  launchChromium,
  newContext,
  PHONE,
  serveStatic,
  skipBrowser,
  watchErrors,
} from './browser.ts';

const skip = skipBrowser('resident guide in Chromium');
const UI: Record<Lang, Record<string, string>> = { ja, en, 'ja-easy': jaEasy };
const LANGS: Lang[] = ['ja', 'en', 'ja-easy'];
const TODAY = '2026-07-01';
const EGOV_IMMIGRATION_ACT = 'https://laws.e-gov.go.jp/law/326CO0000000319';

/** An answer: a select's value, a radio's value, a date [y, m, d] or a period [years, months]. */
type Answer =
  | { select: string }
  | { radio: string }
  | { date: [string, string, string] }
  | { period: [string, string] };

const mover: Record<string, Answer> = {
  status: { select: 'student' },
  period: { period: ['1', '3'] },
  'stay-expiry': { date: ['2027', '9', '30'] },
  'birth-date': { date: ['2005', '5', '5'] },
  prefecture: { select: '13' },
  'resident-record': { radio: 'yes' },
  card: { radio: 'residence-card' },
  pending: { radio: 'no' },
  procedure: { radio: 'move-in' },
  'moved-on': { date: ['2026', '6', '25'] },
  channel: { radio: 'counter' },
  request: { radio: 'yes' },
};

const extension: Record<string, Answer> = {
  ...mover,
  status: { select: 'engineer-humanities-international' },
  period: { period: ['3', '0'] },
  'stay-expiry': { date: ['2026', '9', '30'] },
  'birth-date': { date: ['1990', '4', '1'] },
  prefecture: { select: '14' },
  procedure: { radio: 'extension-of-stay' },
};

const online: Record<string, Answer> = { ...extension, channel: { radio: 'online' } };

const lost: Record<string, Answer> = {
  ...mover,
  status: { select: 'permanent-resident' },
  'birth-date': { date: ['1980', '1', '1'] },
  prefecture: { select: '27' },
  procedure: { radio: 'reissue-lost' },
  'lost-on': { date: ['2026', '6', '28'] },
};

const visitor: Record<string, Answer> = {
  ...extension,
  status: { select: 'temporary-visitor' },
  period: { period: ['0', '3'] },
  'stay-expiry': { date: ['2026', '8', '1'] },
  'resident-record': { radio: 'no' },
  card: { radio: 'none' },
  prefecture: { select: '13' },
};

const axed = new Set<string>();

const pageOf = (page: Page) => new URL(page.url()).searchParams.get('page') ?? 'start';

const pageParam = (u: URL) => u.searchParams.get('page') ?? 'start';

// waitForURL rather than expect.poll: the scenario tests run concurrently
async function waitForPage(page: Page, name: string) {
  await page.waitForURL((u) => pageParam(u) === name);
  await page.locator('main h1').waitFor();
}

async function fill(page: Page, id: string, a: Answer) {
  if ('select' in a) await page.selectOption(`select[name="${id}"]`, a.select);
  else if ('radio' in a) await page.check(`input[name="${id}"][value="${a.radio}"]`);
  else if ('date' in a) {
    await page.fill(`input[name="${id}-year"]`, a.date[0]);
    await page.fill(`input[name="${id}-month"]`, a.date[1]);
    await page.fill(`input[name="${id}-day"]`, a.date[2]);
  } else {
    await page.fill(`input[name="${id}-years"]`, a.period[0]);
    await page.fill(`input[name="${id}-months"]`, a.period[1]);
  }
}

/** Answers every question the guide asks (axe on each) until "Check your answers"; returns the questions asked. */
async function answerAll(page: Page, answers: Record<string, Answer>, where: string): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.locator('main h1').waitFor();
    const id = pageOf(page);
    if (id === 'check') return asked;
    const a = answers[id];
    if (!a) throw new Error(`${where}: no scripted answer for question ${id}`);
    asked.push(id);
    // axe once per question page and language in this file (the same page in another scenario is the same markup)
    const seen = `${new URL(page.url()).searchParams.get('lang')} ${id}`;
    if (!axed.has(seen)) {
      axed.add(seen);
      await expectAccessible(page, `${where} question ${id}`);
    }
    await fill(page, id, a);
    await page.click('main button[type="submit"]');
    await page.waitForURL((u) => pageParam(u) !== id);
  }
  throw new Error(`${where}: never reached check answers (asked ${asked.join(', ')})`);
}

describe.skipIf(skip)('the resident guide', () => {
  let browser: Browser;
  let app: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    [browser, app] = await Promise.all([launchChromium(), serveStatic()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Start page → questions → check answers → the answer page, in one language. */
  async function reachAnswer(lang: Lang, answers: Record<string, Answer>, where: string) {
    const context = await newContext(browser, PHONE, 'ja-JP');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}/?lang=${lang}&today=${TODAY}`);
    await page.locator('main h1', { hasText: UI[lang]['guide.start.title'] }).waitFor();
    await expectAccessible(page, `${where} start`);
    await page.click('main a.guide-start');
    await waitForPage(page, 'status');
    const asked = await answerAll(page, answers, where);
    await waitForPage(page, 'check');
    expect(await page.locator('main h1').textContent()).toBe(UI[lang]['guide.check.title']);
    await expectAccessible(page, `${where} check answers`);
    await page.click('main button.button:not(.button--secondary)');
    await waitForPage(page, 'answer');
    await page.locator('[data-testid="answer-summary"]').waitFor();
    await expectAccessible(page, `${where} answer`);
    const text = (await page.locator('main').textContent()) ?? '';
    const hrefs = await page
      .locator('main a[data-citation]')
      .evaluateAll((as) =>
        as.map((a) => (a as { getAttribute(name: string): string | null }).getAttribute('href')),
      );
    // URLs are free of answers
    expect(page.url()).not.toMatch(/1990|2005|1980|student|engineer/);
    return { context, page, errors, asked, text, hrefs };
  }

  const r = (lang: Lang, key: string, params?: Record<string, string>) =>
    rulesT(lang, key as MessageKey, params);

  for (const lang of LANGS) {
    it.concurrent(`(${lang}) a move-in with the request: specified card at the municipality`, {
      timeout: 90_000,
    }, async () => {
      const { context, errors, asked, text, hrefs } = await reachAnswer(lang, mover, `move-in ${lang}`);
      expect(asked).toContain('moved-on');
      expect(asked).not.toContain('channel'); // a 転入届 is made at the counter only
      expect(asked).not.toContain('lost-on');
      expect(text).toContain(r(lang, 'card.specified-residence-card'));
      expect(text).toContain(r(lang, 'office.municipality'));
      expect(text).toContain(UI[lang]['guide.prefecture.13']);
      expect(text).toContain(r(lang, 'document.photo'));
      expect(text).toContain(r(lang, 'procedure-document.moving-out-certificate'));
      expect(text).toContain(formatDate(lang, '2026-07-09')); // 14 days from the move
      expect(text).toContain(r(lang, 'mynumber.expiry', { date: formatDate(lang, '2027-09-30') }));
      expect(hrefs).toContain(EGOV_IMMIGRATION_ACT);
      expect(errors).toEqual([]);
      await context.close();
    });

    it.concurrent(`(${lang}) an extension at the bureau with the request: the Yokohama office`, {
      timeout: 90_000,
    }, async () => {
      const { context, errors, asked, text, hrefs } = await reachAnswer(lang, extension, `extension ${lang}`);
      expect(asked).toEqual(expect.arrayContaining(['period', 'stay-expiry', 'channel', 'request']));
      expect(asked).not.toContain('moved-on');
      expect(text).toContain(r(lang, 'card.specified-residence-card'));
      expect(text).toContain(r(lang, 'office.immigration-bureau'));
      expect(text).toContain(
        lang === 'en' ? 'Yokohama District Immigration Office' : '東京出入国在留管理局 横浜支局',
      );
      expect(text).toContain(r(lang, 'document.specified-card-application-form'));
      expect(text).toContain(r(lang, 'procedure-document.extension-application-form'));
      expect(text).toContain(r(lang, 'earliest.date', { date: formatDate(lang, TODAY) }));
      expect(text).toContain(formatDate(lang, '2026-11-30')); // the special period
      expect(hrefs).toContain(EGOV_IMMIGRATION_ACT);
      expect(errors).toEqual([]);
      await context.close();
    });

    it.concurrent(`(${lang}) an online application: an ordinary card`, { timeout: 90_000 }, async () => {
      const { context, page, errors, text, hrefs } = await reachAnswer(lang, online, `online ${lang}`);
      expect(text).toContain(r(lang, 'card.residence-card'));
      expect(text).not.toContain(r(lang, 'card.specified-residence-card'));
      expect(text).toContain(r(lang, 'reason.online-channel'));
      expect(await page.locator('[data-warning="online-issues-ordinary-card"]').textContent()).toContain(
        r(lang, 'warning.online-issues-ordinary-card'),
      );
      expect(hrefs.length).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      await context.close();
    });

    it.concurrent(`(${lang}) a lost card: report, re-issue within 14 days, an ordinary card`, {
      timeout: 90_000,
    }, async () => {
      const { context, errors, asked, text, hrefs } = await reachAnswer(lang, lost, `lost ${lang}`);
      expect(asked).toContain('lost-on');
      expect(asked).not.toContain('period'); // a permanent resident has no period of stay
      expect(text).toContain(r(lang, 'card.residence-card'));
      expect(text).toContain(r(lang, 'step.police-report'));
      expect(text).toContain(formatDate(lang, '2026-07-13'));
      expect(text).toContain(r(lang, 'procedure-document.police-report-receipt'));
      expect(text).toContain(
        lang === 'en' ? 'Osaka Regional Immigration Services Bureau' : '大阪出入国在留管理局',
      );
      expect(hrefs).toContain(EGOV_IMMIGRATION_ACT);
      expect(errors).toEqual([]);
      await context.close();
    });

    it.concurrent(`(${lang}) a refusal with its reasons and their citations`, {
      timeout: 90_000,
    }, async () => {
      const { context, page, errors, text } = await reachAnswer(lang, visitor, `refusal ${lang}`);
      const spec = r(lang, 'name.specified');
      expect(text).toContain(r(lang, 'summary.not-eligible', { specified: spec }));
      const reason = page.locator('[data-reason="not-mid-long-term"]');
      expect(await reason.textContent()).toContain(r(lang, 'reason.not-mid-long-term'));
      expect(await reason.locator('a').first().getAttribute('href')).toBe(EGOV_IMMIGRATION_ACT);
      expect(await page.locator('[data-reason="not-in-resident-register"]').count()).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows an error summary (focused) and an inline error, then accepts a corrected date', async () => {
    const context = await newContext(browser, PHONE, 'en-US');
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}/?page=status&lang=en&today=${TODAY}`);
    await waitForPage(page, 'status');
    await page.click('main button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate("document.activeElement?.classList.contains('error-summary')")).toBe(true);
    expect(await page.locator('.error-summary').textContent()).toContain(en['guide.q.status.error']);
    expect(await page.getAttribute('select[name="status"]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('select[name="status"]', 'aria-describedby')).toContain('status-error');
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page, 'status with an error');
    await fill(page, 'status', { select: 'student' });
    await page.click('main button[type="submit"]');
    await waitForPage(page, 'period');
    await fill(page, 'period', { period: ['1', '0'] });
    await page.click('main button[type="submit"]');
    await waitForPage(page, 'stay-expiry');
    await fill(page, 'stay-expiry', { date: ['2027', '2', '30'] });
    await page.click('main button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain(en['guide.error.date-invalid']);
    await expectAccessible(page, 'stay expiry with an error');
    await fill(page, 'stay-expiry', { date: ['2027', '3', '30'] });
    await page.click('main button[type="submit"]');
    await waitForPage(page, 'birth-date');
    expect(await page.getAttribute('input[name="birth-date-year"]', 'autocomplete')).toBe('bday-year');
    expect(await page.getAttribute('input[name="birth-date-day"]', 'inputmode')).toBe('numeric');
    // keyboard only: the heading has the focus, Tab reaches the fields, Enter continues
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1990');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await waitForPage(page, 'prefecture');
    await page.click('main a.back-link');
    await waitForPage(page, 'birth-date');
    expect(await page.inputValue('input[name="birth-date-year"]')).toBe('1990');
    // Back returns to the previous question with its answer kept
    await page.click('main a.back-link');
    await waitForPage(page, 'stay-expiry');
    expect(await page.inputValue('input[name="stay-expiry-month"]')).toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes an answer from check answers, comes back there, then clears the answers', async () => {
    const { context, page, errors } = await reachAnswer('en', extension, 'change en');
    await page.click('main a[href*="page=check"]');
    await waitForPage(page, 'check');
    // change the procedure to a move-in: the new question (the move date) is asked, then back to check
    await page.click('#change-procedure');
    await waitForPage(page, 'procedure');
    expect(new URL(page.url()).searchParams.get('return')).toBe('check');
    expect(await page.isChecked('input[name="procedure"][value="extension-of-stay"]')).toBe(true);
    await expectAccessible(page, 'change procedure');
    await fill(page, 'procedure', { radio: 'move-in' });
    await page.click('main button[type="submit"]');
    await waitForPage(page, 'moved-on');
    await fill(page, 'moved-on', { date: ['2026', '6', '25'] });
    await page.click('main button[type="submit"]');
    await waitForPage(page, 'check');
    const check = (await page.locator('main dl').textContent()) ?? '';
    expect(check).toContain('Moving-in notification');
    expect(check).not.toContain('How you apply'); // the channel is not asked for a move-in
    await expectAccessible(page, 'check answers after change');
    await page.click('main button.button:not(.button--secondary)');
    await waitForPage(page, 'answer');
    expect(await page.locator('main').textContent()).toContain(rulesT('en', 'office.municipality'));
    // clear: back to the start, nothing left in the page's history state
    await page.click('main button.button--danger');
    await waitForPage(page, 'start');
    expect(await page.evaluate('JSON.stringify(history.state)')).not.toMatch(/engineer|1990/);
    // Back after clearing does not bring the answers back: the older entries name forgotten answers
    await page.goBack();
    await page.waitForURL((u) => pageParam(u) !== 'start');
    await page.locator('main h1').waitFor();
    expect(pageParam(new URL(page.url()))).not.toBe('answer');
    expect(await page.locator('main').textContent()).not.toContain(rulesT('en', 'office.municipality'));
    await page.goto(`${app.url}/?page=check&lang=en&today=${TODAY}`);
    await waitForPage(page, 'status');
    expect(await page.inputValue('select[name="status"]')).toBe('');
    expect(await page.evaluate('JSON.stringify({ ...localStorage })')).not.toMatch(/engineer|1990/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a share link only on request, without the birth date, and asks for it when opened', async () => {
    const { context, page, errors } = await reachAnswer('ja', extension, 'share ja');
    // 320 px wide: nothing scrolls sideways
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    // Print checklist: window.print, and in print the documents are a checklist without the buttons
    await page.evaluate('window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }');
    await page.click('main .guide-bring button');
    expect(await page.evaluate('window.__printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid="procedure-documents"] li').first().isVisible()).toBe(true);
    expect(await page.locator('main .guide-bring button').isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#share-url').count()).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('zairyu:decide').length)).toBeGreaterThan(
      0,
    );
    await page.click('main .guide-share button');
    const url = await page.inputValue('#share-url');
    await expectAccessible(page, 'answer with a share link');
    // the answers are in the fragment, which a browser never sends to the server
    expect(new URL(url).searchParams.get('a')).toBeNull();
    const a = new URLSearchParams(new URL(url).hash.slice(1)).get('a') as string;
    const decoded = Buffer.from(a.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    expect(decoded).toContain('engineer-humanities-international');
    expect(decoded).not.toContain('1990');
    expect(decoded).not.toMatch(/birth/i);
    expect(url).not.toContain('1990');
    // a fresh context opens the link: the birth date is asked, then the answers are checked
    const other = await newContext(browser, PHONE, 'ja-JP');
    const page2 = await other.newPage();
    const errors2 = watchErrors(page2);
    await page2.goto(url);
    await waitForPage(page2, 'birth-date');
    expect(new URL(page2.url()).searchParams.get('a')).toBeNull();
    expect(new URL(page2.url()).hash).toBe('');
    expect(await page2.locator('main').textContent()).toContain(ja['guide.shared.notice']);
    await expectAccessible(page2, 'shared link birth date');
    await fill(page2, 'birth-date', { date: ['1990', '4', '1'] });
    await page2.click('main button[type="submit"]');
    await waitForPage(page2, 'check');
    await page2.click('main button.button:not(.button--secondary)');
    await waitForPage(page2, 'answer');
    expect(await page2.locator('main').textContent()).toContain(
      rulesT('ja', 'card.specified-residence-card'),
    );
    expect(errors).toEqual([]);
    expect(errors2).toEqual([]);
    await other.close();
    await context.close();
  });

  it('marks the first question and measures decide()', async () => {
    const context = await newContext(browser, PHONE, 'en-US');
    const page = await context.newPage();
    await page.goto(`${app.url}/?lang=en&today=${TODAY}`);
    await page.click('main a.guide-start');
    await waitForPage(page, 'status');
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('zairyu:first-question').length))
      .toBe(1);
    await context.close();
  });
});
