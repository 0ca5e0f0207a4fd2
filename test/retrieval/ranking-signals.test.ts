/**
 * Re-scoring signals of the hybrid retriever on a small corpus of article paragraphs (one file
 * each, the article's name on the first line as in JSQuAD): shared phrases and the title's scope
 * over the sentence windows, the terms that tell siblings apart, the shape of the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedIndex } from '../../src/indexing/load-index.js';
import { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import type { KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { type IndexedFiles, indexFiles } from '../fixtures/indexed-files.js';

const PARAGRAPHS: Record<string, string[]> = {
  'mahler-0.txt': [
    'グスタフ・マーラー',
    'グスタフ・マーラーはオーストリアの作曲家、指揮者である。マーラーは交響曲と歌曲の大家として知られる。',
  ],
  // The sentence that answers does not name him: only the title line does, two sentences away.
  'mahler-1.txt': [
    'グスタフ・マーラー',
    '父は酒造業者だった。一家はイーグラウに移り住んだ。夫妻の間には14人の子供が産まれている。',
  ],
  'labour-0.txt': ['労働法', '公共の企業の労働関係は、公共の利益と企業の労働の関係から法で定める。'],
  'labour-1.txt': ['労働法', '戦後には公共企業体等労働関係法も作られた。'],
  // Three paragraphs of one article: 梅雨 is in all of them, 北海道 in two, 日本 in one.
  'tsuyu-0.txt': ['梅雨', '梅雨は北海道と小笠原諸島を除く日本で見られる気象である。'],
  'tsuyu-1.txt': ['梅雨', '北海道に梅雨はないとされる。梅雨前線が北海道に届く梅雨末期には、梅雨の勢力が衰えている。'],
  'tsuyu-2.txt': ['梅雨', '梅雨の期間は一か月ほどである。'],
  // Two paragraphs on one dam: one says why it was built.
  'dam-0.txt': ['黒部ダム', '黒部ダムの建設は1956年に始まり、1963年に完成した。'],
  'dam-1.txt': ['黒部ダム', '関西の電力不足を補うため、黒部ダムの建設が計画された。'],
  // Two paragraphs on one port's association: one gives its members' count beside its words, the
  // other gives another count two sentences away from them.
  'port-0.txt': ['北浜港', '北浜港の組合の会員は地域の商店と工場である。岸壁は古い。港の近くには物流会社が12社ある。'],
  'port-1.txt': ['北浜港', '北浜港の組合の会員は45社に増えた。'],
  // Two paragraphs on one typology: one names its types, the other repeats the question's words.
  'typology-0.txt': ['南海地方の集積', '南海地方の集積は、内発型、外発型、誘致先行型に分けられる。'],
  'typology-1.txt': [
    '南海地方の集積',
    '南海地方の集積のタイプを分けて整理することは、集積のタイプごとの政策の検討に役立つ。',
  ],
  // Two paragraphs on research bodies: one on the first alone, the other a table with a column for each.
  'institutes-0.txt': [
    '応用研究機関',
    'フラウンホーファー研究機構はドイツの応用研究機関である。フラウンホーファーの規模は大きく、研究所は各地にある。',
  ],
  'institutes-1.txt': [
    '公的研究機関の比較',
    '職員数\t約23,000人\t約5,100人\n機関\tフラウンホーファー研究機構\t産業技術総合研究所',
  ],
};

describe('ranking signals', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  let index: LoadedIndex;
  let files: IndexedFiles;

  beforeAll(async () => {
    files = await indexFiles(PARAGRAPHS, 'kotae-signals');
    ({ index, tokenizer } = files);
  });
  afterAll(() => files.remove());

  const byDoc = async (retriever: HybridRetriever, question: string) =>
    new Map((await retriever.search(question, { k: 4 })).map((passage) => [passage.chunk.doc, passage]));

  it('GIVEN a question reusing a phrase of one passage THEN that passage has the higher phrase score', async () => {
    const passages = await byDoc(new HybridRetriever(index, tokenizer), '公共企業体等労働関係法とは？');
    const verbatim = passages.get('labour-1.txt')!;
    const scattered = passages.get('labour-0.txt')!;
    // 公共企業体等労働関係法 (10 of the question's 12 letters) is one run of labour-1.txt; labour-0.txt
    // holds only short runs (公共, 労働関係).
    expect(verbatim.phrase).toBeGreaterThan(0.8);
    expect(scattered.phrase).toBeLessThan(0.5);
    expect([...passages.keys()][0]).toBe('labour-1.txt');
  });

  it('GIVEN the whole question verbatim in a passage THEN its phrase score is 1', async () => {
    const passages = await byDoc(new HybridRetriever(index, tokenizer), '公共企業体等労働関係法');
    expect(passages.get('labour-1.txt')!.phrase).toBeCloseTo(1, 10);
  });

  it('GIVEN phraseWeight 0 THEN phrases add nothing to the score', async () => {
    const question = '公共企業体等労働関係法とは？';
    const withPhrases = (await byDoc(new HybridRetriever(index, tokenizer), question)).get('labour-1.txt')!;
    const without = (await byDoc(new HybridRetriever(index, tokenizer, undefined, { phraseWeight: 0 }), question)).get(
      'labour-1.txt',
    )!;
    expect(without.phrase).toBe(0);
    expect(withPhrases.score - without.score).toBeCloseTo(2.0 * withPhrases.phrase!, 10);
  });

  it('GIVEN an English question THEN no phrase score (its letters would only match English text)', async () => {
    const passages = await byDoc(new HybridRetriever(index, tokenizer), 'How many children did Mahler have?');
    for (const passage of passages.values()) expect(passage.phrase).toBe(0);
  });

  it('GIVEN a term only in the title line THEN it counts in every sentence window of the passage', async () => {
    const passages = await byDoc(new HybridRetriever(index, tokenizer), 'マーラーの子供は何人？');
    // マーラー is in the title, 子供 two sentences further: the window of the 子供 sentence covers both.
    expect(passages.get('mahler-1.txt')!.window).toBeCloseTo(1, 10);
    expect([...passages.keys()][0]).toBe('mahler-1.txt');
  });

  it('GIVEN siblings of one article THEN the one holding the terms rare in the article has the higher sibling score', async () => {
    const question = '日本で梅雨がないのは北海道とどこか';
    const passages = await byDoc(new HybridRetriever(index, tokenizer), question);
    const all = passages.get('tsuyu-0.txt')!;
    const repeats = passages.get('tsuyu-1.txt')!;
    // 梅雨 (every paragraph) weighs nothing; tsuyu-0 also has 日本, which only it has.
    expect(all.sibling!).toBeGreaterThan(0);
    expect(repeats.sibling!).toBeLessThan(all.sibling!);
    // Siblings are compared among themselves: their scores sum to 0.
    const tsuyu = [...passages.values()].filter((passage) => passage.chunk.doc.startsWith('tsuyu-'));
    expect(tsuyu.reduce((sum, passage) => sum + passage.sibling!, 0)).toBeCloseTo(0, 10);
    expect([...passages.keys()][0]).toBe('tsuyu-0.txt');
  });

  it('GIVEN siblingWeight 0 THEN sibling coverage adds nothing', async () => {
    const question = '日本で梅雨がないのは北海道とどこか';
    const retriever = new HybridRetriever(index, tokenizer, undefined, { siblingWeight: 0 });
    for (const passage of (await byDoc(retriever, question)).values()) expect(passage.sibling).toBe(0);
    const withSiblings = (await byDoc(new HybridRetriever(index, tokenizer), question)).get('tsuyu-0.txt')!;
    const without = (await byDoc(retriever, question)).get('tsuyu-0.txt')!;
    expect(withSiblings.score - without.score).toBeCloseTo(0.4 * withSiblings.sibling!, 10);
  });

  it('GIVEN a question asking 何人 THEN a passage with a count of people has the answer shape', async () => {
    const passages = await byDoc(new HybridRetriever(index, tokenizer), 'マーラーの子供は何人？');
    expect(passages.get('mahler-1.txt')!.shape).toBe(1);
    expect(passages.get('mahler-0.txt')!.shape).toBe(0);
    const without = await byDoc(
      new HybridRetriever(index, tokenizer, undefined, { shapeWeight: 0 }),
      'マーラーの子供は何人？',
    );
    for (const passage of without.values()) expect(passage.shape).toBe(0);
  });

  it('GIVEN a count asked THEN only the sentence windows holding a count weigh as the shaped window', async () => {
    const question = '北浜港の組合の会員は何社？';
    const passages = await byDoc(new HybridRetriever(index, tokenizer), question);
    const beside = passages.get('port-1.txt')!;
    const apart = passages.get('port-0.txt')!;
    // Both hold a count of companies (the answer's shape); only port-1's is in the window with the words.
    expect(beside.shape).toBe(1);
    expect(apart.shape).toBe(1);
    expect(beside.shapedWindow).toBeCloseTo(beside.window!, 10);
    expect(apart.shapedWindow).toBeLessThan(apart.window! - 0.2);
    const without = (
      await byDoc(new HybridRetriever(index, tokenizer, undefined, { shapedWindowWeight: 0 }), question)
    ).get('port-1.txt')!;
    expect(without.shapedWindow).toBe(0);
    expect(beside.score - without.score).toBeCloseTo(0.6 * beside.shapedWindow!, 10);
  });

  it('GIVEN how something is classified asked THEN the passage naming three types gains typesWeight', async () => {
    const question = '南海地方の集積って、どういうタイプに分けて整理してるの？';
    const typed = async (options: { typesWeight?: number }) =>
      (await byDoc(new HybridRetriever(index, tokenizer, undefined, options), question)).get('typology-0.txt')!.score;
    expect((await typed({})) - (await typed({ typesWeight: 0 }))).toBeCloseTo(0.4, 5);
    // A question asking no typology gains nothing.
    const asked = '南海地方の集積の政策は？';
    const plain = async (options: { typesWeight?: number }) =>
      (await byDoc(new HybridRetriever(index, tokenizer, undefined, options), asked)).get('typology-0.txt')!.score;
    expect(await plain({})).toBeCloseTo(await plain({ typesWeight: 0 }), 10);
    // 「いくつかのタイプに分けてた…どういう分け方」 asks the typology too (round 48).
    const split = async (options: { typesWeight?: number }) =>
      (
        await byDoc(
          new HybridRetriever(index, tokenizer, undefined, options),
          '南海地方の集積、いくつかのタイプに分けてたと思うんだけど、どういう分け方だった？',
        )
      ).get('typology-0.txt')!.score;
    expect((await split({})) - (await split({ typesWeight: 0 }))).toBeCloseTo(0.4, 5);
  });

  it('GIVEN a question asking why THEN the passage giving a cause (ため, 背景 …) has the answer shape', async () => {
    const question = '黒部ダムはなぜ建設されたの？';
    const passages = await byDoc(new HybridRetriever(index, tokenizer), question);
    expect(passages.get('dam-1.txt')!.shape).toBe(1);
    expect(passages.get('dam-0.txt')!.shape).toBe(0);
    expect([...passages.keys()][0]).toBe('dam-1.txt');
  });

  it('GIVEN a question comparing two bodies THEN the passage naming both (by an alias’s full form too) gains comparedWeight', async () => {
    const question = 'フラウンホーファーと産総研って、規模はどれくらい違うの？';
    const score = async (options: { comparedWeight?: number }, doc: string) =>
      (await byDoc(new HybridRetriever(index, tokenizer, undefined, options), question)).get(doc)!.score;
    expect(
      (await score({}, 'institutes-1.txt')) - (await score({ comparedWeight: 0 }, 'institutes-1.txt')),
    ).toBeCloseTo(0.6, 6);
    // The passage on one of them alone gains nothing.
    expect(await score({}, 'institutes-0.txt')).toBeCloseTo(await score({ comparedWeight: 0 }, 'institutes-0.txt'), 10);
    const passages = await byDoc(new HybridRetriever(index, tokenizer), question);
    expect([...passages.keys()][0]).toBe('institutes-1.txt');
  });
});

describe("a report's publisher and year in every sentence window (round 48)", () => {
  it('GIVEN a question naming the report by its publisher and year THEN a passage that does not repeat them still covers them', async () => {
    const sources = {
      reports: [
        {
          file: 'survey.txt',
          title: '国際産業連携の成功要因調査',
          publisher: 'ジェトロ 産業技術部',
          date: '2008-06-18',
        },
      ],
    };
    const files = await indexFiles(
      {
        'sources.json': [JSON.stringify(sources)],
        'survey.txt': ['アンケート調査の実施期間は11月から12月。', '有効回答数は131件で、有効回答率は71.6%であった。'],
      },
      'kotae-scope',
    );
    try {
      const retriever = new HybridRetriever(files.index, files.tokenizer);
      const [found] = await retriever.search('2008年のジェトロの調査、アンケートの有効回答率は？', { k: 1 });
      // 2008 and ジェトロ are the report's, said of each of its sentences: the window holds every concept.
      expect(found!.window).toBeCloseTo(1, 5);
      const [plain] = await retriever.search('2015年のNRIの調査、アンケートの有効回答率は？', { k: 1 });
      expect(plain!.window).toBeLessThan(0.9);
    } finally {
      files.remove();
    }
  });
});
