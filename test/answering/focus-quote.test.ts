/**
 * A long table row or slide item is quoted by the part that answers, verbatim, not whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { composeExtractive } from '../../src/answering/extractive-composer.js';
import { focusQuote, MAX_FOCUSED_QUOTE_CHARS } from '../../src/answering/focus-quote.js';
import type { Passage } from '../../src/retrieval/passage.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { normalizeForIndex } from '../../src/text/normalize.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

/** The row of report 005's table of the bodies attracting investment (as the chunker keeps it, one line). */
const BODIES_ROW =
  'NRW Global Business ・海外オフィスにおける営業活動 ・海外見本市への出展支援 ・オンラインマッチングプラットフォーム運営 AGIT ・中国・韓国オフィスでの営業活動 ・国外におけるFDI窓口機能提供\tJETRO島根 ・JETRO全体としては多数実績があるものの、JETRO島根としては海外企業誘致の支援実績が乏しい ・海外企業による投資相談実績0件（2020年） 島根県庁 ・国内企業による島根県への企業誘致施策は展開 ・リソース不足のため海外企業誘致に取り組めていない 島根県鐵工会 ・展示会への出展・合同商談会への参加は日本国内に留まる ・組合企業のPR ・協業ニーズの汲み上げ&組合企業へ案件紹介';

/** Counts how many of `words` a text says. */
const saying =
  (...words: string[]) =>
  (text: string) =>
    words.filter((word) => text.includes(word)).length;

describe('focusQuote', () => {
  it('GIVEN a long row THEN keeps the item that answers, with the label before it that adds to it', () => {
    const focused = focusQuote(BODIES_ROW, saying('JETRO島根', '投資相談', '2020年'));
    expect(focused.text).toBe(
      'JETRO全体としては多数実績があるものの、JETRO島根としては海外企業誘致の支援実績が乏しい ・海外企業による投資相談実績0件（2020年） 島根県庁',
    );
    expect(BODIES_ROW.slice(focused.offset, focused.offset + focused.text.length)).toBe(focused.text);
  });

  it('GIVEN the best part is a short label THEN it grows to the part after it', () => {
    const focused = focusQuote(BODIES_ROW, saying('JETRO島根'));
    expect(focused.text.startsWith('JETRO島根 ・JETRO全体としては')).toBe(true);
  });

  it('GIVEN no part says nearly all the whole says THEN the quote is kept whole', () => {
    // NRW and AGIT are in two parts too far apart for one chat-sized quote.
    expect(focusQuote(BODIES_ROW, saying('NRW', '国外におけるFDI窓口')).text).toBe(BODIES_ROW);
  });

  it('GIVEN a short quote, one without parts, or one whose parts say nothing THEN it is kept whole', () => {
    const sentence = 'あ'.repeat(MAX_FOCUSED_QUOTE_CHARS + 40);
    expect(focusQuote('JETRO島根 ・投資相談実績0件', saying('投資相談')).text).toBe('JETRO島根 ・投資相談実績0件');
    expect(focusQuote(sentence, saying('あ')).text).toBe(sentence);
    expect(focusQuote(BODIES_ROW, saying('大阪')).text).toBe(BODIES_ROW);
  });

  it('GIVEN 【label】 parts THEN the labelled part is kept with its label', () => {
    const item =
      '2004年 文部科学省「都市エリア産学官連携促進事業」 等【構想策定】 基幹産業の成熟に伴う産業構造改革を目指し、大企業の分工場を誘致と同関連産業の集積を進めるバレー構想を推進【積極的な誘致政策】 各企業のニーズに合わせた工場団地造成を実施した他、県と市による大規模な補助金助成も実施【進出済み企業の域内事業拡大】 1999年には四日市市議会に産業構造再構築調査特別委員会が設置され、翌年に四日市市企業立地促進条例を制定';
    expect(focusQuote(item, saying('四日市', '企業立地促進条例')).text).toBe(
      '【進出済み企業の域内事業拡大】 1999年には四日市市議会に産業構造再構築調査特別委員会が設置され、翌年に四日市市企業立地促進条例を制定',
    );
  });
});

describe('composeExtractive with a long row', () => {
  it('GIVEN JETRO島根 inquiries asked THEN the quote is the row part giving them, and the passage stays whole', () => {
    const question = 'JETRO島根って、海外企業からの投資相談は2020年に何件あったんだっけ？';
    const text = `海外企業誘致に関わる組織の現状\n${BODIES_ROW}`;
    const chunk: Chunk = { id: 'c-1', doc: 'r.txt', title: '報告書', section: ['現状'], lines: [1, 2], text, seq: 0 };
    const passage: Passage = { chunk, score: 2, lexical: 1, ngram: 1, dense: 0, coverage: 0.6 };
    const answer = composeExtractive({
      question,
      lang: 'ja',
      query: analyzeQuery(question, tokenizer),
      passages: [passage],
      reports: () => undefined,
      tokenizer,
      idf: () => 1,
      corpusText: normalizeForIndex(text).replace(/\s+/g, ''),
    });
    const quote = answer.citations[0]!.quote;
    expect(answer.abstained).toBe(false);
    expect(quote).toContain('海外企業による投資相談実績0件（2020年）');
    expect(quote.length).toBeLessThanOrEqual(MAX_FOCUSED_QUOTE_CHARS);
    expect(text).toContain(quote);
    expect(answer.citations[0]!.text).toBe(text);
  });
});
