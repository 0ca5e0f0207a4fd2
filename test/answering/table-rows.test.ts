/**
 * The extractive composer reads a table row with its header row and abstains when the figure asked
 * for is missing: small passages, the real tokenizer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { composeExtractive } from '../../src/answering/extractive-composer.js';
import type { Passage } from '../../src/retrieval/passage.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

function passage(id: string, text: string, score: number): Passage {
  const chunk: Chunk = { id, doc: 'r.txt', title: '報告書', section: ['比較'], lines: [1, 5], text, seq: 0 };
  return { chunk, score, lexical: 1, ngram: 1, dense: 0, coverage: 0.6 };
}

function compose(question: string, passages: Passage[]) {
  return composeExtractive({
    question,
    lang: 'ja',
    query: analyzeQuery(question, tokenizer),
    passages,
    reports: () => undefined,
    tokenizer,
    idf: () => 1,
  });
}

describe('table rows and asked figures', () => {
  const table = [
    '項目\tフラウンホーファー研究機構\t産業技術総合研究所',
    '職員数\t約23,000人（2015年3月）\t約5,100人（2014年4月）',
    '年間予算\t2,400億円（20億ユーロ）\t約960億円',
  ].join('\n');

  it('GIVEN a row that names neither side THEN still quotes it for a question on the header', () => {
    const answer = compose('フラウンホーファー研究機構と産業技術総合研究所の職員数は何人？', [
      passage('r-1-5', table, 2),
      passage('r-6-9', 'フラウンホーファー研究機構は応用研究を担う。産業技術総合研究所も同様である。', 1.9),
    ]);
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.quote)).toContain('職員数\t約23,000人（2015年3月）\t約5,100人（2014年4月）');
  });

  it('GIVEN a count question and passages on the topic without any count THEN abstains and names the unit', () => {
    const answer = compose('フラウンホーファー研究機構の研究所は何件？', [
      passage('r-6-9', 'フラウンホーファー研究機構は応用研究を担う。研究所は各地にある。', 2),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/件/);
  });
});
