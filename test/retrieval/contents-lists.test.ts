/**
 * A table of contents (a report's opening list of numbered headings, or an agenda slide shown before
 * each part) names every topic of its report and answers none: the retriever lowers it by
 * contentsWeight, as it lowers a bibliography.
 */
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { catalogues, contentsLists, HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
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

const MORE_CASES = [
  '5. 福井県－フランスリヨン市（繊維・産業資材）《01～03年度》',
  '6. 島根－米国テキサス（精密機器）《04～06年度、07年度はRIT事業》',
  '7. 島根県－オーストリア（木質バイオマス利用）《04～06年度》',
  '8. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》',
  '9. 長崎県長崎市－中国 四川省（環境、農業、造園、バイオテクノロジー等）《97年度》',
  '10. 長崎県長崎市－韓国 大田広域市（情報関連産業）《02～03年度》',
];
const FILLER = [
  'LL事業は、わが国の特定地域と海外の特定地域との産業交流を活発化し、新規産業の創出や地場産業の高度化を図る事業である。各地の自治体や経済団体が実施主体となり、ジェトロが交流の立ち上げから商談までを支援した。',
  '事業の成果は案件ごとに異なり、交流を継続した地域ほど大きな成果につながる傾向がみられた。',
];
const IIZUKA = [
  '飯塚市の例:',
  '市の産業政策の柱としてIT産業育成をかけ、LL事業を実施し、終了後も5年間で独自の予算を手当てした。',
  'これにより、共同研究した試作品を商品化することに成功。',
];

describe('catalogues (round 48)', () => {
  it("finds a numbered list of short labels (the cases interviewed, a table of contents), not a chart's figures nor sentences", () => {
    const chunks = [
      chunk('a.txt', 0, ['■ インタビュー実施案件', ...CASES, ...MORE_CASES]),
      chunk('a.txt', 1, ['工鉱業用地の面積', '0.0%', '0.5%', '1.0%', '1.5%', '2.0%', '2.5%']),
      chunk('a.txt', 2, ['1. はじめに。本稿はドイツの事例を扱う。', '2. 次に、イギリスの事例を見る。', ...TEXT]),
      chunk('a.txt', 3, ['■ インタビュー実施案件', ...CASES]),
    ];
    expect(catalogues(chunks)).toEqual([0]);
  });

  it('GIVEN how a case went is asked THEN the catalogue naming it is lowered by catalogueWeight; asked which partner, it is not', async () => {
    const files = await indexFiles(
      {
        // Far into its report (a list at the opening is read as its contents).
        'cases.txt': [
          ...Array.from({ length: 8 }, () => [...FILLER, '']).flat(),
          '■ インタビュー実施案件',
          ...CASES,
          ...MORE_CASES,
        ],
        'iizuka.txt': IIZUKA,
      },
      'kotae-catalogue',
    );
    try {
      const scoreOf = async (question: string, catalogueWeight?: number) => {
        const retriever = new HybridRetriever(files.index, files.tokenizer, undefined, {
          maxPassageChars: 1,
          ...(catalogueWeight === undefined ? {} : { catalogueWeight }),
        });
        const ranked = await retriever.search(question, { k: 5 });
        return ranked.find((passage) => passage.chunk.text.includes('飯塚市－米国'))!.score;
      };
      const course = '飯塚市とシリコンバレーのLL、国の支援が終わったあとどうなったの？';
      expect((await scoreOf(course, 0)) - (await scoreOf(course))).toBeCloseTo(1.5, 1);
      const partner = '飯塚市のLL事業の相手ってどこだっけ？';
      expect((await scoreOf(partner, 0)) - (await scoreOf(partner))).toBeCloseTo(0, 5);
      // The chat service searches by the question's core with its analysis: the analysis, read from the
      // whole question, says a course is asked though the core may drop 「なんでだっけ」.
      const why = '飯塚市とシリコンバレーのLL、途中で中身を切り替えたのってなんでだっけ？';
      const retriever = new HybridRetriever(files.index, files.tokenizer, undefined, { maxPassageChars: 1 });
      const analyzed = retriever.analyze(why);
      expect(analyzed.course).toBe(true);
      const byCore = await retriever.search(analyzed.core, { k: 5, analyzed });
      expect(byCore.find((passage) => passage.chunk.text.includes('飯塚市－米国'))!.score).toBeCloseTo(
        (await scoreOf(why, 0)) - 1.5,
        5,
      );
      const howMany = 'How many cases did the Iizuka LL study interview?';
      expect((await scoreOf(howMany, 0)) - (await scoreOf(howMany))).toBeCloseTo(0, 5);
    } finally {
      files.remove();
    }
  });
});
