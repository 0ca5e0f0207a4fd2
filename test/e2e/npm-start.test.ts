/**
 * `npm start` end to end: the compiled `kotae serve` as a child process with no chat tokens builds
 * the index of the real corpus, serves the web chat on 127.0.0.1, and a real Chromium asks a
 * starter question from the onboarding panel, opens the cited passage and votes 👎; the vote is in
 * SQLite; SIGTERM stops the process with exit code 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../fakes/chromium.js';
import { ROOT, servedUrl, serveEnv } from './serve-process.js';

let child: ChildProcess;
let url = '';
let work = '';
let output: () => string = () => '';
let exited: Promise<number | null>;

async function startServe(): Promise<void> {
  work = mkdtempSync(path.join(tmpdir(), 'kotae-e2e-'));
  child = spawn(process.execPath, [path.join(ROOT, 'bin/kotae.js'), 'serve'], {
    cwd: ROOT,
    env: serveEnv(work),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const served = servedUrl(child, 90_000);
  output = served.output;
  url = await served.url;
}

describe('npm start (kotae serve) end to end', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    await startServe();
    if (hasChromium) {
      browser = await launchChromium();
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('GIVEN no chat tokens THEN builds the index and answers on the HTTP API with citations', async () => {
    expect(output()).toContain('building the index');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const response = await fetch(`${url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: "it's OWLにはいくつの企業・機関が参加している？" }),
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      abstained: boolean;
      text: string;
      citations: { quote: string; text: string }[];
    };
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\[1\]/);
    expect(answer.citations.some((c) => c.text.includes('174の企業・機関'))).toBe(true);
    // Once ready, the server reads the reports' sentences in the background and says when it is done.
    let warm = false;
    for (let attempt = 0; attempt < 240 && !warm; attempt++) {
      warm = ((await (await fetch(`${url}/healthz`)).json()) as { warm: boolean }).warm;
      if (!warm) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(warm).toBe(true);
  }, 90_000);

  it.skipIf(!hasChromium)(
    'GIVEN the page THEN a starter question is answered, a citation opens, and 👎 reaches SQLite',
    async () => {
      mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
      // Reduced motion: the answer scrolls into view at once, so that no click lands while it moves
      // (a smooth scroll on a loaded machine made the click on [1] miss the button once).
      const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      await page.goto(url);
      const starter = page.locator('#welcome-starters button').first();
      await starter.waitFor({ state: 'visible', timeout: 15_000 });
      const question = (await starter.textContent())?.trim() ?? '';
      await starter.click();
      const answer = page.locator('article.answer').first();
      await expect
        .poll(() => answer.locator('.answer-text button.cite').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      await answer.locator('.answer-text button.cite').first().click();
      const dialog = page.locator('#passage-dialog');
      await dialog.waitFor({ state: 'visible' });
      await expect.poll(() => dialog.locator('mark').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ROOT, 'test-results/e2e-passage.png') });
      await page.keyboard.press('Escape');
      await answer.locator('button.vote[data-vote="down"]').click();
      await answer.locator('.feedback-form textarea').fill('e2e');
      await answer.locator('.feedback-form button[type="submit"]').click();
      await expect.poll(() => answer.locator('.feedback-ack').textContent()).toContain('受け付けました');
      await page.screenshot({ path: path.join(ROOT, 'test-results/e2e-answer.png') });
      await page.close();

      const db = new Database(path.join(work, 'data', 'kotae.sqlite'), { readonly: true });
      const rows = db
        .prepare('SELECT q.question, q.surface, f.vote FROM feedback f JOIN questions q ON q.id = f.question_id')
        .all();
      db.close();
      expect(rows).toEqual([{ question, surface: 'web', vote: 'down' }]);
    },
  );

  it('GIVEN SIGTERM THEN stops cleanly with exit code 0', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('stopped');
  });
});
