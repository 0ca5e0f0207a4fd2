/**
 * The extractive composer's rules on small passages: a table row is read with its header row; it
 * abstains when the figure asked for is missing or the question is about things never mentioned.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { type ComposeInput, composeExtractive } from '../../src/answering/extractive-composer.js';
import { mentionsAny, questionNames, unseenNounShare } from '../../src/answering/unseen-names.js';
import type { Passage } from '../../src/retrieval/passage.js';
import { AliasTable } from '../../src/retrieval/aliases.js';
import { loadLexicon } from '../../src/retrieval/lexicon.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { normalizeForIndex } from '../../src/text/normalize.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

function passage(id: string, text: string, score: number): Passage {
  const chunk: Chunk = { id, doc: 'r.txt', title: '報告書', section: ['比較'], lines: [1, 5], text, seq: 0 };
  return { chunk, score, lexical: 1, ngram: 1, dense: 0, coverage: 0.6 };
}

/**
 * `corpusText`: the shelf the names of the question are checked against (off when absent);
 * `more`: other inputs (lang, idf, nextChunk) for the rules that need them.
 */
function compose(question: string, passages: Passage[], corpusText?: string, more: Partial<ComposeInput> = {}) {
  return composeExtractive({
    question,
    lang: 'ja',
    query: analyzeQuery(question, tokenizer),
    passages,
    reports: () => undefined,
    tokenizer,
    idf: () => 1,
    ...(corpusText !== undefined ? { corpusText } : {}),
    ...more,
  });
}

/** The first `n` quotes of the answer composed from `passages`. */
function leadingQuotes(question: string, passages: Passage[], n: number): string[] {
  return compose(question, passages)
    .citations.slice(0, n)
    .map((c) => c.quote);
}

describe('tables of figures', () => {
  const table = [
    '実施済LL事業案件の地域別分布',
    '[単位:件数]',
    '地域\t食品\t繊維\t合計',
    '北海道\t1\t2\t5',
    '九州\t5\t1\t45',
  ].join('\n');

  it('GIVEN a count asked and a table stating its unit above its rows THEN a row answers', () => {
    const answer = compose('LL事業で北海道の案件は全部で何件？', [passage('r-1-6', table, 2)]);
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('北海道');
  });

  it('GIVEN the same rows without a stated unit THEN no figure of the kind asked is found', () => {
    const bare = table.replace('[単位:件数]\n', '');
    expect(compose('LL事業で北海道の案件は全部で何件？', [passage('r-1-7', bare, 2)]).abstained).toBe(true);
  });
});

describe('the passage ranked first', () => {
  it('GIVEN its sentence scores below four sentences of a later passage THEN it is still quoted', () => {
    const later = [
      '地域の産業政策では、国と自治体の連携が重要である。',
      '地域の産業政策について、国は自治体の取組を支援する。',
      '地域の産業政策の方向性として、国と自治体の役割分担が議論されている。',
      '産業政策の方向性は、地域ごとに異なる。',
      '自治体の産業政策は、国の方向性を踏まえて策定される。',
    ].join('\n');
    const first = '発展の類型・フェーズを意識した戦略思考を自治体に浸透させることが一手である。';
    const answer = compose('国として自治体の産業政策をどう後押しすべきだと言ってる？', [
      passage('a-1-1', first, 2),
      passage('b-1-5', later, 1.9),
    ]);
    expect(answer.citations.some((c) => c.passageId === 'a-1-1')).toBe(true);
  });
});

