import { beforeAll, describe, expect, it } from 'vitest';
import { joinSpacedOut } from '../../src/indexing/index-text.js';
import { AliasTable } from '../../src/retrieval/aliases.js';
import { Lexicon, loadLexicon } from '../../src/retrieval/lexicon.js';
import {
  analyzeQuery,
  compoundNames,
  questionLanguage,
  stripQuestionPhrasing,
} from '../../src/retrieval/query-analysis.js';
import { answerShape, definitionGloss, statedItemCount } from '../../src/retrieval/question-kind.js';
import { foldRomaji, RomajiNames, romanize } from '../../src/retrieval/romaji-names.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

describe('question phrasing', () => {
  it('strips casual framing', () => {
    expect(stripQuestionPhrasing('結局、クラスター政策ってどんな感じ？')).not.toMatch(/結局|どんな感じ|？/);
    expect(stripQuestionPhrasing('そもそも産業集積とは何ですか')).toContain('産業集積');
    expect(stripQuestionPhrasing('そもそも産業集積とは何ですか')).not.toContain('そもそも');
  });

  it('strips an English preamble of chat words ("Quick check for a briefing:"), not one naming the topic', () => {
    expect(
      stripQuestionPhrasing("Quick check for a briefing: over which fiscal years did JETRO's LL program run?"),
    ).toMatch(/^over which fiscal years/);
    expect(stripQuestionPhrasing("I'm new here — what is the METI report about?")).toMatch(/^what is the METI report/);
    expect(stripQuestionPhrasing('Quick question on the Shimane study: why?')).toContain('Shimane study');
    expect(stripQuestionPhrasing("HVM Catapult's income — what is that in yen?")).toContain('HVM Catapult');
  });

  it('GIVEN 「どこの国」「どの企業」 THEN the noun naming the kind of answer counts less than the topic', () => {
    const terms = analyzeQuery('福島県はどこの国と交流したの？', tokenizer).terms;
    expect(terms.get('国')).toBeLessThan(terms.get('交流')!);
    expect(terms.get('福島')).toBe(1);
    expect(analyzeQuery('どの企業が参加した？', tokenizer).terms.get('企業')).toBeLessThan(1);
    expect(analyzeQuery('企業の数は？', tokenizer).terms.get('企業')).toBe(1);
  });

  it('GIVEN 「やってたんだっけ」 THEN the ん goes with the ending: no term たん is left', () => {
    for (const question of ['LL事業って何年度から何年度まで実施されてたんだっけ？', 'あの会社、撤退してたんだよね？']) {
      const terms = analyzeQuery(question, tokenizer).terms;
      expect([...terms.keys()]).not.toContain('たん');
    }
    expect(analyzeQuery('LL事業って何年度から何年度まで実施されてたんだっけ？', tokenizer).terms.has('実施')).toBe(
      true,
    );
  });

  it('GIVEN "never heard of", "so far" THEN no transliteration (ムリ, ファー) stands for them; heard is 聞く', () => {
    const terms = analyzeQuery(
      'What share of German SMEs had never heard of Industrie 4.0 so far?',
      tokenizer,
      loadLexicon(),
    ).terms;
    expect(terms.has('ムリ')).toBe(false);
    expect(terms.has('ファー')).toBe(false);
    expect(terms.has('聞く')).toBe(true);
    expect(terms.has('株式')).toBe(false);
  });

  it("GIVEN interviews, factors, stalling THEN the reports' words (ヒアリング, 要因, 停滞), not 会談, 係数, 売店", () => {
    const terms = analyzeQuery(
      'What did the interviews say the factors stalling joint research were concentrated in?',
      tokenizer,
      loadLexicon(),
    ).terms;
    for (const word of ['ヒアリング', '要因', '停滞', '共同']) expect(terms.has(word)).toBe(true);
    for (const word of ['会談', '係数', '売店']) expect(terms.has(word)).toBe(false);
  });

  it('GIVEN people trained, a chair, a sponsoring company THEN 育成, 議長, 協賛 (not 電車, イス)', () => {
    const terms = (question: string) => analyzeQuery(question, tokenizer, loadLexicon()).terms;
    const trained = terms('How many people did Alps Alpine train at its Furukawa sites?');
    expect(trained.has('育成')).toBe(true);
    expect(trained.has('電車')).toBe(false);
    const chair = terms('Who is the chair of the Hiroshima automotive council?');
    expect(chair.has('議長')).toBe(true);
    expect(chair.has('イス')).toBe(false);
    expect(terms('How much does a sponsoring company have to put in?').has('協賛')).toBe(true);
  });

  it('GIVEN "does JETRO suggest Shimane should try to attract" THEN 提言 and 誘致, not トライ', () => {
    const terms = analyzeQuery(
      'What kinds of companies does JETRO suggest Shimane should try to attract?',
      tokenizer,
      loadLexicon(),
    ).terms;
    expect(terms.has('提言')).toBe(true);
    expect(terms.has('誘致')).toBe(true);
    expect(terms.has('トライ')).toBe(false);
  });

  it('GIVEN an aside on reading the report (初めて読むんだけど) THEN its words weigh as framing; 「何と読むか」 does not', () => {
    const aside = analyzeQuery(
      'NRIのレポート初めて読むんだけど、産業集積ってどういうタイプに分けてるの？',
      tokenizer,
    ).terms;
    expect(aside.get('読む')).toBeLessThan(aside.get('集積')!);
    expect(aside.get('初めて')).toBeLessThan(aside.get('集積')!);
    const reading = analyzeQuery('「杜甫」は何と読むか', tokenizer).terms;
    expect(reading.get('読む')).toBe(1);
  });

  it('GIVEN who asks and why (新人, 来月から担当, 明日のメモ) THEN those words weigh less than the topic', () => {
    const terms = analyzeQuery(
      '来月から地域DXの担当になった新人です。明日のメモに入れたいので方向性を教えて',
      tokenizer,
    ).terms;
    for (const framing of ['来月', '担当', '新人', '明日', 'メモ'])
      expect(terms.get(framing)).toBeLessThan(terms.get('方向')!);
  });

  it('GIVEN 「…か覚えてる？」 THEN whether the asker remembers weighs less than the topic', () => {
    const terms = analyzeQuery('補助金が減らされるのは何％からか覚えてる？', tokenizer).terms;
    expect(terms.get('覚える') ?? 0).toBeLessThan(terms.get('補助')!);
  });

  it('GIVEN hearsay (「…って聞いたけど」) or the latest figure asked (「一番新しい数字で」) THEN those words weigh as framing', () => {
    const heard = analyzeQuery('補助金が減るって聞いたけど、何％が境目なの？', tokenizer).terms;
    expect(heard.get('聞く') ?? 0).toBeLessThan(heard.get('補助')!);
    // Without the aside, 聞く is a word of the question like any other.
    const asked = analyzeQuery('アンケートで企業に何を聞いた？', tokenizer).terms;
    expect(asked.get('聞く')).toBe(asked.get('アンケート'));
    const said = analyzeQuery('まずどの用途を狙えって話だったっけ？', tokenizer).terms;
    expect(said.get('話') ?? 0).toBeLessThan(said.get('用途')!);
    const latest = analyzeQuery('LED関係の会社はどれくらい？資料にある一番新しい数字で', tokenizer).terms;
    for (const framing of ['新しい', '数字']) expect(latest.get(framing) ?? 0).toBeLessThan(latest.get('会社')!);
    const topic = analyzeQuery('新しい産業の数字は？', tokenizer).terms;
    expect(topic.get('新しい')).toBe(topic.get('産業'));
  });

  it("GIVEN a typology or a target asked in plain words THEN the reports' 類型 and ターゲット match too", () => {
    for (const question of [
      '産業集積ってどういう型に分けてた？',
      'どういうタイプがある？',
      '何パターンに分類してる？',
    ]) {
      expect(analyzeQuery(question, tokenizer).terms.get('類型')).toBeGreaterThan(0);
    }
    // 狙う → ターゲット is an alias (the static table).
    const aliases = AliasTable.fromCorpus([], tokenizer);
    expect(analyzeQuery('どの業種を狙えって提言してる？', tokenizer, undefined, aliases).terms.has('ターゲット')).toBe(
      true,
    );
    // 「一番つまずいたポイント」: the reports' 課題 (「コミュニケーションが最大の課題」).
    expect(analyzeQuery('交流で一番つまずいたポイントって何だった？', tokenizer).terms.has('課題')).toBe(true);
    expect(analyzeQuery('何に困ってたの？', tokenizer).terms.has('課題')).toBe(true);
    // 「何種類」 is counted as types and patterns too (「３つのパターン」「3類型」).
    const kinds = answerShape('集積の型って何種類？')!;
    expect(kinds.test('産業集積における３つのパターンを抽出した')).toBe(true);
    expect(kinds.test('2種類のアプローチ')).toBe(true);
    expect(kinds.test('3社')).toBe(false);
  });

  it('strips phrasing only on word boundaries when it knows the words', () => {
    const words = (text: string) => tokenizer.tokens(text).map((token) => token.surface_form);
    expect(analyzeQuery('RNAは何を担っているか？', tokenizer).terms.get('担う')).toBe(1);
    expect(analyzeQuery('なかなか普及しない原因', tokenizer).core).toContain('なかなか');
    const te = '地域によって違うのか';
    expect(stripQuestionPhrasing(te, words(te))).toContain('によって');
    // Without the words the patterns cut into the topic.
    expect(stripQuestionPhrasing(te)).not.toContain('によって');
    const topic = 'クラスター政策ってどんな感じ？';
    expect(stripQuestionPhrasing(topic, words(topic))).toBe('クラスター政策');
  });

  it('keeps the topic when everything else is framing', () => {
    expect(stripQuestionPhrasing('教えて')).toBe('教えて');
  });

  it('weighs interrogatives the tokenizer keeps as words like framing words', () => {
    const named = analyzeQuery('野菜を作る人たちを何というか', tokenizer);
    expect(named.terms.get('何と')).toBe(0.2);
    expect(named.terms.get('野菜')).toBe(1);
    const casual = analyzeQuery('県はいくら出してて、なんで一つの産業に頼っちゃうの', tokenizer);
    for (const term of ['いくら', 'なんで', 'ちゃう']) expect(casual.terms.get(term)).toBe(0.2);
    expect(casual.terms.get('産業')).toBe(1);
  });

  it('weighs casual intensifiers and "the report" like framing words', () => {
    const query = analyzeQuery(
      '海外企業ってノウハウが漏れるのをすごく気にするよね。島根の報告ではどう手当てしてる？',
      tokenizer,
    );
    for (const term of ['すごい', '報告']) expect(query.terms.get(term)).toBe(0.2);
    for (const term of ['ノウハウ', '島根']) expect(query.terms.get(term)).toBe(1);
  });
});

