import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PAGE_CSS, PAGE_SCRIPT, pageHtml } from '../../src/surfaces/web/page/index.js';

describe('web page assets', () => {
  it('the browser script is valid JavaScript', () => {
    expect(() => new Script(PAGE_SCRIPT, { filename: 'app.js' })).not.toThrow();
  });

  it('never writes HTML from strings (all text goes through textContent)', () => {
    expect(PAGE_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('uses no external assets: no CDN, no web fonts', () => {
    for (const asset of [PAGE_SCRIPT, PAGE_CSS, pageHtml({ maxQuestionChars: 2000 })]) {
      expect(asset).not.toMatch(/https?:\/\/|@import|@font-face|url\(/);
    }
  });

  it('embeds the question length limit', () => {
    expect(pageHtml({ maxQuestionChars: 1234 })).toContain('data-max-question-chars="1234"');
  });
});
