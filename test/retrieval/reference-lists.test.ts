/**
 * A chunk of bibliography entries (「- ・ 著者 [2015]. 「題名」 出版社、2015年3月」) names many of a
 * question's words and answers none: the retriever ranks it below the passages of the report's text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HybridRetriever, isReferenceList } from '../../src/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../src/retrieval/lexicon.js';
import { type IndexedFiles, indexFiles } from '../fixtures/indexed-files.js';

const REFERENCES = [
  '- ・ 日本貿易振興機構 [2014]. 「地域間交流支援事業の成果と課題」 日本貿易振興機構、2014年2月',
  '- ・ 日本貿易振興機構 [2015]. 「ジェトロの地域間交流支援事業（LL事業）の歩み」 ジェトロセンサー、2015年10月',
  '- ・ 経済産業省 [2013]. 「地域の国際化と事業」 2013年3月',
].join('\n');
const TEXT = 'LL事業の実施期間は1996年度から2006年度までで、ジェトロが各地域の交流を支援した。';

describe('reference lists', () => {
  let files: IndexedFiles;
  beforeAll(async () => {
    files = await indexFiles(
      { 'refs.txt': ['参考文献', REFERENCES], 'study.txt': ['LL事業の概要', TEXT] },
      'kotae-refs',
    );
  });
  afterAll(() => files.remove());

  it('tells a list of references from text that cites one', () => {
    expect(isReferenceList(REFERENCES)).toBe(true);
    expect(isReferenceList(TEXT)).toBe(false);
    // A footnote that cites a source in passing, and a table row beside its source line, are text.
    expect(
      isReferenceList('（注4）定義は様々であるが、伊藤 [2007] によれば、2つ以上の技術を収斂することである。'),
    ).toBe(false);
    expect(
      isReferenceList('WMG\t南コベントリー\t自動車部品の設計\n(資料) レポート—英国大学事情—2012年8月号を基に作成'),
    ).toBe(false);
  });

  it('GIVEN a question whose words a reference list repeats THEN the report text ranks first, the list lowered by referenceWeight', async () => {
    const question = 'ジェトロのLL事業は何年度から何年度まで実施された？';
    const ranked = await new HybridRetriever(files.index, files.tokenizer).search(question, { k: 2 });
    expect(ranked[0]!.chunk.doc).toBe('study.txt');
    const scoreOf = async (options: { referenceWeight?: number }) =>
      (await new HybridRetriever(files.index, files.tokenizer, undefined, options).search(question, { k: 2 })).find(
        (passage) => passage.chunk.doc === 'refs.txt',
      )!.score;
    expect((await scoreOf({ referenceWeight: 0 })) - (await scoreOf({}))).toBeCloseTo(0.6, 1);
  });

  it("GIVEN an English question naming a programme that only a figure's source line writes in English THEN the report's text ranks first", async () => {
    const owl = await indexFiles(
      {
        'owl.txt': [
          '(2) インダストリー4.0の実装を担う産業クラスター',
          '',
          "2012年にit's OWLは連邦教育研究省の「先端クラスター競争プログラム」に選定され、5年間に40百万ユーロの補助金を受けた。",
          '',
          "(図表11) it's OWLが取り組むインダストリー4.0プロジェクト",
          '',
          '(資料) it\'s OWL Clustermanagement GmbH "On the road to Industry 4.0: Solutions from the Leading-Edge Cluster it\'s OWL"',
        ],
      },
      'kotae-sources',
    );
    try {
      const question =
        "How much federal funding did it's OWL get after being picked in the Leading-Edge Cluster competition?";
      const retriever = new HybridRetriever(owl.index, owl.tokenizer, loadLexicon(), { maxPassageChars: 1 });
      // The programme's English name is no name the reports write: its words are matched by their translations.
      expect(retriever.analyze(question).foreign?.has('leading')).toBe(true);
      const [first] = await retriever.search(question, { k: 3 });
      expect(first!.chunk.text).toContain('40百万ユーロ');
    } finally {
      owl.remove();
    }
  });
});