describe('English questions', () => {
  it('GIVEN ordinary English words THEN they are marked foreign (not counted in coverage); names are not', () => {
    const query = analyzeQuery('How much money did the UK invest to set up the catapult network?', tokenizer);
    expect(query.lang).toBe('en');
    expect(query.foreign?.has('money')).toBe(true);
    expect(query.foreign?.has('uk')).toBe(false);
    expect(analyzeQuery('カタパルトの予算は？', tokenizer).foreign).toBeUndefined();
  });

  it('GIVEN a capitalised name the reports write only in Japanese THEN its dictionary words are not names', () => {
    // 「先端クラスター競争プログラム」: "Leading-Edge Cluster Competition" is matched by its translations,
    // not by an English source title that happens to hold the words; OWL and JETRO stay names.
    const corpusText = () => "it's owl";
    const query = analyzeQuery(
      "How much federal funding did it's OWL get when it was selected for the Leading-Edge Cluster Competition?",
      tokenizer,
      loadLexicon(),
      undefined,
      undefined,
      undefined,
      corpusText,
    );
    for (const word of ['leading', 'edge', 'cluster', 'competition']) expect(query.foreign?.has(word)).toBe(true);
    expect(query.foreign?.has('owl')).toBe(false);
    expect([...query.terms.keys()]).toContain('先端');
    const jetro = analyzeQuery("Which fiscal years did JETRO's LL Programme run?", tokenizer, loadLexicon());
    expect(jetro.foreign?.has('jetro')).toBe(false);
  });

  it('GIVEN a phrasal verb or a filler word THEN the phrase is translated and the filler is no term', () => {
    const query = analyzeQuery(
      "Quick one: over which fiscal years was JETRO's LL programme carried out, roughly?",
      tokenizer,
      loadLexicon(),
    );
    const terms = [...query.terms.keys()];
    expect(terms).toContain('実施');
    expect(terms).toContain('年度');
    for (const noise of ['アウト', 'フィジカル', 'quick', 'out', 'roughly']) expect(terms).not.toContain(noise);
    const taking = analyzeQuery('How many companies are taking part in the cluster?', tokenizer, loadLexicon());
    expect([...taking.terms.keys()]).toContain('参加');
    // "what kinds of companies": framing, in the plural too (kind → 優しい, 品種).
    const kinds = analyzeQuery('What kinds of companies should Shimane attract?', tokenizer, loadLexicon());
    expect([...kinds.terms.keys()]).toContain('誘致');
    for (const noise of ['優しい', '品種']) expect([...kinds.terms.keys()]).not.toContain(noise);
    // "According to…": a phrase of framing words only (EDICT: 応じる, 従う) is no term either.
    const according = analyzeQuery(
      "According to JETRO's LL survey, what was the most common obstacle to getting concrete results?",
      tokenizer,
      loadLexicon(),
    );
    const terms2 = [...according.terms.keys()];
    for (const noise of ['応じる', '従う', 'ゲット']) expect(terms2).not.toContain(noise);
    for (const word of ['成果', '障害', '課題']) expect(terms2).toContain(word);
    // "please", "here", "Mr" frame a request: ヒア, 取り込む, ヘル are no terms.
    const polite = analyzeQuery('New here - please tell me what RESAS is.', tokenizer, loadLexicon());
    for (const noise of ['ヒア', '取り込む']) expect([...polite.terms.keys()]).not.toContain(noise);
  });
});

