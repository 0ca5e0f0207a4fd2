/**
 * Golden answers on the real corpus: for hand-written staff-style questions (own paraphrases, not
 * an evaluation set's), the first quote of the answer holds the evidence. Weights that order the
 * quotes (a footnote's penalty, a reason's bonus) are checked here, on the reports themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KotaeChatService } from '../../src/chat/kotae-chat-service.js';
import { buildIndex } from '../../src/indexing/build-index.js';
import { openPipeline } from '../../src/pipeline.js';
import { getTokenizer } from '../../src/text/kuromoji-tokenizer.js';
import { compact } from '../../src/text/normalize.js';

const CORPUS = path.resolve(__dirname, '../../corpus');

describe('golden answers on corpus/', () => {
  let dir: string;
  let chat: KotaeChatService;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kotae-golden-answers-'));
    await buildIndex({ corpusDir: CORPUS, indexDir: dir, tokenizer: await getTokenizer() });
    chat = new KotaeChatService({ pipeline: await openPipeline({ indexDir: dir }) });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const firstQuote = async (question: string) => {
    const answer = await chat.answer(question);
    expect(answer.abstained).toBe(false);
    return compact(answer.citations[0]?.quote ?? '');
  };

  it('GIVEN what a footnote’s rule does THEN the footnote leads, not the sentence citing it', async () => {
    expect(
      await firstQuote(
        'フラウンホーファーの3分の1ルールで、企業からの契約が多すぎたり少なすぎたりすると補助金ってどうなるの？',
      ),
    ).toContain('55%以上となった場合');
  });

  it('GIVEN what led to a body (「きっかけ」) THEN the gap the reports name leads, not its definition', async () => {
    expect(await firstQuote('イギリスがカタパルト・センターを作ることになったきっかけって何？')).toContain(
      '橋渡し機能が不在',
    );
  });

  it('GIVEN 「法人会員いくつあるの」 THEN the member count leads', async () => {
    expect(await firstQuote('いわて自動車関連産業集積促進協議会って、法人会員いくつあるの？')).toContain(
      '376の法人会員',
    );
  });
});