describe('the first quote', () => {
  it('GIVEN a count asked THEN the quote giving it leads, before a sentence that covers more of the question', () => {
    const answer = compose('神戸医療産業都市の進出企業数は？', [
      passage(
        'r-1-8',
        '1999年には大学・研究機関、国内外の民間企業、経済産業省等の産学官からなる「神戸医療産業都市構想研究会」が設立され、医療産業都市の構想が進んだ。\n進出企業数360社、経済波及効果1,532億円。',
        2,
      ),
    ]);
    expect(answer.citations[0]?.quote).toContain('360社');
  });

  // The quote saying what came of a case, or why, is one on the case or place the question names, not one
  // said of no case, or of another, in a passage ranked higher. [question, [passage ranked higher, passage on the
  // case], the lead's words]
  const onNamedCase: [string, [string, string], RegExp][] = [
    [
      '飯塚市のLL事業って、終わったあとどうなったの？',
      [
        '③ 支援終了後の交流活動\n- ・LL事業期間内で終わらない、支援後の交流活動の継続が成果につながる。\n支援を受けた交流活動の現況',
        [
          '8. 長期的視点に立った国際交流',
          '飯塚市の例:',
          '市の産業政策の柱としてIT産業育成をかけた、その一環でLL事業を実施し、終了後も5年間で独自の予算を手当てした。',
          'これにより、共同研究した試作品を商品化することに成功。',
        ].join('\n'),
      ],
      /独自の予算|商品化することに成功/,
    ],
    [
      '浜松で1980年代に二輪の工場が地域の外に出ていったのって、何が原因だったの？',
      [
        '北上川流域\n同地域において1980年代に集積が進んだ電気機械産業は、1985年のプラザ合意以降の事業環境の変化から海外移転を加速したため、自動車産業の誘致を進めた。',
        '浜松地域の沿革\n1980年代には二輪向け工場の域外移転が進む中で、軽四輪のサプライヤを域内で育成する動きが進展。',
      ],
      /二輪向け工場の域外移転/,
    ],
  ];
  it.each(onNamedCase)('GIVEN %s THEN the lead is on the case it names', (question, [higher, onCase], lead) => {
    // The shelf's text, from which the question's names are read (飯塚, 浜松).
    const answer = compose(
      question,
      [passage('h-1-3', higher, 3), passage('c-1-4', onCase, 2)],
      normalizeForIndex(`${higher}\n${onCase}`),
    );
    expect(answer.citations[0]?.quote).toMatch(lead);
  });

  it('GIVEN two bodies compared THEN a row of the table whose header names each leads, not a sentence on one', () => {
    const sentence =
      "it'sOWLには、フラウンホーファー研究機構傘下の3研究所、オプトエレクトロニクス・システム技術・画像処理研究所が参加している。";
    const table = [
      '（図表1）フラウンホーファー研究機構と産業技術総合研究所の比較',
      '\tフラウンホーファー研究機構\t産業技術総合研究所',
      '研究拠点（国内）\t66研究所（本部ミュンヘン）\t10カ所（本部つくば市）',
      '職員数\t約23,000人\t約5,100人',
    ].join('\n');
    const answer = compose('フラウンホーファーと産総研って、規模感でいうとどのくらい違うの？', [
      passage('o-1-1', sentence, 3),
      passage('t-1-4', table, 2),
    ]);
    expect(answer.citations[0]?.quote).toMatch(/66研究所|約23,000人/);
  });

  it('GIVEN a short catchphrase line and a sentence saying more THEN the sentence comes first', () => {
    const answer = compose('周南が水素を打ち出してるのは、もともと強みがあったから？', [
      passage(
        'r-1-2',
        '・「水素先進県 山口」・「水素先進都市 周南」を打ち出す\n周南のコンビナートは全国の約1割の水素を生成し、純度も非常に高いという強みを持つ。',
        2,
      ),
    ]);
    expect(answer.citations[0]?.quote).toContain('約1割の水素');
  });

  it('GIVEN a list question answered by a run of items THEN they keep their order, the best item does not jump ahead', () => {
    const answer = compose('LL事業の成功のポイントにはどんなものがある？', [
      passage(
        'r-1-4',
        [
          '・意欲ある参加者の確保',
          '・事前準備の徹底',
          '・LL事業の成功のポイントは、支援終了後も交流を継続すること',
          '・長期的視点に立った目標設定',
        ].join('\n'),
        2,
      ),
    ]);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes.some((q) => q.includes('支援終了後'))).toBe(true);
    expect(quotes[0]).toContain('意欲ある参加者');
  });

  it('GIVEN a list question answered by sentences THEN the best sentence leads, not the top passage', () => {
    const answer = compose('シュンペーターのいう新結合で組み合わせる要素って何があったっけ？', [
      passage(
        'r-1-2',
        '第3章から第5章で、海外の具体的な事例として各国の次世代製造業戦略を取り上げる。\n最後に第6章でまとめとして、海外事例から得られる示唆を考察する。\n次世代製造業への取り組みも、ITとモノづくりの新結合と捉えられる。',
        3,
      ),
      passage(
        'r-5-6',
        'シュンペーターは、イノベーションを「生産諸要素の非連続的な新結合」と定義した上で、組合せの要素として、「製品」「生産方法」「販路」「供給源」「組織」という５つの要素を挙げている。',
        2,
      ),
    ]);
    expect(answer.citations[0]?.quote).toContain('５つの要素');
  });
});