describe('a definition asked', () => {
  it('GIVEN 「Xってそもそも何のツール」「Xって言葉…どういう意味」 THEN the passage glossing X has the shape', () => {
    const resas = definitionGloss('RESASってそもそも何のツール？新人向けにざっくり説明したい')!;
    expect(resas.test('地域経済に関連する様々なビッグデータを「見える化」するシステム（RESAS）を構築')).toBe(true);
    expect(resas.test('RESASのページビューは増えている')).toBe(false);
    const middle = definitionGloss('ミッシング・ミドルって言葉がレポートに出てきたんだけど、どういう意味？')!;
    expect(middle.test('産学官連携の強化によりミッシング・ミドル (政府や大学による基礎研究と…)')).toBe(true);
    expect(definitionGloss('島根のレポに出てくる「RACI」ってなに？')!.test('RACI（実行責任者・説明責任者…）')).toBe(
      true,
    );
    // 「どういう組織」 asks what it is; the question's カタパルトセンター is the report's カタパルト・センター.
    const catapult = definitionGloss('カタパルトセンターってどういう組織？ざっくり教えて')!;
    expect(catapult.test('カタパルト・センター（Catapult Centre）とは、官民が出資する非営利のイノベーション機関')).toBe(
      true,
    );
    expect(catapult.test('カタパルト・センターは、Innovate UKのもとネットワークを構成している。')).toBe(false);
    expect(definitionGloss('LL事業の予算はいくら？')).toBeUndefined();
    expect(definitionGloss('北上市の工業団地って何ヘクタール？')).toBeUndefined();
  });

  it('GIVEN a term the report coins in quotes THEN the passage coining it has the shape', () => {
    const coined = definitionGloss('島根のレポートに出てくる「研究起点FDI」ってどういう意味？')!;
    expect(coined.test('JETRO×県の統合窓口を組み合わせた「研究起点FDI」として設計すべき')).toBe(true);
    expect(coined.test('4. JETRO×県の統合窓口による研究起点FDI支援')).toBe(false);
  });

  it('GIVEN "what is X" in English, X quoted or an acronym ending the clause THEN X glossed has the shape', () => {
    const catapult = definitionGloss("New here - what exactly is a 'Catapult Centre' in the UK?")!;
    expect(catapult.test('カタパルト・センター（Catapult Centre）とは、官民が出資する非営利のイノベーション機関')).toBe(
      true,
    );
    const resas = definitionGloss('Quick onboarding question: what is RESAS and since when has it been offered?')!;
    expect(resas.test('「見える化」するシステム（RESAS）を構築')).toBe(true);
    expect(definitionGloss('What does NNMI stand for?')!.test('国家製造イノベーションネットワーク（NNMI）')).toBe(true);
    // The acronym does not end the clause: a figure of it is asked, not what it is.
    expect(definitionGloss("What is the RIT programme's budget?")).toBeUndefined();
  });

  it('GIVEN 「Xとは…どう違う」 THEN a comparison is asked, not a definition', () => {
    expect(
      definitionGloss('イギリスのHVMって、ドイツのインダストリー4.0とは狙ってる範囲がどう違うの？'),
    ).toBeUndefined();
  });
});

