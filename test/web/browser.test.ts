/**
 * The web chat in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; never
 * a downloaded browser): ask a starter question, open a cited passage, give 👎 with a comment,
 * and check the feedback reached SQLite. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium } from '../fakes/chromium.js';
import { databasePath } from '../../src/storage/database.js';
import { startWebTestServer, type WebTestServer } from '../fakes/web-test-server.js';

if (!hasChromium && process.env.CI) {
  // In CI the browser test must run: fail loudly instead of skipping.
  describe('web chat in Chromium', () => {
    it('needs Debian chromium', () => {
      throw new Error(`${CHROMIUM} is missing; install it in CI with: apt-get install -y chromium`);
    });
  });
} else if (!hasChromium) {
  console.warn(`browser.test.ts skipped: ${CHROMIUM} not found (apt-get install -y chromium to run it)`);
}

describe.skipIf(!hasChromium)('web chat in Chromium', () => {
  let server: WebTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    server = await startWebTestServer({ fake: { abstainOn: '宇宙' } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks a starter question, opens the cited passage, and stores 👎 feedback', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);

    await page.locator('#welcome-starters button', { hasText: 'LL事業とは？' }).click();
    const answer = page.locator('article.answer').first();
    await expect
      .poll(() => answer.locator('.answer-text').textContent(), { timeout: 10_000 })
      .toContain('LL事業は地域間の産業交流');
    await expect.poll(() => answer.locator('.answer-text button.cite').count()).toBe(2);
    await expect.poll(() => answer.locator('.sources .source').count()).toBe(2);

    await answer.locator('.answer-text button.cite').first().click();
    const dialog = page.locator('#passage-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect
      .poll(() => dialog.locator('#passage-title').textContent())
      .toBe('産業集積地における国際産業連携の成功要因調査');
    await expect
      .poll(() => dialog.locator('mark').textContent())
      .toContain('各地の地域経済活性化・国際化プロジェクトと連携');
    await expect.poll(() => dialog.locator('.around').first().textContent()).toContain('LL (Local to Local) 事業');
    await expect.poll(() => dialog.textContent()).toMatch(/引用 行 3[1-5](–3[1-5])?/);
    await expect.poll(() => dialog.textContent()).toContain('段落 行 31–35');
    await page.screenshot({ path: 'test-results/web-chat-passage.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // A follow-up by keyboard: type and press Enter; the history goes with it.
    await page.locator('#question').fill('その実施期間は？');
    await page.locator('#question').press('Enter');
    await expect.poll(() => page.locator('article.answer').count(), { timeout: 10_000 }).toBe(2);
    expect(server.fake.asked.at(-1)?.history).toHaveLength(2);

    await answer.locator('button.vote[data-vote="down"]').click();
    await answer.locator('.feedback-form textarea').fill('出典の年度が知りたかった');
    await answer.locator('.feedback-form button[type="submit"]').click();
    await expect.poll(() => answer.locator('.feedback-ack').textContent()).toContain('受け付けました');
    await answer.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/web-chat.png' });

    const db = new Database(databasePath(server.dataDir), { readonly: true });
    const rows = db
      .prepare(
        'SELECT q.question, f.vote, f.comment, f.surface FROM feedback f JOIN questions q ON q.id = f.question_id',
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { question: 'LL事業とは？', vote: 'down', comment: '出典の年度が知りたかった', surface: 'web' },
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('is usable at phone width: onboarding, abstention with related passages', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    await page.goto(server.url);
    await page.locator('#guide').waitFor({ state: 'hidden' });
    await page.locator('#toggle-guide').click();
    await expect.poll(() => page.locator('#reports li').first().textContent()).toContain('産業集積地');
    await expect.poll(() => page.locator('#glossary dt').allInnerTexts()).toEqual(['LL事業']);
    await page.screenshot({ path: 'test-results/web-chat-phone-guide.png' });
    await page.locator('#close-guide').click();

    await page.locator('#question').fill('宇宙開発の予算は？');
    await page.locator('#send').click();
    const answer = page.locator('article.answer.abstained');
    await expect.poll(() => answer.textContent(), { timeout: 10_000 }).toContain('関連しそうな箇所');
    await expect.poll(() => answer.locator('.chips button').allInnerTexts()).toEqual(['LL事業とは？']);
    await page.screenshot({ path: 'test-results/web-chat-phone.png' });

    await answer.locator('.sources button.cite').first().click();
    await page.locator('#passage-dialog mark').waitFor({ state: 'visible' });
    await page.screenshot({ path: 'test-results/web-chat-phone-passage.png' });
    await page.locator('#passage-close').click();
    await page.locator('#passage-dialog').waitFor({ state: 'hidden' });
    // Focus returns to the marker that opened the passage.
    expect(await page.evaluate('document.activeElement?.className')).toBe('cite');
    await page.close();
  });

  it('shows a polite message for a question over the limit without sending it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const before = server.fake.asked.length;
    await page.locator('#question').fill('あ'.repeat(2001));
    await expect.poll(() => page.locator('#count').textContent()).toContain('長すぎます');
    await page.locator('#send').click();
    expect(server.fake.asked.length).toBe(before);
    await page.close();
  });
});