describe('footnotes', () => {
  const text = [
    '産業クラスターの類型については多くの研究がある(注11)。',
    '（注11）この点については、ボストン・ルート128の垂直統合・中央集権型の産業クラスターとシリコンバレーの水平分業・オープンネットワーク型の産業クラスターの違いが論じられている。',
    '（注12）澤田朋子「シリコンバレーとボストンの産業クラスター」海外調査報告書、科学技術振興機構、2015年3月。',
  ].join('\n');
  const withNotes = (): Passage => {
    const p = passage('r-1-3', text, 2);
    return { ...p, chunk: { ...p.chunk, noteLines: [1, 2] } };
  };

  it('GIVEN a footnote that states the answer THEN quotes it; a footnote citing a source never', () => {
    const answer = compose('シリコンバレーとボストンのルート128はクラスターのタイプとしてどう違う？', [withNotes()]);
    expect(answer.abstained).toBe(false);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes.some((quote) => quote.includes('垂直統合・中央集権型'))).toBe(true);
    expect(quotes.some((quote) => quote.includes('澤田朋子'))).toBe(false);
  });

  it('GIVEN only a footnote citing a source THEN it is never quoted', () => {
    const p = passage('r-1-4', text.split('\n').slice(2).join('\n'), 2);
    const answer = compose('シリコンバレーとボストンの産業クラスターの調査報告書は？', [
      { ...p, chunk: { ...p.chunk, noteLines: [0] } },
    ]);
    expect(answer.citations.every((c) => !c.quote.includes('澤田朋子'))).toBe(true);
  });
});

describe('English questions over Japanese passages', () => {
  it('GIVEN an amount asked in English and a Japanese sentence with it THEN quotes it (no abstention on English words)', () => {
    const question = 'How much money did the UK invest to set up the catapult network?';
    const answer = compose(
      question,
      [
        passage(
          'r-1-1',
          'イギリスは2億ポンドの予算で、技術とイノベーションを支えるカタパルトのネットワークを構築した。',
          2,
        ),
      ],
      undefined,
      {
        lang: 'en',
        query: analyzeQuery(question, tokenizer, loadLexicon()),
        // English words are rare in the reports: their idf is high.
        idf: (term) => (/^[a-z]/.test(term) ? 5 : 1),
      },
    );
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('2億ポンド');
  });
});

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

describe('labels, names and bullet glyphs', () => {
  const examples = [
    '石川県の例:',
    '- ・当初は担当者間の考え方の相違から交流がスムーズに進まなかった',
    '飯塚市の例:',
    '市の産業政策の柱としてIT産業育成をかけ、終了後も5年間で独自の予算を手当てした。',
    'これにより、共同研究した試作品を商品化することに成功。',
  ].join('\n');

  /** Names are checked against the passages themselves, the whole shelf of these tests. */
  const composeNamed = (question: string, passages: Passage[]) =>
    compose(
      question,
      passages,
      passages
        .map((p) => p.chunk.text)
        .join('')
        .normalize('NFKC')
        .replace(/\s+/g, ''),
    );

  it('GIVEN sentences under a label naming the place asked about THEN the quotes come from under that label', () => {
    const answer = composeNamed('飯塚市はLL事業の終了後に何を手当てした？', [passage('r-1-5', examples, 2)]);
    expect(answer.abstained).toBe(false);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes[0]).toBe('市の産業政策の柱としてIT産業育成をかけ、終了後も5年間で独自の予算を手当てした。');
    expect(quotes.join('\n')).not.toContain('担当者間');
  });

  it('GIVEN a passage that never names the place asked about THEN its quotes rank after those of a passage that does', () => {
    const answer = composeNamed('飯塚市の交流で商品化に成功したのは？', [
      passage('r-6-9', '富山県では、交流の結果、共同研究した試作品を商品化することに成功した。', 2),
      passage('r-10-12', '飯塚市では、交流の結果、共同研究した試作品を商品化した。', 1.9),
    ]);
    expect(answer.citations[0]!.quote).toContain('飯塚市');
  });

  it('GIVEN a sentence under a label that names nothing (「目的：」) THEN it is not taken for another place', () => {
    const text = [
      '北九州市の環境政策',
      '目的：',
      '重工業の公害対応を出発点として、環境産業の育成政策が始まった。',
      '北九州市は環境産業の育成政策でも知られる。',
    ].join('\n');
    const answer = composeNamed('北九州市の環境産業の育成政策はどう始まった？', [passage('r-1-4', text, 2)]);
    expect(answer.citations[0]!.quote).toBe('重工業の公害対応を出発点として、環境産業の育成政策が始まった。');
  });

  it('GIVEN a list item with bullet glyphs THEN the quote starts at its first word and stays verbatim', () => {
    const text = '成功のポイント\n- ・相手先との密なコミュニケーションは基本\n- ・仲介者をおくことも一案。';
    const answer = compose('成功のポイントは？', [passage('r-1-3', text, 2)]);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes.join('\n')).toContain('相手先との密なコミュニケーションは基本');
    for (const quote of quotes) {
      expect(quote).not.toMatch(/^[-・\s]/);
      expect(text).toContain(quote);
    }
  });
});