describe('answer shape', () => {
  it('asks for an area when the question asks which is widest, its area or its hectares (round 45)', () => {
    for (const question of [
      '北上の工業団地で一番広いのってどこ？面積も知りたい',
      '二つの団地、どっちが広い？',
      'その団地って何ヘクタール？',
      'Which of the estates is the largest, and what is its area?',
    ]) {
      const area = answerShape(question)!;
      expect(area.test('北上南部工業団地 197.7ha')).toBe(true);
      expect(area.test('1962年より用地取得を開始')).toBe(false);
    }
    // 「広い敷地」 describes; "which area" asks a region.
    expect(answerShape('空港の広い敷地は何のためにあるか。')).toBeUndefined();
    expect(answerShape('Which area did the cluster focus on?')).toBeUndefined();
  });

  it('asks for a numeral with the counter of 何X, a date for いつ, a figure for どのくらい', () => {
    const people = answerShape('グスタフ・マーラーは何人兄弟か？')!;
    expect(people.test('夫妻の間には14人の子供が産まれている')).toBe(true);
    expect(people.test('1860年7月7日に生まれた')).toBe(false);
    expect(answerShape('何年に結婚したか')!.test('1902年に結婚した')).toBe(true);
    expect(answerShape('子供の人数は')!.test('三人の子供')).toBe(true);
    const when = answerShape('シェーンベルクがマーラーに謝ったのはいつ？')!;
    expect(when.test('1910年8月には謝罪した')).toBe(true);
    expect(when.test('のちに謝罪した')).toBe(false);
    expect(answerShape('規模はどのくらい？')!.test('約2,000mm')).toBe(true);
    // A date alone says when, not how much; a span of years is a figure.
    const howMuch = answerShape('マッチングスクエアの実績ってどのくらい出てる？')!;
    expect(howMuch.test('2019年7月に専用Webページを開設。')).toBe(false);
    expect(howMuch.test('２０１９年に開設。')).toBe(false);
    expect(howMuch.test('これまで349件のニーズ発信に対し、592件の商談が実現。')).toBe(true);
    expect(howMuch.test('売上が10～20％増（2019年度時点）。')).toBe(true);
    expect(howMuch.test('市の予算で5年間続けた。')).toBe(true);
    expect(answerShape('梅雨とは何季の一種か')).toBeUndefined();
    // 「何条か。」 at the end asks how many; 「何社かが参加」 says some.
    expect(answerShape('労働基本権は憲法何条か。')!.test('憲法28条の保障')).toBe(true);
    expect(answerShape('何社かが参加したのはどの年？')?.test('5社')).not.toBe(true);
    expect(answerShape('アジア・モンスーンはどんな性質の大気か')).toBeUndefined();
    const rate = answerShape('有効回答率は？')!;
    expect(rate.test('有効回答率：71.6%')).toBe(true);
    expect(rate.test('有効回答数＝718社')).toBe(false);
    const country = answerShape('福島県はどこの国と交流したの？')!;
    expect(country.test('福島県とスウェーデンとの交流の結果')).toBe(true);
    expect(country.test('福島イノベーション・コースト構想')).toBe(false);
  });
});

