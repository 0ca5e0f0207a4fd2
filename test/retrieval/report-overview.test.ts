/**
 * A question about what a report covers as a whole (「日本総研の野村さんのレポート、ざっくり何について
 * 書いてあるの？」) is answered by the named report's opening — its statement of purpose, then its
 * title page — not by whichever passage shares the question's chat words.
 */
import { describe, expect, it } from 'vitest';
import { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { asksWhatReportCovers } from '../../src/retrieval/report-questions.js';
import { indexFiles } from '../fixtures/indexed-files.js';

const SOURCES = JSON.stringify({
  reports: [
    {
      file: 'jri.txt',
      title: '次世代製造業にみる地域イノベーションの在り方',
      publisher: '日本総合研究所 調査部',
      author: '野村敦子',
    },
    {
      file: 'nri.txt',
      title: '地域経済・産業立地政策に関する調査報告書',
      publisher: '株式会社野村総合研究所',
      author: null,
    },
    { file: 'meti.txt', title: '地域のDX・イノベーション', publisher: '経済産業省', author: null },
    {
      file: 'jetro.txt',
      title: '産業集積地における国際産業連携の成功要因調査',
      publisher: 'ジェトロ 産業技術部',
      author: null,
    },
  ],
});
const PARAGRAPH = 'ドイツではクラスター・マネジメント組織が中小企業の技術移転を支えており、州政府も資金を出している。';

describe('questions about a report as a whole', () => {
  it('GIVEN casual phrasings THEN they ask what a report covers; a topic asked of a report does not', () => {
    expect(asksWhatReportCovers('日本総研の野村さんのレポート、ざっくり何について書いてあるの？', 'ja')).toBe(true);
    expect(asksWhatReportCovers('日本総研のレポートってざっくり何がテーマ？', 'ja')).toBe(true);
    expect(
      asksWhatReportCovers(
        '日本総研の次世代製造業のレポート、そもそも何について書いてるの？新メンバー向けに一言で',
        'ja',
      ),
    ).toBe(true);
    expect(asksWhatReportCovers('日本総研のレポートでは何が課題とされてる？', 'ja')).toBe(false);
    // A clause on reading it first, then what it covers.
    expect(
      asksWhatReportCovers(
        'これから野村さんの次世代製造業のレポート読むんだけど、ざっくりどこの国の何を扱ってるの？',
        'ja',
      ),
    ).toBe(true);
    expect(asksWhatReportCovers('レポート読んだんだけど、ドイツの何を課題としてるの？', 'ja')).toBe(false);
  });

  it('GIVEN a report named by its publisher and author THEN its statement of purpose ranks first', async () => {
    const files = await indexFiles(
      {
        'sources.json': [SOURCES],
        'jri.txt': [
          '次世代製造業にみる地域イノベーションの在り方',
          '',
          '本稿では、製造業とITの融合が地域の産業集積にもたらす変化を、海外の事例から分析する。',
          '',
          ...Array.from({ length: 12 }, () => PARAGRAPH),
        ],
        'nri.txt': [
          '地域経済・産業立地政策に関する調査報告書',
          '',
          '新人向けの研修では、担当者が一言でざっくり説明できるよう、何について書いてあるかを整理した。',
        ],
        // Four reports: a publisher's word is distinctive among them, as on the shelf.
        'meti.txt': ['地域のDX・イノベーション', '', '地域企業のデジタル化を支援する。'],
        'jetro.txt': ['産業集積地における国際産業連携の成功要因調査', '', 'LL事業は1996年度に始まった。'],
      },
      'kotae-overview',
    );
    try {
      const question = '日本総研の野村さんのレポート、ざっくり何について書いてあるの？新人に一言で説明したい';
      const first = async (overviewWeight?: number) => {
        const retriever = new HybridRetriever(files.index, files.tokenizer, undefined, {
          maxPassageChars: 1,
          ...(overviewWeight === undefined ? {} : { overviewWeight }),
        });
        return (await retriever.search(question, { k: 3 }))[0]!.chunk;
      };
      const chosen = await first();
      expect(chosen.doc).toBe('jri.txt');
      expect(chosen.text).toContain('本稿では');
      // Without the bonus, the other report's passage of chat words wins.
      expect((await first(0)).doc).toBe('nri.txt');
    } finally {
      files.remove();
    }
  });
});