describe('questionNames', () => {
  it('GIVEN places, countries and katakana words kuromoji cuts into pieces THEN only whole non-country proper nouns the reports mention are names', () => {
    const corpus = 'ドイツのインダストリー4.0と飯塚市のクラスター';
    expect(questionNames('ドイツのインダストリー4.0とクラスター支援は？', tokenizer, corpus)).toEqual([]);
    expect(questionNames('日本はイノベーション政策で何を学ぶべき？', tokenizer, corpus + '日本')).toEqual([]);
    expect(questionNames('飯塚市のLLがうまくいった理由は？', tokenizer, corpus)).toEqual(['飯塚']);
    expect(questionNames('札幌市のLLがうまくいった理由は？', tokenizer, corpus)).toEqual([]);
  });

  it('GIVEN an English question THEN a Latin name the reports gloss by what it is is a name; one they transcribe is not', () => {
    // As the pipeline passes it: normalized, without whitespace. The lexicon holds both glosses.
    const shelf =
      'フランスブルゴーニュ地方vitagora(農業・食品)。vitagora(クラスター運営組織)が事業化を支援。' +
      'hvmカタパルトは、傘下に7つの研究所があり、catapult(技術・イノベーションセンター)を統括する。' +
      // A shelf's length: a name is mentioned seldom in it.
      '地域の産業集積を支援する。'.repeat(6000);
    expect(questionNames('What year was the Vitagora agri-food cluster founded?', tokenizer, shelf)).toEqual([
      'vitagora',
    ]);
    // Passages on a Catapult centre write カタパルト: "catapult" names nothing they say.
    expect(questionNames('When was the first Catapult centre set up?', tokenizer, shelf)).toEqual([]);
  });

  it('GIVEN 「オリィ研究所」, a short katakana name before a company suffix THEN the whole names the company', () => {
    const shelf = '株式会社オリィ研究所（大分県・神奈川県等）' + '地域の産業集積を支援する。'.repeat(6000);
    expect(questionNames('オリィ研究所の創業者って誰？', tokenizer, shelf)).toEqual(['オリィ研究所']);
    // A name the shelf does not write is no name of it.
    expect(questionNames('ミラック光学の社長って誰？', tokenizer, shelf)).toEqual([]);
  });

  it('GIVEN a three-letter acronym the shelf writes once or twice THEN it names a body; one written often does not', () => {
    const shelf =
      'インダストリアル・バリューチェーン・イニシアティブ(ivi)が組成された。' + 'gdpの伸び。'.repeat(5) + 'activities';
    expect(questionNames('IVIって参加企業何社くらい？', tokenizer, shelf)).toEqual(['ivi']);
    expect(questionNames('GDPってどのくらい？', tokenizer, shelf)).toEqual([]);
  });

  it('GIVEN capitalised English words the shelf writes together, seldom THEN they name one body', () => {
    const shelf = '2015年1月poweramerica広バンドギャップ半導体' + '地域の産業集積を支援する。'.repeat(6000);
    expect(
      questionNames('How many member organisations does the Power America institute have?', tokenizer, shelf),
    ).toEqual(['power america']);
    // At a sentence's start, or not written together in the shelf: no name.
    expect(questionNames('Power stations in America?', tokenizer, shelf)).toEqual([]);
    // A Japanese sentence may open with the name; its first word alone is no second name.
    const makes = 'オハイオ州ヤングスタウンの「americamakes」は' + '地域の産業集積を支援する。'.repeat(6000);
    expect(questionNames('America Makesって、雇用をどれくらい生み出したの？', tokenizer, makes)).toEqual([
      'america makes',
    ]);
  });

  it('GIVEN a body the reports name in brackets THEN the question naming it names it, though kuromoji reads ordinary words', () => {
    const shelf =
      '2000年、中小企業振興公社と合併し、「いわて産業振興センター」が成立。コンペテンスセンターの常勤職員は83人。';
    expect(questionNames('いわて産業振興センターってスタッフ何人くらいの体制なの？', tokenizer, shelf)).toEqual([
      'いわて産業振興センター',
    ]);
    // Not in brackets: a description, no name.
    expect(questionNames('産業振興センターってスタッフ何人？', tokenizer, shelf)).toEqual([]);
  });

  it('GIVEN a prefecture named THEN a body writing it in kana mentions it (ひろしま連携応援ファンド); a dotted name, written without dots', () => {
    expect(mentionsAny('2020年には3号ファンド「ひろしま連携応援ファンド(76億円)」を設立', ['広島'])).toBe(true);
    expect(mentionsAny('いわて産業振興センター', ['岩手県'])).toBe(true);
    expect(mentionsAny('とやまの薬', ['広島'])).toBe(false);
    // A katakana compound named with middle dots is mentioned without them.
    expect(
      mentionsAny('euではデジタルイノベーションハブ(edihs)を211箇所を整備', ['デジタル・イノベーション・ハブ']),
    ).toBe(true);
  });

  it('GIVEN a hyphenated Latin name THEN its first word names it, not the word after the hyphen', () => {
    const shelf =
      'ドイツ連邦政府は「Mittelstand-Digital」政策を推進。' +
      'Digital Manufacturing and Design Innovation Institute : DMDII\t連邦政府70万ドル。' +
      '地域の産業集積を支援する。'.repeat(6000);
    const normalized = normalizeForIndex(shelf).replace(/\s+/g, '');
    expect(
      questionNames(
        'ドイツのMittelstand-Digital、連邦政府として全体でどのくらい予算つけてるの？',
        tokenizer,
        normalized,
      ),
    ).toEqual(['mittelstand']);
  });
});