describe('aliases', () => {
  const FIXTURE = [
    'イギリスでは「ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）」が推進されている。',
    'フラウンホーファー研究機構（FhG：Fraunhofer Gesellschaft）は応用研究を担う。',
    '地域経済を牽引する事業（以下、「牽引事業」という）を支援する。',
  ];

  it('learns definitions stated in the corpus', () => {
    const table = AliasTable.fromCorpus(FIXTURE, tokenizer, false);
    const hvm = table.match('HVMの目的は？');
    expect(hvm.flatMap((m) => m.expansions)).toContain('ハイ・バリュー・マニュファクチャリング');
    expect(table.match('FhGの規模').flatMap((m) => m.expansions)).toContain('フラウンホーファー研究機構');
    expect(table.match('fraunhofer gesellschaft').flatMap((m) => m.expansions)).toContain('フラウンホーファー研究機構');
    expect(table.match('牽引事業の要件').flatMap((m) => m.expansions)).toContain('地域経済を牽引する事業');
  });

  it('never takes an everyday technology word for an abbreviation', () => {
    const table = AliasTable.fromCorpus(['拠点は米国カリフォルニア州シリコンバレー（IT）にある。'], tokenizer, false);
    expect(table.match("it's OWLの運営は誰？")).toEqual([]);
  });

  it('expands common abbreviations and country runs', () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    expect(table.match('関東経産局の取り組み').flatMap((m) => m.expansions)).toContain('経済産業局');
    expect(table.match('独英米で比べると').flatMap((m) => m.expansions)).toEqual(['ドイツ', 'イギリス', 'アメリカ']);
    // 中 inside a word is not a country.
    expect(table.match('中小企業の課題').some((m) => m.expansions.includes('中国'))).toBe(false);
  });

  it("GIVEN a casual word (お金) THEN the reports' words for it (資金, 予算) stand for it", () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery('IMIって運営のお金の集め方どう違うの？', tokenizer, undefined, table);
    expect(query.terms.has('予算')).toBe(true);
    expect(query.concepts?.get('予算')).toBe(query.concepts?.get('資金'));
  });

  it("GIVEN 「何社答えた」 THEN the survey's 回答 stands for it", () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery('アンケートっていつ、何社に聞いて何社答えたやつ？', tokenizer, undefined, table);
    expect(query.terms.has('回答')).toBe(true);
    // 「ちゃんと返ってきた割合」: questionnaires come back as 回答 (有効回答率).
    const back = analyzeQuery('アンケート、ちゃんと返ってきた割合ってどのくらい？', tokenizer, undefined, table);
    expect(back.terms.has('回答')).toBe(true);
    // 「向こう側で受け皿になってたのは」: the partner abroad is the report's 海外実施主体.
    const partner = analyzeQuery('向こう側で受け皿になってたのはどこの機関？', tokenizer, undefined, table).terms;
    expect(partner.has('実施') && partner.has('海外')).toBe(true);
    // 「クルマ関連の誘致」: the reports write 自動車.
    expect(
      analyzeQuery('なんでクルマ関連の誘致に舵を切ったの？', tokenizer, undefined, table).terms.has('自動車'),
    ).toBe(true);
  });

  it("GIVEN 「何回開いてる」「効率」「スポンサー」 THEN the reports' 開催, 生産性 and 協賛 stand for them", () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const terms = (question: string) => analyzeQuery(question, tokenizer, undefined, table).terms;
    expect(terms('AOI会議って、年に何回くらい開いてるの？').has('開催')).toBe(true);
    expect(terms('業務の共通基盤を入れた話、効率どのくらい上がった？').has('生産')).toBe(true);
    expect(terms('スポンサー企業は毎年いくら負担するの？').has('協賛')).toBe(true);
    // 「大量に作る市場」「数が出る市場」: the reports' 量産市場.
    expect(terms('なんでEVモーターみたいな大量に作る市場を狙わないの？').has('量産')).toBe(true);
    expect(terms('数が出る市場だとなんで勝負しにくいの？').has('量産')).toBe(true);
    // 「使える回答って何件」: a survey's usable answers are its 有効回答.
    expect(terms('アンケート、使える回答って何件集まった？').has('有効')).toBe(true);
    // 「県はいくら出したの」: money put in is 出資; not 「進出した」.
    expect(terms('ファンドって、県はいくら出したの？').has('出資')).toBe(true);
    expect(terms('進出した企業は何社？').has('出資')).toBe(false);
    // 「党大会はいつ開かれたか」: a passage writes the passive as the question does.
    expect(terms('第20回党大会はいつ開かれたか？').has('開催')).toBe(false);
  });

  it("GIVEN casual words (rounds 48–49) THEN the reports' own stand for them, and only where they mean it", () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const terms = (question: string) => analyzeQuery(question, tokenizer, undefined, table).terms;
    const cases: [question: string, term: string, stands: boolean][] = [
      ['AGITって、アジアだとどこの国で売り込みかけてるの？', '営業', true],
      ['普及のネックになってるポイントって何？', '制約', true],
      ['実際に会って話すとこまで進んだのって何件？', '商談', true],
      // 「アパート建てる大家さん」「何戸くらい建ったの」: the reports' 家主 and 新設; 「交響曲の大家」 is a master.
      ['アパート建てる大家さんに補助してたやつ、何戸くらい建ったの？', '家主', true],
      ['アパート建てる大家さんに補助してたやつ、何戸くらい建ったの？', '新設', true],
      ['マーラーは何の大家として知られているか？', '家主', false],
      // 「製造業のテコ入れ」「立て直し」「きっかけ」: the reports' 再生・復権 and 契機・一因.
      ['イギリスが製造業のテコ入れに舵を切ったきっかけって何？', '再生', true],
      ['イギリスが製造業のテコ入れに舵を切ったきっかけって何？', '一因', true],
      ['ものづくりの立て直しはどう進んだ？', '復権', true],
      // 「市は推進機構にどのくらいお金を入れてた」: public money put in is 財政支援 too.
      ['市は推進機構にどのくらいお金を入れてたの？', '財政', true],
      ['平成20年度に新しく通ったテーマって何件？', '採択', true],
      // 「通った」 alone (a road, a school) is no adoption.
      ['新幹線が通ったのはいつ？', '採択', false],
      // 「どの順番でやっていく」「優先度の高い順」: the reports rank measures by their 優先順位.
      ['提言を実際にやっていく順番ってどうなってた？', '順位', true],
      ['優先度の高いものから教えて', '順位', true],
      // 「どの業種を狙えって」: whom a region goes after is its ターゲット (「誘致ターゲットは…」).
      ['島根に海外企業を呼び込むとき、どういう業種の会社を狙えって書いてあった？', 'ターゲット', true],
      // 「国がテーマ決めて競わせるタイプ」: a contest among clusters is the reports' コンペ.
      ['国がテーマ決めて競わせるタイプって、お金の出し方どう違うの？', 'コンペ', true],
    ];
    for (const [question, term, stands] of cases)
      expect(terms(question).has(term), `${question} → ${term}`).toBe(stands);
  });

  it("GIVEN 「海外企業を日本に呼ぶ」「旅費」 THEN the reports' 招く and 渡航費・滞在費 stand for them", () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery(
      '海外の企業を日本に呼ぶとき、何人分まで旅費を出してくれる？',
      tokenizer,
      undefined,
      table,
    );
    expect(query.terms.has('招く')).toBe(true);
    expect(query.terms.has('渡航')).toBe(true);
    expect(analyzeQuery('海外の企業を呼んで商談するには？', tokenizer, undefined, table).terms.has('招く')).toBe(true);
  });

  it('GIVEN "usable" responses THEN a survey\'s 有効 (有効回答) is looked for', () => {
    const query = analyzeQuery('What share of the questionnaires came back usable?', tokenizer, loadLexicon());
    expect(query.terms.has('有効')).toBe(true);
  });

  it('GIVEN 日本 THEN わが国, as the reports write it, stands for the same word of the question', () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery('日本は何をすべきだと提言してる？', tokenizer, undefined, table);
    expect(query.terms.has('わが国')).toBe(true);
    expect(query.concepts?.get('わが国')).toBe(query.concepts?.get('日本'));
    // Inside a longer word or name, 日本 is not Japan.
    expect(table.match('東日本大震災の後の復興は？')).toEqual([]);
    expect(table.match('日本総研の提言は？').map((m) => m.alias)).toEqual(['日本総研']);
  });

  it('adds the full form to the query terms', () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const query = analyzeQuery('産総研の拠点はどこ？', tokenizer, undefined, table);
    expect(query.terms.has('産業')).toBe(true);
    expect(query.aliases.map((a) => a.alias)).toContain('産総研');
  });
});

