/**
 * A count or amount asked about a named case (「長崎市と四川省のLLは何回」「飯塚市の予算はいくら」)
 * is answered only by a figure from a passage that names the case: another case's figure in a
 * passage that matched the question's other words does not answer it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { composeExtractive } from '../../src/answering/extractive-composer.js';
import type { Passage } from '../../src/retrieval/passage.js';
import { askedCounter, askedFigure } from '../../src/retrieval/question-kind.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { normalizeForIndex } from '../../src/text/normalize.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

function passage(id: string, text: string, score: number, doc = 'r.txt'): Passage {
  const chunk: Chunk = { id, doc, title: '報告書', section: ['事例'], lines: [1, 5], text, seq: 0 };
  return { chunk, score, lexical: 1, ngram: 1, dense: 0, coverage: 0.6 };
}

const SUWA = [
  '長野県諏訪地域－中国大連市（金属機械加工）',
  '国内実施主体：諏訪大連会',
  '- ミッション派遣：2回',
  '- 有力企業・有識者招へい：3回（11名）',
  '諏訪の金型企業が、中国企業との合併企業を設立し、1億円を投資した。',
].join('\n');
const CASES = [
  '■ インタビュー実施案件',
  '8. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》',
  '9. 長崎県長崎市－中国 四川省（環境、農業、造園、バイオテクノロジー等）《97年度》',
].join('\n');
const IIZUKA = '飯塚市の例:\n市の産業政策の柱としてIT産業育成をかけ、LL事業の終了後も5年間で独自の予算を手当てした。';

function compose(question: string, passages: Passage[], titles: Record<string, string> = {}) {
  const corpusText = normalizeForIndex(passages.map((p) => p.chunk.text).join('\n') + Object.values(titles).join(''));
  return composeExtractive({
    question,
    lang: 'ja',
    query: analyzeQuery(question, tokenizer),
    passages,
    reports: (doc) =>
      titles[doc] ? { file: doc, title: titles[doc], publisher: null, author: null, date: null } : undefined,
    tokenizer,
    idf: () => 1,
    corpusText: corpusText.replace(/\s+/g, ''),
  });
}

describe('askedCounter', () => {
  it('GIVEN 何+counter THEN a numeral with that counter answers', () => {
    expect(askedCounter('ミッション派遣は何回やったの？')?.test('ミッション派遣：2回')).toBe(true);
    expect(askedCounter('何年度に始まったの？')?.test('《H19》 19年度に開始')).toBe(true);
    expect(askedCounter('ミッション派遣は何回やったの？')?.test('4. 参加企業のモチベーション')).toBe(false);
    expect(askedCounter('どんな成果が出たの？')).toBeUndefined();
  });
  it('GIVEN 予算委員会 THEN no amount is asked (a committee, not a budget)', () => {
    expect(askedFigure('衆議院予算委員会で値上げをしようとした総理大臣は？')).toBeUndefined();
    expect(askedFigure('RIT事業の予算は？')?.unit).toBe('円');
  });
});

describe('figures about a named case', () => {
  it("GIVEN a count asked about one case and only another case's count THEN abstains", () => {
    const answer = compose('長崎市と四川省のLLって、ミッション派遣は何回くらいやったの？', [
      passage('r-1-5', SUWA, 2),
      passage('r-6-9', CASES, 1.8),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/長崎|四川/);
  });
  it('GIVEN a count asked about the case whose passage gives it THEN quotes it', () => {
    const answer = compose('諏訪と大連のLLで、ミッション派遣は何回やったの？', [
      passage('r-1-5', SUWA, 2),
      passage('r-6-9', CASES, 1.8),
    ]);
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.quote).join('\n')).toContain('2回');
  });
  it("GIVEN an amount asked about one case and only another case's amount THEN abstains", () => {
    const answer = compose('飯塚市がLL終了後に手当てした独自予算って、年間いくらだったの？', [
      passage('r-1-5', SUWA, 2),
      passage('r-6-9', IIZUKA, 1.9),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/円/);
  });
  it('GIVEN a name only the report title carries (an article on one subject) THEN its figures count', () => {
    const answer = compose(
      'マーラーの交響曲は全部で何曲あるの？',
      [passage('m-1-3', '彼の交響曲は全部で10曲ある。', 2, 'mahler.txt')],
      { 'mahler.txt': 'グスタフ・マーラー' },
    );
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('10曲');
  });
  it('GIVEN the same passage and a title naming someone else THEN abstains', () => {
    const answer = compose(
      'マーラーの交響曲は全部で何曲あるの？',
      [passage('m-1-3', '彼の交響曲は全部で10曲ある。', 2, 'bruckner.txt')],
      { 'bruckner.txt': 'アントン・ブルックナー', 'x.txt': 'マーラー' },
    );
    expect(answer.abstained).toBe(true);
  });
});