/** A slide of points grouped by stage, as converted from the PDF (shortened). */
const POINTS_SLIDE = [
  '(4) 国際産業連携成功の 8つのポイント',
  '構想段階',
  '1. グローバルな視点に立った地域技術の発掘',
  '2. 地域施策との連携',
  '体制段階',
  '3. 参加企業のモチベーション',
  '4. 産学官ネットワークの活用',
  '行動段階',
  '5. 十分なコミュニケーション',
  '6. 失敗を乗り越える適応力',
];

describe('list questions that name their items', () => {
  // Slide order as converted from the PDF: the items come bottom-up.
  const slide = [
    '既存の中核産業に過度に依存すると、産業競争力の衰退を招くことがある。',
    '方向性.3 次世代型産業の誘致を推進していく',
    '方向性.2 中核産業を多様化していく',
    '方向性.1 中核産業を高度・専門化していく',
  ].join('\n');
  const other =
    '地域産業のリスクへの対応として、自治体は長期的な戦略を持つべきである。産業の方向性を議論する場が必要である。';

  it('GIVEN items labelled with the noun the question asks for (方向性) THEN the whole list comes first, in its numbered order', () => {
    const answer = compose('産業への依存リスクへの対応として、どんな方向性が示されてる？', [
      passage('r-1-4', other, 2),
      passage('r-5-8', slide, 1.2),
    ]);
    expect(answer.citations.slice(0, 3).map((c) => c.quote)).toEqual([
      '方向性.1 中核産業を高度・専門化していく',
      '方向性.2 中核産業を多様化していく',
      '方向性.3 次世代型産業の誘致を推進していく',
    ]);
  });

  it('GIVEN title lines under a heading naming the noun asked for THEN they are quoted; a sentence cut over lines is not', () => {
    const deck = [
      '国としての意識すべき政策方向性（仮説）',
      '地域の成長・高度化の類型とフェーズを',
      '意識し、施策を戦略的に検討することが重要',
      '発展の類型・フェーズを意識した戦略思考の浸透',
      'き施策を戦略的に検討することが重要',
    ].join('\n');
    const answer = compose('自治体の産業政策を後押しする方向性として、どんな方向性が挙がってる？', [
      passage('d-1-5', deck, 2),
    ]);
    const quotes = answer.citations.map((c) => c.quote);
    expect(quotes).toContain('発展の類型・フェーズを意識した戦略思考の浸透');
    expect(quotes).not.toContain('き施策を戦略的に検討することが重要');
  });

  it('GIVEN a question that does not ask for those items THEN no list is forced on it', () => {
    const answer = compose('産業への依存リスクはなぜ問題なの？', [
      passage('r-1-4', other, 2),
      passage('r-5-8', slide, 1.2),
    ]);
    expect(answer.citations.map((c) => c.quote)).not.toContain('方向性.2 中核産業を多様化していく');
  });

  it('GIVEN a slide listing points 1, 2, 3 … under a heading naming them (ポイント) THEN they are the list, not headings', () => {
    const slide = POINTS_SLIDE.slice(0, 6).join('\n');
    const detail =
      '1. グローバルな視点に立った地域技術の発掘\n業種を問わず国際展開を視野に入れることが成功のポイントである。';
    const answer = compose('国際産業連携成功の8つのポイントは？', [
      passage('r-9-14', detail, 2),
      passage('r-1-6', slide, 1.5),
    ]);
    expect(answer.citations.slice(0, 3).map((c) => c.quote)).toEqual([
      '1. グローバルな視点に立った地域技術の発掘',
      '2. 地域施策との連携',
      '3. 参加企業のモチベーション',
    ]);
    // A numbered line followed by its text is still a heading: not quoted as an item of the list.
    expect(answer.citations.filter((c) => c.quote === '1. グローバルな視点に立った地域技術の発掘')).toHaveLength(1);
  });

  it('GIVEN a list grouped under short labels and a question naming one group THEN that group is the list', () => {
    const slide = POINTS_SLIDE.join('\n');
    const quotes = (question: string) => leadingQuotes(question, [passage('p-1-10', slide, 2)], 2);
    expect(quotes('国際産業連携の8つのポイントのうち、「行動段階」に入ってるのってどれ？')).toEqual([
      '5. 十分なコミュニケーション',
      '6. 失敗を乗り越える適応力',
    ]);
    // The other groups' items come not even as context.
    expect(
      compose('国際産業連携の8つのポイントのうち、「行動段階」に入ってるのってどれ？', [
        passage('p-1-10', slide, 2),
      ]).citations.map((c) => c.quote),
    ).toEqual(['5. 十分なコミュニケーション', '6. 失敗を乗り越える適応力']);
    // 「『体制』の段階」: the label less 段階.
    expect(quotes('国際産業連携の8つのポイントのうち、『体制』の段階に入ってるのってどれ？')).toEqual([
      '3. 参加企業のモチベーション',
      '4. 産学官ネットワークの活用',
    ]);
    // No group named: the whole list, from its first item.
    expect(quotes('国際産業連携の8つのポイントって何？')[0]).toBe('1. グローバルな視点に立った地域技術の発掘');
    // In other words, which the query reads as the label's (動き出す → 行動).
    const paraphrased = '8つのポイントのうち、実際に動き出してからの段階のものってどれ？';
    const query = analyzeQuery(paraphrased, tokenizer, undefined, AliasTable.fromCorpus([], tokenizer));
    expect(compose(paraphrased, [passage('p-1-10', slide, 2)], undefined, { query }).citations[0]?.quote).toBe(
      '5. 十分なコミュニケーション',
    );
  });

  it('GIVEN a numbered run under a short title line naming the noun asked for (優先提言) THEN the run is the list, in order', () => {
    const summary = [
      'アモルファス合金の島根モデルは「少量高付加価値用途」に絞り、島根大学を核とする国際共同研究拠点で商用化を前進させることにある',
      '- 量産市場でのコスト競争は困難であり、初期はニッチ用途のPoC蓄積が現実的',
      '優先提言',
      '',
      '1. 応用実証研究拠点の整備',
      '2. 研究→量産橋渡し設備の整備',
      '3. 共同研究運営・契約/IPの標準化',
      '',
      'アモルファス合金の制約は①コスト構造 ②量産化プロセス ③適用市場の3点に集約され、用途選定が成否を左右する',
    ].join('\n');
    const quotes = (question: string) => leadingQuotes(question, [passage('s-1-9', summary, 2)], 3);
    const run = ['1. 応用実証研究拠点の整備', '2. 研究→量産橋渡し設備の整備', '3. 共同研究運営・契約/IPの標準化'];
    expect(quotes('島根アモルファスのレポートの優先提言、挙げてもらえる？')).toEqual(run);
    // Asked in which order the proposals come, with no count and no 挙げて: a list all the same.
    expect(quotes('アモルファス合金の提言、どれから手を付ける順番になってる？')).toEqual(run);
  });
});