describe('English questions', () => {
  const lexicon = new Lexicon({ cluster: ['クラスター'], 'industrial cluster': ['産業クラスター'], survey: ['調査'] });

  it('translates phrases, longest first', () => {
    const out = lexicon.translate('Which industrial clusters did the survey cover?');
    expect(out.map((t) => t.ja)).toEqual(['産業クラスター', '調査']);
  });

  it('GIVEN an inflected verb the lexicon lists only in its base form THEN the base form is translated', () => {
    const verbs = new Lexicon({ produce: ['生産'], hold: ['開催'], plan: ['計画'], apply: ['応用'], locate: ['立地'] });
    expect(verbs.lookup('produced')).toEqual(['生産']);
    expect(verbs.lookup('producing')).toEqual(['生産']);
    expect(verbs.lookup('held')).toEqual(['開催']);
    expect(verbs.lookup('planned')).toEqual(['計画']);
    expect(verbs.lookup('applied')).toEqual(['応用']);
    expect(verbs.translate('Where is it located?').map((t) => t.ja)).toEqual(['立地']);
    // No base form of three letters or fewer: "red" is no "re".
    expect(new Lexicon({ re: ['再'] }).lookup('red')).toEqual([]);
    // The bundled lexicon gives the reports' sense: 立地, not 見つける.
    expect(loadLexicon().lookup('located')[0]).toBe('立地');
    // "researchers move to companies each year": 「毎年800人の研究者が…異動している」.
    expect(loadLexicon().lookup('moves')).toContain('異動');
    expect(
      loadLexicon()
        .translate('How many move out each year?')
        .map((t) => t.ja),
    ).toEqual(expect.arrayContaining(['異動', '毎年']));
  });

  it('GIVEN a foreign name the reports write in katakana or kanji THEN it is a name of the question, as they write it', () => {
    const names = new Lexicon({ office: ['事務所'] }, { aachen: ['アーヘン'], dalian: ['大連'], hull: ['ハル'] });
    const aachen = analyzeQuery("Where does Aachen's agency have offices?", tokenizer, names);
    expect(aachen.romanized).toEqual(['アーヘン']);
    expect(aachen.romanizedFrom?.get('アーヘン')).toBe('Aachen');
    expect(aachen.terms.get('アーヘン')).toBe(1);
    expect(analyzeQuery('What did Suwa firms do in Dalian?', tokenizer, names).romanized).toEqual(['大連']);
    // Only a capitalised word is a name: a ship's hull is not the port of Hull.
    expect(analyzeQuery('How thick is the hull?', tokenizer, names).romanized).toBeUndefined();
    // Names are not words: "Aachen" is translated by no other route, and nothing else by it.
    expect(names.lookup('aachen')).toEqual([]);
    // The bundled lexicon has the reports' foreign names from ENAMDICT, not a phrase of EDICT words.
    expect(loadLexicon().name('Bavaria')).toEqual(['バイエルン']);
    expect(loadLexicon().name('Silicon Valley')).toEqual([]);
  });

  it("GIVEN a possessive (Germany's, the survey's) THEN the word is translated", () => {
    const possessive = new Lexicon({ germany: ['ドイツ'], survey: ['調査'] });
    expect(possessive.translate("What is Germany's policy? What was the survey's result?").map((t) => t.ja)).toEqual([
      'ドイツ',
      '調査',
    ]);
  });

  it('GIVEN a hyphenated word the lexicon lacks THEN it is read as the phrase the lexicon has', () => {
    const phrases = new Lexicon({ 'next generation': ['次世代'], alloy: ['合金'] });
    expect(phrases.translate('What is next-generation manufacturing?').map((t) => t.ja)).toEqual(['次世代']);
    // Its parts alone are not read (「amorphous-alloy study」 names a report).
    expect(phrases.translate('the amorphous-alloy study').map((t) => t.ja)).toEqual([]);
  });

  it('GIVEN a fiscal year written short ("2014-15") THEN both years are terms, the second in full', () => {
    const query = analyzeQuery('How many SMEs did the HVM Catapult support in 2014-15?', tokenizer, lexicon);
    expect(query.terms.has('2014')).toBe(true);
    expect(query.terms.has('2015')).toBe(true);
    expect(analyzeQuery('2015/16年度の収入は？', tokenizer).terms.has('2016')).toBe(true);
    expect(analyzeQuery('1914-1918年の戦争', tokenizer).terms.has('1919')).toBe(false);
  });

  it('drops function words and keeps names at full weight', () => {
    const query = analyzeQuery('What did the JETRO survey find about clusters?', tokenizer, lexicon);
    expect(query.lang).toBe('en');
    expect(query.terms.has('the')).toBe(false);
    expect(query.terms.get('jetro')).toBe(1);
    expect(query.terms.has('調査')).toBe(true);
    expect(query.terms.get('find') ?? 0).toBeLessThan(1);
  });
});

describe('index text', () => {
  it('joins vertical and spaced-out labels', () => {
    expect(joinSpacedOut('自\n治\n体\n概要の説明')).toBe('自治体\n概要の説明');
    expect(joinSpacedOut('成 功 要 因\n本文')).toBe('成功要因\n本文');
    expect(joinSpacedOut('普通の文。\nもう一行')).toBe('普通の文。\nもう一行');
  });
});

