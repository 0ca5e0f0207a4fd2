/**
 * A table of contents (a report's opening list of numbered headings, or an agenda slide shown before
 * each part) names every topic of its report and answers none: the retriever lowers it by
 * contentsWeight, as it lowers a bibliography.
 */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { contentsLists, HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { indexFiles } from '../fixtures/indexed-files.js';

function chunk(doc: string, seq: number, lines: string[]): Chunk {
  return { id: `${doc}-${seq}`, doc, title: doc, section: [], lines: [seq, seq], text: lines.join('\n'), seq };
}

const TOC = ['1. LL事業について', '- 1) LL事業の概要', '- 2) 政策的背景', '2. 成功要因分析', '- 1) 調査・分析概要'];
const AGENDA = [
  '１．前回の振り返り',
  '２．地域におけるイノベーションのイメージ',
  '３．地域イノベーション政策の振り返り',
  '４．地域企業の現状と課題',
];
const CASES = [
  '1. 福島県－スウェーデン・スコーネ（医療福祉）《03～06年度》',
  '2. 長野県諏訪市－中国 大連市（機械金属加工）《04～06年度》',
  '3. 富山県－イタリア・ミラノ市（工業デザイン）《02～05年度》',
  '4. 石川－韓国テグ(デジタルコンテンツ等)《03～05年度》',
];
const TEXT = ['LL事業の実施期間は1996年度から2006年度まで。', 'ジェトロが各地域の交流を支援した。'];

describe('tables of contents', () => {
  it("finds a report's opening list of headings and an agenda repeated before each part", () => {
    const chunks = [
      chunk('a.txt', 0, ['産業集積地における国際産業連携の成功要因調査', ...TOC]),
      chunk('a.txt', 1, TEXT),
      ...Array.from({ length: 6 }, (_, i) => chunk('a.txt', i + 2, TEXT)),
      // Said once, far into the report: a list of the cases interviewed, which answers questions.
      chunk('a.txt', 9, ['■ インタビュー実施案件', ...CASES]),
      chunk('b.txt', 10, TEXT),
      ...Array.from({ length: 5 }, (_, i) => chunk('b.txt', i + 11, TEXT)),
      chunk('b.txt', 16, ['議事次第', ...AGENDA]),
      chunk('b.txt', 17, TEXT),
      chunk('b.txt', 18, [...AGENDA, '主な論点']),
    ];
    expect(contentsLists(chunks).map((i) => chunks[i]!.seq)).toEqual([0, 16, 18]);
  });

  it('reads sentences, short chunks and paragraphs as no table of contents', () => {
    const chunks = [
      chunk('c.txt', 0, ['1. はじめに。本稿はドイツの事例を扱う。', '2. 次に、イギリスの事例を見る。', ...TEXT]),
      chunk('c.txt', 1, ['1. はじめに', '2. 目的']),
    ];
    expect(contentsLists(chunks)).toEqual([]);
  });

  it('GIVEN a question whose words the contents list names THEN the list is lowered by contentsWeight', async () => {
    const files = await indexFiles(
      {
        'report.txt': ['産業集積地における国際産業連携の成功要因調査', '', ...TOC],
        'study.txt': ['LL事業の概要', '', ...TEXT],
      },
      'kotae-contents',
    );
    try {
      const question = 'LL事業の概要を教えて';
      const scoreOf = async (contentsWeight?: number) => {
        const retriever = new HybridRetriever(files.index, files.tokenizer, undefined, {
          maxPassageChars: 1,
          ...(contentsWeight === undefined ? {} : { contentsWeight }),
        });
        const ranked = await retriever.search(question, { k: 5 });
        return ranked.find((passage) => passage.chunk.text.includes('- 1) LL事業の概要'))!.score;
      };
      expect((await scoreOf(0)) - (await scoreOf())).toBeCloseTo(0.3, 1);
    } finally {
      files.remove();
    }
  });
});
