/**
 * English words of English questions matched by sound to the katakana loanwords the reports use
 * (src/retrieval/loanwords.ts), with pairs taken from the reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/retrieval/lexicon.js';
import { englishSkeletons, katakanaSkeleton, Loanwords } from '../../src/retrieval/loanwords.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

/** Lines of the reports with the loanwords below. */
const REPORT_LINES = [
  'ドイツで地域におけるイノベーションを推進する組織としては、A. クラスター・マネジメント組織、B. フラウンホーファー研究機構が挙げられる。',
  'カタパルト・センター（Catapult Centre）とは、官民が出資する非営利のイノベーション機関である。',
  '2011年6月にアドバンスト・マニュファクチャリング・パートナーシップ（AMP）が発足した。',
  'スマートスペシャリゼーション戦略（2014～2020年）の成果',
  '中小企業向け共通業務プラットフォームの導入により、生産性が最大27％向上',
  'クラス、クロス、グラス、ガラス、クローズ',
  'ライセンス契約',
  'ミズタニバルブ工業（株）（岐阜県山県市）',
  'インダストリー4.0の実現に向けて',
];

describe('loanword skeletons', () => {
  it('GIVEN English words and the katakana the reports write for them THEN their skeletons agree', () => {
    const pairs: [string, string][] = [
      ['catapult', 'カタパルト'],
      ['platform', 'プラットフォーム'],
      ['partnership', 'パートナーシップ'],
      ['manufacturing', 'マニュファクチャリング'],
      ['advanced', 'アドバンスト'],
      ['advanced', 'アドバンスド'],
      ['cluster', 'クラスター'],
      ['management', 'マネジメント'],
      ['specialisation', 'スペシャリゼーション'],
      ['specialization', 'スペシャリゼーション'],
      ['Fraunhofer', 'フラウンホーファー'],
      ['centre', 'センター'],
      ['service', 'サービス'],
      ['venture', 'ベンチャー'],
      ['technopolis', 'テクノポリス'],
      ['Romagna', 'ロマーニャ'],
      ['helix', 'ヘリックス'],
      ['consortium', 'コンソーシアム'],
      ['testbed', 'テストベッド'],
    ];
    for (const [english, katakana] of pairs) {
      expect(englishSkeletons(english), `${english} ~ ${katakana}`).toContain(katakanaSkeleton(katakana));
    }
  });

  it('GIVEN a word whose g may be soft or hard THEN both readings are tried', () => {
    expect(englishSkeletons('manage')).toContain(katakanaSkeleton('マネジ'));
    expect(englishSkeletons('target')).toContain(katakanaSkeleton('ターゲット'));
  });

  it('GIVEN words of different sound THEN their skeletons differ', () => {
    expect(englishSkeletons('catapult')).not.toContain(katakanaSkeleton('カテゴリー'));
    expect(englishSkeletons('platform')).not.toContain(katakanaSkeleton('プロトコル'));
    expect(englishSkeletons('innovation')).not.toContain(katakanaSkeleton('ノベーション'));
  });
});

describe('loanword table', () => {
  const table = () => Loanwords.fromTexts(REPORT_LINES);

  it('GIVEN an English phrase THEN it finds the katakana compound and its parts', () => {
    const matches = table().match(['advanced', 'manufacturing', 'partnership']);
    expect(matches).toContainEqual({
      en: 'advanced manufacturing partnership',
      ja: 'アドバンスト・マニュファクチャリング・パートナーシップ',
      words: 3,
    });
    expect(matches.map((match) => match.ja)).toEqual(
      expect.arrayContaining(['アドバンスト', 'マニュファクチャリング', 'パートナーシップ']),
    );
    expect(
      table()
        .match(['smart', 'specialisation'])
        .map((match) => match.ja),
    ).toContain('スマートスペシャリゼーション');
  });

  it('GIVEN a function word between two words THEN no phrase runs across it', () => {
    expect(
      table()
        .match(['cluster', '', 'management'])
        .some((match) => match.words > 1),
    ).toBe(false);
  });

  it('GIVEN a plural THEN it is matched as its singular, in a phrase too', () => {
    const hubs = Loanwords.fromTexts(['欧州デジタルイノベーションハブ（EDIHs）を211箇所を整備', 'ハブ空港']);
    expect(hubs.match(['digital', 'innovation', 'hubs']).map((match) => match.ja)).toContain(
      'デジタルイノベーションハブ',
    );
    expect(englishSkeletons('technologies')).toContain(katakanaSkeleton('テクノロジー'));
  });

  it('GIVEN a word without consonants after another THEN no phrase is made of them ("mention EU" is no マンション)', () => {
    const flats = Loanwords.fromTexts(['分譲マンションの建設']);
    expect(flats.match(['mention', 'eu']).filter((match) => match.words > 1)).toEqual([]);
  });

  it('GIVEN a skeleton many corpus words share THEN none of them is taken', () => {
    expect(table().match(['class'])).toEqual([]);
  });
});

