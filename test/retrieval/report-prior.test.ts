/**
 * A question that names a report by its publisher (「NRIの報告書だと…」, "the JETRO study") is about
 * that report: the publisher's name picks the report, it does not pick the passage that happens to
 * name the publisher. And only a publisher's own abbreviations name a report — not the expansion of
 * some other abbreviation that shares a word with the publisher's department (RESAS → システム,
 * 「…エコシステム課」).
 */
import { describe, expect, it } from 'vitest';
import { AliasTable } from '../../src/retrieval/aliases.js';
import { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { getTokenizer } from '../../src/text/kuromoji-tokenizer.js';
import { indexFiles } from '../fixtures/indexed-files.js';

const SOURCES = JSON.stringify({
  reports: [
    {
      file: 'shimane.txt',
      title: '島根県における先端金属素材研究を軸とした海外企業との共同可能性探索調査',
      publisher: '日本貿易振興機構（ジェトロ）イノベーション部エコシステム課',
      author: null,
    },
    {
      file: 'nri.txt',
      title: '地域経済・産業立地政策に関する調査報告書',
      publisher: '株式会社野村総合研究所（経済産業省委託調査）',
      author: null,
    },
    { file: 'meti.txt', title: '地域のDX・イノベーション', publisher: '経済産業省', author: null },
    {
      file: 'jri.txt',
      title: '次世代製造業にみる地域イノベーション',
      publisher: '日本総合研究所 調査部',
      author: null,
    },
  ],
});

const FILES = {
  'sources.json': [SOURCES],
  'shimane.txt': [
    '島根県における先端金属素材研究を軸とした海外企業との共同可能性探索調査',
    '',
    '日本貿易振興機構（JETRO）は島根大学と連携し、アモルファス合金の共同研究先となる海外企業を探索した。',
  ],
  'nri.txt': [
    '地域経済・産業立地政策に関する調査報告書',
    '',
    '本調査は、地域の集積の課題を整理するため、株式会社野村総合研究所（以下、NRIという）が委託調査として実施した。出所：NRI作成',
    '',
    '1-2. 北上川流域',
    '',
    ...Array.from(
      { length: 6 },
      (_, i) =>
        `北上川流域では工業団地の造成が進み、第${i + 1}期の企業誘致が行われた。県と市が協力して用地を取得し、道路や工業用水などの基盤を整えたうえで、自動車や半導体の関連企業を呼び込んだ。\n`,
    ),
    '2-1. 地域産業集積の類型整理',
    '',
    '国内事例の類型化のステップを踏まえ、産業集積における３つのパターンを抽出した。',
    '内発型（大企業牽引型）、内発型（特定産業集積型）、外発型（誘致先行型）である。',
  ],
  'meti.txt': [
    '地域のDX・イノベーション',
    '',
    '地域経済に関連する様々なビッグデータを「見える化」するシステム（RESAS）を構築し、地方公共団体に提供している。',
  ],
  'jri.txt': ['次世代製造業にみる地域イノベーション', '', 'ドイツのフラウンホーファー研究機構は応用研究を担う。'],
};

describe('a report named by its publisher', () => {
  it('GIVEN a publisher with a department THEN its abbreviations are its names, not words inside the department', async () => {
    const tokenizer = await getTokenizer();
    const table = AliasTable.fromCorpus(
      ['日本貿易振興機構（JETRO）は調査した。', 'ビッグデータを「見える化」するシステム（RESAS）を構築した。'],
      tokenizer,
      false,
    );
    const names = table.aliasesOf('日本貿易振興機構（ジェトロ）イノベーション部エコシステム課');
    expect(names).toContain('jetro');
    expect(names).not.toContain('resas');
  });

  it('GIVEN an abbreviation of a tool THEN it names no report; a publisher abbreviation names its report', async () => {
    const files = await indexFiles(FILES, 'kotae-report-prior');
    try {
      const retriever = new HybridRetriever(files.index, files.tokenizer);
      const prior = (question: string) => [...retriever.reportPrior(retriever.analyze(question))];
      expect(prior('RESASって何に使うツール？').every((p) => p === 0)).toBe(true);
      const named = prior('NRIの報告書って何が書いてある？');
      expect(named[retriever.reportDocs.indexOf('nri.txt')]).toBe(1);
    } finally {
      files.remove();
    }
  });

  it('GIVEN the publisher named in the question THEN the passage asked about outranks the one naming the publisher', async () => {
    const files = await indexFiles(FILES, 'kotae-report-publisher');
    try {
      const question = 'NRIの報告書だと、産業集積って何パターンに分けてるんだっけ？';
      /** The passage asked about first, and its lead over the one naming the publisher. */
      const ranking = async (publisherWeight?: number) => {
        const retriever = new HybridRetriever(files.index, files.tokenizer, undefined, {
          maxPassageChars: 1,
          ...(publisherWeight === undefined ? {} : { publisherWeight }),
        });
        const passages = await retriever.search(question, { k: 3 });
        const score = (words: string) => passages.find((p) => p.chunk.text.includes(words))?.score ?? 0;
        return { first: passages[0]!.chunk.text, lead: score('３つのパターン') - score('以下、NRIという') };
      };
      const chosen = await ranking();
      expect(chosen.first).toContain('３つのパターン');
      // Weighed like any other word, the publisher's name (and its expansion 野村総合研究所) pulls the
      // passage naming it towards the one asked about (which パターン and 分ける, matching 類型, now
      // keep ahead: the lead shrinks from about 0.9 to 0.6).
      const plain = await ranking(1);
      expect(chosen.lead - plain.lead).toBeGreaterThan(0.3);
    } finally {
      files.remove();
    }
  });
});