describe('definition questions', () => {
  it('GIVEN 「X」って、そもそもどういう組織 THEN the sentence opening with its full name and とは leads, over names glossed in passing', () => {
    const text = [
      'また、デジタル・カタパルト・センターでは、LEPsの出資により地域のカタパルト・センター（ローカル・カタパルト）を設立する動きも出てきている。',
      'その一つHVMカタパルトは、傘下に7つの研究所があり、HVMカタパルト（HVM Catapult Ltd.）がある。',
      'カタパルト・センター（Catapult Centre）とは、官民が出資する非営利のイノベーション機関であり、産学官連携のための結節点である。',
    ].join('\n');
    const answer = compose('イギリスの話でよく出てくる「カタパルト」って、そもそもどういう組織なんですか？', [
      passage('c-1-3', text, 2),
    ]);
    expect(answer.citations[0]?.quote).toMatch(/^カタパルト・センター（Catapult Centre）とは/);
  });

  it('GIVEN the first sentence under a heading naming the term and a later sentence glossing it THEN the gloss comes first', () => {
    const text = [
      '(1) ハイ・バリュー・マニュファクチャリング',
      'リーマンショックによる世界金融危機で、イギリス経済は大きな打撃を受けた。',
      'その内容は、15年から20年後を見据え、「ハイ・バリュー・マニュファクチャリング (High Value Manufacturing=高価値製造)」を推進するものである。',
    ].join('\n');
    const answer = compose('ハイ・バリュー・マニュファクチャリングとは', [passage('r-1-3', text, 2)]);
    expect(answer.citations[0]?.quote).toContain('High Value Manufacturing=高価値製造');
  });

  it('GIVEN the term in brackets after what it stands for (「…システム（RESAS）」) THEN that sentence leads', () => {
    const text =
      'RESASの活用\n例えば、地域別の産業の付加価値額を分析し、強みのある産業を把握できる。2015年より、地域経済に関連するビッグデータを「見える化」するシステム（RESAS）を構築した。';
    const answer = compose('RESASとは？', [passage('r-1-1', text, 2)]);
    expect(answer.citations[0]?.quote).toBe(
      '2015年より、地域経済に関連するビッグデータを「見える化」するシステム（RESAS）を構築した。',
    );
  });
});

