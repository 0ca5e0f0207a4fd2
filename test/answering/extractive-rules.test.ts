/**
 * The extractive composer's rules on small passages: a table row is read with its header row; it
 * abstains when the figure asked for is missing or the question is about things never mentioned.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { composeExtractive } from '../../src/answering/extractive-composer.js';
import { unseenNounShare } from '../../src/answering/unseen-names.js';
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

describe('unseenNounShare', () => {
  const corpus = 'ドイツのクラスター政策と予算。神戸医療産業都市の集積がうまくいった要因。';
  const share = (question: string) =>
    unseenNounShare(question, analyzeQuery(question, tokenizer).terms, () => 1, tokenizer, corpus);

  it('GIVEN a question mostly about things the reports never mention THEN most of its weight is unseen', () => {
    const mars = share('火星探査の予算は？');
    expect(mars.nouns).toEqual(['火星', '探査']);
    expect(mars.share).toBeGreaterThanOrEqual(0.6);
  });

  it('GIVEN casual wording around a topic the reports cover THEN little of it is unseen', () => {
    expect(share('神戸で医療産業の集積がうまくいったのって、結局何が効いたの？').share).toBeLessThan(0.3);
  });
});