describe('Japanese names in English questions', () => {
  it('romanizes readings the way English texts spell names', () => {
    expect(foldRomaji(romanize('コウベ'))).toBe(foldRomaji('Kobe'));
    expect(foldRomaji(romanize('ホッカイドウ'))).toBe(foldRomaji('Hokkaido'));
    expect(foldRomaji(romanize('アイヅ'))).toBe(foldRomaji('Aizu'));
    expect(foldRomaji(romanize('トウキョウ'))).toBe(foldRomaji('Tōkyō'));
    expect(foldRomaji(romanize('グンマ'))).toBe(foldRomaji('Gumma'));
  });

  it('finds the kanji names of the index vocabulary, also for hyphenated names', () => {
    const names = RomajiNames.fromTerms(['島根', '会津', '若松', '産業', 'クラスター'], tokenizer);
    expect(names.lookup('Shimane')).toEqual(['島根']);
    expect(names.lookup('Aizu-Wakamatsu')).toEqual(['会津', '若松']);
    expect(names.lookup('Sangyo')).toEqual([]);
    const query = analyzeQuery('What does the report say about Shimane?', tokenizer, undefined, undefined, () => names);
    expect(query.terms.get('島根')).toBe(1);
    // Japanese questions do not need it.
    const ja = analyzeQuery('Shimaneの取り組み', tokenizer, undefined, undefined, () => names);
    expect(ja.terms.has('島根')).toBe(false);
  });

  it('GIVEN a name in Latin letters and capitalized English words THEN the name is kept and the words count as their translations', () => {
    const names = RomajiNames.fromTerms(['興研', '先進', '技術'], tokenizer);
    const lexicon = new Lexicon({ advanced: ['先進'], technology: ['技術'], center: ['センター', '中心'] });
    const query = analyzeQuery(
      'Where did Koken set up its Advanced Technology Center?',
      tokenizer,
      lexicon,
      undefined,
      () => names,
    );
    expect(query.romanized).toEqual(['興研']);
    expect(query.terms.get('興研')).toBe(1);
    // "Advanced Technology Center" is 先進技術センター in the reports, not English words to match as a name.
    expect(query.terms.get('advanced')).toBeLessThan(1);
    expect(query.terms.get('先進')).toBeGreaterThan(query.terms.get('advanced')!);
    // A capitalized word the lexicon does not know is still a name.
    expect(query.terms.get('koken')).toBe(1);
  });

  it('GIVEN capitalized words the reports write as a name in Latin letters (America Makes) THEN they stay a name', () => {
    const lexicon = new Lexicon({ america: ['米国', 'アメリカ'], makes: ['作る'] });
    const asked = 'Where is America Makes located?';
    const written = analyzeQuery(
      asked,
      tokenizer,
      lexicon,
      undefined,
      undefined,
      undefined,
      () => 'オハイオ州ヤングスタウンの「america makes」',
    );
    expect(written.terms.get('makes')).toBe(1);
    const unwritten = analyzeQuery(asked, tokenizer, lexicon, undefined, undefined, undefined, () => '');
    expect(unwritten.terms.get('makes')).toBeLessThan(1);
  });
});

describe('the bundled lexicon', () => {
  it('translates words staff use that EDICT lacks: leading-edge, founded, business meetings, visitors', () => {
    const lexicon = loadLexicon();
    expect(lexicon.lookup('leading-edge')).toContain('先端');
    expect(lexicon.lookup('founded')).toContain('設立');
    expect(lexicon.lookup('business meetings')).toContain('商談');
    expect(lexicon.lookup('visitors')).toContain('来場者');
    expect(lexicon.lookup('members')).toContain('会員');
    expect(lexicon.lookup('indian')).toContain('インド');
    expect(lexicon.lookup('chosen')).toContain('選定');
    expect(lexicon.lookup('headcount')).toContain('職員数');
    expect(lexicon.lookup('invest')).toContain('出資');
    expect(lexicon.lookup('selected')).toContain('選定');
    // 「5年間に40百万ユーロの補助金」 answers "how much funding".
    expect(lexicon.lookup('funding')).toContain('補助金');
    // "Which fiscal years did the LL programme run?": a programme is 実施 (「LL事業実施期間」).
    expect(lexicon.lookup('run')[0]).toBe('実施');
    // "pharmaceutical production value" is 医薬品生産金額 (EDICT gives 製剤 only).
    expect(lexicon.lookup('pharmaceutical')).toContain('医薬品');
    expect(lexicon.lookup('production value')).toContain('生産額');
    // EDICT glosses 拡大 only as "expansion", 医療 not as "medical".
    expect(lexicon.lookup('expand')).toContain('拡大');
    expect(lexicon.lookup('medical')[0]).toBe('医療');
    // Senses EDICT ranks first that staff rarely mean come after theirs: report → 届け, industrial → インダストリアル,
    // results → 業績, type → 代表, size → 面積, money → マネー.
    expect(lexicon.lookup('report').slice(0, 3)).not.toContain('届け');
    expect(lexicon.lookup('industrial')[0]).toBe('産業');
    expect(lexicon.lookup('results')[0]).toBe('成果');
    expect(lexicon.lookup('types')[0]).toBe('類型');
    expect(lexicon.lookup('size')[0]).toBe('規模');
    expect(lexicon.lookup('money')[0]).toBe('資金');
    // Senses staff never mean are replaced, not only outranked: number → 員数, bureau → タンス, china → 韓国.
    expect(lexicon.lookup('number')).not.toContain('員数');
    expect(lexicon.lookup('bureau')).toEqual(['局', '経済産業局']);
    expect(lexicon.lookup('china')).toEqual(['中国']);
    expect(lexicon.lookup('report')).not.toContain('届け');
    // "compare with" is a comparison (図表「公的研究機関の比較」), not EDICT's 対する or 及ぶ.
    expect(lexicon.lookup('compare with')).toEqual(['比較', '比べ']);
  });

  it('reads an acronym in the plural (IMIs) as the acronym the reports write (IMI)', async () => {
    const tokenizer = await getTokenizer();
    const query = analyzeQuery('What target did Obama set for the number of IMIs?', tokenizer, loadLexicon());
    expect(query.terms.get('imi')).toBe(1);
  });
});

describe('a count of items stated', () => {
  it('GIVEN 「5つあったよね」, 「3本柱」 or "seven fields" THEN the same count is found in any width, in kanji, with any item counter', () => {
    const five = statedItemCount('組み合わせる要素って5つあったよね。何だっけ')!;
    expect(['「組織」という５つを提示', '五つの要素', '5項目'].every((text) => five.test(text))).toBe(true);
    expect(five.test('15のクラスター')).toBe(false);
    expect(five.test('2005年')).toBe(false);
    expect(statedItemCount('AMPの3本柱って何だっけ？')!.test('の3本柱に官民協働で')).toBe(true);
    expect(
      statedItemCount("Which seven fields were chosen for the UK's Catapult centres?")!.test('の7分野が選定'),
    ).toBe(true);
  });

  it('GIVEN an ordinal, a count of more than twelve or none THEN no count is stated', () => {
    expect(statedItemCount('二つ目になると落語家社会の中で立場的にどうみなされる')).toBeUndefined();
    expect(statedItemCount('カタパルトを2030年までに30分野に増やす計画、追加する分野はどれ？')).toBeUndefined();
    expect(statedItemCount('成功のポイントって何？')).toBeUndefined();
  });
});