describe('loanwords in English questions', () => {
  const lexicon = new Lexicon({ regions: ['地域', '地方'], catapult: ['カタパルト'] });
  const analyze = (question: string) =>
    analyzeQuery(question, tokenizer, lexicon, undefined, undefined, () => Loanwords.fromTexts(REPORT_LINES));

  it('GIVEN an English question naming borrowed terms THEN their katakana words are query terms', () => {
    const query = analyze('What results did smart specialisation achieve, and what is cluster management?');
    expect(query.terms.get('スマートスペシャリゼーション')).toBe(1);
    expect(query.terms.get('マネジメント')).toBeGreaterThan(0);
    expect(analyze('How many Fraunhofer institutes are there?').terms.has('フラウンホーファ')).toBe(true);
    expect(analyze('Who uses the shared platform?').terms.get('プラットフォーム')).toBeGreaterThan(0);
  });

  it('GIVEN a word the lexicon knows only by native words THEN a katakana word sounding alike is not taken', () => {
    // regions (リージョン) and ライセンス share a skeleton.
    expect(analyze('Which regions take part?').terms.has('ライセンス')).toBe(false);
  });

  it("GIVEN a company named in Latin letters that the reports write in katakana THEN it is one of the question's names", () => {
    expect(analyze('How many employees does Mizutani Valve have?').romanized).toContain('ミズタニバルブ');
    // Ordinary words of a programme's name are not a name (Leading-Edge Cluster → リーディング…).
    expect(analyze('How does cluster management work?').romanized).toBeUndefined();
    // One word no dictionary knows is a name too; not one before a number, a topic (Industrie 4.0).
    expect(analyze('Who was the president of the Fraunhofer-Gesellschaft?').romanized).toContain('フラウンホーファー');
    expect(analyze('What share of firms had heard of Industrie 4.0?').romanized ?? []).not.toContain('インダストリー');
  });

  it('GIVEN a word inside a phrase the lexicon translates THEN it is not also read by its sound', () => {
    const phrases = new Lexicon({ 'industrial clusters': ['産業集積'], cluster: ['クラスター'] });
    const query = (question: string) =>
      analyzeQuery(question, tokenizer, phrases, undefined, undefined, () => Loanwords.fromTexts(REPORT_LINES));
    // 「産業集積」 for the phrase; クラスター (クラ|スター) would outweigh it.
    const sorted = query('How does the NRI report sort industrial clusters?');
    expect(sorted.terms.get('集積')).toBeGreaterThan(0);
    expect(
      query('How does the NRI report sort industrial clusters and their management?').terms.has('マネジメント'),
    ).toBe(true);
    expect(sorted.terms.has('スター')).toBe(false);
    // Alone, the word is read by its sound too.
    expect(query('Which clusters took part?').terms.has('スター')).toBe(true);
  });

  it('GIVEN an acronym in capitals THEN it is read by its letters: no sound match, no plural', () => {
    const owners = () => Loanwords.fromTexts(['シーメンス出身のコーダー氏', '口紅（リップ）']);
    const words = new Lexicon({ sme: ['中小企業'], rip: ['リップ'], owner: ['経営者'] });
    const query = analyzeQuery(
      "In Tohoku University's RIPS course for SME owners, what share went on to a new business?",
      tokenizer,
      words,
      undefined,
      undefined,
      owners,
    );
    // "SME owners" sounds like シーメンス; "RIPS" is no plural of rip.
    expect(query.terms.has('シーメンス')).toBe(false);
    expect(query.terms.has('リップ')).toBe(false);
    expect(query.terms.get('経営')).toBeGreaterThan(0);
    expect(query.terms.get('rips')).toBe(1);
    // "SMEs" is the plural of SME.
    expect(words.translate('support for SMEs').map((t) => t.ja)).toContain('中小企業');
  });

  it('GIVEN a Japanese question THEN its English words are not matched by sound', () => {
    expect(analyze('Fraunhofer の研究所はいくつ？').terms.has('フラウンホーファ')).toBe(false);
  });
});

describe('German names borrowed into katakana', () => {
  const lines = [
    'パーダーボルン大学には、ハインツ・ニクスドルフの名前を冠した研究所（ハインツ・ニクスドルフ・インスティテュート）がある。',
    'パートナーシップ',
  ];
  it('GIVEN a name with z (ツ) or an r before a consonant (ル) THEN it matches only when read as a name', () => {
    const table = Loanwords.fromTexts(lines);
    const words = ['heinz', 'nixdorf', 'institute', '', 'paderborn'];
    const asNames = table.match(words, new Set(['heinz', 'nixdorf', 'paderborn'])).map((m) => m.ja);
    expect(asNames).toEqual(expect.arrayContaining(['ハインツ・ニクスドルフ', 'パーダーボルン']));
    // As plain English words they stay unmatched (a silent r, z as ズ): "partner" is still パートナー.
    expect(table.match(words).map((m) => m.ja)).not.toContain('パーダーボルン');
    expect(englishSkeletons('partner')).toContain(katakanaSkeleton('パートナー'));
  });
  it('GIVEN an English question naming the institute THEN its katakana name is one of the question’s names', () => {
    const query = analyzeQuery(
      'When was the Heinz Nixdorf Institute at Paderborn University founded?',
      tokenizer,
      undefined,
      undefined,
      undefined,
      () => Loanwords.fromTexts(lines),
    );
    expect(query.romanized ?? []).toEqual(expect.arrayContaining(['パーダーボルン']));
  });
});