describe('what an abbreviation stands for', () => {
  const uses = '・島根県内企業及びNEXTAによる海外見本市への出展支援\n・地域商社設立や島根県・大学による営業人材の確保';
  const glossed =
    '地域経済分析システム（RESAS＝Regional Economy Society Analyzing System）マップ一覧\n2015年より、RESASを地方創生の「情報支援」として提供。';

  it('GIVEN passages that only use the abbreviation THEN abstains and says its full name was not found', () => {
    const answer = compose('島根の資料に出てくるNEXTAって何の略？正式名称教えて', [passage('r-1-2', uses, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「NEXTA」が何の略か');
  });

  it('GIVEN a passage glossing it THEN the gloss is quoted, in Japanese and in English', () => {
    const ja = compose('RESASって正式名称なに？', [passage('r-1-2', glossed, 2)]);
    expect(ja.abstained).toBe(false);
    expect(ja.citations[0]?.quote).toContain('Regional Economy Society Analyzing System');
    const en = compose('What does RESAS stand for?', [passage('r-1-2', glossed, 2)], undefined, {
      lang: 'en',
      query: analyzeQuery('What does RESAS stand for?', tokenizer, loadLexicon()),
    });
    expect(en.abstained).toBe(false);
    expect(en.citations[0]?.quote).toContain('Regional Economy Society Analyzing System');
  });

  it('GIVEN the question also asks what the thing does THEN a description answers it without the full name', () => {
    const answer = compose('島根の資料のNEXTAって何の略？どんな活動をしてる？', [passage('r-1-2', uses, 2)]);
    expect(answer.abstained).toBe(false);
  });
});

describe('answer shape', () => {
  it('GIVEN 「どこの国と」 THEN the quote naming a country comes first', () => {
    const answer = compose('福島県はどこの国と交流したの？', [
      passage(
        'r-1-1',
        '福島県では、産業集積や交流人口拡大に向けて、福島イノベーション・コースト構想を推進している。',
        2,
      ),
      passage('r-2-2', '福島県とスウェーデンとの交流の結果、医療機器関連の共同開発が多数進行中。', 1.6),
    ]);
    expect(answer.citations[0]?.quote).toContain('スウェーデン');
  });
});

describe('programme slides and lists of cases', () => {
  it("GIVEN 「Xとは」 and a sentence under 「目的:」 on X's slide THEN it leads, before a case saying as much", () => {
    const slide = '3. 地域間交流支援事業\n目的:\n日本と海外の地域間交流を支援し、新製品の開発につなげる。';
    const cases = '富山県では、地域間交流を支援し、バーゼル地域と新製品の開発につなげる。';
    const answer = compose('地域間交流支援事業とは？', [passage('r-1-1', cases, 2), passage('r-3-5', slide, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toBe('日本と海外の地域間交流を支援し、新製品の開発につなげる。');
  });

  it('GIVEN a list of cases THEN items naming another place than the one asked about are not quoted first', () => {
    const list = [
      '1. 福島県－スウェーデン・スコーネ（医療福祉）《03～06年度》',
      '2. 福井県－フランスリヨン市（繊維・産業資材）《01～03年度》',
      '3. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》',
    ].join('\n');
    const answer = compose(
      '福井県とリヨンの交流はどうだった？',
      [passage('r-1-3', list, 2)],
      '福井県リヨン福島県飯塚市',
    );
    expect(answer.citations[0]?.quote).toContain('福井県');
    expect(answer.citations.map((c) => c.quote).join('\n')).not.toContain('飯塚市');
  });
});

describe('a numbered list cut by the passage size', () => {
  it('GIVEN a list question whose items go on in the next chunk THEN the items there are added, in order', () => {
    const slide = ['(4) 成功の 4つのポイント', '1. 地域技術の発掘', '2. 地域施策との連携', '3. 交流ビジョン'].join(
      '\n',
    );
    const next: Chunk = {
      id: 'r-5-6',
      doc: 'r.txt',
      title: '報告書',
      section: ['比較'],
      lines: [5, 6],
      text: '4. 長期的視点に立った国際交流\n地域としての交流を継続することが重要である。',
      seq: 1,
    };
    const answer = compose('成功の4つのポイントは？', [passage('r-1-4', slide, 2)], undefined, {
      nextChunk: (chunk) => (chunk.id === 'r-1-4' ? next : undefined),
    });
    expect(answer.citations.map((c) => c.quote).slice(0, 4)).toEqual([
      '1. 地域技術の発掘',
      '2. 地域施策との連携',
      '3. 交流ビジョン',
      '4. 長期的視点に立った国際交流',
    ]);
    expect(answer.citations[3]?.passageId).toBe('r-5-6');
  });
});

describe('a passage opening with a sentence that names its subject by 同', () => {
  // A long paragraph cut into chunks at a sentence: the passage opens with 「同クラスターには…」, and
  // the chunk before it, on the same line, names the cluster (NovaTec).
  const before: Chunk = {
    ...passage('r-7-7.1', '2012年にNovaTecは連邦政府のクラスター競争プログラムに選定された。', 0).chunk,
    lines: [7, 7],
  };
  const opening = passage('r-7-7.2', '同クラスターには、企業や大学・研究機関など174の企業・機関が参加している。', 2);
  opening.chunk.lines = [7, 7];
  const asked = 'NovaTecって、企業とか大学とか全部で何者くらい加わってるの？';
  // The cluster's name weighs most among the question's words, as a rare name does in a corpus.
  const idf = (term: string) => (term === 'novatec' ? 12 : 1);

  it('GIVEN the chunk before it THEN the count answers, read as said of the cluster named there', () => {
    const answer = compose(asked, [opening], undefined, {
      idf,
      previousChunk: (chunk) => (chunk.id === 'r-7-7.2' ? before : undefined),
    });
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]?.quote).toContain('174の企業・機関');
  });

  it('GIVEN no chunk before it THEN nothing says whose count it is', () => {
    expect(compose(asked, [opening], undefined, { idf }).abstained).toBe(true);
  });
});