describe('questionLanguage', () => {
  it('GIVEN an English question that glosses a Japanese name in brackets or quotes THEN it is English', () => {
    expect(
      questionLanguage('Who was the first CEO of the Hiroshima fund operator (ひろしまイノベーション推進機構)?'),
    ).toBe('en');
    expect(questionLanguage('What does "地域未来牽引企業" mean?')).toBe('en');
    // Begun in English and framed by English function words, around a Japanese name outside brackets.
    expect(
      questionLanguage(
        'Who was the first president of ひろしまイノベーション推進機構 (the fund operator)? I need the name.',
      ),
    ).toBe('en');
  });
  it('GIVEN a Japanese question with Latin names, in brackets or not THEN it is Japanese', () => {
    expect(questionLanguage('NRW.Global Business（ドイツ）って海外オフィスいくつ？')).toBe('ja');
    expect(questionLanguage('RESAS (地域経済分析システム) って何？')).toBe('ja');
    expect(questionLanguage('「地域未来牽引企業」って何？')).toBe('ja');
    expect(questionLanguage("it's OWLって先端クラスター競争に選ばれて、国からいくら補助が出たの？")).toBe('ja');
  });
});

describe('a Japanese name of two words in Latin letters (round 48)', () => {
  it('GIVEN "Tamagawa Seiki" THEN the run is read whole (多摩川精機); "Iizuka City" is read word by word', () => {
    const names = RomajiNames.fromTerms(['多摩川精機', '飯塚'], tokenizer);
    expect(names.has('Tamagawa Seiki')).toBe(true);
    expect(names.has('Iizuka City')).toBe(false);
    const seiki = analyzeQuery(
      'How many employees does Tamagawa Seiki have?',
      tokenizer,
      undefined,
      undefined,
      () => names,
    );
    expect(seiki.romanized).toEqual(['多摩川精機']);
    const iizuka = analyzeQuery(
      'What did Iizuka City do after it ended?',
      tokenizer,
      undefined,
      undefined,
      () => names,
    );
    expect(iizuka.romanized).toEqual(['飯塚']);
    expect(iizuka.romanizedFrom?.get('飯塚')).toBe('Iizuka');
  });
});

describe('a name of several English words standing for a Japanese compound (round 51)', () => {
  it('GIVEN "Shizuoka Cancer Center" and reports writing 静岡がんセンター THEN that compound is one of the names', () => {
    const names = RomajiNames.fromTerms(['静岡', '福島'], tokenizer);
    const shelf = '中核研究機関として静岡県立静岡がんセンターを開設。福島ロボットテストフィールドで実証。';
    const corpusText = () => shelf;
    const lexicon = loadLexicon();
    expect(compoundNames('Shizuoka Cancer Center', names, lexicon, corpusText)).toEqual([
      { name: '静岡がんセンター', from: 'Shizuoka Cancer Center' },
    ]);
    expect(compoundNames('Fukushima Robot Test Field', names, lexicon, corpusText)).toEqual([
      { name: '福島ロボットテストフィールド', from: 'Fukushima Robot Test Field' },
    ]);
    // Not written in the reports, or with no Japanese name in it: no compound.
    expect(compoundNames('Fukushima Cancer Center', names, lexicon, corpusText)).toEqual([]);
    expect(compoundNames('Robot Test Field', names, lexicon, corpusText)).toEqual([]);
    const query = analyzeQuery(
      'Who was the first director of the Shizuoka Cancer Center?',
      tokenizer,
      lexicon,
      undefined,
      () => names,
      undefined,
      corpusText,
    );
    expect(query.romanized).toContain('静岡がんセンター');
    expect(query.romanizedFrom?.get('静岡がんセンター')).toBe('Shizuoka Cancer Center');
  });
});

describe('a definition asked', () => {
  it('GIVEN 「島根のアモルファス合金の資料に出てくるRACIって何」 THEN the term defined outweighs the words placing it', () => {
    const { terms } = analyzeQuery('島根のアモルファス合金の資料に出てくるRACIって何？', tokenizer);
    expect(terms.get('raci')).toBeGreaterThan(2 * terms.get('島根')!);
    expect(terms.get('raci')).toBeGreaterThan(2 * terms.get('アモルファス')!);
    // Not in a question asking something else of it.
    const { terms: other } = analyzeQuery('島根のアモルファス合金の資料でRACIを入れたのはいつ？', tokenizer);
    expect(other.get('raci')).toBe(other.get('島根'));
  });
});

describe('a name asked of a season', () => {
  it('GIVEN 「…時期は秋にもあるが、これを何というか」 THEN a name is asked, not a date; 「…時期はいつ」 asks a date', () => {
    expect(answerShape('梅雨のような時期は秋にもあるが、これを何というか。')).toBeUndefined();
    expect(answerShape('例年５月～７月に起こる、雨の多い時期を何と呼ぶ？')).toBeUndefined();
    expect(answerShape('梅雨明けの時期はいつ？')?.test('7月下旬')).toBe(true);
  });
});

describe('round 55: words of staff questions in the reports’ words', () => {
  it('GIVEN "industrial estates" THEN they are the reports’ 工業団地', () => {
    const terms = analyzeQuery(
      'Which of the industrial estates in Kitakami is the largest?',
      tokenizer,
      loadLexicon(),
    ).terms;
    expect(terms.has('工業')).toBe(true);
    expect(terms.has('団地')).toBe(true);
  });
  it('GIVEN 「会社を呼んでこよう」 THEN companies attracted are 誘致; 「専門家を呼んだ」 is still 招聘', () => {
    const table = AliasTable.fromCorpus([], tokenizer);
    const terms = (question: string) => analyzeQuery(question, tokenizer, undefined, table).terms;
    expect(terms('海外からどういう業種の会社を呼んでこようって話になってる？').has('誘致')).toBe(true);
    expect(terms('海外から専門家を何人呼んだの？').has('誘致')).toBe(false);
    expect(terms('海外から専門家を何人呼んだの？').has('招聘')).toBe(true);
  });
});
