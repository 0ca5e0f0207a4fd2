/**
 * A count or amount asked about a named case (「長崎市と四川省のLLは何回」「飯塚市の予算はいくら」)
 * is answered only by a figure from a passage that names the case: another case's figure in a
 * passage that matched the question's other words does not answer it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { askedAttribute, askedAttributeEn } from '../../src/answering/asked-attribute.js';
import { composeExtractive } from '../../src/answering/extractive-composer.js';
import { passageUnits } from '../../src/answering/units.js';
import type { Passage } from '../../src/retrieval/passage.js';
import {
  askedCounter,
  askedFigure,
  asksTypes,
  asksWhenFuture,
  asksForCountry,
  asksForSite,
  askedName,
  askedRoleBodyEn,
  askedOrdinals,
  askedThing,
  askedYears,
  asksForCity,
  asksForContact,
  asksForYear,
  askedCount,
  countedKindEn,
  askedWhyEvent,
  asksDuration,
  DURATION,
  asksWhyEndedOrFell,
  askedWhenEvent,
  askedDating,
  asksForPeriod,
  asksActualFigure,
  comparedCountries,
  asksOutcome,
  asksWhatSaid,
  askedPart,
  askedPartEn,
  asksForPlace,
  asksTargetFigure,
  asksAchieved,
  askedHappening,
  asksHeadquarters,
  SAYS_SUPERLATIVE,
  askedBreakdown,
  asksDeadline,
  countedTopic,
  placeWithinCountry,
  askedRank,
  asksInYen,
  figureAskedOfCountry,
  asksSuccessor,
  SAYS_SUCCESSION,
  asksPlan,
  asksSuperlative,
  askedMeasureUnit,
  askedHappeningEn,
  asksWhichOfTwo,
  asksWhySited,
  asksApplicationDeadline,
  asksPersonSuccessor,
  asksForStation,
  HOW_MANY_SHAPE,
  namedOrdinals,
  officeHolder,
  asksPlaceInJapan,
  askedRoleEn,
  writesOrdinal,
  namedFigure,
  asksFee,
  askedBodyOf,
  asksForHospital,
  asksForMinistry,
  namesHospital,
  namesMinistry,
  asksPerMonth,
  SAYS_PER_MONTH,
  asksLanguage,
  saysLanguage,
  asksProcedure,
  SAYS_PROCEDURE,
  asksTitle,
  SAYS_TITLE,
  questionKind,
  comparedPair,
  comparedPairEn,
  definedTerm,
} from '../../src/retrieval/question-kind.js';
import { analyzeQuery } from '../../src/retrieval/query-analysis.js';
import { AliasTable, STATIC_ALIASES } from '../../src/retrieval/aliases.js';
import { RomajiNames } from '../../src/retrieval/romaji-names.js';
import { Lexicon, loadLexicon } from '../../src/retrieval/lexicon.js';
import {
  asWritten,
  entityTokens,
  mentionsAny,
  newEntityNamer,
  newPlaceNamer,
  questionNames,
  unseenNames,
} from '../../src/answering/unseen-names.js';
import { normalizeForIndex } from '../../src/text/normalize.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';

let tokenizer: KuromojiTokenizerAdapter;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

/** A passage found for a question; `section` is its path of headings, as the chunker makes it. */
function passage(
  id: string,
  text: string,
  score: number,
  doc = 'r.txt',
  section = ['事例'],
  more: Partial<Chunk> = {},
): Passage {
  const chunk: Chunk = { id, doc, title: '報告書', section, lines: [1, 5], text, seq: 0, ...more };
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

/**
 * `shelf`: more text of the reports than the passages found (how often a name occurs on the shelf
 * counts). `lexicon`: an English question's terms come through it, as the retriever analyses them.
 */
function compose(
  question: string,
  passages: Passage[],
  titles: Record<string, string> = {},
  shelf = '',
  lexicon?: Lexicon,
  /** The question as analysed, when the test reads it with more (aliases, Japanese names in Latin letters). */
  query = analyzeQuery(question, tokenizer, lexicon),
) {
  // The shelf has the passages' headings too (「HVMカタパルト」).
  const corpusText = normalizeForIndex(
    passages.map((p) => [...p.chunk.section, p.chunk.text].join('\n')).join('\n') +
      Object.values(titles).join('') +
      shelf,
  );
  return composeExtractive({
    question,
    lang: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(question) ? 'ja' : 'en',
    query,
    passages,
    reports: (doc) =>
      titles[doc] ? { file: doc, title: titles[doc], publisher: null, author: null, date: null } : undefined,
    tokenizer,
    idf: () => 1,
    corpusText: corpusText.replace(/\s+/g, ''),
  });
}

/** Text as the shelf's (`Pipeline.corpusText`): normalized, whitespace removed. */
function shelfOf(text: string): string {
  return normalizeForIndex(text).replace(/\s+/g, '');
}

/** The answer to a question from one passage of text. */
function answerTo(question: string, text: string) {
  return compose(question, [passage('q-1-1', text, 2)]);
}

/** A near miss: the question is refused (for `reason`) on `miss`, answered on `hit`. */
function expectNearMiss(question: string, miss: string, reason: RegExp, hit: string) {
  expect(answerTo(question, miss).abstainReason).toMatch(reason);
  expect(answerTo(question, hit).abstainReason).toBeNull();
}

describe('askedCounter', () => {
  it('GIVEN 何+counter THEN a numeral with that counter answers', () => {
    expect(askedCounter('ミッション派遣は何回やったの？')?.test('ミッション派遣：2回')).toBe(true);
    expect(askedCounter('何年度に始まったの？')?.test('《H19》 19年度に開始')).toBe(true);
    expect(askedCounter('ミッション派遣は何回やったの？')?.test('4. 参加企業のモチベーション')).toBe(false);
    expect(askedCounter('どんな成果が出たの？')).toBeUndefined();
  });
  it('GIVEN 何年に / 何年から (a point in time) THEN a year of the calendar or an era answers, not a duration', () => {
    const founded = askedCounter('㈱AIハヤブサって、何年に設立されたの？')!;
    expect(founded.test('会社設立50年を機に、AI開発に着手。')).toBe(false);
    expect(founded.test('2019年に㈱AIハヤブサを設立。')).toBe(true);
    expect(founded.test('平成30年に設立')).toBe(true);
    expect(askedCounter('LL事業は何年から始まった？')!.test("'96年度から開始")).toBe(true);
    // 「何年かかった」 counts years.
    expect(askedCounter('実用化まで何年かかったの？')!.test('実用化まで5年を要した')).toBe(true);
    expect(asksForYear('何年に設立されたの？')).toBe(true);
    expect(asksForYear('何年かかったの？')).toBe(false);
  });
  it('GIVEN a counter written another way in the text (か所/カ所, 回/度, 度/℃, 第240b条, 世界一) THEN it still answers', () => {
    expect(askedCounter('電子基準点は全国で約何か所にある？')?.test('約1,300ヶ所')).toBe(true);
    expect(askedCounter('正式名称は何回変更しているか')?.test('2度変更')).toBe(true);
    expect(askedCounter('沸点は何度くらい？')?.test('-30℃位')).toBe(true);
    expect(askedCounter('違法とするのは刑法何条？')?.test('刑法第240b条')).toBe(true);
    expect(askedCounter('自転車保有率は世界第何位?')?.test('世界一')).toBe(true);
    expect(askedCounter('1日に何回の検索を処理したか')?.test('4億回')).toBe(true);
    expect(askedCounter('参加大学は何校？')?.test('12校')).toBe(true);
    expect(askedCounter('何品目に付けられてるの？')?.test('約300品目')).toBe(true);
    // 何社会 names a society, not a count of companies.
    expect(askedCounter('何社会と呼ばれたか')).toBeUndefined();
    // 「もう一度」 counts nothing; 「三位一体の改革」 ranks nothing.
    expect(askedCounter('AOI会議は何回開催された？')?.test('もう一度検討する')).toBe(false);
    expect(askedCounter('何位だった？')?.test('三位一体の改革')).toBe(false);
  });
  it('GIVEN "how many" in English THEN a figure answers', () => {
    expect(askedCounter('How many labs have been designated?')?.test('全国で105の地域')).toBe(true);
    expect(askedCounter('How many labs have been designated?')?.test('各地で指定が進む')).toBe(false);
    // A year or a section number is not a count.
    expect(askedCounter('How many labs have been designated?')?.test('2016年に指定が始まった')).toBe(false);
    expect(askedCounter('How many labs have been designated?')?.test('2-1-1. 地方版IoT推進ラボ')).toBe(false);
    // Labs, named with three words before them, are counted as labs or sites, not companies.
    const labs = askedCounter('How many regional IoT promotion labs have been designated?')!;
    expect(labs.test('全国で105の地域を選定')).toBe(true);
    expect(labs.test('26カ国200社超')).toBe(false);
  });
  it('GIVEN a year asked (2018年度, FY2019, by 2007) THEN reads it in the forms reports write it; a name such as ハイテク戦略2020 is no year', () => {
    const y2008 = askedYears('2008年度の応募は何件？')[0]?.pattern;
    expect(y2008?.test('H20年度採択テーマ')).toBe(true);
    expect(y2008?.test('平成20年度')).toBe(true);
    expect(y2008?.test('h20年度')).toBe(true);
    expect(y2008?.test('H21年度')).toBe(false);
    expect(askedYears('How many were held in FY2019?')[0]?.pattern.test('令和元年度')).toBe(true);
    expect(askedYears('By 2007, how many companies?')).toHaveLength(1);
    expect(askedYears('How many page views in fiscal year 2020?').map(({ year }) => year)).toEqual([2020]);
    expect(askedYears('ドイツのハイテク戦略2020って、全体で予算はいくら？')).toHaveLength(0);
    expect(askedYears('How many jobs had it created as of 2020?').map(({ year }) => year)).toEqual([2020]);
    expect(askedYears('What was the headcount at the end of 2019?').map(({ year }) => year)).toEqual([2019]);
    // The digits of another number, or a word's last letter before a number, are no year.
    const y2018 = askedYears('2018年度の予算は？')[0]?.pattern;
    expect(y2018?.test('予算額は120180千円')).toBe(false);
    expect(y2008?.test('cooperation with 20 firms')).toBe(false);
    // An era year in the question is read as well.
    expect(askedYears('平成30年度は何回？')[0]?.pattern.test('2018年度')).toBe(true);
    expect(askedYears('between 2010 and 2015')).toHaveLength(2);
  });
  it('tells a question asking where (a place) from one asking which organisation', () => {
    expect(asksForPlace('LL事業で北海道が組んだ海外の相手地域ってどこだった？')).toBe(true);
    expect(asksForPlace('どこの国と交流したの？')).toBe(true);
    // A piece of land, or a place's name, asked for; not room left (余地).
    expect(asksForPlace('北九州のエコタウン、環境産業を集めた埋立地ってどこだっけ？')).toBe(true);
    expect(asksForPlace('エコタウンの場所、地名で知りたい')).toBe(true);
    expect(asksForPlace('改善の余地はどこにあるの？')).toBe(false);
    // A facility's name in brackets before どこ: 「『先進技術センター』ってどこにあるの」.
    expect(asksForPlace('興研がつくった『先進技術センター』ってどこにあるの？')).toBe(true);
    expect(asksForPlace('興研がR&D拠点を集約した「先進技術センター」、場所どこ？')).toBe(true);
    expect(asksForPlace('本社の所在地は？')).toBe(true);
    expect(asksForPlace('どういう場所を選んだの？')).toBe(false);
    expect(asksForPlace('Which Italian city did Toyama partner with?')).toBe(true);
    expect(asksForPlace('向こう側の実施主体ってどこだった？')).toBe(false);
    expect(asksForPlace('支援している組織ってどこ？')).toBe(false);
    expect(asksForPlace('国はどこまで支援するの？')).toBe(false);
    expect(asksForPlace('どの国際機関が関わってる？')).toBe(false);
    expect(asksForPlace('What is the state of hydrogen policy in Japan?')).toBe(false);
    expect(asksForPlace('In cases where funding ended, what happened?')).toBe(false);
    expect(asksForPlace('Where is the NCC based?')).toBe(true);
  });
  it('GIVEN an English question asking an amount of money in other words THEN an amount is asked', () => {
    expect(askedFigure("What's the maximum amount in yen that JETRO pays toward travel costs?")?.unit).toBe('円');
    expect(askedFigure('How much did the provincial government put in?')?.unit).toBe('円');
    // The verb far from "how much", after a long name.
    expect(
      askedFigure(
        'How much is the applied demonstration research hub for amorphous alloys in Shimane expected to cost to build?',
      )?.unit,
    ).toBe('円');
    expect(askedFigure('How much did the programme achieve?')).toBeUndefined();
    expect(askedFigure('How much did exports contribute to growth?')).toBeUndefined();
    // Members asked without a counter (「会員いくつくらいいるの」) are counted by their own nouns.
    expect(askedFigure('協議会って、会員いくつくらいいるの？')?.unit).toBe('機関');
    expect(askedFigure('メンバーってどのくらいいる？')?.unit).toBe('機関');
    // A rate asked how high is a share; a why-question stating one asks none.
    expect(askedFigure('RIT事業の採択率ってどれくらいだったの？')?.unit).toBe('%');
    expect(askedFigure('What was the valid response rate of the survey?')?.unit).toBe('%');
    expect(askedFigure('Why did the apartments have a vacancy rate of about 40%?')).toBeUndefined();
    expect(askedFigure('How much did the institutes receive from industry, as a percentage?')?.unit).toBe('%');
  });
  it('GIVEN a rank asked after a figure the question states THEN the rank is asked, not the figure', () => {
    expect(
      askedFigure('オランダ企業の数は193社であり、外資系企業として何番目の企業数となっているか？'),
    ).toBeUndefined();
  });
  it('GIVEN members counted (「会員って何社」) THEN 「376の法人会員」 gives the count; not when the members are the total of a part', () => {
    expect(
      askedFigure('いわての自動車関連産業の集積促進協議会、会員って何社くらい入ってる？')!.pattern.test(
        '376の法人会員からなり',
      ),
    ).toBe(true);
    expect(askedFigure('協議会の会員のうち、自動車メーカーって何社？')!.pattern.test('376の法人会員からなり')).toBe(
      false,
    );
    // 「会員っていま何社」「会員いま何社」: the members now, counted as members.
    for (const now of ['協議会、会員っていま何社くらい？', '協議会って、会員いま何社くらいいるんだっけ？'])
      expect(askedFigure(now)!.pattern.test('令和4年6月時点で376の法人会員からなり')).toBe(true);
    expect(askedFigure("Under JETRO's RIT program, what's the maximum yen amount JETRO covers?")?.unit).toBe('円');
    // 法人数 counts corporations (社), not people (人数); "member companies" are members too.
    const corporations = askedFigure('集積促進協議会って、会員の法人数どれくらい？')!;
    expect(corporations.unit).toBe('社');
    expect(corporations.pattern.test('令和4年6月時点で376の法人会員からなり')).toBe(true);
    const members = askedFigure("How many member companies does Iwate's automotive cluster council have?")!;
    expect(members.pattern.test('令和4年6月時点で376の法人会員からなり')).toBe(true);
    expect(askedFigure('研修の参加人数は？')?.unit).toBe('人');
    expect(askedFigure('HVMカタパルトの2015-16年度のスタッフ数ってどれくらい？')?.unit).toBe('人');
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
  it('GIVEN a count asked about a case whose box title (its section) names it, and lines that never do THEN quotes the count', () => {
    const box = [
      '（５）地方経済産業局が新規事業創出を支援する事例',
      'オープンイノベーション・マッチングスクエア（OIMS）（関東経済産業局）',
    ];
    const text = [
      '②取組',
      ' 2019年7月に専用Webページを開設。',
      '③成果',
      ' これまで349件のニーズ発信に対し、全国の地域企業から4,268件以上の提案を受領し、592件の商談が実現。',
    ].join('\n');
    const answer = compose(
      '関東経産局がやってるWebのマッチング（大手のパートナー探しニーズを載せるやつ）、実際に商談までいったのって何件？',
      [passage('o-1-4', text, 2, 'r.txt', box)],
      {},
      box.join('\n'),
    );
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('592件の商談');
  });
  it("GIVEN a city asked where a company did something and only its case title's home place THEN abstains", () => {
    const text =
      'フィリピン・カンボジア・インドネシア・日本において、車両にMCCSを搭載することで、位置情報等の各種データを収集する。';
    const answer = compose(
      'In which city in the Philippines did Global Mobility Service roll out its MCCS-equipped vehicles?',
      [passage('g-1-2', text, 2, 'r.txt', ['事例', 'Global Mobility Service株式会社（東京都）'])],
    );
    expect(answer.abstained).toBe(true);
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

const PARTNERS = [
  '欧州',
  '練馬区－フランス (アニメーション制作)\t千葉県－英国南西イングランド地域 (ライフサイエンス)',
  '浜松地域－ドイツ・イエナ (光装置関連産業)',
  '近畿地域－オランダ (食品産業)\t諏訪地域－スイス (マイクロマシン)',
].join('\n');
const HOKKAIDO =
  '北海道の例:\n北海道内のIT企業のビジネスチャンス拡大を目標に、国内外の他地域とのビジネス連携を図る取組を行うもの。';

describe('a year asked in English', () => {
  it('GIVEN "in what year" and passages without a year THEN abstains and says a year was not found', () => {
    const answer = compose('In what year was AGIT founded?', [
      passage('g-1-1', 'AGITはアーヘン地域の経済振興機関で、企業誘致を担う。', 2),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('year');
  });
});

describe('a case named by a long katakana word kuromoji does not tag', () => {
  it('GIVEN a rare katakana name THEN it names the case; one the shelf mentions everywhere does not', () => {
    // A shelf of 44,000 characters: a name mentioned up to twice is rare.
    const filler = '地域の産業政策を記す。'.repeat(4000);
    const shelf = normalizeForIndex(`ファルマバレーセンターが開所した。${'クラスターの支援。'.repeat(10)}${filler}`);
    expect(questionNames('ファルマバレーセンターの年間予算っていくら？', tokenizer, shelf)).toContain(
      'ファルマバレーセンター',
    );
    expect(questionNames('クラスターの年間予算っていくら？', tokenizer, shelf)).toEqual([]);
  });
  it("GIVEN a budget asked about that case and only another body's budget THEN abstains", () => {
    const answer = compose(
      'ファルマバレーセンターの年間予算っていくらくらい？',
      [
        passage(
          'd-1-1',
          '【ダルムシュタット工科大学の事例】\n年間予算は約550万ユーロであるが、うち2/3が企業から提供された資金となっている。',
          2,
        ),
        passage('p-1-1', '2003年にプロジェクトの中核的支援機関「ファルマバレーセンター」が開所。', 1.5),
      ],
      {},
      '地域の産業政策を記す。'.repeat(4000),
    );
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/figure/);
  });
});

describe('a body named by a rare acronym', () => {
  it('GIVEN a word in Latin letters the shelf only glosses in brackets (Fraunhofer) THEN it names no body; K-RIP and manorda do', () => {
    const shelf = normalizeForIndex(
      `フラウンホーファー研究機構 (Fraunhofer-Gesellschaft)。K-RIP。manorda（マノルダ）いわて。${'地域の産業政策を記す。'.repeat(4000)}`,
    );
    expect(questionNames('Fraunhoferのスタッフって何人くらい？', tokenizer, shelf)).toEqual([]);
    expect(questionNames('manordaいわてって何年に設立？', tokenizer, shelf)).toContain('manorda');
    expect(questionNames('K-RIPのエコ塾は何回？', tokenizer, shelf)).toContain('k-rip');
  });
  it("GIVEN an English question quoting the reports' Japanese term THEN its English words are still no names", () => {
    // "regional" is written in the shelf (an English title), seldom; the question is English all the same.
    const shelf = normalizeForIndex(
      `Regional Innovation Report。地域未来牽引企業。${'地域の産業政策を記す。'.repeat(4000)}`,
    );
    const asked = 'For the survey of the regional future-leading companies (地域未来牽引企業), when was it run?';
    expect(questionNames(asked, tokenizer, shelf)).not.toContain('regional');
    expect(
      questionNames('manordaいわてって何年に設立？', tokenizer, shelf + normalizeForIndex('manorda（マノルダ）')),
    ).toContain('manorda');
  });
  it('GIVEN an English question naming a body by acronym (COVE) and stating the total in millions THEN neither another body nor the total answers', () => {
    const asked =
      'Of the roughly 20 million dollars that went into COVE in Halifax, how much did the Nova Scotia provincial government put in?';
    const shelf = '地域の産業政策を記す。'.repeat(4000);
    const total = passage('v-1-1', 'COVEには、国の戦略投資基金やノバスコシア州が出資した（約2,000万ドル）。', 2);
    const other = passage('v-1-2', 'America Makesには連邦政府が5,000万ドルを出資し、州も1,800万ドルを拠出した。', 1.9);
    const none = compose(asked, [total, other], {}, shelf);
    expect(none.abstained).toBe(true);
    // "How many … dollars" asks for the amount as well.
    expect(
      compose('How many of the roughly 20 million dollars did Nova Scotia put into COVE?', [total, other], {}, shelf)
        .abstained,
    ).toBe(true);
    const share = passage('v-1-3', 'COVEには、ノバスコシア州が約500万ドルを出資した。', 2);
    expect(compose(asked, [share, other], {}, shelf).abstainReason).toBeNull();
  });

  it('GIVEN the members of a cluster asked and only the participants of its events THEN abstains', () => {
    const answer = compose('ドイツのクラスターの会員って何人くらいいるの？', [
      passage(
        'g-1-1',
        '• ドイツのクラスターは交流イベントを開催。開催されたイベントは8,000件以上で、6万4,000人以上が参加。',
        2,
      ),
    ]);
    expect(answer.abstained).toBe(true);
  });
  it('GIVEN the passage names K-RIP but not 九州, and gives the count in the sentence after the one naming エコ塾 THEN it answers', () => {
    const krip = [
      '• K-RIPを中心に取組を継続。',
      '• 「エコ塾」は近年、企業プレゼンに加えて専門家による講演等も実施。2021年２月末までに133回開催。',
    ].join('\n');
    const question = '九州のK-RIPがやってる「エコ塾」って、これまで何回開催されてる？';
    const shelf = '地域の産業政策を記す。'.repeat(4000);
    expect(questionNames(question, tokenizer, normalizeForIndex(`${krip}九州の産業${shelf}`))).toContain('k-rip');
    const answer = compose(question, [passage('k-1-2', krip, 2)], {}, `九州の産業${shelf}`);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('133回');
  });
});

describe('a figure asked for a year', () => {
  const AIZU = '会津大学では、産学官が参加するAOI会議が開催されている。（2019年度開催実績：310回）';
  it('GIVEN a count asked for a year and only the count of another year THEN abstains', () => {
    // Another passage mentions 2018: the year is not unseen, only the count for it is missing.
    const answer = compose('会津大学のAOI会議って、2018年度は何回開催されてた？', [
      passage('a-1-2', AIZU, 2),
      passage('b-1-1', '2018年度には、会津若松市にICTオフィスが開所した。', 1.5),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/count for 2018/);
    // The reply says what is missing, in the user's words.
    expect(answer.text).toContain('2018年についての数値が見つかりませんでした');
    // The near miss is shown first among the related passages, quoted at the figure it gives.
    expect(answer.related[0]?.quote).toContain('310回');
  });
  it('GIVEN the year stated with the count THEN quotes the count', () => {
    const answer = compose('会津大学のAOI会議って、2019年度は何回開催されてた？', [passage('a-1-2', AIZU, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote).join('\n')).toContain('310回');
  });
  // A slide of figures for several years, and a sentence of another year farther down.
  const pv = (latest: string) =>
    [
      'RESASのページビュー(PV)数の推移',
      '＜スタート時＞',
      '358万PV（2015年度）',
      '＜直近＞',
      latest,
      'RESASの利用は自治体職員を中心に広がっている。',
      '地域経済の分析に使われるRESASの機能も拡充された。',
      '2020年６月に、RESASを補うV-RESASの運用を開始。',
    ].join('\n');
  it('GIVEN a figure named for a year (「2020年度のページビュー数って出てる？」) and only figures of other years THEN abstains; the figure said for that year answers', () => {
    const asked = 'RESASの2020年度のページビュー数って出てる？';
    const none = compose(asked, [passage('v-1-8', pv('715万PV（2019年度）'), 2)]);
    expect(none.abstainReason).toMatch(/figure for 2020/);
    const given = compose(asked, [passage('v-1-9', pv('800万PV（2020年度）'), 2)]);
    expect(given.abstainReason).toBeNull();
    // Asked by its order of magnitude and unit (「何万PV」) rather than by 「数」.
    const magnitude = 'RESASの2020年度のページビューって何万PVだった？';
    expect(compose(magnitude, [passage('v-1-8', pv('715万PV（2019年度）'), 2)]).abstainReason).toMatch(
      /figure for 2020/,
    );
    expect(compose(magnitude, [passage('v-1-9', pv('800万PV（2020年度）'), 2)]).abstainReason).toBeNull();
  });
  it('GIVEN a year naming the report found (its date) THEN it names the report, not the year of the figure asked', () => {
    const asked = '2008年のJETROの国際産業連携の成功要因調査、アンケートってどのくらい返ってきたの？回収率知りたい';
    const survey = ['アンケート調査の概要', '発送数：183件', '有効回答数：131件', '有効回答率：71.6%'].join('\n');
    const composeDated = (date: string | null, question = asked) =>
      composeExtractive({
        question,
        lang: 'ja',
        query: analyzeQuery(question, tokenizer),
        passages: [passage('y-1-1', survey, 2, 'jetro.txt')],
        reports: (doc) =>
          doc === 'jetro.txt'
            ? {
                file: doc,
                title: '産業集積地における国際産業連携の成功要因調査',
                publisher: 'ジェトロ',
                author: null,
                date,
              }
            : undefined,
        tokenizer,
        idf: () => 1,
        corpusText: shelfOf(`JETRO${survey}`),
      });
    expect(composeDated('2008-06-18').abstainReason).toBeNull();
    // A report of another year: 2008 is then the year asked, and no passage says it.
    expect(composeDated('2012-03-31').abstainReason).toMatch(/2008/);
    // 「調べもの」 is a report too, in everyday words (round 51).
    const everyday = '2008年のLL事業の成功要因の調べもの、アンケートってどのくらい返ってきた？回収率が知りたい';
    expect(composeDated('2008-06-18', everyday).abstainReason).toBeNull();
    expect(composeDated('2012-03-31', everyday).abstainReason).toMatch(/2008/);
  });

  it('GIVEN a figure for a year that is a count of years (「1970年の可採年数は約35年」) THEN it answers: 35年 is no date', () => {
    const oil =
      '例えばBP統計によれば、1970年の可採年数は約35年であったが、2005年に石油が枯渇したという事実はない。ちなみに2007年度末の価格での可採年数は41.6年であった。';
    expect(
      compose('1970年の石油の可採年数は', [passage('o-1-1', oil, 2, 'oil.txt')], { 'oil.txt': '石油' }).abstainReason,
    ).toBeNull();
    expect(
      compose('1980年の石油の可採年数は', [passage('o-1-1', oil, 2, 'oil.txt')], { 'oil.txt': '石油' }).abstained,
    ).toBe(true);
  });
});

describe('a question asking which thing, by name', () => {
  it('reads 「具体的に何の商品」「具体的な商品って何」「なんていう展示会」, not 「具体的にどんな成果」', () => {
    expect(askedThing('A社って、具体的に何の商品を輸入しようとしてたの？')).toBe('商品');
    expect(askedThing('A社が輸入しようとしてた具体的な商品って何だったの？')).toBe('商品');
    expect(askedThing('出展を勧めた韓国の展示会って、なんていう展示会？')).toBe('展示会');
    expect(askedThing('A社が輸入しようとしてた商品って具体的に何？')).toBe('商品');
    expect(askedThing('EUで売るために臨床実験を始めたのって何の製品？')).toBe('製品');
    expect(askedThing('岩手と大連のRITって、具体的にどんな成果が出てる？')).toBeUndefined();
    expect(askedThing('それってなんて技術的に難しいの？')).toBeUndefined();
  });

  it('GIVEN passages that only say 具体的商品 THEN abstains; a product named in brackets answers', () => {
    const asked = '長崎市のLL事業で核になったA社って、具体的に何の商品を輸入しようとしてたの？';
    const vague =
      '特定地域からの具体的商品輸入のアイデアを出し、ビジネスとしての目的意識を強く持ったA社が核となり、長崎市の企業と交流を開始した。';
    const none = compose(asked, [passage('a-1-1', vague, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('商品の名前');
    const named = compose(asked, [
      passage('a-1-2', `${vague}\nA社は長崎市で四川省の「蜀錦」を輸入する商品として選んだ。`, 2),
    ]);
    expect(named.abstainReason).toBeNull();
  });
});

describe('a year asked of an event', () => {
  const CASE = [
    '福島県—スウェーデン(医療福祉機器産業)',
    '- ・2003—2006年度',
    // A year line on the case that says nothing of the event: its places only.
    '- ・2003年度に福島県とスウェーデンが交流開始',
    '日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始',
  ].join('\n');

  // The lines of the case sit under its title, as the chunker makes them.
  const underTitle = (id: string, text: string) =>
    passage(id, text, 2, 'r.txt', ['LL事業', '福島県—スウェーデン(医療福祉機器産業)']);

  it('GIVEN the year of the case but not of the event THEN abstains; a year said of the event answers', () => {
    const asked = '福島の乳がんチェッカー、スウェーデン企業との臨床実験って何年にスタートしたの？';
    const none = compose(asked, [underTitle('c-1-3', CASE)]);
    expect(none.abstained).toBe(true);
    const dated = compose(asked, [underTitle('c-1-4', `${CASE}\n2005年に乳がんチェッカーの臨床実験を開始した。`)]);
    expect(dated.abstainReason).toBeNull();
    expect(dated.citations[0]?.quote).toContain('2005年');
  });

  it('GIVEN a bullet opening with 「結果、」 THEN it is read with the bullet before it', () => {
    const text = [
      '• 2000年に、四日市企業立地促進条例が制定され、既存事業所の新増設にも適用される助成制度が策定された。',
      '• 結果、2003年までに22社43事業所が同制度を活用し、計727億円余りの新規投資に至った。',
    ].join('\n');
    const answer = compose('四日市の企業立地促進条例、2003年までで何社くらいが使ったの？', [passage('y-1-2', text, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('22社');
  });

  it('GIVEN how much asked for a year and a passage giving only that year, no figure for it THEN abstains', () => {
    const asked = 'RESASのページビューって、2020年度はどれくらいだった？';
    const none = compose(asked, [
      passage('r-1-2', 'RESASのページビューは、2020年度から地域の職員に広く使われるようになった。', 2),
    ]);
    expect(none.abstained).toBe(true);
    expect(none.abstainReason).toMatch(/2020/);
    // Years are no figure for the year: 「2019年度から2020年度にかけて」.
    const years = compose(asked, [passage('r-1-4', 'RESASのページビューは、2019年度から2020年度にかけて伸びた。', 2)]);
    expect(years.abstained).toBe(true);
    const figure = compose(asked, [passage('r-1-3', 'RESASのページビューは、2020年度に約1,200万件に達した。', 2)]);
    expect(figure.abstainReason).toBeNull();
  });

  it("GIVEN visitors (来場者数) asked for a year and only another year's count THEN abstains", () => {
    expect(askedFigure('2021年の来場者数って出てる？')?.unit).toBe('人');
    expect(askedFigure('購読者数のピークは何部？')?.unit).toBeUndefined();
    const answer = compose('諏訪圏工業メッセ、2021年の来場者数って出てる？', [
      passage('m-1-1', '「諏訪圏工業メッセ」を毎年実施（2019年の出展企業数425社・来場者数27,841人）。', 2),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/2021/);
  });
});

describe('what a count question counts', () => {
  const MESSE = '引き続き、「諏訪圏工業メッセ」を毎年実施（2019年の出展企業数425社・来場者数27,841人）。';
  it('reads the topic of the counting clause, not the subject of another verb', () => {
    expect(countedTopic('諏訪圏工業メッセって、海外からの出展企業は何社くらい来てる？')).toEqual({
      topic: '海外からの出展企業',
      counter: '社',
    });
    expect(countedTopic('RIT事業の平成20年度って、応募は何件あって採択率は？')?.topic).toBe('応募');
    expect(countedTopic('ヘルシーDoって、北海道庁が何品目くらい認定してるの？')).toBeUndefined();
    // The deed counted, after the count: 成約 is not the 商談 held, nor is 「何年間支援」 a deed of 間支援.
    expect(countedTopic('関東局のOIMSの商談、最終的に何件成約したの？')?.topic).toBe('成約');
    expect(countedTopic('関東経産局のOIMSって、商談何件ぐらい成立してる？')).toBeUndefined();
    expect(countedTopic('RIT事業の案件、最長で何年間支援してもらえるの？')).toBeUndefined();
  });
  it('GIVEN exhibitors from abroad asked and only the count of all exhibitors THEN abstains', () => {
    const answer = compose('諏訪圏工業メッセって、海外からの出展企業は何社くらい来てる？', [
      passage('m-1-1', MESSE, 2),
    ]);
    expect(answer.abstained).toBe(true);
    // The reply names what was not counted, and shows the total as the near miss.
    expect(answer.text).toContain('「海外からの出展企業」の数を示す記述が見つかりませんでした');
    expect(answer.related[0]?.quote).toContain('425社');
  });
  it('GIVEN contracts asked and only the meetings held counted THEN abstains; the meetings asked, it answers', () => {
    const OIMS =
      'OIMSでは、これまで349件のニーズ発信に対し、全国の地域企業から4,268件以上の提案を受領し、592件の商談が実現。';
    const contracts = compose('OIMSの商談、最終的に何件成約したの？', [passage('o-1-1', OIMS, 2)]);
    expect(contracts.abstained).toBe(true);
    expect(contracts.abstainReason).toBe('no passage gives the figure for 「成約」');
    const meetings = compose('OIMSって、これまでに商談が何件くらい実現したの？', [passage('o-1-1', OIMS, 2)]);
    expect(meetings.abstainReason).toBeNull();
    expect(meetings.citations[0]?.quote).toContain('592件の商談');
  });
  it('GIVEN all exhibitors asked THEN the count answers', () => {
    const answer = compose('諏訪圏工業メッセって、出展企業は何社くらい来てる？', [passage('m-1-1', MESSE, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('425社');
  });
  it('GIVEN applications asked and only the count adopted THEN abstains', () => {
    const rit = 'RIT事業の平成20年度採択テーマ：新たに8件採択（継続案件を含め計15件）。';
    const answer = compose('RIT事業の平成20年度って、応募は何件あった？', [passage('r-1-1', rit, 2)]);
    expect(answer.abstained).toBe(true);
    const adopted = compose('RIT事業の平成20年度って、採択は何件あった？', [passage('r-1-1', rit, 2)]);
    expect(adopted.abstainReason).toBeNull();
  });
  it('GIVEN a total the question states (150社) and a passage giving only that total THEN abstains', () => {
    const led = '徳島県のLED関連企業は150社に増えた。';
    const answer = compose('徳島のLED関連企業150社のうち、大学発の企業って何社くらい？', [passage('l-1-2', led, 2)]);
    expect(answer.abstained).toBe(true);
    const more = compose('徳島のLED関連企業150社のうち、大学発の企業って何社くらい？', [
      passage('l-1-3', `${led}\nうち大学発の企業は12社である。`, 2),
    ]);
    expect(more.abstainReason).toBeNull();
  });
  it('GIVEN companies from outside the prefecture asked and the count of those in it THEN abstains (県外 is not 県内)', () => {
    const led = '徳島県内LED関連企業数 10社(2005年)⇒150社(2019年)。知事のリーダーシップで戦略的に企業誘致を進めた。';
    const answer = compose('徳島のLED関連企業150社のうち、県外から誘致してきた企業って何社くらい？', [
      passage('l-1-1', led, 2),
    ]);
    expect(answer.abstained).toBe(true);
  });
  it('GIVEN the companies of a place counted and a table whose other row names the place THEN abstains', () => {
    const centres = [
      '（図表20）HVMカタパルトのセンター',
      'センター\t所在地\t概要',
      '先進製造研究センター (AMRC)\tロザラム\tシェフィールド大学が設立した研究所をベースに約70社が参画',
      '高機能成形研究センター (AFRC)\tグラスゴー\tストラスクライド大学、スコットランド政府の共同事業',
    ].join('\n');
    const question = 'HVMカタパルトの支援先1,514社のうち、スコットランドの企業って何社？';
    const answer = compose(question, [passage('h-1-1', centres, 2, 'r.txt', ['HVMカタパルト'])]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「スコットランドの企業」の数');
    // The row of the place itself, or a passage about the place, gives its count.
    const own = centres.replace('スコットランド政府の共同事業', 'スコットランド政府の共同事業、約40社が参画');
    expect(compose(question, [passage('h-1-1', own, 2, 'r.txt', ['HVMカタパルト'])]).abstainReason).toBeNull();
    const about = 'スコットランドの支援先企業は約300社である。';
    expect(compose(question, [passage('h-1-2', about, 2, 'r.txt', ['HVMカタパルト'])]).abstainReason).toBeNull();
  });
  it('GIVEN the year in what is counted (「2014-15年度に支援した企業」) and a table headed 2014-2015 THEN the row answers', () => {
    const results = [
      '（図表19）HVMカタパルトの実績',
      '',
      '内容\t2013-2014\t2014-2015',
      '支援先企業\t1,515社\t1,514社（うち中小企業629社）',
    ].join('\n');
    const answer = compose('HVMカタパルトが2014-15年度に支援した企業って何社？', [passage('h-1-3', results, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('1,514社');
  });
  it("GIVEN an amount asked about a case study and its figure under the case's box title (【…の事例】) THEN it answers", () => {
    const box = [
      'ドイツ連邦政府は、中小企業のデジタル導入を促進する「Mittelstand-Digital」政策を実施。',
      '【ダルムシュタット工科大学 コンペテンスセンターの事例】',
      '• 中小企業のデジタル実装化を担う専門家をトレーニング・養成し、地域の企業に派遣。',
      '• コンペテンスセンターの常勤職員は83人。年間予算は約550万ユーロであるが、うち2/3が企業から提供された資金となっている。',
    ].join('\n');
    const section = [
      '（参考）ドイツにおける地域デジタル・イノベーション促進策',
      '【ダルムシュタット工科大学 コンペテンスセンターの事例】',
    ];
    const answer = compose(
      'ドイツのMittelstand-Digitalで紹介されてるダルムシュタット工科大学のセンター、人員と予算ってどのくらい？',
      [passage('d-1-1', box, 2, 'r.txt', section)],
    );
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote).join('\n')).toContain('約550万ユーロ');
  });
  it('GIVEN a count whose topic is not the kind the counter counts THEN the topic need not be said', () => {
    // 作曲家 is who had the children, not what 何人 counts.
    const answer = compose('その作曲家は何人の子供をもうけた？', [passage('g-1-1', '彼は2人の子供をもうけた。', 2)]);
    expect(answer.abstainReason).toBeNull();
  });
  it('GIVEN 案件 counted THEN the count need not say 案件; an act counted (応募) must be said', () => {
    const adopted = 'RIT事業では、平成20年度に新たに8件を採択した。';
    expect(compose('RIT事業の案件は何件？', [passage('r-1-1', adopted, 2)]).abstainReason).toBeNull();
    expect(compose('RIT事業の応募は何件？', [passage('r-1-1', adopted, 2)]).abstained).toBe(true);
  });
});

describe('a figure asked for a numbered stage', () => {
  const POLES =
    'フランスの競争力拠点71拠点のうち、経済的な成果等の目標を達成した拠点は、第1フェーズ（～2008年）は39拠点・第2フェーズ（～2012年）は20拠点。';
  it('reads 第3フェーズ, 第二期 in digits or kanji, and 何拠点 as a count', () => {
    const [stage] = askedOrdinals('第3フェーズに成果目標を達成したのって何拠点？');
    expect(stage?.text).toBe('第3フェーズ');
    expect(writesOrdinal('第三フェーズ', stage!)).toBe(true);
    expect(writesOrdinal('第3フェーズ', stage!)).toBe(true);
    expect(writesOrdinal('第13フェーズ', stage!)).toBe(false);
    expect(writesOrdinal('第2期', askedOrdinals('第二期計画の予算は？')[0]!)).toBe(true);
    expect(askedOrdinals('どんな成果が出たの？')).toEqual([]);
    expect(askedCounter('何拠点が達成したの？')?.test('39拠点')).toBe(true);
    expect(askedCounter('何団体くらい参加してるの？')?.test('33団体が推進会議に参加')).toBe(true);
  });
  it('GIVEN the count asked for the third phase and only those of the first two THEN abstains and says so', () => {
    const answer = compose('フランスの競争力拠点で、第3フェーズに成果目標を達成したのって何拠点？', [
      passage('p-1-1', POLES, 2),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('第3フェーズについての');
    expect(answer.related[0]?.quote).toContain('39拠点');
  });
  it('GIVEN the count asked for a phase the passage states THEN quotes it', () => {
    const answer = compose('フランスの競争力拠点で、第2フェーズに成果目標を達成したのって何拠点？', [
      passage('p-1-1', POLES, 2),
    ]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('20拠点');
  });
});

describe('a question asking where', () => {
  it('GIVEN a city asked for and only a country new to the question THEN abstains; a city answers', () => {
    expect(asksForCity('中国のどの都市に置いてるの？')).toBe(true);
    expect(asksForCity('同社の製品はどこの市場で売れてる？')).toBe(false);
    expect(asksForCity('相手地域ってどこ？')).toBe(false);
    const offices = 'AGITは中国・韓国オフィスでの営業活動を行っている。';
    const asked = 'AGITって中国にもオフィスあるけど、中国のどの都市に置いてるの？';
    const country = compose(asked, [passage('o-1-1', offices, 2)]);
    expect(country.abstained).toBe(true);
    expect(country.abstainReason).toMatch(/place/);
    const city = compose(asked, [passage('o-1-2', `${offices}\n中国の拠点は上海市に置かれている。`, 2)]);
    expect(city.abstainReason).toBeNull();
    // 「どこ（何市）にあるの」: a city asked by its counter word; the countries it works with are no answer.
    const which = '金沢工業大学のICCって、どこ（何市）にあるの？';
    expect(asksForCity(which)).toBe(true);
    expect(asksForPlace(which)).toBe(true);
    const abroad =
      'ICC（Innovative Composite Center）が中心となり、海外（ドイツ・フランス等）のクラスターとの連携を進めている。';
    expect(compose(which, [passage('o-1-3', abroad, 2)]).abstainReason).toMatch(/place/);
    const home = `${abroad}\nICCは石川県野々市市の扇が丘キャンパスにある。`;
    expect(compose(which, [passage('o-1-4', home, 2)]).abstainReason).toBeNull();
  });

  it("GIVEN the municipality of a facility asked and only a region or another facility's name THEN abstains", () => {
    const asked = '福島ロボットテストフィールドってどこの市町村にあるの？';
    const text = [
      '福島県浜通り地域等における産業の復興のため、新たな産業の創出を目指す構想。',
      '廃炉作業に必要な実証試験を実施する「楢葉遠隔技術開発センター」、ロボットの使用環境を再現した「福島ロボットテストフィールド」を整備。',
    ].join('\n');
    const none = compose(asked, [passage('o-1-9', text, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.abstainReason).toMatch(/place/);
    const there = `${text}\n福島ロボットテストフィールドは南相馬市に整備された。`;
    expect(compose(asked, [passage('o-1-10', there, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN a city asked for and only a continent (欧州) or a field named in loanwords THEN abstains', () => {
    const asked = 'その研究所って、ドイツのどの街にあるの？';
    const wide = compose(asked, [passage('o-1-3', 'その研究所は欧州最大の応用研究機関である。', 2)]);
    expect(wide.abstainReason).toMatch(/place/);
    const fields = compose(asked, [
      passage('o-1-4', 'その研究所の分野は、高付加価値製造、コネクテッド・デジタル・エコノミー、輸送などである。', 2),
    ]);
    expect(fields.abstainReason).toMatch(/place/);
    const city = compose(asked, [passage('o-1-5', 'その研究所はレムゴー市にある。', 2)]);
    expect(city.abstainReason).toBeNull();
  });

  it('GIVEN the case asked about and its partner on a table line THEN quotes the line naming the place', () => {
    const answer = compose('浜松地域が組んだドイツの相手地域ってどこだった？', [passage('r-1-4', PARTNERS, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote).join('\n')).toContain('イエナ');
  });
  it("GIVEN a table of cases whose cell for the case names no place beyond the question THEN other cases' places do not answer", () => {
    const answer = compose('練馬区がフランスと組んだ相手の都市ってどこ？', [passage('r-1-4', PARTNERS, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/place/);
  });
  it('GIVEN an English question naming the case in Latin letters (Suwa) THEN only the cell on that case counts', () => {
    const rit =
      '近畿地域－オランダ (食品産業)\t諏訪地域－スイス (マイクロマシン)\t北九州市－ベトナム・ハノイ市 (ITソフトウェア)';
    const question =
      'In the RIT programme the Suwa region teamed up with Switzerland. Which Swiss city was the partner?';
    const query = { ...analyzeQuery(question, tokenizer), romanized: ['諏訪'] };
    const answer = composeExtractive({
      question,
      lang: 'en',
      query,
      passages: [passage('e-1-1', rit, 2)],
      reports: () => undefined,
      idf: () => 1,
      tokenizer,
      corpusText: normalizeForIndex(rit),
    });
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/諏訪.*place/);
  });

  it("GIVEN a city asked for and the case's line names only the country and its field (オプトロニクス) THEN abstains", () => {
    const rit =
      '近畿地域－オランダ (食品産業)\t浜松地域－スイス (オプトロニクス)\t北九州市－ベトナム・ハノイ市 (ITソフトウェア)';
    const answer = compose('浜松とスイスの交流って、スイスのどの都市と組んでたの？', [passage('c-1-1', rit, 2)]);
    expect(answer.abstainReason).toMatch(/place/);
    const city = compose('北九州市とベトナムの交流って、ベトナムのどの都市と組んでたの？', [passage('c-1-2', rit, 2)]);
    expect(city.abstainReason).toBeNull();
  });

  it('GIVEN a city asked for (どの市) and only prefectures THEN abstains', () => {
    expect(asksForPlace('テキサスのどの市と組んでたんだっけ？')).toBe(true);
    expect(asksForPlace('どの市場を狙ってたの？')).toBe(false);
    expect(asksForCity('フラウンホーファーIOSB-INAって、ドイツのどの街にあるの？')).toBe(true);
    const text =
      '大分県では、分身ロボットと５Gのコラボにより接客サービスを実証。\n神奈川県では、分身ロボットを使い、在宅勤務者が来庁者を案内。';
    const answer = compose('オリィ研究所の分身ロボット×5Gの実証、大分県のどこの市でやったの？', [
      passage('o-1-2', text, 2, 'r.txt', ['事例', '株式会社オリィ研究所（大分県・神奈川県等）']),
    ]);
    expect(answer.abstainReason).toMatch(/place/);
  });

  it('GIVEN a table with a column per field (region, country, city) THEN its row answers', () => {
    const table = [
      '地域\t国\t都市\t分野',
      '浜松地域\tドイツ\tイエナ\t光装置関連産業',
      '諏訪地域\tスイス\tヌーシャテル\tマイクロマシン',
    ].join('\n');
    const answer = compose('浜松地域が組んだドイツの相手地域ってどこだった？', [passage('t-1-3', table, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('イエナ');
  });
  it('GIVEN passages on the case that name no place beyond the question THEN abstains', () => {
    const answer = compose('LL事業で北海道が組んだ海外の相手地域ってどこだった？', [
      passage('h-1-2', HOKKAIDO, 2),
      passage('r-1-4', PARTNERS, 1.5),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/place/);
  });
  it('GIVEN a sentence about the case and a line naming its partner city THEN the line naming the city leads', () => {
    const answer = compose('富山県が組んだイタリアの都市ってどこ？', [
      passage(
        't-1-3',
        [
          'イタリア人デザイナーを富山県に招聘して日本を理解させた上で、デザインの提案を受け、導入した。',
          '1. 北海道－カナダ・アルバータ州（IT）《00～02年度》',
          '2. 福島県－スウェーデン（医療福祉機器）《99～03年度》',
          '3. 富山県－イタリア・ミラノ市（工業デザイン）《02～05年度》',
        ].join('\n'),
        2,
      ),
    ]);
    expect(answer.citations[0]?.quote).toContain('ミラノ');
  });
  it('GIVEN an article titled by a city kuromoji does not know (ハノーファー) THEN it answers which city', () => {
    const answer = compose(
      '約30キロ南にヒルデスハイムが位置する都市はどこか。',
      [passage('h-1-1', '近隣の都市としては、約30キロ南にヒルデスハイムが位置する。', 2, 'hannover.txt')],
      { 'hannover.txt': 'ハノーファー' },
    );
    expect(answer.abstainReason).toBeNull();
  });
  it('GIVEN an article whose title names the place THEN its sentences answer which country', () => {
    const answer = compose(
      '島内に2つの空港があるのはどこの国か。',
      [passage('d-1-2', '島内には2つの空港があるが、小型機しか発着できない。', 2, 'dominica.txt')],
      { 'dominica.txt': 'ドミニカ国' },
    );
    expect(answer.abstained).toBe(false);
  });
});

describe('a question asking for a name', () => {
  const TOYAMA = [
    '富山県－スイス(医薬品) (平成19－20年)',
    '富山県企業がスイス企業との間で製品・技術開発契約を締結。',
    '(1)岩手大学が大連理工大学及び大連市企業との間で鋳造技術移転に向けた契約を締結。',
  ].join('\n');

  it('tells a question asking for a company, an organisation or a person from one asking who in general', () => {
    expect(askedName('相手のスイス企業って何て会社？')).toBe('company');
    expect(askedName('ミズタニバルブが関連会社と作った鋳造の会社、名前なんだっけ？')).toBe('organisation');
    // "who currently heads": a person, whatever the adverb; "who runs" may be a body.
    expect(askedName('Who currently heads NRW.Global Business — who is its CEO or managing director?')).toBe('person');
    expect(askedName('Who runs the AMRC?')).not.toBe('person');
    expect(askedName('向こう側の実施主体ってどこだった？')).toBe('organisation');
    expect(askedName('シェアが高い企業ってどこの会社？')).toBe('company');
    expect(askedName('直接取引を始めた海外の機体メーカーってどこ？')).toBe('company');
    expect(askedName('Which Swedish company partnered with the spin-off?')).toBe('company');
    expect(askedName('Which Swedish agency partnered with the spin-off?')).toBe('organisation');
    expect(askedName('Which university worked with the firm?')).toBe('organisation');
    expect(askedName('向こう側のパートナー機関はどこだったの？')).toBe('organisation');
    expect(askedName('富山に呼んだイタリア人デザイナーって、なんて人？')).toBe('person');
    expect(askedName('Who chaired the study group?')).toBe('person');
    expect(askedName('Who was the first president of the fund operator? What is his name?')).toBe('person');
    expect(askedName('Who was the Tokushima governor behind the LED Valley concept?')).toBe('person');
    expect(askedName('博士課程に社員を送り出した印刷機メーカーって社名わかる？')).toBe('company');
    expect(askedName('アモルファス合金の研究を引っ張ってる先生って誰？')).toBe('person');
    expect(askedName('構想を引っ張った著名なお医者さんって誰だっけ？')).toBe('person');
    expect(askedName('構想を引っ張った有名なお医者さんって、なんて名前の人？')).toBe('person');
    expect(askedName('座長をやった市民病院の院長って、名前なんていう人？')).toBe('person');
    expect(askedName('科学諮問委員会って4人の科学者がいるらしいけど、誰が入ってるの？')).toBe('person');
    expect(askedName('NRW.Global Businessのトップ（代表者）って誰？')).toBe('person');
    expect(askedName('核になった「A社」って、実名わかる？')).toBe('organisation');
    expect(askedName('招へいした有識者の11名って、具体的に誰だったの？')).toBe('person');
    expect(askedName('科学諮問委員会に入ってる4人の科学者って誰と誰？')).toBe('person');
    expect(askedName('所長を兼ねてる教授、名前わかる？')).toBe('person');
    // 「名前なんだっけ」 after the role; "who was the … official".
    expect(askedName('構想を引っ張った有名なお医者さんって、名前なんだっけ？')).toBe('person');
    expect(askedName('Who was the prefecture official who turned the exchange around?')).toBe('person');
    expect(askedName('このプロジェクトの名前なんだっけ？')).toBeUndefined();
    expect(askedName('推進機構の初代社長って、なんていう名前の人？')).toBe('person');
    // A shop or chain is an organisation too.
    expect(askedName('照焼おにぎり、どこのコンビニチェーンで売ってるんだっけ？')).toBe('organisation');
    expect(askedName('Which supermarket chain stocks the rice balls?')).toBe('organisation');
    // A role in brackets, a role done by whom (「代表者は誰がやってた」), a name by its role (担当者名).
    expect(askedName('所長に据えたっていう「がん研究の権威」って誰？名前出てる？')).toBe('person');
    expect(askedName('諏訪大連会って、代表者は誰がやってたの？')).toBe('person');
    expect(askedName('この調査、ジェトロの誰が担当して書いたの？担当者名わかる？')).toBe('person');
    expect(askedName('岩手工場の操業を始めた自動車メーカーって、具体的にどこ？')).toBe('company');
    expect(askedName('乳がんチェッカーを作ったのって、なんて名前の会社？')).toBe('company');
    expect(askedName('Who was appointed first president of the organisation? I need the name.')).toBe('person');
    expect(askedName('クラスター・マネジメントを実際に仕切ってるのは誰？')).toBe('anyone');
    expect(askedName('INSって、そもそも誰が言い出して始まったの？')).toBeUndefined();
    // 「…のは誰」 may be answered by an organisation; a method, a renaming, a kind or a place is no name.
    expect(askedName('このプロジェクトを主導したのは誰？')).toBe('anyone');
    expect(askedName('需要予測はなんて方式でやってるの？')).toBeUndefined();
    expect(askedName('同社が社名変更した理由は？')).toBeUndefined();
    expect(askedName('補助金の対象はどの企業？')).toBeUndefined();
    expect(askedName('進出企業ってどこの国から来てる？')).toBeUndefined();
    expect(askedName('Which kinds of companies benefit from the scheme?')).toBeUndefined();
    // 法人 is no person; 「全国どこからでも」 asks for no place.
    expect(askedName('ひろ自連の事務局やってる法人は誰？')).toBe('anyone');
    expect(askedName('アルプスアルパインの社長は誰でしたっけ？')).toBe('person');
    expect(asksForPlace('RIT事業の申請って全国どこからでもできるの？')).toBe(false);
    expect(askedName('シェフィールドのAMRCって、いつ誰と一緒に作られたの？')).toBeUndefined();
    expect(askedName('機関化された企業は何処から探すことができる')).toBeUndefined();
    expect(askedName('合法的な氏名の変更による不正再入国の例は')).toBeUndefined();
    expect(askedName('相手地域ってどこ？')).toBeUndefined();
  });

  it('GIVEN passages on the case that name no company beyond the question THEN abstains and says so', () => {
    const answer = compose('富山の企業がスイス企業と結んだ契約、相手のスイス企業って何て会社？', [
      passage('t-1-3', TOYAMA, 2),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.abstainReason).toMatch(/organisation/);
    expect(answer.text).toContain('企業や機関の名前');
  });

  it('GIVEN an organisation asked for and a province (四川省) or a common kind (支援機構) THEN no organisation is named', () => {
    const answer = compose('長崎市の交流で核になったA社って、実際は何ていう会社？', [
      passage(
        'a-1-2',
        'A社が核となり、長崎市や業界の企業からメンバーを集めて交流を開始した。\n長崎県長崎市－中国 四川省（環境）の交流は、支援機構の協力で進んだ。',
        2,
      ),
    ]);
    expect(answer.abstainReason).toMatch(/organisation/);
    const office = compose('相談窓口ってどこ？', [passage('w-1-1', '相談窓口は商工会議所が担っている。', 2)]);
    expect(office.abstainReason).toBeNull();
  });

  it('GIVEN a person asked for and a head named by place or company (浜松市長, 同社社長) THEN no person is named', () => {
    const answer = compose('浜松の講演会で話した先生って誰？', [
      passage('h-1-1', '浜松の講演会では、浜松市長と同社社長が話した。', 2),
    ]);
    expect(answer.abstainReason).toMatch(/person/);
  });

  it('GIVEN the passage names the body asked for (諏訪大連会) THEN it answers and the name leads', () => {
    const answer = compose('諏訪と大連のLLって、大連側の実施主体ってどこだった？', [passage('s-1-5', SUWA, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('諏訪大連会');
  });

  it("GIVEN a case's title line names the company and its sentences say 同社 THEN the title line answers", () => {
    const chunk: Chunk = {
      id: 'n-1-3',
      doc: 'r.txt',
      title: '報告書',
      section: ['事例', '・・・ 鍋屋バイテック（株）（岐阜県関市）'],
      lines: [1, 3],
      text: [
        '・・・ 鍋屋バイテック（株）（岐阜県関市）',
        '空調機・ポンプをはじめとする一般産業機械の部品を製造。',
        '同社は顧客との過去のやりとりの履歴情報をすべて集約したコンタクトセンターという組織をつくった。',
        '製品のコモディティ化が進み、技術競争から価格競争のフェーズに移行。',
      ].join('\n'),
      seq: 0,
    };
    const answer = compose('岐阜の部品メーカーで、過去のやりとりの履歴を集約してる会社ってどこだっけ？', [
      { chunk, score: 2, lexical: 1, ngram: 1, dense: 0, coverage: 0.6 },
    ]);
    expect(answer.abstainReason).toBeNull();
    // The title line leads: the sentences after it only say 同社 (a loanword, コンタクトセンター, names nobody).
    expect(answer.citations[0]?.quote).toContain('鍋屋バイテック');
  });

  it('GIVEN a company asked for and only a university, a council or a loanword THEN abstains; a name with its legal form answers', () => {
    const asked = '徳島のLEDバレイ構想のもとになった、高輝度LEDで高シェアの企業ってどこ？';
    expectNearMiss(
      asked,
      '高輝度LEDで高シェアを誇る企業が同県に属する優位性を活かし、LEDバレイ構想を徳島県が策定。\n徳島県は徳島大学の専門性と地域産業活性化協議会の支援を以て、高輝度LEDのリカレント教育を進めた。',
      /organisation/,
      '高輝度LEDで高シェアを誇る(株)光電子工業が徳島県に属する優位性を活かし、LEDバレイ構想を策定。',
    );
    // The question's own company, with its legal form (「多摩川精機（株）」), is no other company.
    // The company's title line is the section of its case's passages, as the chunker makes it.
    const own = compose('多摩川精機が直接取引を始めた海外の機体メーカーってどこ？', [
      passage('m-1-1', '海外機体メーカーとの直接取引を確立し、民間航空機部門の売上が増えた。', 2, 'r.txt', [
        '事例',
        '多摩川精機（株）（長野県飯田市）',
      ]),
    ]);
    expect(own.abstainReason).toMatch(/organisation/);
  });

  it('GIVEN an organisation asked for and only a loanword (シーズ) THEN abstains; 「…のは誰」 is answered by a name kuromoji does not know', () => {
    const seeds = compose('福島とスウェーデンのLL、向こう側の実施主体ってどこだった？', [
      passage('f-1-1', '福島県とスウェーデンの交流は、大学の技術シーズを核にした医工連携で進んだ。', 2),
    ]);
    expect(seeds.abstainReason).toMatch(/organisation/);
    const who = compose('紀元前4世紀頃、生命の起源に関する学説を初めて唱えたのは誰？', [
      passage('g-1-1', '紀元前4世紀頃、アリストテレスは生命の起源に関する学説を初めて唱えた。', 2),
    ]);
    expect(who.abstainReason).toBeNull();
  });

  it("GIVEN a passage joined from two cases' chunks THEN each line is read under its own case's title, and the line naming the body leads", () => {
    const suwa =
      '長野県諏訪地域－中国大連市（金属機械加工）\n3. 成果\n諏訪の金型企業が、中国企業との合併企業設立や中国への工場進出を展開。';
    const fukushima = [
      '福島県—スウェーデン(医療福祉機器産業)',
      '- ・2003—2006年度',
      '- ・海外実施主体:ISA (Invest in Sweden Agency)、ウメオ大学、ルンド大学',
      '福島県とスウェーデンとの交流の結果、大学の技術シーズを核にした医療機器関連の共同開発が多数進行中。',
      // On the topic, naming nobody (シーズ is a loanword): it must not lead.
      '大学の技術シーズを核にしたスウェーデンとの医工連携での交流を、福島県の次世代産業育成のコアにすえた。',
    ].join('\n');
    const suwaCase = ['LL事業', '長野県諏訪地域－中国大連市（金属機械加工）'];
    const joined = passage('j-1-9+1', `${suwa}\n${fukushima}`, 2, 'r.txt', suwaCase, {
      sectionStarts: [
        [0, suwaCase],
        [suwa.length + 1, ['LL事業', '福島県—スウェーデン(医療福祉機器産業)']],
      ],
    });
    const answer = compose('福島とスウェーデンのLL、向こう側の実施主体ってどこだった？', [joined]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('ウメオ大学');
  });

  it('reads names: English words a gloss translates are none, an acronym is; a piece of a katakana word is none; a legal form makes a company', () => {
    const names = (text: string) => entityTokens(text, tokenizer).map((entity) => entity.normalized);
    const gloss = names('大統領科学技術諮問委員会 (PCAST: President’s Council of Advisors on Science and Technology)');
    expect(gloss).toContain('pcast');
    expect(gloss).not.toContain('president');
    expect(gloss).not.toContain('council');
    // kuromoji reads クラ|スター: 「クラ」 is no name.
    expect(names('関西バイオクラスタープロジェクト 94 福岡先端システムLSI開発クラスター')).not.toContain('クラ');
    expect(names('2014年に(株)立花エレテックを中心として設立')).toContain('立花エレテック');
    // An industry (石油化学工業) is no company; a name before 工業 makes one (三重工業, ミズタニバルブ工業).
    expect(names('四日市市の石油化学工業をはじめとする基幹産業の成熟に伴い')).toEqual([]);
    expect(names('1991年 多気町 総合電機メーカー 三重工業')).toContain('三重工業');
    // 「A社」 stands in for a company the report does not name: no name.
    expect(names('目的意識を強く持ったA社が核となり、メンバーを集めた')).toEqual([]);
    // kuromoji's company 阪神 names a region before a place or an area; 阪神電鉄 is a company.
    expect(names('阪神淡路大震災からの復興事業として、神戸市、コンサル、市立病院を中心に')).not.toContain('阪神');
    expect(names('阪神地域の企業')).toEqual([]);
    expect(names('阪神電鉄と組んだ')).toContain('阪神電鉄');
    // A place (バーゼル・シュタット) or a term (ハイ・バリュー・…) is no person; a full name is.
    const persons = (text: string) => entityTokens(text, tokenizer).filter((entity) => entity.person);
    expect(persons('スイスのバーゼル・シュタットを訪問')).toEqual([]);
    expect(persons('ハイ・バリュー・マニュファクチャリングを推進')).toEqual([]);
    expect(persons('ヨハネス・ゲンスフライシュが発明した').map((entity) => entity.normalized)).toEqual([
      'ヨハネス・ゲンスフライシュ',
    ]);
    // kuromoji's dictionary has スマート as a surname: at the head of a compound it is the loanword.
    expect(persons('首都圏西部 スマートＱＯＬ技術開発 地域')).toEqual([]);
    expect(persons('ふくいスマートエネルギーデバイス開発地域')).toEqual([]);
    expect(persons('スマート氏が来日した').map((entity) => entity.normalized)).toContain('スマート');
  });

  it('GIVEN a place or a term written with ・ (バーゼル・シュタット), or English words glossing a name THEN no person is named', () => {
    const asked = "it's OWLの科学諮問委員会に入ってる4人の科学者って誰？";
    expectNearMiss(
      asked,
      "it's OWLの科学諮問委員会は、オスト・ヴェストファーレン・リップペの研究機関から4名の科学者が委員に就任している。\n科学諮問委員会 (PCAST: President’s Council of Advisors on Science and Technology) は、アドバンスト・マニュファクチャリング・パートナーシップの報告書を科学者4名でまとめた。\n4名の科学者は、ノルトライン・ヴェストファーレン州やバーゼル・シュタットの大学から招かれた。",
      /person/,
      "it's OWLの科学諮問委員会には、ヨハネス・ゲンスフライシュら4名の科学者が委員に就任している。",
    );
  });

  it('GIVEN a person asked for and only a role (イタリア人デザイナー) THEN abstains; a named person (ロッシ氏) answers', () => {
    const designer = 'イタリア人デザイナーを富山に招聘して日本を理解させた上で、デザインの提案を受け、導入した。';
    const asked = '富山とミラノのLLで富山に呼んだイタリア人デザイナーって、なんて人？';
    const none = compose(asked, [passage('d-1-1', designer, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.abstainReason).toMatch(/person/);
    const named = compose(asked, [passage('d-1-2', `${designer}\n富山に招聘したのはデザイナーのロッシ氏である。`, 2)]);
    expect(named.abstainReason).toBeNull();
    // A loanword alone (ウエルネス) names nobody; a full name (ジョン・ニーダム) or a report titled by a
    // short name (an encyclopedia article) does.
    const who = '生物の自然発生を否定した学者って誰？';
    const loanword = compose(who, [
      passage('w-1-1', '富山の生物研究は、ウエルネスまで広がる自然発生の議論を否定した。', 2),
    ]);
    expect(loanword.abstainReason).toMatch(/person/);
    const fullName = compose(who, [passage('w-1-2', 'ジョン・ニーダムは生物の自然発生を否定した実験を行った。', 2)]);
    expect(fullName.abstainReason).toBeNull();
    const article = compose(who, [passage('w-1-3', '彼は実験により生物の自然発生を否定した。', 2, 'a.txt')], {
      'a.txt': 'ルイ・パスツール',
    });
    expect(article.abstainReason).toBeNull();
  });
});

describe('a question asking for contact details', () => {
  it('reads 電話番号, メアド, 問い合わせ窓口, URL and "contact details", not the telephone or a URL as the topic', () => {
    expect(asksForContact('JETRO島根の住所とか電話番号ってレポートに載ってる？')).toBe(true);
    expect(asksForContact('OIMSの申込窓口のメアドって載ってる？')).toBe(true);
    expect(asksForContact('J-BridgeのURLって？')).toBe(true);
    // "I need the address for a visit": the noun (round 54), not the verb.
    expect(asksForContact('Where exactly is the JETRO Shimane office? I need the address for a visit next week.')).toBe(
      true,
    );
    expect(asksForContact('How did the prefecture address the shortage of engineers?')).toBe(false);
    expect(asksForContact('What measures address the labour shortage?')).toBe(false);
    expect(asksForContact('Did the governor give an address at the opening?')).toBe(false);
    expect(asksForContact('Does the report give contact details for AGIT?')).toBe(true);
    expect(asksForContact('What is the web address of the OIMS?')).toBe(true);
    expect(asksForContact('電話を発明したのは誰か')).toBe(false);
    expect(asksForContact('URL型の値が指定されているプロパティは何か')).toBe(false);
    expect(asksForContact('Who invented the telephone?')).toBe(false);
  });

  it('GIVEN passages about the office but no phone, mail or web address THEN abstains and says so; a URL answers', () => {
    const office = 'JETRO島根は島根県企業立地課とともに海外企業誘致の役割を主に担う。';
    const asked = 'JETRO島根に相談したいんだけど、連絡先の電話番号とかメアドって載ってる？';
    const none = compose(asked, [passage('c-1-1', office, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('連絡先（電話番号・メールアドレス・住所・URL）の記載が見つかりませんでした');
    const site = `${office}\n問い合わせ：JETRO島根（電話 0852-21-0050、https://www.jetro.go.jp/jetro/japan/shimane/）`;
    const found = compose(asked, [passage('c-1-2', site, 2)]);
    expect(found.abstainReason).toBeNull();
    expect(found.citations[0]?.quote).toContain('0852-21-0050');
  });
});

describe('a question in parts', () => {
  const survey =
    '多くの分野において、コミュニケーションが最大の課題。交流相手先との意思疎通に苦労したとの回答が目立った。';
  it('GIVEN one part asking what and another asking how many, and no count given THEN the first part is answered', () => {
    const answer = compose('LLで一番多かった悩みって何？アンケートで何件くらい？', [passage('s-1-1', survey, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('コミュニケーションが最大の課題');
  });
  it('GIVEN every part asking for a figure (いくら, どれだけ) and none given THEN abstains', () => {
    const bank = 'manordaいわては岩手銀行が設立した地域商社である。';
    const answer = compose('manordaいわての資本金っていくら？岩手銀行がどれだけ出資したのか知りたい', [
      passage('m-1-2', bank, 2),
    ]);
    expect(answer.abstained).toBe(true);
  });
});

describe('why something ended', () => {
  it('reads why a body was dissolved or a rule abolished, in Japanese and English; not other why-questions', () => {
    expect(askedWhyEvent('ICRって2020年に解散したのって、なんで？')?.test('解散')).toBe(true);
    expect(askedWhyEvent('Why was the network dissolved in 2010?')?.test('2010年に解散。')).toBe(true);
    const stop = 'Why did the Green Cluster stop operating as a cluster hub around 2015?';
    expect(askedWhyEvent(stop)?.test('2015年に活動を終了。')).toBe(true);
    expect(askedWhyEvent('なんで北上は誘致に強かったの？')).toBeUndefined();
    expect(askedWhyEvent('ICRっていつ解散したの？')).toBeUndefined();
  });
  it('GIVEN only a sentence saying it ended THEN abstains and says the reason is not given; a cause answers', () => {
    const asked = 'クラスター事務局のICRって、なんで解散しちゃったの？';
    const bare = 'クラスターの事務局を担っていたインテリジェントコスモス研究機構（ICR）は2020年３月に解散。';
    const none = compose(asked, [passage('w-1-1', bare, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('その理由を示す記述は見つかりませんでした');
    const cause = 'クラスターの事務局を担っていたICRは、国の支援の終了に伴い、2020年３月に解散。';
    expect(compose(asked, [passage('w-1-2', cause, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN whether it happened and a figure asked beside it THEN the figure answers both', () => {
    const asked = 'LL事業の成功要因アンケートってちゃんと回答集まったの？回収率いくつだっけ';
    const survey = 'LL事業の成功要因に関するアンケート調査\n発送数：183件\n有効回答数：131件\n有効回答率：71.6%';
    const answer = compose(asked, [passage('w-3-1', survey, 2)]);
    expect(answer.abstainReason ?? '').not.toMatch(/whether it happened/);
    expect(
      compose('LL事業のアンケートってちゃんと回答集まったの？', [passage('w-3-2', '対象はLL事業の全案件。', 2)])
        .abstainReason,
    ).toMatch(/whether it happened/);
  });
  it('GIVEN why something fell (「減ったのはなんで」, "why did it decline") and only the figures THEN abstains; a cause answers', () => {
    const asked = '支援事業のプロジェクト数、2020年度に77まで減ったのはなんで？';
    expect(askedWhyEvent(asked)?.test('プロジェクト数は77件に減少。')).toBe(true);
    expect(askedWhyEvent('Why did the number of visitors decline after 2015?')?.test('来場者数が減少した')).toBe(true);
    expect(askedWhyEvent('なんで来場者が増えたの？')).toBeUndefined();
    const bare = '支援事業のプロジェクト数は、2019年度の95件から2020年度は77件に減少。';
    expect(compose(asked, [passage('w-2-1', bare, 2)]).abstainReason).toMatch(/not why/);
    const cause = '支援事業のプロジェクト数は、予算の縮小により、2020年度は77件に減少。';
    expect(compose(asked, [passage('w-2-2', cause, 2)]).abstainReason ?? '').not.toMatch(/not why/);
  });
  it('GIVEN why something stopped or fell and no passage saying it did THEN abstains; not for a choice or a gap to close', () => {
    const asked = '環境ビジネスのクラスター活動が途中で止まっちゃったのはなぜ？';
    expect(asksWhyEndedOrFell(asked)).toBe(true);
    expect(asksWhyEndedOrFell('共同研究が止まる原因は？')).toBe(true);
    expect(
      askedWhyEvent('共同研究が止まる原因は？')?.test('ヒアリングでは停滞要因がヒト・モノ・カネ・情報に集中'),
    ).toBe(true);
    expect(asksWhyEndedOrFell('なんでスウェーデンを選んだの？')).toBe(false);
    expect(
      askedWhyEvent('Why did the UK set up Catapult centres — what gap were they supposed to close?'),
    ).toBeUndefined();
    expect(asksWhyEndedOrFell('Why did they close the office in 2010?')).toBe(true);
    const listed = '環境ビジネスのクラスター活動として、企業と大学の連携プロジェクトを2010年頃から実施。';
    const none = compose(asked, [passage('w-4-1', listed, 2)]);
    expect(none.abstainReason).toMatch(/ended or fell/);
    expect(none.text).toContain('自体が書かれておらず');
    const ended = '環境ビジネスのクラスター活動は、国の支援の終了に伴い、2015年に終了。';
    expect(compose(asked, [passage('w-4-2', ended, 2)]).abstainReason).toBeNull();
  });
});

describe('a share of a named group', () => {
  it('GIVEN the share of a part of a group the question names THEN a figure not said of the part does not answer', () => {
    const asked = "it's OWLの参加企業のうち、中小企業って何割くらい？";
    expect(askedPart(asked)).toBe('中小企業');
    const other =
      "it's OWL Clustermanagement GmbHは、it's OWL e.Vと州政府がそれぞれ50%ずつ出資して設立された。it's OWLの参加企業の多くは中堅・中小企業である。";
    const none = compose(asked, [passage('s-1-1', other, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('「中小企業」の割合を示す記述');
    const said = "it's OWLの参加企業のうち、中小企業が約8割を占める。";
    expect(compose(asked, [passage('s-1-2', said, 2)]).abstainReason).toBeNull();
  });
});

describe('how long', () => {
  it('reads a length of time asked, not how long something has gone on nor an application period', () => {
    expect(asksDuration('東北大学のRIPSって、受講期間どれくらい？')).toBe(true);
    expect(asksDuration('伴走支援って、1社あたり何年くらい続けてくれるの？')).toBe(true);
    expect(asksDuration('固定資産税の補助って何年間受けられる？')).toBe(true);
    // The longest a theme may be supported, asked in English (round 54).
    expect(asksDuration("Under the RIT programme, what's the longest period a theme can get support for?")).toBe(true);
    expect(asksDuration('Which was the longest-running exchange?')).toBe(false);
    expect(asksDuration('働きながら博士号を取るプログラムって何年コース？')).toBe(true);
    expect(asksDuration('How long is the training programme for the digitalisation experts?')).toBe(true);
    expect(asksDuration('この交流って何年続いてるの？')).toBe(false);
    expect(asksDuration('募集期間はいつまで？')).toBe(false);
    expect(asksDuration('RIPSって何年に始まったの？')).toBe(false);
  });
  it('tells a length of time from a year, an era or a day of the month', () => {
    for (const text of [
      '３年間',
      '６か月',
      '10年の用地無償貸与',
      '助成期間は5～7年',
      '40日から50日前後',
      'for three years',
    ])
      expect(DURATION.test(text.normalize('NFKC')), text).toBe(true);
    for (const text of ['2012年より９期にわたって', '平成20年度', 'H20年', '10月1日から', '2017年11月1日'])
      expect(DURATION.test(text.normalize('NFKC')), text).toBe(false);
  });
  it('GIVEN only the start and the cohorts THEN abstains; a length of time answers and leads', () => {
    const asked = 'RIPS（地域イノベーションプロデューサー塾）って、受講期間どれくらい？';
    // A range of dates naming who graduated then (「2012～2017年度の卒塾生」) is no length of the course.
    const start =
      'RIPS（地域イノベーションプロデューサー塾）は2012年より９期にわたって開講。2012～2017年度のRIPSの卒塾生（168名）の68％が新事業に取り組んだ。';
    const none = compose(asked, [passage('d-1-1', start, 2)]);
    expect(none.abstainReason).toMatch(/length of time/);
    expect(none.text).toContain('期間（何年・何か月など）');
    const length = 'RIPS（地域イノベーションプロデューサー塾）の受講期間は約6か月で、修了者は168名。';
    const answer = compose(asked, [passage('d-1-2', `${start}\n${length}`, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('6か月');
  });
});

describe('more ways of asking', () => {
  it('reads 「なんていう先生」 as a person, 「URL教えて」 as contact details, 「2015-16年度」 as fiscal 2015', () => {
    expect(askedName('座長をやった院長って、なんていう先生？')).toBe('person');
    // The head of a body (センター長, 院長) is a person, not the body; so is a physician named in English.
    expect(askedName('シェフィールドのAMRCって、センター長は誰？')).toBe('person');
    expect(askedName('What is the name of the well-known physician who drove the concept?')).toBe('person');
    expect(askedName('このプロジェクトを主導したのは誰？')).toBe('anyone');
    expect(askedName('なんていう方法？')).toBeUndefined();
    expect(asksForContact('J-Bridgeの登録ページのURL教えて')).toBe(true);
    const [fiscal] = askedYears('HVMカタパルトが2015-16年度に支援した企業数は？');
    expect(fiscal?.year).toBe(2015);
    expect(fiscal?.pattern.test('内容\t2013-2014\t2014-2015')).toBe(false);
    expect(fiscal?.pattern.test('2015-16年度の支援先企業')).toBe(true);
    expect(fiscal?.pattern.test('平成27年度')).toBe(true);
    // Written with a wave dash (〜, which NFKC keeps) too.
    const [waved] = askedYears('HVMカタパルトが2015〜16年度に支援した企業の数って出てる？');
    expect(waved?.year).toBe(2015);
    expect(waved?.pattern.test('内容\t2013〜2014\t2014〜2015')).toBe(false);
  });
});

describe('when an event happened', () => {
  it('reads the event the question dates, not one in a clause about something else', () => {
    expect(askedWhenEvent('亀山市の条例って、正式に廃止されたのはいつ？')?.test('条例を廃止')).toBe(true);
    expect(askedWhenEvent('When was the network dissolved?')?.test('2010年に解散。')).toBe(true);
    // A post taken (round 45): "take charge of", 「その役に就いてる」.
    expect(
      askedWhenEvent('In which year did Mr. Korder take charge of the cluster management?')?.test('2011年に就任'),
    ).toBe(true);
    expect(askedWhenEvent('Korder氏って、いつからその役に就いてるの？')?.test('2011年に就任')).toBe(true);
    // 「いつから責任者やってるの」 (round 46): a post held, dated by its taking, not by another date near it.
    const held = askedWhenEvent('シーメンス出身のコーダーさんって、いつから責任者やってるの？');
    expect(held?.test('2011年に就任')).toBe(true);
    expect(held?.test('選定から2年を経過した時点で中間評価')).toBe(false);
    // 「何年くらい」「何年間」 ask how long, not when.
    expect(askedWhenEvent('飯塚市ってLL事業が終わったあと、何年くらい市のお金で続けてたんだっけ？')).toBeUndefined();
    expect(askedWhenEvent('LL事業が終わったのって何年？')).toBeDefined();
    expect(askedWhenEvent('RAICは何年に設立されたか。')?.test('1907年に創設された')).toBe(true);
    // An English question quoting a Japanese name in brackets is English; a Japanese one naming a
    // body in Latin letters is Japanese.
    const quoting = 'What year was the Shimane Ironworks Association (島根県鐵工会) founded?';
    expect(askedWhenEvent(quoting)?.test('1950年に設立')).toBe(true);
    expect(askedWhenEvent('NRW.Global Businessって何年に設立された機関だっけ？')?.test('1950年に設立')).toBe(true);
    const clause = '共産党を離れた人が結成したグループが集会を共にする機会が増えてきたのは、何年代以降か？';
    expect(askedWhenEvent(clause)).toBeUndefined();
    expect(askedWhenEvent('条例ってどんな内容？')).toBeUndefined();
  });
  it('reads joining, being placed, selling out and taking a post as events whose date must be said with them', () => {
    const joined = askedWhenEvent('インダストリー4.0プラットフォームに労働組合が正式に加わったのって何年？');
    expect(joined?.test('プラットフォームには労働組合も参加している')).toBe(true);
    expect(joined?.test('2013年にプラットフォームを設立')).toBe(false);
    expect(askedWhenEvent('IOSB-INAが専門大学の中に置かれたのって何年？')?.test('2009年に専門大学内に設置')).toBe(true);
    expect(askedWhenEvent('北上工業団地って分譲が全部埋まったのは何年ごろ？')?.test('1986年に完売')).toBe(true);
    // 「造成が完了した」: a work finished; 「実際に動き出した」: a facility that began to run.
    const finished = askedWhenEvent('北上南部工業団地の造成が完了したのって何年？');
    expect(finished?.test('1978年に造成が完了')).toBe(true);
    expect(finished?.test('工業団地の造成が進んだ')).toBe(false);
    const running = askedWhenEvent('石狩の再エネ100%のデータセンター、実際に動き出したのっていつ？');
    expect(running?.test('2022年に稼働')).toBe(true);
    expect(running?.test('2022年、データセンターの構想')).toBe(false);
    // A trial dated where it is said, in Japanese or English.
    const trial = askedWhenEvent('乳がんチェッカー、臨床試験っていつから始まったの？');
    expect(trial?.test('2004年に臨床実験を開始')).toBe(true);
    expect(trial?.test('2004年度に交流を開始')).toBe(false);
    expect(
      askedWhenEvent('When did the clinical trial of the breast-cancer checker start?')?.test('臨床実験開始'),
    ).toBe(true);
    expect(askedWhenEvent('宮本顕治が書記長になったのはいつ')?.test('宮本顕治が書記長（後に委員長）となり')).toBe(true);
    // A question quoting 「いつ、どこで…誕生したのか」 asks no date of a birth.
    expect(askedWhenEvent('「生命は、いつ、どこで、いかにして誕生したのか」という過程は何？')).toBeUndefined();
    const asked = 'インダストリー4.0プラットフォームに労働組合が正式に加わったのって何年？';
    const undated =
      'インダストリー4.0のプラットフォームは2013年に発足した。プラットフォームには政府、産業界のほか労働組合も参加している。';
    expect(compose(asked, [passage('j-1-1', undated, 2)]).abstained).toBe(true);
    const dated = 'インダストリー4.0のプラットフォームには、2015年に労働組合が正式に参加した。';
    expect(compose(asked, [passage('j-1-2', dated, 2)]).abstainReason).toBeNull();
  });
  it('reads what a when-question asks of its date: a period, an end, a start, or the date of an event', () => {
    expect(asksForPeriod('LL事業って何年度から何年度までやってたんだっけ？')).toBe(true);
    expect(asksForPeriod('When did the LL programme run, from when to when?')).toBe(true);
    expect(asksForPeriod('LL事業っていつ始まった？')).toBe(false);
    const period = askedDating('LL事業って何年度から何年度までやってたんだっけ？')!;
    expect(period.test('※LL事業実施期間：1996年度～2006年度')).toBe(true);
    expect(period.test('8. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》')).toBe(true);
    // A range of shares or a single year is no period.
    expect(period.test('33~50%')).toBe(false);
    expect(period.test('1992年 特定中小企業集積活性化法')).toBe(false);
    expect(askedDating('予算はいつまでついてたの？')?.test('予算は2009年度まで')).toBe(true);
    expect(askedDating('V-RESASっていつから使えるの？')?.test('2020年６月にV-RESASの運用を開始')).toBe(true);
    const met = askedDating('目標を達成したのって何年？')!;
    expect(met.test('2010年、「LED関連企業100社集積」の目標を達成。')).toBe(true);
    expect(met.test('2005年、…「LEDバレイ構想」を徳島県が策定。')).toBe(false);
    expect(askedDating('産業クラスター計画の中身は？')).toBeUndefined();
  });

  it('reads a release as an event a date must be said of, and a proposal as not done', () => {
    expect(askedWhenEvent('乳がんチェッカー、EUでいつ発売になったの？')?.test('EUで販売')).toBe(true);
    expect(askedWhenEvent('When was the new feature released?')?.test('リリース')).toBe(true);
    expect(askedWhenEvent('新機能っていつリリースされる予定？')).toBeDefined();
  });

  it('reads a count asked as it came about, unless the question speaks of the target itself', () => {
    expect(asksActualFigure("it's OWLで新しく設立された企業って、実際のところ何社になった？")).toBe(true);
    expect(asksActualFigure('How many jobs has the cluster actually created so far?')).toBe(true);
    expect(asksActualFigure('5年間のプログラムが終わって、最終的に新規雇用は何人生まれたの？')).toBe(true);
    expect(asksActualFigure('雇用の目標立ててたと思うけど、実際どれくらい新しい雇用を生んだの？')).toBe(false);
    expect(asksActualFigure('新規設立企業って何社が目標？')).toBe(false);
    expect(asksActualFigure("it's OWLって何社参加してる？")).toBe(false);
  });

  it('GIVEN only the date of another event (策定) THEN abstains; a date said of the repeal answers', () => {
    const asked = '亀山市の民間賃貸共同住宅新築促進条例って、いつ廃止されたの？';
    const enacted = '2003年、亀山市は「民間賃貸共同住宅新築促進条例」を策定。';
    const none = compose(asked, [passage('k-1-1', enacted, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('時期を示す記述が見つかりませんでした');
    const repealed = `${enacted}\n同条例は2008年に廃止された。`;
    expect(compose(asked, [passage('k-1-2', repealed, 2)]).abstainReason).toBeNull();
  });
});

describe('a part of a total the question states', () => {
  it('reads the part asked how many (「174の企業・機関のうち、大学とか研究機関っていくつ」), not a year or 「極秘のうちに」', () => {
    expect(askedPart("it's OWLに参加してる174の企業・機関のうち、大学とか研究機関っていくつあるの？")).toBe(
      '大学とか研究機関',
    );
    expect(askedPart('70社79拠点、そのうち外資系や県外からの進出はどれくらい？')).toBe('外資系や県外からの進出');
    // An aside in brackets is not the part.
    expect(askedPart('LLの200件のうち、相手が中国（国内の中国地方じゃなくて）の案件って何割？')).toBe(
      '相手が中国の案件',
    );
    expect(askedPart('2010年の収入のうち、事業収入はいくつですか？')).toBeUndefined();
    // A share is of the whole the question names, a year's or a group's: the part must be said with it.
    expect(askedPart('2010年の収入のうち、事業収入の占める割合は何パーセントですか？')).toBe('事業収入の占める割合');
    expect(askedPart('8人が、極秘のうちに集まって設立した政党は何か。')).toBeUndefined();
    // A group the question names, asked by a counter of bodies.
    expect(askedPart("it's OWLの参加機関のうち、大学・研究機関って何機関あるの？")).toBe('大学・研究機関');
    // A part reached by a verb, of a whole named without a count: its nouns.
    expect(askedPart('関東局のOIMSで生まれた商談、そのうち実際に成約までいったのは何件？')).toBe('成約');
    expect(
      askedPartEn(
        "Of the business meetings arranged through the Kanto bureau's OIMS platform, how many ended in signed contracts?",
      ),
    ).toBe('contracts');
  });

  it('GIVEN how many of the meetings ended in contracts and only the count of meetings THEN abstains; a count of contracts answers', () => {
    const asked = '関東局のOIMSで生まれた商談、そのうち実際に成約までいったのは何件？';
    const meetings =
      '関東局のOIMSでは、これまで349件のニーズ発信に対し、4,268件以上の提案を受領し、592件の商談が実現。';
    expect(compose(asked, [passage('p-2-1', meetings, 2)]).abstainReason).toMatch(/gives the part 「成約」/);
    const contracts = `${meetings}\nそのうち成約は48件。`;
    expect(compose(asked, [passage('p-2-2', contracts, 2)]).abstainReason ?? '').not.toMatch(/gives the part/);
  });
  const members =
    "it's OWLには、企業や大学・研究機関、コンサルティング会社など174の企業・機関が参加して、46の応用研究プロジェクトに取り組んでいる。";
  const asked = "it's OWLに参加してる174の企業・機関のうち、大学とか研究機関っていくつあるの？";
  it('GIVEN only the total and other counts (46のプロジェクト, 12年間の経験) THEN abstains and names the part', () => {
    const career = '同研究所長の教授は、12年間の産業界の経験ののち大学教授となった人物である。';
    const answer = compose(asked, [passage('p-1-1', members, 2), passage('p-1-2', career, 1.5)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「大学とか研究機関」の数');
  });
  it('GIVEN a breakdown (うち) or the part beside its count THEN it answers', () => {
    const breakdown = `${members}\nこのうち大学・研究機関は18機関である。`;
    expect(compose(asked, [passage('p-1-3', breakdown, 2)]).abstainReason).toBeNull();
    const beside = `${members}\n参加する研究機関は18で、大学は5校である。`;
    expect(compose(asked, [passage('p-1-4', beside, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN the part asked in English (how many are universities) THEN only a count naming it before answers; a board of 18 people does not', () => {
    const askedEn = "Of the 174 companies and institutions in it's OWL, how many are universities?";
    expect(askedPartEn(askedEn)).toBe('universities');
    expect(askedPartEn("How many of the Industrial Internet Consortium's member companies are Japanese?")).toBe(
      'japanese',
    );
    expect(askedPartEn('How many companies joined in 2014?')).toBeUndefined();
    const board = 'クラスター・ボードがあり、地域の中堅企業や大学の代表など18名からなる。';
    const none = compose(askedEn, [passage('p-2-1', `${members}\n${board}`, 2)]);
    expect(none.abstainReason).toMatch(/part/);
    const breakdown = `${members}\nit's OWLの参加企業・機関のうち、大学は12機関である。`;
    expect(compose(askedEn, [passage('p-2-2', breakdown, 2)]).abstainReason).toBeNull();
    // 「200社超 (主な日本企業は…」 names some members after the count; it does not count them.
    const iic =
      'インダストリアル・インターネット・コンソーシアム (IIC)\t26カ国200社超 (主な日本企業は富士通、日立製作所など)';
    const asksIic = "How many of the Industrial Internet Consortium's member companies are Japanese?";
    expect(compose(asksIic, [passage('p-2-3', iic, 2)]).abstained).toBe(true);
  });
  it('GIVEN a total of companies asked in English and a count of other bodies near the part THEN abstains', () => {
    const asks = "Of the 718 Regional Future-Driving Companies that answered METI's survey, how many were from Kyushu?";
    // No passage says the 718: the question's "718 … Companies" says the total is counted in 社.
    const groups = '九州シリコン・クラスター連携会議として、九州シリコンクラスター４団体が連携した。';
    expect(compose(asks, [passage('p-2-4', groups, 2)], {}, '', loadLexicon()).abstainReason).toMatch(/part/);
    const given = `${groups}\n回答企業のうち九州の企業は85社であった。`;
    expect(compose(asks, [passage('p-2-5', given, 2)], {}, '', loadLexicon()).abstainReason ?? '').not.toMatch(/part/);
  });
  it('GIVEN a count of a part named by a place (関西の企業) of a stated total THEN the place must be said with the count, not only by the passage', () => {
    const kansai =
      '大阪大学など６大学・国内外の3Dプリンタ関連企業27社と連携し、プロジェクトの会員企業（全国400社超）に対して支援を実施。';
    const section = ['Kansai-3D実用化プロジェクト（関西広域）'];
    const shelf = 'Kansai-3D実用化プロジェクト。関西の企業。関西広域の取組。関西経済連合会。';
    const asks = 'Kansai-3D実用化プロジェクトの会員400社超のうち、関西の企業って何社くらい？';
    expect(compose(asks, [passage('k-3-1', kansai, 2, 'r.txt', section)], {}, shelf).abstained).toBe(true);
    const given = `${kansai}\n会員企業のうち関西の企業は250社である。`;
    expect(compose(asks, [passage('k-3-2', given, 2, 'r.txt', section)], {}, shelf).abstainReason).toBeNull();
  });
});

describe("Japan's share set against another country's", () => {
  it("GIVEN Japan compared by a share THEN a percentage said of Japan answers; Germany's alone does not", () => {
    const asked = 'インダストリー4.0を知らない中小企業の割合、日本だとドイツと比べて多いの？少ないの？';
    const german = 'ドイツ国内の中小企業の44%がインダストリー4.0について「聞いたことがない」と回答している。';
    expect(compose(asked, [passage('hs-1', german, 2)]).abstainReason).toMatch(/share for Japan/);
    const both = `${german}\n日本の中小企業では、インダストリー4.0を知らない割合は60%である。`;
    expect(compose(asked, [passage('hs-2', both, 2)]).abstainReason).toBeNull();
  });
  it("GIVEN Japan set apart with no comparison (「日本だと」) THEN another country's share alone does not answer", () => {
    const asked = 'インダストリー4.0を知らない中小企業の割合って、日本だとどのくらい？';
    const german = 'ドイツ国内の中小企業の44%がインダストリー4.0について「聞いたことがない」と回答している。';
    const japan = 'わが国の中小企業では、インダストリー4.0を知らない割合は60%である。';
    expectNearMiss(asked, german, /share for Japan/, japan);
    // A share with no country named is not set against Japan's.
    const unnamed = '中小企業の44%がインダストリー4.0について「聞いたことがない」と回答している。';
    expect(answerTo(asked, unnamed).abstainReason ?? '').not.toMatch(/share for Japan/);
  });
});

describe('a comparison with a country', () => {
  it('reads the countries a comparison names, whole words only, Japan aside', () => {
    expect(comparedCountries('北上川流域を台湾のサイエンスパークと比べたりしてる？')).toEqual(['台湾']);
    expect(comparedCountries('シリコンバレーとルート128って、クラスターのタイプとしてどう違う？')).toEqual([]);
    expect(comparedCountries('日本とドイツの違いは？')).toEqual(['ドイツ']);
    expect(comparedCountries("How is South Korea's strategy compared with Industrie 4.0?", ['韓国', 'ドイツ'])).toEqual(
      ['韓国', 'ドイツ'],
    );
    expect(comparedCountries('ドイツのクラスター政策って？')).toEqual([]);
  });
  it('GIVEN passages on the topic that never discuss the country compared THEN abstains and names it', () => {
    const asked = 'インダストリー4.0を韓国の製造業革新戦略と比べると、どう評価されてる？';
    const germany = 'ドイツのインダストリー4.0は、製造業の競争力強化を目的とする産学官共同の取り組みである。';
    const answer = compose(asked, [passage('c-2-1', germany, 2)], {}, '韓国企業との交流も進んだ。');
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「韓国」との比較を示す記述が見つかりませんでした');
    const both = `${germany}\n韓国も「製造業革新3.0」を掲げ、インダストリー4.0に倣った取り組みを進めている。`;
    expect(compose(asked, [passage('c-2-2', both, 2)]).abstainReason).toBeNull();
  });
});

describe('the outcome of a case', () => {
  it('reads 「どんな成果が出たの」「受注とか取れたの」 and "what came of it"', () => {
    expect(asksOutcome('練馬区とフランスの交流って、結局どんな成果が出たの？')).toBe(true);
    expect(asksOutcome('その会社って展示会で受注とか取れたの？')).toBe(true);
    expect(asksOutcome('What came of the exchange?')).toBe(true);
    expect(asksOutcome('What concrete business deals came out of the precision equipment exchange?')).toBe(true);
    expect(asksOutcome('What came out first, the plan or the fund?')).toBe(false);
    expect(asksOutcome('Did the exchange produce any concrete deals, like joint ventures?')).toBe(true);
    expect(asksOutcome('What concrete results did the exchange achieve?')).toBe(true);
    expect(asksOutcome('What does the plan produce?')).toBe(false);
    expect(asksOutcome('練馬区はどこの国と組んだの？')).toBe(false);
    expect(asksOutcome('サンドボックスのレモンの案件、結局収量とか売上って上がったの？')).toBe(true);
    expect(asksOutcome('サンドボックスのレモンの案件、売上ってどれくらい伸びたの？')).toBe(false);
  });
  it('GIVEN how a case went (「結局どうなったの」) THEN what it managed answers; it answers no deal asked', () => {
    const lines = [
      '石川と韓国テグのLL事業は、当初は相互の不信感から停滞した。',
      'しかし石川県側の担当者が、東京の企業に韓国の展示会出展を勧めるなど誠心誠意LL事業を進めて、テグとの信頼関係を次第に築くことができた',
    ].join('\n');
    const section = ['4. 石川－韓国テグ(デジタルコンテンツ等)《03～05年度》'];
    const shelf = `${lines}${'地域の産業政策を記す。'.repeat(4000)}`;
    const at = (id: string) => [passage(id, lines, 2, 'r.txt', section)];
    const went = '石川と韓国テグのLL事業、最初ギクシャクしてたって聞いたけど、結局どうなったの？';
    expect(compose(went, at('o-2-5'), {}, shelf).abstainReason).toBeNull();
    const deals = '石川と韓国テグのLL事業って、最終的にどんな商談がまとまったの？';
    expect(compose(deals, at('o-2-6'), {}, shelf).abstained).toBe(true);
  });
  it('GIVEN whether sales went up THEN a line naming the traders (「収穫や販売を手掛ける業者」) does not answer; a rise does', () => {
    const slide = [
      'ひろしまサンドボックス(2018-)',
      '【採択事業例】 ICT×レモン',
      '• 事業内容：IoTセンサーやドローンを用いて生産環境を可視化し、農業のデジタル化を進める。',
      '• 収穫や販売を手掛ける業者、カート開発のベンチャー企業などが参加している。',
    ].join('\n');
    const asked = 'ひろしまサンドボックスのレモンの案件、結局収量とか売上って上がったの？';
    // A shelf long enough that the sandbox, written twice, is a name it seldom writes.
    const shelf = `${slide}${'地域の産業政策を記す。'.repeat(4000)}`;
    expect(compose(asked, [passage('o-2-3', slide, 2)], {}, shelf).abstainReason).toMatch(/what came of it/);
    const rose = `${slide}\n• ひろしまサンドボックスの実証の結果、レモンの売上は前年比2割増となった。`;
    expect(compose(asked, [passage('o-2-4', rose, 2)], {}, shelf).abstainReason).toBeNull();
  });
  it("GIVEN only the table cell listing the case (another cell says 拡大) THEN abstains; the case's result answers", () => {
    const table =
      'RIT事業の案件\n練馬区－フランス (アニメーション制作)\t千葉県－英国南西イングランド地域 (対象地域を拡大)';
    const asked = 'RITの練馬区とフランスのアニメ制作の交流って、結局どんな成果が出たの？';
    const listed = compose(asked, [passage('o-2-1', table, 2)]);
    expect(listed.abstained).toBe(true);
    expect(listed.text).toContain('どんな成果や結果が出たかを示す記述が見つかりませんでした');
    const result = `${table}\n練馬区のアニメ制作会社3社が、フランスの配給会社と共同制作の契約を締結した。`;
    expect(compose(asked, [passage('o-2-2', result, 2)]).abstainReason).toBeNull();
  });
});

describe('a record of label lines', () => {
  const survey = [
    '研究会での予備的分析に基づき、過去のLL事業の実施案件のキーパーソンに対しアンケート調査を実施',
    '実施期間：2007年11月～12月',
    '発送数：183件',
    '有効回答数：131件',
  ].join('\n');
  it('GIVEN a count asked and given on a 「label：value」 line under the line saying what it is about THEN it answers', () => {
    const asked = 'LL事業の成功要因を探ったアンケートって、いつやって何件くらい回答集まったんだっけ？';
    expect(countedTopic(asked)).toBeUndefined();
    const answer = compose(asked, [passage('a-3-1', survey, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote).join('\n')).toContain('有効回答数：131件');
  });
  it('GIVEN 「アメリカ相手のは何件」 (the counted noun left out) and only counts of something else THEN abstains', () => {
    const asked = 'LL事業の実施案件って、海外の相手国別に見るとアメリカ相手のは何件あったの？';
    expect(compose(asked, [passage('a-3-2', survey, 2)]).abstained).toBe(true);
  });
});

describe('a clipped katakana compound', () => {
  it("GIVEN 「スマスペ」 for the reports' スマート・スペシャリゼーション THEN it is no unseen name", () => {
    const shelf = shelfOf('EUにおける「スマート・スペシャリゼーション」政策');
    expect(unseenNames('スマスペって何？', shelf, 'ja', tokenizer)).toEqual([]);
    expect(unseenNames('ビオレギオって何？', shelf, 'ja', tokenizer)).toEqual(['ビオレギオ']);
  });
  it("GIVEN 「インダ4.0」 for the reports' インダストリー4.0 THEN it is no unseen name; 「インダ5.0」 is", () => {
    const shelf = shelfOf('ドイツのインダストリー4.0について');
    expect(unseenNames('インダ4.0を知らない中小企業の割合は？', shelf, 'ja', tokenizer)).toEqual([]);
    expect(unseenNames('インダ5.0を知らない中小企業の割合は？', shelf, 'ja', tokenizer)).toEqual(['インダ5.0']);
  });
});

describe('a river or a mountain is no organisation', () => {
  it('GIVEN a company asked and a heading naming only a river basin (北上川流域) THEN abstains', () => {
    const asked = '北上で1993年に岩手工場を動かし始めた自動車メーカーって、具体的にどこの会社？';
    const line = '1993年に自動車メーカー 岩手工場が操業を開始したものの、県による施策は見当たらなかった。';
    const answer = compose(asked, [
      passage('g-3-1', line, 2, 'r.txt', ['2-2-3. 北上川流域 ー 誘致先行型：具体的施策']),
    ]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('企業や機関の名前が見つかりませんでした');
  });
});

describe('a count written with の before what it counts', () => {
  it('GIVEN 「法人会員何社」 and 「376の法人会員からなり」 THEN it answers; for 「会員のうち、自動車メーカーって何社」 it does not', () => {
    const council = '令和4年6月時点で376の法人会員からなり、有力自動車関連メーカー等が参加している。';
    const members = compose('いわて自動車関連産業集積促進協議会って、法人会員何社くらい入ってる？', [
      passage('i-4-1', `いわて自動車関連産業集積促進協議会\n${council}`, 2),
    ]);
    expect(members.abstainReason).toBeNull();
    expect(askedFigure('会員のうち、自動車メーカーって何社入ってるの？')?.pattern.test(council)).toBe(false);
  });
});

describe('a superlative', () => {
  it('GIVEN one budget on the topic and nothing to compare THEN abstains; figures to compare or 最大 answer', () => {
    const asked = 'イギリスのカタパルト・センターの中で、いちばん予算が大きいのはどこ？';
    const one = 'イギリス政府は4年間で2億ポンドの予算を投じ、全国にカタパルト・センターを設立していく計画を発表した。';
    const none = compose(asked, [passage('s-5-1', one, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('どれが一番かを示す記述');
    const lines = [
      'カタパルト・センターの予算は次の通り。',
      '- 高付加価値製造のセンターは1,500万ポンド',
      '- 細胞治療のセンターは700万ポンド',
      '- デジタルのセンターは500万ポンド',
    ];
    expect(compose(asked, [passage('s-5-2', `${one}\n${lines.join('\n')}`, 2)]).abstainReason).toBeNull();
    const said = `${one}\n予算が最大のカタパルト・センターは高付加価値製造である。`;
    expect(compose(asked, [passage('s-5-3', said, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN which country ranks first THEN rows naming countries rank them; a table of respondents does not', () => {
    const asked = 'LL事業で相手国として一番案件が多かったのってどこの国？';
    // The countries are named, without figures to rank them.
    const respondents = [
      'LL事業の相手国は中国、アメリカ、イギリスなど多岐にわたる。',
      'LL事業のアンケート 回答者の属性 [単位:件数]',
      '回答者\t全体\t成功\t未成功',
      '地域企業\t100\t20\t9',
      '大学・高専等\t52\t11\t6',
      '商工会(議所)\t47\t11\t1',
    ].join('\n');
    expect(compose(asked, [passage('s-6-1', respondents, 2)]).abstainReason).toMatch(/ranks first/);
    const countries = [
      'LL事業の相手国別の案件数 [単位:件数]',
      '相手国\t案件数',
      '中国\t40',
      'アメリカ\t25',
      'イギリス\t12',
    ].join('\n');
    expect(compose(asked, [passage('s-6-2', countries, 2)]).abstainReason).toBeNull();
  });
});

describe('an amount in kanji numerals', () => {
  it('GIVEN 「百万ポンドずつ出資」 THEN it is an amount', () => {
    expect(askedFigure('それぞれいくら出資したの？')?.pattern.test('市と金融機関が百万ポンドずつ出資して設立')).toBe(
      true,
    );
    expect(askedFigure('それぞれいくら出資したの？')?.pattern.test('市と金融機関が出資して設立')).toBe(false);
  });
});

describe("a source line's date", () => {
  it('GIVEN a figure asked for a fiscal year and only the source line published that year THEN abstains', () => {
    const table = [
      '（図表19）HVMカタパルトの実績',
      '内容\t2013-2014\t2014-2015',
      '支援先企業\t1,515社\t1,514社（うち中小企業629社）',
      '（資料） Dick Elsy “High Value Manufacturing Catapult” 2 July 2015',
    ].join('\n');
    const answer = compose('How many companies did the HVM Catapult support in 2015–16?', [passage('y-6-1', table, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('2015');
  });
});

describe('a target date and what someone said', () => {
  it('GIVEN 「何年までに達成する目標」 and only the years of meetings THEN abstains; 「2030年までに」 answers', () => {
    const asked = '富山が掲げてる「医薬品一兆円産業」って、何年までに達成する目標なの？';
    const meetings =
      '富山県は、2019年と2023年、医薬品産業活性化懇話会を設置し、「医薬品一兆円産業」に向けた施策を議論。';
    expect(compose(asked, [passage('t-7-1', meetings, 2)]).abstained).toBe(true);
    const target = `${meetings}\n2030年までに医薬品一兆円産業の実現を目指す。`;
    expect(compose(asked, [passage('t-7-2', target, 2)]).abstainReason).toBeNull();
  });
  it("GIVEN what a mayor said asked and only a sentence on the mayor's plan THEN abstains; a quoted remark answers", () => {
    const asked = '石狩市長って、再エネ100%ゾーン構想についてどんなコメントしてる？';
    const plan = '石狩市は市長のリーダーシップのもと、再エネ100%ゾーン構想を掲げて企業誘致を推進。';
    const none = compose(asked, [passage('t-7-3', plan, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('発言やコメント');
    const said = `${plan}\n石狩市長は「再エネで産業を呼び込む」と述べている。`;
    expect(compose(asked, [passage('t-7-4', said, 2)]).abstainReason).toBeNull();
  });
});

describe('more near misses of round 23', () => {
  it('reads "the number of companies", 「コメント載ってる」 and a part named before the total', () => {
    expect(askedFigure('What was the number of companies supported in 2015-16?')?.unit).toBe('社');
    expect(asksWhatSaid('ボーイング側の担当者がどう評価してるかってコメント載ってる？')).toBe(true);
    expect(asksWhatSaid('国として自治体の産業政策をどう後押しすべきだと言ってる？')).toBe(false);
    // What a study says is what the report says, not someone's words.
    expect(asksWhatSaid('What does the NRI study say are the three things that matter most?')).toBe(false);
    expect(asksWhatSaid('What did the mayor say about the project?')).toBe(true);
    expect(askedPart('首都圏に販売店を出したメーカーって、約100社のうち何社？')).toBe('首都圏に販売店を出したメーカー');
  });
  it('GIVEN 「何年何月に設立」 and only the year of the founding THEN abstains; the month answers', () => {
    const asked = 'manordaいわてって何年何月に設立されたの？';
    const year = '2021年、岩手銀行は地域商社manordaいわてを設立した。';
    expect(compose(asked, [passage('m-8-1', year, 2)]).abstained).toBe(true);
    const month = '2021年4月、岩手銀行は地域商社manordaいわてを設立した。';
    expect(compose(asked, [passage('m-8-2', month, 2)]).abstainReason).toBeNull();
  });
});

describe('why a choice was made, and a venue', () => {
  it('reads 「選んだ理由」「絞ったのはなんで」 as why-questions and 「どこの会場」「どのキャンパス」 as where-questions', () => {
    expect(askedWhyEvent('福島県がスウェーデンを選んだ理由って書いてある？')?.test('スウェーデンを選定')).toBe(true);
    expect(askedWhyEvent('H20から瀋陽だけに絞ったのはなんでだっけ？')?.test('H20より瀋陽地域のみ')).toBe(true);
    expect(asksForPlace('諏訪圏工業メッセって毎年どこの会場でやってるの？')).toBe(true);
    expect(asksForPlace('拠点って、どのキャンパスに作る想定？')).toBe(true);
  });
  it('GIVEN only the line saying the programme was narrowed THEN abstains for want of a reason', () => {
    const asked = '三重県と中国のRIT、H20から瀋陽だけに絞ったのはなんでだっけ？';
    const narrowed =
      '三重県－中国、瀋陽地域 (医療・健康・福祉) (H19は上海・瀋陽両地域対象であったが、H20より瀋陽地域のみ)';
    const answer = compose(asked, [passage('w-9-1', narrowed, 2)]);
    expect(answer.abstained).toBe(true);
  });
});

describe('near misses of rounds 14–23 (round 16 of work)', () => {
  it('GIVEN a date asked of a body the best passage does not name THEN another body founded that month does not answer', () => {
    const asked = 'manordaいわてって何年何月に設立されたの？';
    const other = '2015年4月には新たに個別化医療カタパルトが設立された。';
    const named = '岩手銀行の出資により、完全子会社として、manorda（マノルダ）いわて株式会社を設立。';
    const shelf = '地域の産業政策を記す。'.repeat(4000);
    const answer = compose(asked, [passage('n-9-1', other, 3), passage('n-9-2', named, 2)], {}, shelf);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('時期を示す記述');
    const dated = compose(asked, [passage('n-9-3', `2021年4月、${named}`, 3)], {}, shelf);
    expect(dated.abstainReason).toBeNull();
  });
  it('GIVEN a target figure asked (「今後は年何回に増やす目標」) and only the figure achieved THEN abstains; a planned figure answers', () => {
    const asked = '会津大のAOI会議、今後は年何回くらいに増やす目標なの？';
    const achieved = '会津大学ではAOI会議を実施。（2019年度開催実績：310回）';
    const none = compose(asked, [passage('n-9-4', achieved, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('目標や計画の数値');
    const planned = `${achieved}\n2025年度までにAOI会議を年400回に増やす計画である。`;
    expect(compose(asked, [passage('n-9-5', planned, 2)]).abstainReason).toBeNull();
    // An amount of money asked as the target: a plan's other numbers (「5年に1度」) set none (round 54).
    const shipments = '北上市の工業振興計画って、製造品出荷額でどれくらいを目標にしてるの？';
    const plan = '北上市では、5年に1度新たな工業振興計画が策定されている。製造品出荷額は約1,100億円（2019年）。';
    expect(compose(shipments, [passage('n-9-6', plan, 2)]).abstainReason).toMatch(/target or a plan/);
    const aimed = `${plan}\n同計画では、2025年に製造品出荷額1,500億円を目標としている。`;
    expect(compose(shipments, [passage('n-9-7', aimed, 2)]).abstainReason).toBeNull();
  });
  it('reads a target or planned figure, not what was achieved nor a date', () => {
    expect(asksTargetFigure('徳島のLEDバレイ構想って、今度は何社集積を目標にしてるの？')).toBe(true);
    expect(asksTargetFigure('数値目標はいくつに置いてる？')).toBe(true);
    expect(asksTargetFigure('How many sites does the programme plan to open?')).toBe(true);
    // A target named by what it counts, or asked as "the target for" (round 54).
    expect(asksTargetFigure('What page-view target has METI set for RESAS for the coming years?')).toBe(true);
    expect(asksTargetFigure('What is the sales target for the new fund?')).toBe(true);
    expect(asksTargetFigure('Which companies were targeted by the programme?')).toBe(false);
    // A purpose is no figure: "the goal of", "what long-term goals".
    expect(asksTargetFigure('What is the goal of the Catapult programme?')).toBe(false);
    expect(asksTargetFigure('What long-term goals does the vision set?')).toBe(false);
    expect(asksTargetFigure("it's OWLの「新規設立企業50社」って目標、実際には何社立ち上がったの？")).toBe(false);
    expect(asksTargetFigure('何年にオープンする予定？')).toBe(false);
    expect(asksTargetFigure('北上川流域って何か目標を掲げてる？')).toBe(false);
    expect(asksTargetFigure('計画はどのくらい進んでる？')).toBe(false);
    expect(asksTargetFigure('目標は何プロジェクト？')).toBe(true);
  });
  it('GIVEN which is largest by a kind of figure (職員数) THEN only figures of that kind compare', () => {
    const asked = 'HVMカタパルト傘下の7センターで、職員数が一番多いのってどこ？';
    const rows = [
      'HVMカタパルト傘下のセンター',
      '名称\t所在地\t概要',
      '先進製造研究センター (AMRC)\tロザラム\t約70社が参画',
      '原子力先進製造研究センター (NAMRC)\tシェフィールド\t23社が参画',
      '製造技術センター (MTC)\tコベントリー\t約80社が参画',
    ].join('\n');
    const none = compose(asked, [passage('n-9-6', rows, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('どれが一番か');
    const staff = rows
      .replace('約70社が参画', '職員450人')
      .replace('23社が参画', '職員120人')
      .replace('約80社が参画', '職員300人');
    expect(compose(asked, [passage('n-9-7', staff, 2)]).abstainReason).toBeNull();
  });
  it("GIVEN one row of the kind (one body's staff in two years) THEN it compares none of the centres", () => {
    const asked = 'HVMカタパルト傘下の7センターで、職員数が一番多いのってどこ？';
    const table = [
      'HVMカタパルト傘下の7センターの実績',
      '内容\t2013-2014\t2014-2015',
      '支援先企業\t1,515社\t1,514社',
      'プロジェクト数\t1,012件\t1,259件',
      'スタッフ数\t約1,250名\t1,577名',
    ].join('\n');
    const none = compose(asked, [passage('n-9-8', table, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('どれが一番か');
  });
  it('GIVEN a superlative said of something else on the page (最高峰の科学者) THEN it does not rank budgets', () => {
    const asked = 'イギリスのカタパルト・センターの中で、いちばん予算が大きいのはどこ？';
    const text =
      'カタパルト・センターは、イギリスの最高峰の科学者や企業、技術者等が協働するプラットフォームとして設立された。';
    const none = compose(asked, [passage('n-9-9', text, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('どれが一番か');
    const said = `${text}カタパルト・センターの中で最大の予算を持つのはHVMカタパルトである。`;
    expect(compose(asked, [passage('n-9-10', said, 2)]).abstainReason).toBeNull();
  });
  it('reads "how much … cost" as an amount asked', () => {
    expect(askedFigure("How much is the AMRC's planned new facility expected to cost to build?")?.unit).toBe('円');
  });
});

describe('near misses of rounds 24 and 25', () => {
  it('GIVEN the slides or a matching site of a report named THEN they are no unseen names', () => {
    const shelf = shelfOf('RESASの特化係数。OIMSはウェブサイトでマッチングを行う。');
    expect(unseenNames('RESASのスライドに出てくる『特化係数』って何のこと？', shelf, 'ja', tokenizer)).toEqual([]);
    expect(unseenNames('関東局のマッチングサイト（OIMS）って何件？', shelf, 'ja', tokenizer)).toEqual([]);
    expect(unseenNames('メタバースの予算は？', shelf, 'ja', tokenizer)).toEqual(['メタバース']);
  });
  it('reads 「先生、レポートに名前出てる？」 as asking for a person', () => {
    expect(askedName('島根大学のアモルファス研究の中心になってる先生、レポートに名前出てる？')).toBe('person');
  });
  it('GIVEN the day of a signing asked (「日付までわかる？」) and only its month THEN abstains; the day answers', () => {
    const asked = '富山の企業がスイス企業と開発契約を結んだのっていつ？日付までわかる？';
    const signed = '富山県企業がスイス企業との間で製品・技術開発契約を締結。';
    const month = compose(asked, [passage('c-10-1', `平成21年10月に交流協定を締結。\n${signed}`, 2)]);
    expect(month.abstained).toBe(true);
    expect(month.text).toContain('時期を示す記述');
    const day = compose(asked, [passage('c-10-2', `2010年3月15日、${signed}`, 2)]);
    expect(day.abstainReason).toBeNull();
  });
  it('reads a salary, annual sales and "how much has it sold" as amounts; "sales activities" is none', () => {
    expect(askedFigure('県内企業に就職した留学生、初任給ってどれくらい？')?.unit).toBe('円');
    expect(askedFigure("What are Ureshino Agri's annual sales from its tomatoes?")?.unit).toBe('円');
    expect(askedFigure('How much has it sold in the EU so far?')?.unit).toBe('円');
    expect(askedFigure('In which countries does AGIT run offices for its sales activities?')).toBeUndefined();
    expect(askedFigure('What did Ureshino Agri do to increase its sales?')).toBeUndefined();
    expect(askedFigure('How much of the output is sold overseas?')).toBeUndefined();
  });
  it('GIVEN why a body dissolved and the best passage saying so under its full name, with no cause THEN abstains', () => {
    const asked = 'TOHOKUものづくりコリドーの事務局やってたICR、2020年に解散したって書いてあるけど理由は？';
    const line = 'クラスターの事務局を担っていたインテリジェントコスモス研究機構（ICR）は2020年３月に解散。';
    const shelf = `TOHOKUものづくりコリドー。${'地域の産業政策を記す。'.repeat(4000)}`;
    const none = compose(asked, [passage('d-10-1', line, 2)], {}, shelf);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('理由を示す記述');
    const why = `${line}\n補助金の終了により、ICRは2020年３月に解散した。`;
    expect(compose(asked, [passage('d-10-2', why, 2)], {}, shelf).abstainReason).toBeNull();
  });
  it('GIVEN by what year a target is to be met and only the date the plan was announced THEN abstains', () => {
    const asked = 'アメリカのIMIを45カ所まで増やすって目標、何年までに達成する計画になってる？';
    const announced =
      'アメリカのオバマ大統領は2012年7月に再生計画を発表し、IMIを当初の計画の3倍の45カ所設置する目標を掲げている。';
    const none = compose(asked, [passage('t-10-1', announced, 2)]);
    expect(none.abstained).toBe(true);
    const dated = `${announced}\n2025年までに45カ所のIMIを設置することを目指す。`;
    expect(compose(asked, [passage('t-10-2', dated, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN an English question naming a body by a Latin word the shelf writes as its name THEN it names the body', () => {
    const shelf = shelfOf(
      `岩手銀行の出資により、manorda（マノルダ）いわてを設立。（資料）Fraunhofer IAO。${'地域の産業政策を記す。'.repeat(4000)}`,
    );
    expect(questionNames('When was manorda iwate, the Bank of Iwate subsidiary, founded?', tokenizer, shelf)).toEqual([
      'manorda',
    ]);
    expect(questionNames('How many staff does Fraunhofer IAO have?', tokenizer, shelf)).toEqual([]);
  });
});

describe('near misses of round 28', () => {
  it('GIVEN a breakdown by country asked and only a table by sector THEN abstains; rows naming countries answer', () => {
    const asked = 'LL事業の200件、相手国別だとどこが一番多かった？';
    const sectors = ['[単位:件数]', '合計\tIT産業\tバイオ\t環境', '全体\t131\t29\t11'].join('\n');
    const none = compose(asked, [passage('b-11-1', `LL事業の200件の内訳\n${sectors}`, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('相手国別の内訳');
    const countries = ['LL事業の200件の相手国別内訳', 'アメリカ\t45', '中国\t38', 'イギリス\t20'].join('\n');
    expect(compose(asked, [passage('b-11-2', countries, 2)]).abstainReason).toBeNull();
    expect(askedBreakdown('LL事業の相手国別の特徴は？')).toBeUndefined();
    expect(askedBreakdown('都道府県別のDX施策ってどんなものがある？')).toBeUndefined();
    // A count by prefecture asked by its noun (回答数, 企業数): 「（有効回答数＝718社）」 is no breakdown.
    expect(askedBreakdown('地域未来牽引企業アンケート（718社回答）の都道府県別の回答数って出てる？')?.dimension).toBe(
      '都道府県',
    );
  });
  it('GIVEN a total asked per year (「年度ごとの内訳」) and only the total and one year THEN abstains; two years answer', () => {
    const asked = '神戸市が推進機構に出した約700億円の財政支援って、年度ごとの内訳わかる？';
    expect(askedBreakdown(asked)?.dimension).toBe('年度');
    // 「分野ごとに地域の偏り」 asks where each field is, not a breakdown of a figure.
    expect(askedBreakdown('日本のクラスター活動って、分野ごとに地域の偏りある？どこに何が多い？')).toBeUndefined();
    const total = '神戸市は推進機構への財政支援（約700億円）を実施した。経済波及効果1,532億円（2015年）。';
    const none = compose(asked, [passage('b-11-4', total, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('年度別の内訳');
    const years = '神戸市の推進機構への財政支援は、2010年に60億円、2011年に65億円。';
    expect(compose(asked, [passage('b-11-5', years, 2)]).abstainReason).toBeNull();
  });
  it("GIVEN a breakdown by sector asked and only a footnote's 分野 THEN abstains", () => {
    const asked = 'VCのスタートアップ投資が東京に集中って資料あったけど、業種別の内訳は出てる？';
    const text = [
      'VCのスタートアップ投資は、金額・件数ともに半数程度が東京都に集中。',
      '（注２）複数分野・広域に及ぶ事業計画については、主な活動や地域にて分類表記。',
    ].join('\n');
    expect(compose(asked, [passage('b-11-3', text, 2)]).abstained).toBe(true);
  });
  it('reads an address, a website, 「何年度まで続く予定」 and an ending in English', () => {
    expect(asksForContact('JETRO島根の事務所の住所ってレポに載ってる？')).toBe(true);
    expect(asksForContact('What is the website of the America Makes institute?')).toBe(true);
    expect(asksForContact('地番を用いた住所の表示とは？')).toBe(false);
    expect(asksDeadline('地域未来牽引企業の選定って何年度まで続く予定？')).toBe(true);
    expect(asksDeadline('アメリカのIMI、45カ所体制にするのは何年までの計画なんだっけ？')).toBe(true);
    expect(asksDeadline('ラーンサーン王朝はいつまで続いたか')).toBe(false);
    expect(askedBreakdown('Is there a breakdown by sector?')?.dimension).toBe('sector');
    expect(askedWhyEvent('Why did the Kansai Green Cluster wind down around 2015?')?.test('活動を停止')).toBe(true);
    expect(askedWhenEvent('When is the programme scheduled to end?')?.test('事業は終了した')).toBe(true);
  });
  it('GIVEN a planned count asked (「何プロジェクトやる予定」) and only what was done by a date THEN abstains', () => {
    const asked = '地域企業イノベーション支援事業、2021年度は何プロジェクトやる予定？';
    const done = '地域企業イノベーション支援事業では、2021年２月末までに133回の研究会を開催。';
    expect(asksTargetFigure(asked)).toBe(true);
    expect(compose(asked, [passage('p-11-1', done, 2)]).abstained).toBe(true);
    const planned = `${done}\n2021年度は12プロジェクトの実施を予定している。`;
    expect(compose(asked, [passage('p-11-2', planned, 2)]).abstainReason).toBeNull();
  });
});

describe('near misses of round 27', () => {
  it('GIVEN 「結局うまくいったの？」 and only the line starting the case THEN abstains; a failure reported answers', () => {
    const asked = '長崎市のLLで、輸入のアイデア出したA社いたじゃん。その輸入ビジネス結局うまくいったの？';
    const start = '長崎市の例:\nA社が核となり、長崎市や業界の企業からメンバーを集めてその地域と交流を開始した。';
    const none = compose(asked, [passage('o-12-1', start, 2, 'r.txt', ['長崎市の事例'])]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('成果や結果');
    const failed = `${start}\nしかし、輸入ビジネスは為替の変動で低迷した。`;
    expect(compose(asked, [passage('o-12-2', failed, 2, 'r.txt', ['長崎市の事例'])]).abstainReason).toBeNull();
  });
  it('reads 「あれ誰？名前知りたい」 as asking a person, and a programme that ended as a dated event (not a season)', () => {
    expect(askedName('神戸の構想を引っ張った有名なお医者さんがいたよね。あれ誰？名前知りたい')).toBe('person');
    expect(askedWhenEvent('ジェトロのRIT事業って結局何年度で終わったの？')?.test('RIT事業は終了した')).toBe(true);
    expect(askedWhenEvent('華南で梅雨前線による長雨が終わるのはいつ？')).toBeUndefined();
    expect(askedWhenEvent('説明会が終わった後、いつ設立されたの？')?.test('設立')).toBe(true);
    expect(askedWhenEvent('When did the centre open in the end?')?.test('開設')).toBe(true);
    expect(asksHeadquarters('What role does JETRO headquarters play in the LL programme?')).toBe(false);
  });
  it("GIVEN where a body is headquartered and only its centres' cities THEN abstains; 「本部ミュンヘン」 answers", () => {
    const asked = 'Where is the HVM Catapult headquartered?';
    const centres = [
      'HVMカタパルトの研究所',
      '先進製造研究センター (AMRC)\tロザラム\t約70社が参画',
      '製造技術センター (MTC)\tコベントリー\t約80社が参画',
    ].join('\n');
    const none = compose(asked, [passage('h-12-1', centres, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('head office');
    const hq = compose('フラウンホーファーの本部ってどこ？', [
      passage('h-12-2', 'フラウンホーファー研究機構\n設立\t1949年(本部ミュンヘン)', 2),
    ]);
    expect(hq.abstainReason).toBeNull();
  });
  it('GIVEN where a body keeps its secretariat and only what it does THEN abstains; 「事務局：…」 answers', () => {
    const asked = '諏訪大連会って、事務局どこに置いてる団体？';
    const doing = '長野県諏訪地域－中国大連市（金属機械加工）\n国内実施主体：諏訪大連会\n- ミッション派遣：2回';
    const none = compose(asked, [passage('h-13-1', doing, 2)]);
    expect(none.abstainReason).toMatch(/head office or secretariat/);
    expect(none.text).toContain('事務局の所在地');
    const secretariat = `${doing}\n諏訪大連会（事務局：諏訪市工業振興課）が交流を継続。`;
    expect(compose(asked, [passage('h-13-2', secretariat, 2)]).abstainReason ?? '').not.toMatch(/secretariat/);
    expect(asksHeadquarters('Where is the secretariat of the Suwa–Dalian association?')).toBe(true);
    // Another body's secretariat does not say where the one asked keeps its own.
    const tama = 'TAMA協会の事務局ってどこの市にあるの？';
    const others = [
      '首都圏産業活性化協会（TAMA協会）による函館商談ツアーへの参加により、はこだて未来大学とのマッチングが実現。',
      'クラスターの事務局を担っていたインテリジェントコスモス研究機構（ICR）は2020年３月に解散。',
    ].join('\n');
    // (A shelf of the reports' size, on which TAMA is a name seldom mentioned.)
    const shelf = normalizeForIndex('地域の産業政策を記す。'.repeat(4000));
    expect(compose(tama, [passage('h-13-3', others, 2)], {}, shelf).abstainReason).toMatch(
      /head office or secretariat/,
    );
  });
});

describe('a site asked for (「どのキャンパス」「どこの会場」)', () => {
  it("GIVEN which campus, and passages naming only the town or another body's campus THEN abstains; a named site answers", () => {
    const asked = '島根大学を核にした共同研究拠点って、松江市内のどこ（どのキャンパスとか）に置く予定？';
    const town = [
      '島根大学を核とする国際共同研究拠点で商用化を前進させる。',
      '島根県・松江市においては対内直接投資を促進する組織は存在する。',
    ].join('\n');
    const none = compose(asked, [passage('site-1', town, 2)]);
    expect(none.abstainReason).toMatch(/site asked for/);
    expect(none.text).toContain('キャンパス・建物・会場');
    const named = `${town}\n共同研究拠点は島根大学松江キャンパス内に置く。`;
    expect(compose(asked, [passage('site-2', named, 2)]).abstainReason ?? '').not.toMatch(/site/);
    expect(asksForSite('諏訪圏工業メッセって毎年どこの会場でやってるの？')).toBe(true);
    expect(asksForSite('Which campus will the hub be built on?')).toBe(true);
    // A cost, a facility in general, or the town are not a site of a kind.
    expect(asksForSite('ジェトロが出してくれる会場費って上限いくら？')).toBe(false);
    expect(asksForSite('次世代を得た施設はどこ？')).toBe(false);
    expect(asksForSite('拠点はどこの市に置く？')).toBe(false);
  });
});

describe('a company asked and only bodies named', () => {
  it('GIVEN which company, and a line naming an agency (in English, in brackets) and universities THEN abstains', () => {
    const asked = 'Which Swedish company partnered with the Nihon University spin-off on the breast cancer checker?';
    const line = '海外実施主体:ISA (Invest in Sweden Agency)、ウメオ大学、ルンド大学';
    const shelf = `乳がんチェッカー。${'地域の産業政策を記す。'.repeat(4000)}`;
    const text = `${line}\n日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」について、スウェーデン企業と共同で臨床実験開始。`;
    expect(compose(asked, [passage('s-13-1', text, 2)], {}, shelf).abstained).toBe(true);
    expect(entityTokens(line, tokenizer).every((entity) => entity.body)).toBe(true);
  });
});

describe('the sentence on the body asked about', () => {
  it("GIVEN when a body was founded, its founding sentence without a date and another body's dated founding beside it THEN abstains", () => {
    const asked = 'When was manorda iwate, the Bank of Iwate subsidiary, founded?';
    const text = [
      '1986年、テクノポリス指定を受け、「岩手県高度技術振興協会」が設立。',
      '岩手銀行の出資により、完全子会社として、manorda（マノルダ）いわて株式会社を設立。',
    ].join('\n');
    const shelf = `岩手銀行の出資により、manorda（マノルダ）いわて。${'地域の産業政策を記す。'.repeat(4000)}`;
    const none = compose(asked, [passage('f-14-1', text, 2)], {}, shelf);
    expect(none.abstained).toBe(true);
    const dated = text.replace('完全子会社として、', '2021年4月、完全子会社として、');
    expect(compose(asked, [passage('f-14-2', dated, 2)], {}, shelf).abstainReason).toBeNull();
  });
  it('GIVEN which ranks first and only a programme named 「グローバルニッチトップ企業100選」 THEN abstains', () => {
    const asked = 'グローバルニッチトップ企業100選の選定企業数、10万事業所あたりで一番多い都道府県ってどこ？';
    const text =
      '10万事業所当たりの「グローバルニッチトップ企業100選」選定企業数は、一部の地方圏では三大都市圏よりも多い。';
    const answer = compose(asked, [passage('f-14-3', text, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('どれが一番か');
    expect(SAYS_SUPERLATIVE.test('売上高は業界トップである')).toBe(true);
  });
});

describe('a comparison and a question in parts', () => {
  it('reads a country as compared only when it is a side of the comparison', () => {
    expect(comparedCountries('NRW.Global BusinessとAGITってどう違うの？ドイツ側の話で両方出てきて混乱してる')).toEqual(
      [],
    );
    expect(comparedCountries('韓国の戦略とインダストリー4.0を比べると？')).toEqual(['韓国']);
    expect(comparedCountries('北上川流域を台湾の新竹サイエンスパークと比べたりしてる？')).toEqual(['台湾']);
    expect(comparedCountries('インダストリー4.0とアメリカの違いは？')).toEqual(['アメリカ']);
  });
  it('GIVEN what was done and what came of it asked, and only what was done THEN answers with it', () => {
    const asked = '飯塚市のLLって、終わったあと市は何をやって、どんな成果が出たの？';
    const text = '飯塚市の例:\n市の産業政策の柱としてIT産業育成をかけ、LL事業の終了後も5年間で独自の予算を手当てした。';
    const shelf = `飯塚市。${'地域の産業政策を記す。'.repeat(4000)}`;
    const answer = compose(asked, [passage('p-15-1', text, 2, 'r.txt', ['飯塚市の例'])], {}, shelf);
    expect(answer.abstainReason).toBeNull();
  });
});

describe('near misses of round 30', () => {
  it('reads 「所長さんの名前わかる？」 as a person and 「開設日ってもう決まってる？」 as the date of an opening', () => {
    expect(askedName('ジェトロ島根の今の所長さんの名前わかる？表敬のアポ取りたくて')).toBe('person');
    expect(askedWhenEvent('JETRO島根と県の統合窓口、開設日ってもう決まってる？')?.test('窓口を開設')).toBe(true);
  });
  it('GIVEN whether a target was met and only the sentence setting it THEN abstains; 「目標を達成」 answers', () => {
    const asked = "it's OWLって新規設立企業50社って目標を掲げてたけど、実際に達成できたの？";
    const set = "it's OWLでは、戦略目標として、新規雇用1万人、新規設立企業50社という目標を掲げている。";
    const none = compose(asked, [passage('a-16-1', set, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('目標を達成したかどうか');
    const met = `${set}\n2017年までに新規設立企業50社の目標を達成した。`;
    expect(compose(asked, [passage('a-16-2', met, 2)]).abstainReason).toBeNull();
    expect(asksAchieved('関東経産局のOIMSって、これまでに商談が何件くらい実現したの？')).toBe(false);
    expect(asksAchieved('Did the UK actually reach its goal of 30 Catapult fields?')).toBe(true);
  });
  it('GIVEN whether an act happened (販売までいけた？) and only a sentence saying it was the aim THEN abstains; a sentence saying it was done answers', () => {
    const asked = '福島とスウェーデンの連携で出てきた乳がんチェッカー、結局EUで販売までいけた？';
    const fukushima = ['福島県—スウェーデン(医療福祉機器産業)'];
    const aim =
      '日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始';
    // A list of cases names 福島, but its 販売 is another case's (諏訪).
    const list = [
      '1. 福島県－スウェーデン・スコーネ（医療福祉）《03～06年度》',
      '2. 長野県諏訪地域－中国大連市（金属機械加工）《97～03年度》',
      '諏訪の企業が、中国企業との合弁で販売会社を設立し、製品を販売。',
    ].join('\n');
    const none = compose(asked, [
      passage('h-1-2', aim, 2, 'r.txt', fukushima),
      passage('h-5-7', list, 1.9, 'r.txt', ['インタビュー実施案件']),
    ]);
    expect(none.abstainReason).toMatch(/whether it happened/);
    expect(none.text).toContain('実際に行われたか');
    // Asked naming no case: another case's 「販売会社」 beside it does not say the checker was sold.
    const unnamed = compose('乳がんチェッカー、結局EUで販売までいけた？', [
      passage('h-1-4', `${aim}\n諏訪の企業が、中国企業との合弁で販売会社を設立し、製品を販売。`, 2),
    ]);
    expect(unnamed.abstainReason).toMatch(/whether it happened/);
    const done = `${aim}\n2012年、スウェーデン企業を通じてEUで販売を開始した。`;
    expect(compose(asked, [passage('h-1-3', done, 2, 'r.txt', fukushima)]).abstainReason).toBeNull();
    expect(askedHappening('日大工学部発ベンチャーの乳がんチェッカー、EUで販売承認って下りたの？')).toBe('販売承認');
    expect(askedHappening('徳島のLEDバレイ構想って、企業集積の目標はちゃんと達成できたの？')).toBe('達成');
    // 「売り出すところまでいけた」: whether it went on sale (販売), however far the question puts it.
    expect(askedHappening('乳がんチェッカー、最終的にEUで売り出すところまでいけた？')).toBe('販売');
    // A verb after もう or 結局: its stem to its last kanji, which the report's other forms share (立ち上げ).
    expect(askedHappening('島根版のNRW Global Connectって、結局もう立ち上がったの？')).toBe('立ち上');
    // One kanji: the verb with its kana, or the Sino-Japanese word for it (「運用を開始」).
    expect(askedHappening('V-RESASってもう始まった？')).toEqual(['始まっ', '開始']);
    // 「もう発売されてる？」: whether it is done by now.
    expect(askedHappening('シナノケンシとBionicMのIoTパワード義足、もう発売されてる？')).toBe('発売');
    expect(askedHappening('RIT事業って今もまだ募集してる？')).toBe('募集');
    expect(askedHappening('どこで実証してるの？')).toBeUndefined();
    // 「実際に雇用は1,800人生まれたの？」: whether the figure the question states came about.
    expect(askedHappening('新施設で実際に雇用は1,800人生まれたの？')).toEqual(['生まれ', '誕生', '創出']);
    // 「…できるようになったの？」 asks whether it came to be done.
    expect(askedHappening('乳がんチェッカー、結局EUで販売できるようになったの？')).toBe('販売');
    const able = compose('乳がんチェッカー、結局EUで販売できるようになったの？', [passage('h-1-5', aim, 2)]);
    expect(able.abstainReason).toMatch(/whether it happened/);
    const launched = compose('V-RESASってもう始まった？', [passage('v-2-1', '2020年６月にV-RESASの運用を開始。', 2)]);
    expect(launched.abstainReason).toBeNull();
    const planned = compose('V-RESASってもう始まった？', [
      passage('v-2-2', 'V-RESASは2021年度の運用開始を目指す。', 2),
    ]);
    expect(planned.abstainReason).toMatch(/whether it happened/);
    // A question asking what, when or how many is no yes/no question.
    expect(askedHappening("it's OWLって新規設立企業は実際には何社設立されたの？")).toBeUndefined();
    expect(askedHappening('乳がんチェッカーはいつ販売されたの？')).toBeUndefined();
  });
});

describe('the attribute asked the value of', () => {
  it('reads the nouns before the value word, not generic ones, descriptions or comparisons', () => {
    expect(askedAttribute('興研が飯能に作った先進技術センター、延床面積ってどれくらい？', tokenizer)?.compound).toBe(
      '延床面積',
    );
    expect(askedAttribute('アンケートの標本誤差はどのくらいって書いてある？', tokenizer)?.words).toContain('誤差');
    // 「効果ってどのくらい」: a result in whatever measure (「生産性が最大27%向上」), like 実績.
    expect(askedAttribute('共通業務基盤を入れた話、効果ってどのくらい出たんだっけ？', tokenizer)).toBeUndefined();
    expect(askedAttribute('富山県医薬品産業活性化懇話会の座長って誰だった？', tokenizer)?.compound).toBe('座長');
    expect(askedAttribute('日露和親条約が結ばれたのは西暦何年でしょうか？', tokenizer)).toBeUndefined();
    expect(askedAttribute('LL事業って件数は何件？', tokenizer)).toBeUndefined();
    expect(askedAttribute('誘致のターゲットにする業種ってどんなの？', tokenizer)).toBeUndefined();
    expect(askedAttribute('フラウンホーファーと産総研って職員数どれくらい違うの？', tokenizer)).toBeUndefined();
    expect(
      askedAttribute('フラウンホーファーと産総研って、組織の規模でどのくらい差があるの？', tokenizer),
    ).toBeUndefined();
  });
  it('GIVEN a counter after the noun (生徒数, 会員数) or an aside of when before the value word THEN reads the attribute', () => {
    const students = askedAttribute('広島県立叡智学園って生徒数どれくらい？', tokenizer);
    expect(students?.compound).toBe('生徒数');
    expect(students?.words).toContain('生徒');
    const members = askedAttribute('協議会の会員数って、2019年時点だと何社だった？', tokenizer);
    expect(members?.compound).toBe('会員数');
    expect(askedAttribute('LED関連の出荷額ってどのくらい？', tokenizer)?.compound).toBe('出荷額');
    // The attribute itself after the comma is no aside: 「関連企業の数」 is read (数 alone is generic).
    expect(askedAttribute('徳島のLED集積って、関連企業の数どれくらい増えた？', tokenizer)).toBeUndefined();
    expect(askedAttribute('アンケートって、いつ実施した？', tokenizer)).toBeUndefined();
  });
  it('GIVEN a floor area asked and passages on the centre that never say 延床面積 or 面積 THEN abstains; a passage saying it answers', () => {
    const asked = '興研が飯能に作った先進技術センター、延床面積ってどれくらい？';
    const built = '興研は、平成30年に埼玉県飯能市に「先進技術センター」を新設。投資額は約20億円。';
    const none = compose(asked, [passage('v-17-1', built, 2)]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('「延床面積」についての記述');
    const area = `${built}\n延床面積は約5,000平方メートル。`;
    expect(compose(asked, [passage('v-17-2', area, 2)]).abstainReason).toBeNull();
  });
});

describe('the attribute an English question asks the value of', () => {
  const lexicon = new Map<string, string[]>([
    ['salary', ['給料', '給与']],
    ['employees', ['従業員', '職員']],
    ['budget', ['予算', '運営費']],
    ['fund', ['資金', '基金', 'ファンド']],
    ['shipment', ['出荷']],
    ['hotels', ['ホテル', 'イン']],
  ]);
  const translate = (word: string) => lexicon.get(word) ?? [];
  it('reads the head noun after "what is the" or "how many", not a generic one', () => {
    expect(askedAttributeEn("What's the average salary of a Fraunhofer researcher?", translate)?.words).toEqual([
      '給料',
      '給与',
    ]);
    expect(askedAttributeEn("How many employees does it's OWL Clustermanagement GmbH have?", translate)?.compound).toBe(
      'employees',
    );
    expect(askedAttributeEn('What was the budget of the programme?', translate)).toBeUndefined();
    // A two-letter katakana word (inn → イン) is part of too many others to say the attribute.
    expect(askedAttributeEn('How many hotels are there in Suwa?', translate)?.words).toEqual(['ホテル']);
    expect(askedAttributeEn('What is the number of companies in the cluster?', translate)).toBeUndefined();
    // "How big is …", "how much money was in …": the noun ending the clause.
    expect(askedAttributeEn("How big is Tokushima's LED Valley promotion fund, in yen?", translate)?.words).toEqual([
      '資金',
      '基金',
      'ファンド',
    ]);
    expect(
      askedAttributeEn('How much money was in the LED Valley promotion fund that Tokushima used for grants?', translate)
        ?.compound,
    ).toBe('fund');
    expect(
      askedAttributeEn("How big is Tokushima's LED cluster in terms of annual shipment value?", translate)?.compound,
    ).toBe('shipment value');
  });
  it('GIVEN a salary asked and passages on the staff that never say a salary THEN abstains', () => {
    const staff =
      'フラウンホーファー研究機構\n人材育成等\t23,000人のスタッフ(平均在職期間7年、毎年800人が他組織へ移動)';
    const answer = compose("What's the average salary of a Fraunhofer researcher?", [passage('e-18-1', staff, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('"salary"');
  });
});

describe('attributes and names as staff write them', () => {
  it('GIVEN 「戸数」 asked THEN a count with the counter (「1,787戸」) says it', () => {
    const asked = '亀山市が工場の従業員向けにアパート新築を後押しした条例、補助対象で新しくできた戸数ってどれくらい？';
    const text = '亀山市は「民間賃貸共同住宅新築促進条例」を策定。\n2009年までに1,787戸が補助対象として新設された。';
    expect(compose(asked, [passage('c-19-1', text, 2)]).abstainReason).toBeNull();
  });
  it('reads no attribute through で (「どの順番で、どれくらいの期間で」 asks for a plan)', () => {
    expect(
      askedAttribute('実装のロードマップ、どの順番でどれくらいの期間で進める想定なのか全体像をつかみたい', tokenizer),
    ).toBeUndefined();
  });
  it('GIVEN a katakana compound the reports write with a middle dot THEN it is no unseen name', () => {
    const shelf = shelfOf('it’s OWLのクラスター・マネジメント組織');
    expect(unseenNames('it’s OWLのクラスターマネジメント、仕切ってるのって誰？', shelf, 'ja', tokenizer)).toEqual([]);
  });
});

describe('what a question counts or measures, read closer (round 18)', () => {
  /** An English question, its terms through the lexicon. */
  const composeEn = (question: string, passages: Passage[]) => compose(question, passages, {}, '', loadLexicon());
  const AOI = [
    '会津大学では、企業のニーズベースで行うAOI（Aizu Open Innovation） 会議を実施。',
    'これらの拠点では、研究と産業ニーズの意見交換を行う場として、「会津オープンイノベーション会議（AOI会議）」を実施。本会議では、「多対多」の新しい産学連携体制を構築。',
    'ニーズの段階から多様な議論を活性化させる共創の場となっており、多種多様な会議が催されている。（2019年度開催実績：310回）',
  ].join('\n');
  it('GIVEN a count asked (何回) and a sentence under a heading naming what is counted THEN the count answers', () => {
    const asked = '会津大学のAOI会議って年に何回くらい開いてる？研究者との交流で';
    const found = compose(asked, [
      passage('a-1-3', AOI, 2, 'r.txt', [
        '（３）大学等と連携して新規事業創出に取り組む事例',
        '■AOI (Aizu Open Innovation) 会議',
      ]),
    ]);
    expect(found.abstainReason).toBeNull();
    expect(found.citations[0]!.quote).toContain('310回');
    // Under a heading naming something else, the sentence says only that meetings are held.
    const other = compose(asked, [
      passage('a-1-4', AOI, 2, 'r.txt', [
        '（３）大学等と連携して新規事業創出に取り組む事例',
        '■ タウン・アンド・ガウン構想',
      ]),
    ]);
    expect(other.abstained).toBe(true);
  });

  it('GIVEN an act counted as a verb (実際に成約したのって何件) and only the count of meetings THEN abstains naming the act', () => {
    const asked = '関東局のOIMS、商談までいったうち実際に成約したのって何件？';
    const meetings = 'OIMSでは、これまで349件のニーズ発信に対し、4,268件以上の提案を受領し、592件の商談が実現。';
    const refused = compose(asked, [passage('o-1-1', meetings, 2)]);
    expect(refused.abstained).toBe(true);
    expect(refused.text).toContain('「成約」の数');
    const signed = compose(asked, [passage('o-1-2', `${meetings}うち45件が成約に至った。`, 2)]);
    expect(signed.abstainReason).toBeNull();
    expect(signed.citations[0]!.quote).toContain('45件が成約');
  });

  it('GIVEN a breakdown by prefecture asked and only 「47都道府県別」 (no prefecture named) THEN abstains', () => {
    const asked = 'LL事業の実施テーマ、都道府県別だと一番多かったのってどこ？';
    const dx = 'LL事業の実施27テーマについて、別途作成の47都道府県別DX施策一覧を基に評価を実施。';
    expect(compose(asked, [passage('b-1-1', dx, 2)]).abstainReason).toMatch(/breaks the figures down/);
    const byPrefecture = 'LL事業の実施テーマは長野県が12テーマ、福島県が8テーマ、石川県が5テーマ。';
    expect(compose(asked, [passage('b-1-2', byPrefecture, 2)]).abstainReason ?? '').not.toMatch(
      /breaks the figures down/,
    );
  });

  it('GIVEN an attribute asked (人口) and passages saying only a measure derived from it (人口成長率) THEN abstains', () => {
    const asked = '北上市の人口って今どれくらい？会議メモ用';
    const growth = '北上市は戦略的な企業誘致を実施。年2%(2022年)の人口成長率を維持。';
    expect(compose(asked, [passage('p-1-1', growth, 2)]).abstainReason).toMatch(/says 「人口」/);
    const said = '北上市は戦略的な企業誘致を実施。人口は約9万3千人で、増加を続けている。';
    expect(compose(asked, [passage('p-1-2', said, 2)]).abstainReason ?? '').not.toMatch(/says 「人口」/);
  });

  it('GIVEN a founding date asked of a named cluster and only another case of the slide dated THEN abstains; its own heading dates it', () => {
    const asked = 'ブルゴーニュのVitagoraって、何年に立ち上がったクラスターだっけ？';
    const slide = ['2-1-2. 海外の地域経済活性化事例'];
    const slideText = [
      'フランス ブルゴーニュ地方 農業・食品 • Vitagoraがクラスター組織として事業化を支援',
      'カナダ ハリファックス 海洋 • 地域特性を活かす「海洋ビジネス」を基点としたイノベーション促進機能の意欲的な設置で、スーパークラスター構築を企図年2%(2022年)の人口成長率',
    ].join('\n');
    const vitagora = passage('v-1-1', 'ブルゴーニュ地方のVitagoraは農業・食品分野のクラスター。', 3, 'r.txt', slide);
    const canada = passage('v-1-2', slideText, 2, 'r.txt', slide);
    expect(compose(asked, [vitagora, canada]).abstainReason).toMatch(/dates the event/);
    const own = passage('v-1-3', '同クラスターは2005年に設立され、企業の連携を推進。', 2, 'r.txt', [
      '2-1-2. 事例：フランス ブルゴーニュ地方 Vitagora',
    ]);
    expect(compose(asked, [vitagora, own]).abstainReason ?? '').not.toMatch(/dates the event/);
  });

  it('GIVEN a population or a market size asked and a figure in the unit asked of another measure THEN abstains', () => {
    const jobs =
      '北上市は人口減少が課題。エコタウン事業で企業を誘致し、1,093億円の生産誘発効果、6,470人の雇用創出を実現。';
    for (const asked of [
      "What's Kitakami city's current population? Need it for a briefing.",
      '北上市の人口って今どれくらい？',
    ]) {
      expect(compose(asked, [passage('m-1-1', jobs, 2)]).abstained).toBe(true);
    }
    const people = '北上市は企業誘致を進め、人口は約9万3千人で増加を続けている。';
    expect(compose('北上市の人口って今どれくらい？', [passage('m-1-2', people, 2)]).abstained).toBe(false);
    const market = 'アモルファスモーターの世界市場は2030年に約1,200億円と見込まれる。';
    const effect = 'アモルファスモーターは市場規模の拡大が期待される。導入で約1,200億円の生産誘発効果が見込まれる。';
    const asked = 'アモルファスモーターの市場規模ってどのくらい？';
    expect(compose(asked, [passage('m-1-3', effect, 2)]).abstained).toBe(true);
    expect(compose(asked, [passage('m-1-4', market, 2)]).abstained).toBe(false);
    // A subsidy asked: an economic effect is no subsidy, a grant said as one answers.
    const subsidy = '北九州のエコタウン事業に国から出た補助金って総額いくら？';
    const induced =
      '北九州市は補助金を活用して企業を誘致。同市におけるエコタウン事業は2000年代中盤にピークを迎え、2004年時点では1,093億円の生産誘発効果が生じた。';
    expect(compose(subsidy, [passage('m-1-5', induced, 2)]).abstained).toBe(true);
    const granted = '北九州のエコタウン事業には国から約60億円の補助が交付された。';
    expect(compose(subsidy, [passage('m-1-6', granted, 2)]).abstained).toBe(false);
  });

  it('GIVEN an English part of a stated total (how many are in Germany) and a count of another kind THEN abstains', () => {
    const asked = 'Of the 211 EDIHs in the EU, how many are in Germany?';
    const hubs =
      'EUではデジタルイノベーションハブ（EDIHs）を211箇所を整備。ドイツで最も革新的な5地域の一つとして表彰された。';
    expect(askedPartEn(asked)).toBe('germany');
    expect(composeEn(asked, [passage('e-1-1', hubs, 2)]).abstainReason).toMatch(/gives the part/);
    const part = 'EUではデジタルイノベーションハブ（EDIHs）を211箇所を整備し、うちドイツに28箇所がある。';
    expect(composeEn(asked, [passage('e-1-2', part, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN an English question asking a measure (satisfaction score) and no figure said with it THEN abstains', () => {
    const asked =
      'The Kyushu Silicon Cluster seminars are said to get high satisfaction — what was the actual satisfaction score?';
    const text = '九州シリコン・クラスター連携会議として、4団体の連携を推進。セミナーを開催し、参加者の満足度が高い。';
    expect(composeEn(asked, [passage('s-1-1', text, 2)]).abstainReason).toMatch(/gives a figure/);
    const scored = `${text}\nセミナーの満足度は5段階で平均4.5点。`;
    expect(composeEn(asked, [passage('s-1-2', scored, 2)]).abstainReason).toBeNull();
    // "what impact on jobs and costs" lists things; it asks no measure.
    const impact = composeEn('What impact on jobs and costs is the cluster expected to have?', [
      passage('s-1-3', text, 2),
    ]);
    expect(impact.abstainReason ?? '').not.toMatch(/gives a figure/);
  });

  it('GIVEN the date of a founding asked and a dated founding of a body sharing one name (岩手) beside its own undated one THEN abstains', () => {
    const asked = '岩手のmanordaいわてって、いつ設立されたの？';
    const shelf = `manorda（マノルダ）いわて。${'地域の産業政策を記す。'.repeat(4000)}`;
    const undated = [
      '岩手銀行の出資により、完全子会社として、manorda（マノルダ）いわて株式会社を設立。',
      '1986年、テクノポリス指定を受け、「岩手県高度技術振興協会」が設立。',
    ].join('\n');
    expect(compose(asked, [passage('m-1-1', undated, 2)], {}, shelf).abstainReason).toMatch(/dates the event/);
    const dated = undated.replace('岩手銀行の出資により', '2019年、岩手銀行の出資により');
    expect(compose(asked, [passage('m-1-2', dated, 2)], {}, shelf).abstainReason).toBeNull();
  });

  it('GIVEN "where is … located" THEN a city or region answers; Europe or a programme\'s Latin name does not', () => {
    const asked = "Where is the UK's cell therapy Catapult centre located?";
    const lexicon = loadLexicon();
    const vague = [
      '細胞治療カタパルトは、ヨーロッパ最大級の細胞治療の研究拠点である。',
      '2015年4月には新たに個別化医療（Precision Medicine）カタパルトが設立された。',
    ].join('\n');
    expect(compose(asked, [passage('g-0-1', vague, 2)], {}, '', lexicon).abstainReason).toMatch(/names a place/);
    const there = `${vague}\n細胞治療カタパルトはロンドンのガイズ病院内に所在する。`;
    expect(compose(asked, [passage('g-0-2', there, 2)], {}, '', lexicon).abstainReason).toBeNull();
  });

  it('GIVEN a city asked within a country (中国のどの都市, which Russian city) and places named only apart from that country THEN abstains', () => {
    const asked = 'AGITって中国にもオフィスあるみたいだけど、中国のどの都市に置いてるの？';
    const apart = 'AGIT ・中国・韓国オフィスでの営業活動\t大阪市に本部を置く支援機関と連携';
    expect(compose(asked, [passage('g-1-1', apart, 2)]).abstainReason).toMatch(/names a place/);
    const there = 'AGIT ・中国・韓国オフィスでの営業活動\t中国のオフィスは上海市に置いている';
    expect(compose(asked, [passage('g-1-2', there, 2)]).abstainReason).toBeNull();
    const russia = 'The Toyama pharmaceutical delegation went to Russia — which Russian city did they visit?';
    const visits = [
      '富山県の薬業界が派遣する交流訪問団に県職員が同行（これまでに、イタリア、ベトナム、タイ、ロシアへの交流訪問団に同行）。',
      '富山とバーゼル地域で交互に合同シンポジウムを開催。',
    ].join('\n');
    expect(composeEn(russia, [passage('g-1-3', visits, 2)]).abstainReason).toMatch(/names a place/);
    expect(placeWithinCountry(russia, (word) => loadLexicon().lookup(word))).toBe('ロシア');
    expect(placeWithinCountry('Which city in Switzerland was the partner?', (word) => loadLexicon().lookup(word))).toBe(
      'スイス',
    );
    expect(placeWithinCountry('福島の企業はどの市にあるの？', () => [])).toBeUndefined();
    // A region abroad bounds its cities as a country does: "which Texas city" is one in テキサス.
    const texas = 'For the Shimane–Texas LL project, which Texas city was the partner region?';
    expect(placeWithinCountry(texas, (word) => loadLexicon().lookup(word))).toBe('テキサス');
    const listed = '6. 島根－米国テキサス（精密機器）《04～06年度》\n島根県・松江市の企業が参加した。';
    expect(composeEn(texas, [passage('g-1-4', listed, 2)]).abstainReason).toMatch(/names a place/);
    const named = `${listed}\n相手地域はテキサス州オースティン市である。`;
    expect(composeEn(texas, [passage('g-1-5', named, 2)]).abstainReason).toBeNull();
    // Japan's places are named without 日本: "which Japanese regions" is bounded by no country.
    expect(
      placeWithinCountry('Which Japanese regions were paired with Swiss partners?', (word) =>
        loadLexicon().lookup(word),
      ),
    ).toBeUndefined();
  });

  it('GIVEN which ranks first asked and figures to compare only in a sentence off the topic THEN abstains; figures on the topic answer', () => {
    const asked = 'イギリスのカタパルト・センターの中で、いちばん予算が大きいのはどこ？';
    const plan = 'イギリスは4年間で2億ポンドの予算を投じ、全国に順次カタパルト・センターを設立していく計画を発表した。';
    const off = `${plan}\n同機構の収入は2013年に1億ポンド、2014年に1.2億ポンド、2015年に1.5億ポンド。`;
    expect(compose(asked, [passage('k-1-1', off, 2)]).abstainReason).toMatch(/ranks first/);
    const on = `${plan}\nカタパルト・センターの予算は、HVMが1億ポンド、デジタルが3千万ポンド、細胞治療が2千万ポンド。`;
    expect(compose(asked, [passage('k-1-2', on, 2)]).abstainReason).toBeNull();
    // The numbered parts of one centre's budget rank no centres.
    const parts = `${plan}\nカタパルト・センターの2014/15年度の予算は、①助成金19%（28.8百万ポンド）、②民間からの収入48%（75百万ポンド）、③競争的資金33%（51.7百万ポンド）であった。`;
    expect(compose(asked, [passage('k-1-3', parts, 2)]).abstainReason).toMatch(/ranks first/);
  });

  it('GIVEN a target figure asked and only an earlier target reported met THEN abstains; a target set answers', () => {
    const asked = '徳島の次世代LEDバレイ構想って、LED関連企業を何社まで増やす目標なの？';
    const met = [
      '2005年、LEDを利用した光産業集積を目指す「LEDバレイ構想」を徳島県が策定。',
      '2010年、「LED関連企業100社集積」の目標を達成。',
      '2019年7月には、新産業創出と高度化を目指し、「次世代LEDバレイ構想」を制定。',
    ].join('\n');
    expect(compose(asked, [passage('t-1-1', met, 2)]).abstainReason).toMatch(/as a target or a plan/);
    const set = `${met}\n次世代LEDバレイ構想では、2030年までにLED関連企業300社の集積を目標とする。`;
    expect(compose(asked, [passage('t-1-2', set, 2)]).abstainReason).toBeNull();
  });

  it("GIVEN 中国 the country asked (a partner abroad) and only a table of Japan's regions THEN abstains; the 中国 region asked is answered", () => {
    const table = [
      '[単位:件数]',
      '(地域 経済産業局)\t食品\tIT産業\t総計',
      '北海道\t1\t2\t3',
      '東北\t7\t2\t9',
      '中国\t5\t3\t8',
      '九州\t5\t1\t6',
      '総計\t18\t8\t26',
    ].join('\n');
    const abroad = compose('LL事業の実施案件200件のうち、中国の地域と組んだ案件って何件？', [
      passage('c-1-1', table, 2),
    ]);
    expect(abroad.abstained).toBe(true);
    const region = compose('LL事業で、中国経済産業局の地域の案件って何件？', [passage('c-1-2', table, 2)]);
    expect(region.abstainReason).toBeNull();
    expect(region.citations[0]!.quote).toContain('中国');
  });

  it('GIVEN a campus asked (どのキャンパス) and only organisations named THEN abstains; a place names the campus', () => {
    const asked = '島根大学を核にした応用実証研究拠点って、どのキャンパス（松江？出雲？）に置く想定なの？';
    const plan =
      '優先順位は①応用実証研究拠点 ②研究→量産橋渡し環境の順で実装し、島根大学を核とする共同研究機能と、JETRO×県の統合窓口を組み合わせた「研究起点FDI」として設計すべき';
    expect(compose(asked, [passage('u-1-1', plan, 2)]).abstainReason).toMatch(/site asked for/);
    const campus = `${plan}\n応用実証研究拠点は、島根大学の浜田キャンパスに整備する想定。`;
    expect(compose(asked, [passage('u-1-2', campus, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN members counted by 者 (何者くらい) and only the total of every kind THEN abstains; the part counted answers', () => {
    const asked = 'TAMA協会って参加が500近くあるみたいだけど、そのうち大学・研究機関って何者くらい？';
    const total = '2021年１月時点で479者の企業等が参加する首都圏産業活性化協会（TAMA協会）が取組を継続。';
    expect(compose(asked, [passage('m-2-1', total, 2)]).abstained).toBe(true);
    const part = `${total}\nTAMA協会の参加者のうち、大学・研究機関は45者。`;
    expect(compose(asked, [passage('m-2-2', part, 2)]).abstainReason).toBeNull();
    expect(askedCounter('彼は何者？')).toBeUndefined();
  });

  it('GIVEN the items of a list counted (何本柱) and a numbered list on the topic THEN it answers, its items first', () => {
    const asked = '経産省の研究会資料だと、地域のDX推進政策の方向性ってざっくり何本柱になってる？';
    const prose =
      '地域におけるDX推進政策の方向性として、地域の身近な成功モデルの創出や共有により、地域のDX機運を醸成すべき。';
    expect(compose(asked, [passage('l-1-1', prose, 2)]).abstained).toBe(true);
    const list = [
      '地域におけるDX推進政策の方向性',
      '１．身近な成功モデル創出による地域のDX機運の醸成',
      '- DXの意識や理解は東京と地方で温度差あり。地域のDX機運を醸成すべき。',
      '２．地域単位・サプライチェーン単位の一体的なDXの促進',
      '- 複数企業が連携した地域の一体的なDXを促進していくべき。',
      '３．人材確保・育成や事業創出の支援により地域経済のDXを推進する新たな仕組みの検討',
    ].join('\n');
    const counted = compose(asked, [passage('l-1-2', list, 2)]);
    expect(counted.abstainReason).toBeNull();
    expect(counted.citations[0]!.quote).toMatch(/^[１２３]．/);
  });

  it('GIVEN an English "how many <offices>" and only figures of other things THEN abstains; a count of offices answers', () => {
    const asked = 'How many overseas offices does NRW.Global Business run?';
    const activities =
      'NRW.Global Business ・海外オフィスにおける営業活動 ・海外見本市への出展支援 ・海外企業による投資相談実績0件（2020年）';
    const first = composeEn(asked, [passage('n-1-1', activities, 2)]);
    expect(first.abstained).toBe(true);
    const offices = `${activities}\nNRW.Global Businessは海外に12カ所のオフィスを置いている。`;
    expect(composeEn(asked, [passage('n-1-2', offices, 2)]).abstainReason).toBeNull();
    expect(askedCounter('How many clusters had applied in that round?')?.test('12のクラスター')).toBe(true);
    expect(askedCounter('How many EDIHs does the EU have?')?.test('211箇所')).toBe(true);
  });

  it('reads more kinds of question: an approval got (取れたの), a municipality asked, an income, a counted modifier', () => {
    expect(askedName('島根大学でアモルファス合金の研究を引っ張ってる先生、名前なんていうんだっけ？')).toBe('person');
    expect(askedName('Who was the famous doctor who drove the medical industry city concept?')).toBe('person');
    expect(askedName('その調査、実際に請け負ったコンサルってどこ？')).toBe('organisation');
    expect(askedHappening('福島×スウェーデンの乳がんチェッカー、結局EUで販売承認は取れたの？')).toBe('販売承認');
    expect(askedHappening('乳がんチェッカー、結局EUで販売承認（CEマーク）とれたの？')).toBe('販売承認');
    expect(asksForPlace('Which municipality is the Fukushima Robot Test Field located in?')).toBe(true);
    expect(asksForCity('Which municipality is the Fukushima Robot Test Field located in?')).toBe(true);
    // "which runs the prefecture's fund" asks no place.
    expect(asksForPlace("Who was the first president of the body which runs the prefecture's venture fund?")).toBe(
      false,
    );
    expect(askedFigure("What was the HVM Catapult's total income for 2015-16?")?.unit).toBe('円');
    const lookup = (word: string) => ({ 'spin-off': ['スピンオフ'], companies: ['企業'] })[word] ?? [];
    expect(askedAttributeEn('How many spin-off companies does Fraunhofer produce each year?', lookup)?.compound).toBe(
      'spin-off companies',
    );
    expect(askedAttributeEn('How many new companies does it create each year?', lookup)).toBeUndefined();
  });
});

describe('near misses of round 38', () => {
  it('GIVEN an amount asked in yen and figures only in pounds THEN abstains; a yen amount answers', () => {
    const asked = 'HVMカタパルトの収入2億1,800万ポンドって、日本円でいうといくら？';
    const pounds = 'HVMカタパルトの2014/15年度の収入は2億1,800万ポンドであった。';
    const none = answerTo(asked, pounds);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('円で示す記述');
    expect(answerTo(asked, `${pounds}これは約400億円に相当する。`).abstainReason).toBeNull();
    expect(asksInYen("HVM Catapult's total income of 218 million pounds: what is that in yen?")).toBe(true);
    expect(asksInYen('What would the federal contribution per IMI come to in Japanese yen?')).toBe(true);
    expect(asksInYen('補助金は何円？')).toBe(false);
    expect(asksInYen('What is the budget in million yen?')).toBe(false);
  });
  it('GIVEN the second place asked and a passage saying only who is first THEN abstains; 2位 answers', () => {
    const asked = '静岡は医薬品・医療機器生産額で全国1位らしいけど、2位はどこの県？';
    const first = '静岡県の医薬品・医療機器合計生産金額は11年連続全国1位(1.2兆円)である。';
    const none = answerTo(asked, first);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('お尋ねの順位');
    const second = '静岡県の医薬品・医療機器合計生産金額は全国1位(1.2兆円)、2位は富山県であった。';
    expect(answerTo(asked, second).abstainReason).toBeNull();
    expect(askedRank('生産額が2番目に多いのは？')?.test('富山県が二番目に多い')).toBe(true);
    expect(askedRank('Which prefecture ranks second?')?.test('2位は富山県')).toBe(true);
    expect(askedRank('全国12位ってどこ？')?.test('2位')).toBe(false);
    expect(askedRank('全国12位ってどこ？')?.test('12位')).toBe(true);
    expect(askedRank('第2期はいつ？')).toBeUndefined();
  });
  it("GIVEN Japan's figure asked beside Germany's THEN a figure said of Germany does not answer", () => {
    const asked = 'ドイツの中小企業の44%がインダストリー4.0を知らないってあったけど、日本の中小企業だとその割合は何%？';
    expect(figureAskedOfCountry(asked)).toMatchObject({ country: '日本', others: ['ドイツ'] });
    expect(figureAskedOfCountry('ドイツの中小企業のうち何%が知らない？')).toBeUndefined();
    const germany =
      '例えば、ドイツ国内の中小企業の44%がインダストリー4.0について「聞いたことがない」と回答しており、中小企業をいかに巻き込むかが課題である。';
    const under = (text: string) => compose(asked, [passage('c-38-1', text, 2, 'r.txt', ['6. わが国への示唆'])]);
    const none = under(germany);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('日本についての数値');
    expect(under(`${germany}日本の中小企業では、その割合は30%にとどまる。`).abstainReason).toBeNull();
  });
  it("GIVEN a share asked of a named brand and another company's share on the page THEN abstains", () => {
    const asked = '今治タオルって国内のタオル市場でシェアどれくらいあるの？';
    const other = [
      '今治タオルのブランド化により、全国的な認知度が飛躍的に向上。',
      '同社は防塵マスクの製造・販売を営んでおり、防塵マスクの国内シェアは50％近くとなっている。',
    ].join('\n');
    const none = answerTo(asked, other);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('シェア（占有率）');
    expect(answerTo(asked, `${other}\n今治タオルの国内生産シェアは約6割を占める。`).abstainReason).toBeNull();
  });
  it('reads 「協定いつ結ぶ」 as a signing, 「どこの産地」 as a place and 「都道府県別だとどこが一番」 as a breakdown', () => {
    expect(askedWhenEvent('島根県とNRW州って、連携協定いつ結ぶ予定になってる？')?.test('協定を締結した')).toBe(true);
    expect(asksForPlace('ICT×レモンの実証って、県内のどこの産地でやってるの？')).toBe(true);
    expect(askedBreakdown('地域未来牽引企業って、都道府県別だとどこが一番たくさん選ばれてるの？')?.dimension).toBe(
      '都道府県',
    );
  });
});

describe('near misses of older rounds, read again in round 19', () => {
  it('GIVEN the year a quoted plan was drawn up and only another plan of the city dated THEN abstains', () => {
    const asked = '北上市の「北上市産業ビジョン」って何年に策定されたもの？';
    const text = [
      '現在は「北上市産業ビジョン」、「北上市工業振興計画」で集積に向けた個別施策を策定している。',
      '2003年、北上市は「北上市工業振興計画」を策定。',
    ].join('\n');
    const none = answerTo(asked, text);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('年を示す記述');
    const dated = text.replace('現在は「北上市産業ビジョン」', '2015年に策定された「北上市産業ビジョン」');
    expect(answerTo(asked, dated).abstainReason).toBeNull();
  });
  it('GIVEN what replaced a programme asked and only the programme described THEN abstains; 後継 answers', () => {
    const asked = '地域企業イノベーション支援事業って、今は何て事業に衣替えしたの？';
    const own = '地域企業イノベーション支援事業（2016～2020年度）では、地域の中核企業の新事業展開を支援した。';
    const none = answerTo(asked, own);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('何が引き継いだか');
    const after = `${own}2021年度からは後継の地域新成長産業創出促進事業に移行した。`;
    expect(answerTo(asked, after).abstainReason).toBeNull();
    expect(asksSuccessor("What program replaced METI's Regional Enterprise Innovation Support Program?")).toBe(true);
    expect(asksSuccessor('When exactly was NAMII renamed America Makes?')).toBe(true);
    expect(asksSuccessor('地域企業イノベーション支援事業って何？')).toBe(false);
    // The asker took the report over: no successor asked.
    expect(asksSuccessor('地域経済・産業立地の報告書を引き継いだんだけど、結論は何？')).toBe(false);
    expect(asksSuccessor('2017年に解散したNPOの活動を引き継いだ団体はどこ？')).toBe(true);
    // 「、現地調査」「、現在」 say nothing of a successor; 「NAMII、現America Makes」 does.
    const trips = `${own}専門家を日本から海外へ派遣し、現地調査を行う。現在、交流を継続。`;
    expect(answerTo(asked, trips).abstained).toBe(true);
    expect(SAYS_SUCCESSION.test('国家積層造形機関（NAMII、現America Makes）')).toBe(true);
    expect(SAYS_SUCCESSION.test('NAMII、現America Makesが設立された')).toBe(true);
  });
  it('reads 「費用はどう違う」 as a comparison of what is paid for, not an amount asked', () => {
    expect(askedFigure('ジェトロが持ってくれる費用はどう違う？')).toBeUndefined();
    expect(askedFigure('ジェトロが持ってくれる費用っていくら？')?.unit).toBe('円');
    expect(askedFigure('整備の費用は？')?.unit).toBe('円');
  });
  it('GIVEN when a body was renamed and only its new name given (「NAMII、現America Makes」) THEN abstains', () => {
    const asked = 'When exactly was NAMII renamed America Makes?';
    const text = '2012年末に「国家積層造形機関（NAMII、現America Makes）」が設立された。';
    const none = answerTo(asked, text);
    expect(none.abstained).toBe(true);
    expect(answerTo(asked, `${text}2013年10月、NAMIIはAmerica Makesに改称した。`).abstainReason).toBeNull();
  });
});

describe('near misses of round 42 and 43', () => {
  it('GIVEN a plan asked (「計画ってある？」) and only what was done THEN abstains; a plan said answers', () => {
    const asked = '今治タオル、これから海外に直営店を出す計画ってある？';
    const done = 'ブランディングの成功により、今治タオルのメーカーが首都圏を中心とした大消費地に直営店を展開。';
    const none = answerTo(asked, done);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('今後の計画や予定');
    expect(answerTo(asked, `${done}今後は海外にも直営店を出す計画である。`).abstainReason).toBeNull();
    expect(asksPlan('Are there any plans to open a shop abroad?')).toBe(true);
    expect(asksPlan('計画はどのくらい進んでる？')).toBe(false);
  });
  it('reads 「1位ってどこ」 as a superlative and 「日本だと何％」 as a figure asked of Japan', () => {
    expect(asksSuperlative('都道府県で1位ってどこ？')).toBe(true);
    expect(asksSuperlative('全国11位ってどこ？')).toBe(false);
    // The first step of a plan, not a ranking.
    expect(asksSuperlative('島根の提言、まず一番先に手を付けるべきって言ってるのは何だっけ？')).toBe(false);
    expect(asksSuperlative('一番予算が大きいのはどこ？')).toBe(true);
    expect(asksSuperlative("In NRI's review of prefectural DX measures, which prefecture came out on top?")).toBe(true);
    expect(asksSuperlative('Which measures did the review cover?')).toBe(false);
    // The latest figure is no ranking; the most recent of several estates is.
    expect(asksSuperlative('LED関係の会社どれくらい？資料にある一番新しい数字で')).toBe(false);
    expect(asksSuperlative('工業団地で一番最近造成されたのってどこ？')).toBe(true);
    expect(asksSuperlative('一番新しい工業団地はどこ？')).toBe(true);
    expect(figureAskedOfCountry('ドイツは44%らしいけど、日本の中小企業だと何％？')?.country).toBe('日本');
  });
  it('counts projects by their noun and the companies of an English question by 「174の企業」', () => {
    const projects = askedFigure('how many projects are they running?');
    expect(projects?.pattern.test('46の業界横断的な応用研究プロジェクトに取り組む')).toBe(true);
    expect(projects?.pattern.test('研究プロジェクトに取り組む')).toBe(false);
    expect(askedFigure('How many companies take part?')?.pattern.test('174の企業・機関が参加')).toBe(true);
  });
});

describe('near misses of round 45 and 46', () => {
  const composeEn = (question: string, passages: Passage[]) => compose(question, passages, {}, '', loadLexicon());

  it('GIVEN an attribute asked of a named place (北上市の人口) and said only in a passage on another place THEN abstains', () => {
    const asked = '北上市の人口って今どれくらい？会議メモ用';
    const kitakami = '北上市は戦略的な企業誘致を実施し、半導体産業・輸送用機器産業の集積が進展。';
    const halifax = 'ハリファックスは海洋ビジネスを基点とした拠点。人口は約40万人。';
    const other = compose(asked, [passage('k-1-1', kitakami, 2), passage('k-1-2', halifax, 1)]);
    expect(other.abstainReason).toMatch(/says 「人口」/);
    const own = compose(asked, [
      passage('k-1-3', `${kitakami}北上市の人口は約9万3千人。`, 2),
      passage('k-1-2', halifax, 1),
    ]);
    expect(own.abstainReason ?? '').not.toMatch(/says 「人口」/);
  });

  it('GIVEN an English attribute the lexicon knows as a phrase (business meetings) THEN it is said by the phrase (商談), not by a word (会議)', () => {
    const lexicon = loadLexicon();
    const attribute = askedAttributeEn('How many business meetings did the matching site lead to?', (w) =>
      lexicon.lookup(w),
    );
    expect(attribute).toEqual({ compound: 'business meetings', words: ['商談'] });
  });

  it("GIVEN a website asked of one body and only another body's homepage THEN abstains; its own address answers", () => {
    const asked = 'What is the website of the America Makes institute in Youngstown?';
    const other = [
      'オハイオ州ヤングスタウンの「America Makes」は、民間企業、大学・研究機関の参加が65機関から142機関へと拡大した。',
      "it's OWLホームページ (http://www.its-owl.com/home/)",
    ].join('\n');
    expect(composeEn(asked, [passage('w-1-1', other, 2)]).abstainReason).toMatch(/contact details/);
    const own = other.replace("it's OWLホームページ", 'America Makesのホームページ');
    expect(composeEn(asked, [passage('w-1-2', own, 2)]).abstainReason).toBeNull();
    // An English question quoting a Japanese name still asks for contact details.
    expect(asksForContact('Does the study give a phone number or email for the JETRO 産業技術部 contact?')).toBe(true);
    expect(asksForContact('産業技術部の役割は？')).toBe(false);
  });

  it('reads a yes/no sentence before another question (「…販売までいったの？いつ発売？」) and 「会社の名前は」', () => {
    expect(askedHappening('乳がんチェッカー、結局EUで販売までいったの？いつ発売？')).toBe('販売');
    expect(askedHappening('乳がんチェッカーはいつ発売？')).toBeUndefined();
    expect(askedName('石狩に誘致したデータセンター、運営してる会社の名前は？')).toBe('company');
    expect(askedHappening("it's OWLって補助が終わったあと、支援延長してもらえたの？")).toBe('支援延長');
  });

  it('GIVEN an area asked in hectares or a price per kilogram and no figure in that unit THEN abstains; one in it answers', () => {
    const area = '石狩市の再エネ100%ゾーン、エリアの面積って何ヘクタールくらい？';
    const zone = '2017年、再エネを事業活動に利用できるゾーンを設定する「再エネ100%ゾーン」構想を石狩市が打ち出す。';
    expect(answerTo(area, zone).text).toContain('ヘクタールで示す数値');
    expect(answerTo(area, `${zone}石狩市のゾーンの面積は約100ha。`).abstainReason).toBeNull();
    // 「約220万 - 250万トン」: a figure with its scale word is in the unit.
    expect(askedMeasureUnit('毎年何トンのコメが生産されているか')?.said.test('約220万 - 250万トン')).toBe(true);
    const price = 'Roughly what does amorphous alloy cost per kilogram according to the Shimane study?';
    const cost = 'アモルファス合金の制約は①コスト構造 ②量産化プロセス ③適用市場の3点に集約される。';
    expect(composeEn(price, [passage('u-1-1', cost, 2)]).abstainReason).toMatch(/kilograms/);
    const perKg = `${cost}アモルファス合金の価格は約1,000円/kgである。`;
    expect(composeEn(price, [passage('u-1-2', perKg, 2)]).abstainReason ?? '').not.toMatch(/kilograms/);
    // Which is largest is the superlative rule's: 「一番広いのはどこ？何ha？」 asks no unit alone.
    expect(askedMeasureUnit('工業団地の面積は何ha？')?.name.ja).toBe('ヘクタール');
  });

  it('GIVEN an amount asked in Canadian dollars THEN US dollars do not give it; an amount in Canadian dollars does', () => {
    const asked = "What is Canada's Supercluster program budget expressed in Canadian dollars?";
    const unit = askedMeasureUnit(asked)!;
    expect(unit.name.en).toBe('Canadian dollars');
    expect(unit.said.test('約70億ドル')).toBe(false);
    expect(unit.said.test('9.5億カナダドル')).toBe(true);
    expect(askedMeasureUnit('予算ってカナダドル換算でいくら？')?.name.ja).toBe('カナダドル');
    expect(askedMeasureUnit('How much is that in US dollars?')?.name.en).toBe('dollars');
  });

  it("GIVEN the founding year of a body and only its sibling body dated (「it's OWL e.V」が設立) THEN abstains", () => {
    const asked = "it's OWL Clustermanagement GmbHって何年に設立された会社？";
    const sibling = [
      "2004年に商工会議所を中心に、非営利団体「it's OWL e.V」が設立されたことが、クラスター・マネジメント組織の始まりである。",
      "it's OWL Clustermanagement GmbH は、it's OWL e.Vと州政府がそれぞれ50%ずつ出資して設立された。",
    ].join('\n');
    expect(answerTo(asked, sibling).abstainReason).toMatch(/dates the event/);
    const dated = sibling.replace('50%ずつ出資して設立された', '50%ずつ出資して2012年に設立された');
    expect(answerTo(asked, dated).abstainReason).toBeNull();
  });

  it('GIVEN a Latin name beginning with an acronym (NRW.Global Business) THEN the acronym names what the question is about', () => {
    const shelf = `NRW. Global Business。${'NRW州の政策を記す。'.repeat(40)}${'地域の産業政策を記す。'.repeat(4000)}`;
    expect(
      questionNames('NRW.Global Businessってスタッフ何人くらいの組織？', tokenizer, normalizeForIndex(shelf)),
    ).toContain('nrw');
    expect(questionNames('RIT事業のスタッフは何人？', tokenizer, normalizeForIndex(`RIT事業。${shelf}`))).not.toContain(
      'rit',
    );
  });

  it('reads an English yes/no question whether an act happened, in the words the reports say it with', () => {
    const asked =
      'Did the breast cancer checker from the Fukushima–Sweden LL project actually go on sale in the EU, and when?';
    expect(askedHappeningEn(asked)).toContain('販売');
    expect(askedHappeningEn('Did the Nagasaki project actually lead to any business deals?')).toContain('商談');
    expect(askedHappeningEn('What did the Nagasaki project do?')).toBeUndefined();
    // What the deal was to end up producing is asked, not whether the deal was made.
    const product = askedHappeningEn(
      'Did the casting-technology transfer deal between Iwate University and Dalian end up producing a commercial product?',
    );
    expect(product).toContain('製品化');
    expect(product).not.toContain('契約');
    const intent =
      '日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始';
    expect(composeEn(asked, [passage('h-1-1', intent, 2)]).abstainReason).toMatch(/whether it happened/);
    const sold = `${intent}。乳がんチェッカーは2012年にEUで販売を開始した。`;
    expect(composeEn(asked, [passage('h-1-2', sold, 2)]).abstainReason ?? '').not.toMatch(/whether it happened/);
  });

  it('reads a figure asked of one country beside another in English, and an area asked in Tokyo Domes', () => {
    const asked = figureAskedOfCountry(
      "The JRI paper cites how many German SMEs had never heard of Industrie 4.0 — what's the comparable share for Japanese SMEs?",
    );
    expect(asked?.country).toBe('日本');
    expect(asked?.others).toEqual(['ドイツ']);
    expect(figureAskedOfCountry('Germany has 44% — what about us?')).toBeUndefined();
    const dome = askedMeasureUnit('北上南部工業団地の197.7haって東京ドーム何個分？');
    expect(dome?.said.test('北上南部工業団地 197.7ha')).toBe(false);
    expect(dome?.said.test('東京ドーム約42個分の広さ')).toBe(true);
  });

  it("GIVEN a year's figure of a named measure (page views in FY2020) and only another measure dated that year THEN abstains", () => {
    const asked = 'What were RESAS page views in FY2020? The director wants the most recent year.';
    const slide = [
      'RESASの利用状況',
      '80メニュー',
      '（2021年2月）',
      '',
      '715万PV',
      '（2019年度）',
      '',
      'ページビュー(PV)数の推移',
    ];
    const patents = 'RESASの活用例：茨城県の特許件数は25,963件（2020年11月時点）と、全国的にも高水準。';
    const other = composeEn(asked, [passage('v-1-1', slide.join('\n'), 2), passage('v-1-2', patents, 1.9)]);
    expect(other.abstainReason).toMatch(/figure for 2020/);
    const dated = [...slide.slice(0, 6), '', '1,010万PV', '（2020年度）', ...slide.slice(6)].join('\n');
    expect(composeEn(asked, [passage('v-1-3', dated, 2), passage('v-1-2', patents, 1.9)]).abstainReason).toBeNull();
    // "How many page views…": a count of that measure, not the month of 「2020年６月にV-RESASの運用を開始」.
    const howMany = 'How many page views did the RESAS system record in fiscal year 2020?';
    const launch =
      '地域経済分析システム（RESAS）を補完し、足下の状況を把握すべく、2020年６月にV-RESASの運用を開始。データを記録し、最短で１週間おきに更新。';
    expect(composeEn(howMany, [passage('v-1-4', launch, 2)]).abstained).toBe(true);
    expect(
      composeEn(howMany, [passage('v-1-5', `${launch}\nRESASのページビューは1,010万PV（2020年度）。`, 2)]).abstained,
    ).toBe(false);
  });

  it('GIVEN which of two has more asked and a figure said of only one of them THEN abstains naming the other', () => {
    const asked = "it's OWLとバーデン・ヴュルテンベルク州のAllianz Industrie 4.0、参加企業数はどっちが多い？";
    const owl = "it's OWLには、174の企業・機関が参加して、46のプロジェクトに取り組む。";
    const footnote = '(注15) そのほか、バーデン・ヴュルテンベルグ州の“Allianz Industrie 4.0”がある。';
    const one = compose(asked, [passage('t-1-1', `${owl}\n${footnote}`, 2)]);
    expect(one.abstainReason).toMatch(/figure of .*Allianz/);
    expect(one.text).toContain('Allianz Industrie 4.0」についての数値');
    const both = `${owl}\nバーデン・ヴュルテンベルグ州の“Allianz Industrie 4.0”には、120社が参加している。`;
    expect(compose(asked, [passage('t-1-2', both, 2)]).abstainReason ?? '').not.toMatch(/figure of/);
    expect(asksWhichOfTwo("Which has more members, it's OWL or the Allianz?")).toBe(true);
    // Which of two after a comma, and "whether A or B … more".
    expect(asksWhichOfTwo("Which holds more patents, Fraunhofer or Japan's AIST?")).toBe(true);
    expect(asksWhichOfTwo('Does the paper say whether the Catapult centres or the IMIs have created more jobs?')).toBe(
      true,
    );
    expect(asksWhichOfTwo('Does the paper say whether the Catapult centres or the IMIs came first?')).toBe(false);
    // "Between A and B, which one generated more …" (round 54); not a relative clause ("… which generated
    // more than 1,000 jobs").
    expect(asksWhichOfTwo("Between Bavaria's policy and France's poles, which one generated more new projects?")).toBe(
      true,
    );
    expect(asksWhichOfTwo('List the clusters which generated more than 1,000 jobs.')).toBe(false);
  });

  it('GIVEN which of two holds more patents THEN each needs a count in 件; staff and budgets compare nothing', () => {
    const asked = 'フラウンホーファーと産総研、特許はどっちが多いの？';
    const table = ['項目\tフラウンホーファー\t産総研', '職員数\t約23,000人\t約5,100人', '予算\t2,400億円\t940億円'];
    expect(compose(asked, [passage('t-3-1', table.join('\n'), 2)]).abstainReason).toMatch(/figure of/);
    const patents = [...table, '特許出願\t約600件\t約800件'].join('\n');
    expect(compose(asked, [passage('t-3-2', patents, 2)]).abstainReason ?? '').not.toMatch(/figure of/);
  });

  it('GIVEN which of two is larger asked by area or by members THEN each side needs a figure of that measure', () => {
    const parks = '北上の工業団地と四日市の工業団地、敷地面積でいうとどっちが広いの？';
    const kitakami = '北上工業団地 148.5ha';
    const yokkaichi = '2000年に四日市企業立地促進条例が制定され、2003年までに22社43事業所が同制度を活用した。';
    // Yokkaichi's figure counts companies, not hectares.
    const one = compose(parks, [
      passage(
        't-2-1',
        `${kitakami}
${yokkaichi}`,
        2,
      ),
    ]);
    expect(one.abstainReason).toMatch(/figure of 四日市/);
    const both = `${kitakami}
${yokkaichi}
四日市の霞ヶ浦工業団地は120.3haの規模。`;
    expect(compose(parks, [passage('t-2-2', both, 2)]).abstainReason ?? '').not.toMatch(/figure of/);
    const members = 'America MakesとシカゴのDMDII、参加してる企業・機関の数ってどっちが多い？';
    const makes = '「America Makes」は、民間企業、大学・研究機関等の参加が当初の65機関から142機関へと拡大。';
    const dmdii = 'DMDII\t統合的デジタル設計・製造\tイリノイ州シカゴ\t連邦政府70万ドル';
    // DMDII's row gives money, not members.
    expect(compose(members, [passage('t-2-3', `${makes}\n${dmdii}`, 2)]).abstainReason).toMatch(/figure of .*DMDII/);
    // Staff are counted in people: counts of offices give no headcount (round 45).
    const staff = 'NRW.Global BusinessとAGITって、職員数はどっちが多いの？';
    const offices = 'NRW Global Businessは海外に12カ所のオフィスを持ち、AGITは中国・韓国の2カ所にオフィスを置く。';
    expect(compose(staff, [passage('t-2-4', offices, 2)]).abstainReason).toMatch(/figure of/);
    const headcounts = `${offices}\nNRW Global Businessの職員は約80名、AGITの職員は約20名である。`;
    expect(compose(staff, [passage('t-2-5', headcounts, 2)]).abstainReason ?? '').not.toMatch(/figure of/);
  });
});

describe('a number of offices compared', () => {
  it('GIVEN which body has more offices, and a row giving only a count of inquiries THEN abstains; counts of offices answer', () => {
    const asked = 'NRW.Global BusinessとAGITって、海外オフィスの数はどっちが多いの？';
    const row =
      'NRW Global Business ・海外オフィスにおける営業活動 AGIT ・中国・韓国オフィスでの営業活動\tJETRO島根 ・海外企業による投資相談実績0件（2020年）';
    expect(compose(asked, [passage('o-1-1', row, 2)]).abstainReason).toMatch(/no passage gives a figure of/);
    const offices = `${row}\nNRW Global Businessは海外に12カ所のオフィスを持ち、AGITは中国・韓国の2カ所にオフィスを置く。`;
    expect(compose(asked, [passage('o-1-2', offices, 2)]).abstainReason ?? '').not.toMatch(
      /no passage gives a figure of/,
    );
  });
});

describe('a company of Japan asked for', () => {
  it('GIVEN which Japanese companies, and only bodies abroad named THEN abstains; a Japanese company named answers', () => {
    const asked = "Which Japanese companies take part in the it's OWL cluster?";
    const abroad = [
      "it's OWLには、フラウンホーファー研究機構傘下の3研究所、センサー技術研究所 (IPT) が参加している。",
      "これが、現在のクラスター・マネジメント会社「it's OWL Clustermanagement GmbH」の基盤となった。",
      "it's OWLの基盤であるオスト・ヴェストファーレン・リップペは、国内でも有数の研究機関が複数ある集積地である。",
    ].join('\n');
    const shelf = `it's OWL。${'地域の産業政策を記す。'.repeat(4000)}`;
    expect(compose(asked, [passage('j-1-1', abroad, 2)], {}, shelf).abstained).toBe(true);
    const japanese = `${abroad}\nit's OWLには、日本企業としてABC株式会社も参加している。`;
    expect(compose(asked, [passage('j-1-2', japanese, 2)], {}, shelf).abstained).toBe(false);
  });
});

describe('when something still to come will happen', () => {
  it('GIVEN "when will" and only dates of what has happened THEN abstains; a sentence saying what is planned answers', () => {
    const asked = 'When will RESAS release the new menu that visualises cashless-payment data?';
    expect(asksWhenFuture(asked)).toBe(true);
    expect(asksWhenFuture('When is the third meeting of the study group being held?')).toBe(true);
    expect(asksWhenFuture('When exactly will RESAS release the new menu?')).toBe(true);
    expect(
      asksWhenFuture(
        "When is the third meeting of METI's study group on a smart and resilient regional economy being held?",
      ),
    ).toBe(true);
    expect(asksWhenFuture('島根県とNRW州、連携協定をいつ結ぶ予定になってる？')).toBe(true);
    expect(asksWhenFuture('When did RESAS start?')).toBe(false);
    expect(asksWhenFuture('RESASっていつ始まったの？')).toBe(false);
    const past = '2015年より、地域経済に関連する様々なビッグデータを「見える化」するシステム（RESAS）を構築し、提供。';
    const none = compose(asked, [passage('f-1-1', past, 2)]);
    expect(none.abstainReason).toMatch(/planned/);
    expect(none.text).toContain('when what you asked about is planned');
    const plan = `${past}\nRESASには、キャッシュレス決済データを可視化する新メニューを2022年度に追加する予定。`;
    expect(compose(asked, [passage('f-1-2', plan, 2)]).abstainReason ?? '').not.toMatch(/planned/);
    // A plan that says no time does not say when.
    const untimed = `${past}\nRESASには、キャッシュレス決済データを可視化する新メニューの追加を検討している。`;
    expect(compose(asked, [passage('f-1-3', untimed, 2)]).abstainReason).toMatch(/planned/);
  });
});

describe('a kind counted and only its examples named', () => {
  it('GIVEN how many Japanese companies, and a total followed by 「主な日本企業は…など」 THEN abstains; their own count answers', () => {
    const asked = 'IICに入ってる日本企業って全部で何社？';
    const row = [
      'コンソーシアム\t設立\t参加企業',
      'インダストリアル・インターネット・コンソーシアム (IIC)\t2014年3月\t26カ国200社超 (主な日本企業は富士電機、富士通、日立製作所、トヨタなど)',
    ].join('\n');
    expect(compose(asked, [passage('k-1-1', row, 2)]).abstained).toBe(true);
    const counted = `${row}\nIICには日本企業も28社が参加している。`;
    const answered = compose(asked, [passage('k-1-2', counted, 2)]);
    expect(answered.abstained).toBe(false);
    expect(answered.citations[0]?.quote).toContain('28社');
  });
  it('GIVEN the name glossed in brackets (「IIC（インダストリアル・インターネット・コンソーシアム）」) THEN the kind is read the same', () => {
    const asked = 'IIC（インダストリアル・インターネット・コンソーシアム）に参加してる日本企業って何社あるの？';
    expect(countedTopic(asked)?.topic).toBe('IICに参加してる日本企業');
    expect(countedKindEn('How many Japanese companies are members of the IIC?')).toBe('japanese companies');
    expect(countedKindEn('How many companies are members of the IIC?')).toBeUndefined();
    expect(countedKindEn('How many Catapult centres will there be by 2030?')).toBeUndefined();
    const row =
      'インダストリアル・インターネット・コンソーシアム (IIC)\t2014年3月\t26カ国200社超 (主な日本企業は富士電機、富士通、日立製作所、トヨタなど)';
    expect(compose(asked, [passage('k-2-1', row, 2)]).abstained).toBe(true);
  });
  it('GIVEN how many Japanese companies, in English, and counts of other companies only THEN abstains', () => {
    const rows = [
      'インダストリアル・インターネット・コンソーシアム (IIC)\t2014年3月\t26カ国200社超 (主な日本企業は富士電機、富士通、日立製作所、トヨタなど)',
      'オープン・インターコネクト・コンソーシアム\t2014年7月\t約80社 (ダイヤモンドメンバー：インテル、シスコシステムズ)',
    ].join('\n');
    const asked = 'How many Japanese companies are members of the Industrial Internet Consortium?';
    expect(compose(asked, [passage('k-3-1', rows, 2)]).abstained).toBe(true);
  });
});

describe('round 21: answerable questions no longer refused, and near misses of rounds 50–53', () => {
  it('GIVEN a common abbreviation (METI) whose full form the reports write THEN it is no unseen name; TSMC written onto a word is', () => {
    const shelf = shelfOf('経済産業省は地域未来牽引企業を対象にアンケートを実施した。');
    expect(unseenNames('METIが地域未来牽引企業向けにやったアンケート、実施時期は？', shelf)).toEqual([]);
    expect(unseenNames('熊本のTSMC誘致と比べて波及効果は？', shelf)).toEqual(['tsmc']);
    expect(unseenNames('熊本のTSMC誘致と比べて波及効果は？', `${shelf}tsmc`)).toEqual([]);
    // A blank to fill in (「既存OOOO国の手先」) is no name.
    expect(unseenNames('既存OOOO国の手先という見方', shelf)).toEqual([]);
  });

  it('GIVEN sites asked as 何拠点 and counted with 箇所 THEN the count answers', () => {
    expect(askedCounter('EDIHって何拠点整備されてる？')?.test('EDIHsを211箇所を整備')).toBe(true);
    expect(askedCounter('EDIHって何拠点整備されてる？')?.test('EDIHsを211件支援')).toBe(false);
  });

  it('GIVEN members asked in a loanword (メンバー何社) THEN 「376の法人会員」 answers; a passage without members does not', () => {
    const asked = 'いわて自動車関連産業集積促進協議会って、メンバー何社くらい入ってる？';
    const council = [
      'いわて自動車関連産業集積促進協議会',
      '• 令和4年6月時点で376の法人会員からなり、岩手県を代表幹事として、有力自動車関連メーカー等が参加している。',
    ].join('\n');
    expect(compose(asked, [passage('m-1-1', council, 2)]).abstained).toBe(false);
    const subsidy = ['いわて自動車関連産業集積促進協議会', '• 2005年より、補助金の助成を開始した。'].join('\n');
    expect(compose(asked, [passage('m-1-2', subsidy, 2)]).abstained).toBe(true);
  });

  it('GIVEN a year opening what is counted (2015年の時点で進出企業) THEN the topic is what follows it', () => {
    expect(countedTopic('神戸の医療産業都市、2015年の時点で進出企業って何社？')?.topic).toBe('進出企業');
    expect(countedTopic('令和4年度末の会員って何社？')?.topic).toBe('会員');
  });

  it('GIVEN 「ちゃんと成果出た？」 THEN it asks for the outcome, not whether a named act took place', () => {
    expect(askedHappening('飯塚市のLL事業ってその後どうなったの？ちゃんと成果出た？')).toBeUndefined();
    expect(askedHappening('NRW Global Connectって、結局もう立ち上がったの？')).toBe('立ち上');
  });

  it('GIVEN an amount of an activity (年間どれくらい出荷) and no figure on the topic THEN abstains; a figure answers', () => {
    const asked = 'うれし野アグリの房付きトマト、年間どれくらい出荷してる？';
    const story =
      'うれし野アグリを主体に、房付きトマトの大規模栽培・ブランド化に挑戦。ブランドトマトとして全国に房付きトマトの販路が急拡大。';
    expect(compose(asked, [passage('t-9-1', story, 2)]).abstained).toBe(true);
    const shipped = `${story}\nうれし野アグリの房付きトマトの出荷量は年間1,200トンに達した。`;
    expect(compose(asked, [passage('t-9-2', shipped, 2)]).abstained).toBe(false);
  });

  it('GIVEN a count of an act written as an acronym (共同PoC) after これまで実際に THEN only a count of it answers', () => {
    const asked = '島根のアモルファス合金の件、海外企業との共同PoCってこれまで実際に何件やった？';
    expect(countedTopic(asked)?.topic).toBe('海外企業との共同PoC');
    const other = '島根の海外企業誘致：海外企業による投資相談実績0件（2020年）。アモルファス合金の共同研究を検討。';
    expect(compose(asked, [passage('p-9-1', other, 2)]).abstained).toBe(true);
    const done = '島根のアモルファス合金では、海外企業との共同PoCを3件実施した。';
    expect(compose(asked, [passage('p-9-2', done, 2)]).abstained).toBe(false);
  });

  it('GIVEN an opening or a founding asked (いつオープン, 何年にできた) THEN it is an event to be dated', () => {
    expect(askedWhenEvent('センターっていつオープンしたんだっけ？')?.test('2016年に開所')).toBe(true);
    expect(askedWhenEvent('諏訪大連会って、何年にできた団体？')?.test('2003年に設立')).toBe(true);
    expect(askedWhenEvent('島根版の「NRW Global Connect」、いつ頃立ち上げる予定？')?.test('立ち上げ')).toBe(true);
    expect(askedWhenEvent('LL事業って何年に何ができるの？')).toBeUndefined();
  });

  it('GIVEN a part of a stated total asked with いくら THEN it is a part; the reply names an amount', () => {
    const asked = 'フランスの競争力拠点政策の約45億ユーロ、そのうちR&Dプロジェクト補助金はいくら？';
    expect(askedPart(asked)).toBe('R&Dプロジェクト補助金');
    const total =
      'フランスの競争力拠点政策では、国がR&Dプロジェクトに対する補助金・競争力拠点の運営費等（2006～2018年で計約45億ユーロ）を支出。';
    const answer = compose(asked, [passage('f-9-1', total, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「R&Dプロジェクト補助金」の金額');
    const part = `${total}\nうちR&Dプロジェクト補助金は約30億ユーロ。`;
    expect(compose(asked, [passage('f-9-2', part, 2)]).abstained).toBe(false);
  });

  it('GIVEN an application deadline asked THEN only a deadline with its date answers', () => {
    expect(asksApplicationDeadline('RIT事業に応募したいんだけど、締切と申請方法ってどうなってる？')).toBe(true);
    expect(asksApplicationDeadline("What's the application deadline for the RIT programme?")).toBe(true);
    expect(asksApplicationDeadline('RIT事業の申請方法は？')).toBe(false);
    const asked = 'RIT事業に応募したいんだけど、締切と申請方法ってどうなってる？';
    const about = 'RIT事業：地域間の産業交流を支援。現地にミッション団を派遣し、ネットワークを広げる。';
    expect(compose(asked, [passage('d-9-1', about, 2)]).abstained).toBe(true);
    const call = `${about}\nRIT事業の応募締切：2009年1月30日（当日消印有効）。`;
    expect(compose(asked, [passage('d-9-2', call, 2)]).abstained).toBe(false);
  });

  it('GIVEN a place in a ranking asked in English THEN the answer is a rank (全国10位, 首位), not any figure', () => {
    const rank = askedCounter("What is Toyama's national ranking in pharmaceutical production value?");
    expect(rank?.test('富山県の医薬品生産金額は全国1位')).toBe(true);
    expect(rank?.test('富山県の医薬品生産金額は7,000億円')).toBe(false);
    expect(askedCounter('Where does Shizuoka rank in patent counts?')?.test('全国第10位')).toBe(true);
  });

  it('GIVEN "what numeric target" THEN a target figure is asked', () => {
    expect(asksTargetFigure('What numeric target does the Shimane report set for foreign companies by month 36?')).toBe(
      true,
    );
    expect(asksTargetFigure('What target does the report set?')).toBe(true);
    expect(asksTargetFigure('What did the report find about foreign companies?')).toBe(false);
  });

  it('GIVEN "which fiscal years" THEN a year is asked, as for "what year"', () => {
    expect(asksForYear("Which fiscal years did JETRO's LL (Local to Local) program run?")).toBe(true);
    expect(asksForYear('In what financial year was it founded?')).toBe(true);
    expect(asksForYear('Which fields did the first seven Catapult centres cover?')).toBe(false);
  });

  it('GIVEN a number counted by the word after it (成功ポイント8つ) THEN it ends no name; 中国製造2025 still is one', () => {
    expect(unseenNames('国際産業連携の成功ポイント8つ、全部挙げてもらえる？', 'xx')).toEqual([]);
    expect(unseenNames('中国製造2025とインダストリー4.0の違いは？', 'xx')).toContain('中国製造2025');
  });

  it('GIVEN "how many times" or a possessive attribute in English THEN times is no attribute; population is', () => {
    const lexicon = loadLexicon();
    const translate = (word: string) => lexicon.lookup(word);
    expect(askedAttributeEn('How many times were leading companies invited?', translate)).toBeUndefined();
    expect(askedAttributeEn("What's Kitakami city's current population?", translate)?.compound).toBe('population');
  });

  it('GIVEN how large in hectares THEN a figure in hectares is asked', () => {
    expect(askedMeasureUnit('How large is the Fukushima Robot Test Field in hectares?')?.name.ja).toBe('ヘクタール');
    expect(askedMeasureUnit('How large is the Fukushima Robot Test Field?')).toBeUndefined();
  });

  it("GIVEN a case's outcome said under its label line (「飯塚市の例:」) THEN it answers; without the label THEN abstains", () => {
    const asked = 'LL事業の飯塚市のケースって、結局どうなったの？';
    const labelled = ['飯塚市の例:', '', 'これにより、共同研究した試作品を商品化することに成功。'].join('\n');
    const iizuka = passage('o-9-1', labelled, 2, 'r.txt', ['8つのポイント'], {});
    expect(compose(asked, [iizuka], {}, '飯塚市').abstained).toBe(false);
    const bare = passage('o-9-2', 'これにより、共同研究した試作品を商品化することに成功。', 2, 'r.txt', [
      '8つのポイント',
    ]);
    expect(compose(asked, [bare], {}, '飯塚市').abstained).toBe(true);
  });

  it("GIVEN why a named body was dissolved and only another body's dissolution has a cause THEN abstains", () => {
    const asked = 'インテリジェントコスモス研究機構（ICR）が2020年に解散したのはなぜ？';
    const icr = 'クラスターの事務局を担っていたインテリジェントコスモス研究機構（ICR）は2020年３月に解散。';
    const other = '多くの産業支援団体等の機能が充実してきたことから、2017年にバイオものづくり中部は解散。';
    // A shelf the size of the reports: a katakana name mentioned once is then rare, a name.
    const shelf = '報告書の本文。'.repeat(20_000);
    const answer = compose(asked, [passage('w-9-1', `${icr}\n${other}`, 2)], {}, shelf);
    expect(answer.abstainReason).toMatch(/not why/);
    const why =
      'クラスターの事務局を担っていたインテリジェントコスモス研究機構（ICR）は、役割を終えたことから2020年３月に解散。';
    expect(compose(asked, [passage('w-9-2', `${why}\n${other}`, 2)], {}, shelf).abstained).toBe(false);
  });

  it("GIVEN one party's stake asked (銀行の出資比率) THEN only a ratio written beside that party answers", () => {
    const asked = 'イタリアのERVET、銀行の出資比率ってどのくらい？';
    const region =
      'イタリアのERVETは、エミリア・ロマーニャ州(80%)、銀行や中小企業団体、地域自治体などが出資して設立された組織。';
    expect(compose(asked, [passage('e-9-1', region, 2)]).abstainReason).toMatch(/ratio of 「銀行」/);
    const banks =
      'イタリアのERVETは、エミリア・ロマーニャ州(80%)、銀行(12%)、中小企業団体などが出資して設立された組織。';
    expect(compose(asked, [passage('e-9-2', banks, 2)]).abstained).toBe(false);
  });

  it('GIVEN when something opened and only an agreement to set it up (設置することで合意) THEN no date answers', () => {
    const asked = '広島大学のグローバルカレッジっていつ開設されたの？';
    const agreed =
      '広島大学は、米国アリゾナ州立大学との共同運営によるグローバルカレッジを設置することで、2020年７月に合意。';
    expect(compose(asked, [passage('g-9-1', agreed, 2)]).abstained).toBe(true);
    const opened = `${agreed}\n広島大学のグローバルカレッジは2022年4月に開設された。`;
    expect(compose(asked, [passage('g-9-2', opened, 2)]).abstained).toBe(false);
  });

  it("GIVEN who took over from a person THEN only a sentence saying so answers, not 「委員に就任」 or a body's successor", () => {
    expect(asksPersonSuccessor("Who took over from Korder as head of it's OWL's cluster management company?")).toBe(
      true,
    );
    expect(asksPersonSuccessor('コーダー氏の後任って誰？')).toBe(true);
    expect(asksPersonSuccessor('地域企業イノベーション支援事業の後継事業は？')).toBe(false);
    const asked = "Who took over from Korder as head of it's OWL's cluster management company?";
    const owl = [
      "it's OWL Clustermanagement GmbH は、クラスターの戦略策定やプロジェクトの管理に従事している。",
      "it's OWLには科学諮問委員会があり、4名の著名な科学者が委員に就任している。",
    ].join('\n');
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('k-9-1', owl, 2)], {}, '', lexicon).abstained).toBe(true);
    const next = `${owl}\n2018年にコーダー氏の後任としてヘルマン氏がit's OWLのクラスター・マネジメントの責任者に就いた。`;
    expect(compose(asked, [passage('k-9-2', next, 2)], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 22: numbered stages, stations, model numbers', () => {
  it('reads the numbered stage, fund or edition a question names, in digits, kanji or roman numerals', () => {
    expect(namedOrdinals('産業クラスター計画の第Ⅳ期ってどういう内容？')).toEqual([
      { n: 4, kind: '期', text: '第IV期' },
    ]);
    expect(namedOrdinals('次の4号ファンドの話は出てる？')).toEqual([{ n: 4, kind: '号', text: '4号ファンド' }]);
    expect(namedOrdinals('第十二回の協議会')).toMatchObject([{ n: 12, kind: '回' }]);
    expect(namedOrdinals('2期目の計画は？')).toMatchObject([{ n: 2, kind: '期' }]);
    expect(namedOrdinals('Where is the 10th Catapult centre based?')).toMatchObject([{ n: 10 }]);
    expect(namedOrdinals('What about a fourth fund?')).toMatchObject([{ n: 4 }]);
    // The first is as often 「最初に設立された」; a place in a list (「2回目」) or a rank is no designation.
    expect(namedOrdinals('アメリカのIMI第1号のAmerica Makes')).toEqual([]);
    expect(namedOrdinals('主な綱領の２回目は何年？')).toEqual([]);
    expect(namedOrdinals('全国第10位の県')).toEqual([]);
    expect(namedOrdinals('the first five-year period')).toEqual([]);
    expect(namedOrdinals('第2四半期の売上')).toEqual([]);
  });

  it('finds the stage asked in a passage only with its number and, in Japanese, its counter', () => {
    const [fourth] = namedOrdinals('第Ⅳ期の内容');
    expect(writesOrdinal('現在（第Ⅲ期）の活動状況', fourth!)).toBe(false);
    expect(writesOrdinal('第四期の計画では', fourth!)).toBe(true);
    expect(writesOrdinal('第4回の会合', fourth!)).toBe(false);
    const [tenth] = namedOrdinals('Ibaraki ranks 10th nationally');
    expect(writesOrdinal('全国的にも高水準（全国第10位）。', tenth!)).toBe(true);
    expect(writesOrdinal('10番目のカタパルト', tenth!)).toBe(true);
  });

  it('reads a question asking which station as asking where', () => {
    expect(asksForStation('段差解消機って、どこの駅に設置されたの？')).toBe(true);
    expect(asksForStation('At which stations has it been installed?')).toBe(true);
    expect(asksForStation('駅前の再開発はどうなった？')).toBe(false);
    expect(asksForPlace('段差解消機って、どこの駅に設置されたの？')).toBe(true);
  });

  it('reads "who\'s the CEO" as asking for a person', () => {
    expect(askedName("Who's the CEO of Global Mobility Service?")).toBe('person');
    expect(askedName('Who’s the president of the association?')).toBe('person');
  });

  it('does not count a share, an era year or a model number as the answer to "how many"', () => {
    expect(HOW_MANY_SHAPE.test('防塵マスクの国内シェアは50％近くとなっている。')).toBe(false);
    expect(HOW_MANY_SHAPE.test('令和２年の感染拡大時に、N95マスク「ハイラック350型」が届けられる。')).toBe(false);
    expect(HOW_MANY_SHAPE.test('特許件数の分布状況を表示し、イノベーションのハブを確認できる（例４）。')).toBe(false);
    expect(HOW_MANY_SHAPE.test('特許件数は25,963件（図表5）。')).toBe(true);
    expect(HOW_MANY_SHAPE.test('全国の医療機関に12万枚を届けた。')).toBe(true);
    expect(HOW_MANY_SHAPE.test('終了後も5年間で独自の予算を手当てした')).toBe(true);
  });
});

describe('round 22: converted units, roles, a part singled out, the EU beside Japan', () => {
  it('reads a figure asked in a unit the reports do not use: 坪, a currency, per head of population', () => {
    expect(askedMeasureUnit('工業団地の面積って坪に直すとどれくらい？')?.name.ja).toBe('坪');
    expect(askedMeasureUnit('分譲価格の坪単価わかる？')?.name.ja).toBe('坪');
    expect(askedMeasureUnit("What is the programme's budget expressed in Canadian dollars?")?.name.en).toBe(
      'Canadian dollars',
    );
    expect(askedMeasureUnit('LED関連企業150社って、人口10万人あたりに直すとどのくらい？')?.name.ja).toBe(
      '人口当たりの数値',
    );
    expect(askedMeasureUnit('How many people visited the fair?')).toBeUndefined();
    expect(askedMeasureUnit('フラウンホーファーの予算はいくら？')).toBeUndefined();
    const dollars = askedMeasureUnit('予算は何ドル？')!;
    expect(dollars.said.test('約10億ドルを投資')).toBe(true);
    expect(dollars.said.test('約855億円')).toBe(false);
    // 「米ドル建てだと」: an amount asked in dollars, which a figure in yen does not give.
    expect(askedMeasureUnit('製造品出荷額って、米ドル建てだとどれくらい？')?.name.en).toBe('dollars');
    expect(askedMeasureUnit('製造品出荷額って、どれくらい？')).toBeUndefined();
  });

  it('reads a cost compared (「事業費はどっちが大きかった」) as an amount asked for', () => {
    expect(askedFigure('AとBの事業、事業費はどっちが大きかった？')?.unit).toBe('円');
    expect(askedFigure('AとBの事業、成果はどっちが大きかった？')).toBeUndefined();
  });

  it('reads who holds a role (「トップ（代表）やってるのは誰」, "the name of the first president") as a person', () => {
    expect(askedName('アーヘンのAGITって、いまトップ（代表）やってるのは誰？')).toBe('person');
    expect(askedName("What's the name of the first president of the fund company?")).toBe('person');
    expect(askedName('What is the name of the programme?')).toBeUndefined();
    expect(askedName("What's the name of the Tokushima governor who drove the initiative?")).toBe('person');
  });

  it('reads a vendor (「どこのベンダー」, "which vendor") as a company asked for', () => {
    expect(askedName('共通業務プラットフォームって、どこのベンダーのシステム？')).toBe('company');
    expect(askedName('Which software vendor supplied the platform?')).toBe('company');
  });

  it('reads the part a question singles out (「愛知県だけで見ると何プロジェクト」), not a demonstrative', () => {
    expect(askedPart('地域企業イノベーション支援事業、愛知県だけで見ると何プロジェクトあった？')).toBe('愛知県');
    expect(askedPart('大学に限ると何機関？')).toBe('大学');
    expect(askedPart('これだけで何件？')).toBeUndefined();
  });

  it('reads a figure asked of Japan beside the EU as asked of Japan', () => {
    expect(
      figureAskedOfCountry('EUのデジタルイノベーションハブみたいな拠点、日本ではもう何か所できてるの？')?.country,
    ).toBe('日本');
  });
});

describe('round 23: a region table asked by country, rates, where an office is, a country set apart', () => {
  const REGION_TABLE = [
    '実施済LL事業案件の国別・事業別分布',
    '<国内地域別>',
    '[単位:件数]',
    '(地域 経済産業局)\t食品\t繊維\tIT産業\t総計',
    '北海道\t1\t\t1\t5',
    '関東\t4\t3\t8\t43',
    '中国\t5\t3\t3\t22',
    '九州\t5\t1\t12\t45',
    '総計\t27\t17\t38\t200',
  ].join('\n');

  it("GIVEN cases asked by partner country THEN a row of a table of Japan's regions (中国 22) gives no breakdown", () => {
    const asked = 'LL事業の200件、海外の相手国別だとどこの国が一番多かった？件数も知りたい';
    expect(compose(asked, [passage('b-10-1', REGION_TABLE, 2)]).abstainReason).toMatch(/breaks the figures down/);
    const byCountry = REGION_TABLE.replace('<国内地域別>', '<海外地域別>')
      .replace('(地域 経済産業局)', '(相手国)')
      .replace('北海道', '米国')
      .replace('関東', '韓国')
      .replace('九州', 'ドイツ');
    expect(compose(asked, [passage('b-10-2', byCountry, 2)]).abstainReason ?? '').not.toMatch(/breaks/);
  });

  it('GIVEN which ranks first by a rate THEN a table of counts does not rank; rates do', () => {
    const asked = "In JETRO's LL survey, which regional bureau's projects had the highest response rate?";
    const header = 'LL事業アンケートの回答状況（地方局別、件数）';
    const counts = ['北海道\t1\t2\t1\t5', '東北\t7\t2\t5\t28', '関東\t4\t3\t1\t43', '中部\t6\t2\t4\t31'];
    const table = (rows: string[]) => [header, ...rows].join('\n');
    expect(compose(asked, [passage('s-11-1', table(counts), 2)]).abstainReason).toMatch(/ranks first/);
    const rates = ['北海道\t回答率80.0%', '東北\t回答率71.4%', '関東\t回答率65.1%', '中部\t回答率70.9%'];
    expect(compose(asked, [passage('s-11-2', table(rates), 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it("GIVEN which centre brings in the most revenue THEN one body's measures over the years do not rank the centres", () => {
    const asked = 'Among the UK Catapult centres, which one brings in the most revenue?';
    const results = [
      'HVMカタパルトの実績（図表19）',
      '内容\t2013-2014\t2014-2015',
      '収入合計\t224百万ポンド\t218百万ポンド',
      '中小企業のアクセスによる収入\t60百万ポンド\t110百万ポンド',
      '公的資金による収入\t80百万ポンド\t85百万ポンド',
    ].join('\n');
    expect(compose(asked, [passage('s-12-1', results, 2)]).abstainReason).toMatch(/ranks first/);
    const centres = [
      'カタパルト・センターの収入（2014-2015）',
      'センター\t収入',
      'HVMカタパルト\t218百万ポンド',
      '細胞治療カタパルト\t30百万ポンド',
      'デジタル・カタパルト\t25百万ポンド',
    ].join('\n');
    expect(compose(asked, [passage('s-12-2', centres, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it("GIVEN which of a body's 66 institutes ranks first THEN a table of three bodies does not rank them; a sentence saying which does", () => {
    const asked = "Which of Fraunhofer's 66 institutes has the largest annual budget?";
    const bodies = [
      '各国の応用研究機関の比較',
      '機関名\tフラウンホーファー研究機構\tカタパルト・センター\t製造イノベーション研究所',
      '予算\t年間20億ユーロ\t4年間で2億ポンド\t10億ドル',
    ].join('\n');
    expect(compose(asked, [passage('s-13-1', bodies, 2)]).abstainReason).toMatch(/ranks first/);
    // Without the set's size, the three bodies' budgets compare.
    const among = 'Which of these applied research bodies has the largest annual budget?';
    expect(compose(among, [passage('s-13-2', bodies, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
    const said = `${bodies}\nフラウンホーファー研究機構の66の研究所のうち、最大の予算（年間1億ユーロ）を持つのは生産技術研究所である。`;
    expect(compose(asked, [passage('s-13-3', said, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it('GIVEN which case was the most successful THEN figures on the page do not judge it; a sentence saying which does', () => {
    const asked = 'LL事業200件の中で、成果が一番大きかったって評価された案件はどれ？';
    const counts = [
      'LL事業の実施状況（相手国別、テーマ数）',
      '中国\t35',
      'アメリカ\t28',
      'ドイツ\t19',
      'LL事業の成果は、案件ごとに大きく異なる。',
    ].join('\n');
    expect(compose(asked, [passage('s-14-1', counts, 2)]).abstainReason).toMatch(/ranks first/);
    const said = `${counts}\nLL事業の中でも最も成果が大きかったのは、福島県とスウェーデンの医工連携である。`;
    expect(compose(asked, [passage('s-14-2', said, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it('GIVEN which prefecture ranks first THEN counts that name no prefecture do not rank them; figures of prefectures do', () => {
    const asked = '地域未来牽引企業がいちばん多い都道府県ってどこ？';
    const survey = [
      '地域未来牽引企業（約4,700社）を対象に、2021年2月16日～22日の期間に実施。',
      '地域未来牽引企業（約4,700社）を対象に、2020年11月16日～20日の期間に実施。',
      '（有効回答数＝957社）成果を上げる際に直面した課題',
    ].join('\n');
    expect(compose(asked, [passage('s-15-1', survey, 2)]).abstainReason).toMatch(/ranks first/);
    const prefectures = `${survey}\n地域未来牽引企業の数は、東京都が310社、愛知県が180社、大阪府が175社。`;
    expect(compose(asked, [passage('s-15-2', prefectures, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
    expect(asksForCountry('LL事業で相手先として一番テーマ数が多かった海外の国ってどこ？')).toBe(true);
    expect(asksForCountry('全国どこでも使える？')).toBe(false);
  });

  it('GIVEN which ranks first THEN years and the denominator of a rate are no figures to compare', () => {
    const asked = '10万事業所あたりの特許出願数、一番多い都道府県ってどこ？';
    const rate = '100事業所当たりの特許出願数（2017～2019年合計）は、地方圏よりも三大都市圏の方が多い。';
    expect(compose(asked, [passage('s-10-1', rate, 2)]).abstainReason).toMatch(/ranks first/);
    const figures = `${rate}\n100事業所当たりの特許出願数は、東京都が12.5件、大阪府が10.1件、富山県が9.8件。`;
    expect(compose(asked, [passage('s-10-2', figures, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it('GIVEN which ranks first THEN lines compare only when their figures count one thing; 「その中でも」 says which leads', () => {
    const asked = 'LL事業のアンケートで、参加者の満足度がいちばん高かった案件ってどこ？';
    const survey = [
      'LL事業のアンケート調査の概要',
      '対象数：200テーマ',
      '発送数：183件',
      '有効回答数：131件',
      '有効回答率：71.6%',
    ];
    expect(compose(asked, [passage('u-1-1', survey.join('\n'), 2)]).abstainReason).toMatch(/ranks first/);
    const cases = [
      'LL事業のアンケートで案件ごとの満足度を尋ねた結果',
      '飯塚市の案件 満足度 92点',
      '諏訪市の案件 満足度 85点',
      '北上市の案件 満足度 80点',
    ];
    expect(compose(asked, [passage('u-1-2', cases.join('\n'), 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
    const oil = '20世紀前半に石油生産が一番多かった国は？';
    const led =
      '20世紀前半には、世界の石油生産はアメリカ、ソ連、そしてベネズエラが多く占めていた。その中でもアメリカ合衆国は約70パーセントを占めていた。';
    expect(compose(oil, [passage('u-1-3', led, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
    expect(SAYS_SUPERLATIVE.test('人口減少・少子高齢化が進む中でも、サービスを持続的に提供')).toBe(false);
  });

  it("reads where a body's office is as a where-question, and whose office it is", () => {
    expect(asksForPlace('島根県鐵工会の事務局ってどこにあるの？訪問したい')).toBe(true);
    expect(asksForPlace('島根の提言に出てくるNEXTAって、県内のどこに拠点があるの？')).toBe(true);
    expect(asksForPlace('島根の強みはどこにある？')).toBe(false);
    expect(asksForPlace('石狩市が誘致したデータセンターって、どこの会社？')).toBe(false);
    expect(officeHolder('島根県鐵工会の事務局ってどこにあるの？')).toBe('島根県鐵工会');
    expect(officeHolder('島根の提言に出てくるNEXTAって、県内のどこに拠点があるの？')).toBe('NEXTA');
    // A count in a unit written in Latin letters: 「何PV」 → 715万PV, 「何ha」 → 197.7ha, not 2020年６月.
    expect(askedCount('RESASって2020年度は何PVくらいあった？')?.test('715万PV')).toBe(true);
    expect(askedCount('RESASって2020年度は何PVくらいあった？')?.test('2020年６月にV-RESASの運用を開始')).toBe(false);
    expect(askedCount('一番広い工業団地って何ha？')?.test('北上南部工業団地 197.7ha')).toBe(true);
    // Where in a named city (「神戸のどこ」), as in the prefecture (「県内のどこ」).
    expect(officeHolder('神戸医療産業都市推進機構の事務所って、神戸のどこにあるんだっけ？')).toBe(
      '神戸医療産業都市推進機構',
    );
    expect(asksHeadquarters('諏訪と大連で作った合弁の貿易会社って、どこに本社置いてるの？')).toBe(true);
    // An office word, a role or a prefecture is nobody's name.
    expect(officeHolder('アメリカのIMIで3Dプリント担当の研究所ってどこにあるの？')).toBeUndefined();
    expect(officeHolder('島根県の事務所ってどこ？')).toBeUndefined();
    // The office of a place abroad, a Latin name with spaces, an English possessive.
    expect(officeHolder('AGITの中国オフィスってどの都市に置いてるの？')).toBe('AGIT');
    expect(officeHolder('AGITの中国と韓国のオフィスって、それぞれどこの都市にあるの？')).toBe('AGIT');
    expect(officeHolder('NRW.Global Businessの海外オフィスってどの都市にあるんだっけ？')).toBe('NRW.Global Business');
    expect(officeHolder("Which cities are AGIT's China and Korea offices located in?")).toBe('AGIT');
    expect(officeHolder("Where in Japan is NRW.Global Business's office located?")).toBe('NRW.Global Business');
    expect(officeHolder("Where does Aachen's AGIT run overseas sales offices?")).toBeUndefined();
    const translate = (word: string) => (word === 'china' ? ['中国'] : []);
    expect(placeWithinCountry('AGITの中国オフィスってどの都市に置いてるの？', translate)).toBe('中国');
    expect(placeWithinCountry("Which cities are AGIT's China and Korea offices located in?", translate)).toBe('中国');
    expect(asksPlaceInJapan("Where in Japan is NRW.Global Business's office located?")).toBe(true);
    expect(asksPlaceInJapan('NRW.Global Businessって日本にも拠点ある？')).toBe(true);
    expect(asksPlaceInJapan("In which Japanese city is NRW.Global Business's Japan office located?")).toBe(true);
    expect(asksPlaceInJapan('NRW.Global Businessの海外オフィスってどこ？')).toBe(false);
  });

  it("GIVEN a city of an office abroad asked THEN the body's own city, or a country, does not answer", () => {
    const asked = 'AGITの中国オフィスってどの都市に置いてるの？';
    const text = [
      '州立の貿易・投資誘致機関であるNRW. Global Businessとアーヘン市立の地域密着型経済開発機関であるAGITが支援を提供',
      'NRW Global Business ・海外オフィスにおける営業活動 AGIT ・中国・韓国オフィスでの営業活動\tJETRO島根 ・JETRO全体としての海外ネットワーク',
    ].join('\n');
    expect(compose(asked, [passage('o-11-1', text, 2)]).abstainReason).toMatch(/names a place/);
    const said = `${text}\nAGITは中国の上海市と韓国のソウル市にオフィスを置いている。`;
    expect(compose(asked, [passage('o-11-2', said, 2)]).abstainReason ?? '').not.toMatch(/names a place/);
  });

  it("GIVEN where a body's office is THEN a place said in another body's cell or of its prefecture does not answer", () => {
    const asked = '島根の提言に出てくるNEXTAって、県内のどこに拠点があるの？';
    const row = [
      'AGIT ・中国・韓国オフィスでの営業活動\tJETRO島根 ・海外企業による投資相談\tNEXTA ・島根県内企業及びNEXTAによる海外見本市への出展支援',
      '島根県・松江市においては対内直接投資を促進する組織は存在する。',
    ].join('\n');
    expect(compose(asked, [passage('o-10-1', row, 2)]).abstainReason).toMatch(/names a place/);
    const said = `${row}\nNEXTAは松江市に拠点を置き、県内企業の海外展開を支援している。`;
    expect(compose(asked, [passage('o-10-2', said, 2)]).abstained).toBe(false);
  });

  it('reads a figure asked of a country beside the EU (「ドイツ国内には何カ所」) as asked of that country', () => {
    expect(figureAskedOfCountry('EUのデジタルイノベーションハブ（EDIHs）、ドイツ国内には何カ所ある？')?.country).toBe(
      'ドイツ',
    );
  });
});

describe('round 23: spaced tables, asides, the first of a table', () => {
  const PARKS = [
    '工業団地名称 団地総面積',
    '',
    '後藤野工業団地 140.4ha',
    '',
    '北上工業団地 148.5ha',
    '',
    '北上南部工業団地 197.7ha',
    '',
    '北上機械鉄工業団地 6.9ha',
  ].join('\n');

  it('reads lines of a name, a space and a figure in one unit as the rows of a table, not headings', () => {
    const units = passageUnits(PARKS);
    expect(units.filter((u) => u.kind === 'row').map((u) => u.text)).toEqual([
      '後藤野工業団地 140.4ha',
      '北上工業団地 148.5ha',
      '北上南部工業団地 197.7ha',
      '北上機械鉄工業団地 6.9ha',
    ]);
    // Two such lines, or lines in different units, are no table.
    const two = passageUnits('後藤野工業団地 140.4ha\n\n北上工業団地 148.5ha\n\n進出企業 360社');
    expect(two.filter((u) => u.kind === 'row')).toEqual([]);
  });

  it('GIVEN which is largest THEN the row with the largest figure is quoted; the smallest when asked', () => {
    const largest = compose('北上市の工業団地で、面積がいちばん大きいのってどこ？', [passage('p-11-1', PARKS, 2)]);
    expect(largest.citations.map((c) => c.quote)).toContain('北上南部工業団地 197.7ha');
    const smallest = compose('北上市の工業団地で一番狭いのはどこ？', [passage('p-11-2', PARKS, 2)]);
    // The row favoured leads the others.
    const quotes = smallest.citations.map((c) => c.quote);
    expect(quotes[0]).toBe('北上機械鉄工業団地 6.9ha');
    expect(largest.citations[0]?.quote).toBe('北上南部工業団地 197.7ha');
  });

  it("GIVEN a partner country asked first THEN rows of a table of Japan's regions rank none", () => {
    const asked = 'LL事業で九州が組んだ海外の相手国って、一番多かったのはどこ？';
    const regions = [
      '[単位:件数]',
      '(地域)\t食品\tIT産業\t総計',
      '関東\t4\t8\t43',
      '中国\t5\t3\t22',
      '九州\t5\t12\t45',
    ];
    expect(compose(asked, [passage('c-11-1', regions.join('\n'), 2)]).abstainReason).toMatch(/ranks first/);
  });

  it('GIVEN dates and labels beside a figure THEN they are no figures to compare', () => {
    const asked = '地域未来牽引企業に選ばれてる数、いちばん多い都道府県ってどこ？';
    const survey = [
      '地域未来牽引企業（約4,700社）を対象に、2021年2月16日～22日の期間に実施。',
      '各都道府県の表彰企業の立地状況を分析し、企業群の集積を確認できる（例３）。',
    ].join('\n');
    expect(compose(asked, [passage('d-11-1', survey, 2)]).abstainReason).toMatch(/ranks first/);
  });

  it('GIVEN cases named in an aside (「諏訪とか福島は載ってたけど」) THEN the question is about the others', () => {
    const corpus = '石川－韓国テグ 長野県諏訪地域 福島県 ミッション派遣';
    expect(
      questionNames('石川と韓国テグのLL、ミッション派遣は何回？諏訪とか福島は回数載ってたけど', tokenizer, corpus),
    ).toEqual(['石川', 'テグ']);
    expect(questionNames('ドイツは載ってたけど、福島の件数は？', tokenizer, corpus)).toEqual(['福島']);
    // With every name in the aside, they are what the question has.
    expect(questionNames('諏訪は載ってたけど', tokenizer, corpus)).toEqual(['諏訪']);
    const asked = '石川と韓国テグのLL事業、ミッション派遣は何回やってた？諏訪とか福島は回数載ってたけど';
    const suwa = ['長野県諏訪地域－中国大連市（金属機械加工）', '- ミッション派遣：2回'].join('\n');
    const ishikawa = '4. 石川－韓国テグ(デジタルコンテンツ等)《03～05年度》';
    const answer = compose(asked, [passage('m-11-1', suwa, 2), passage('m-11-2', ishikawa, 1.9)], {}, corpus);
    expect(answer.abstained).toBe(true);
  });
});

describe('round 23: a change asked in figures', () => {
  it('reads the measure that grew in "how much did … production grow"', () => {
    const lexicon = loadLexicon();
    const asked = askedAttributeEn(
      'How much did Imabari towel production actually grow after the branding push?',
      (w) => lexicon.lookup(w),
    );
    expect(asked?.compound).toBe('production');
  });

  it('GIVEN by how much a measure grew THEN a sentence saying it grew without a figure does not answer', () => {
    const asked =
      'By how much (in units or %) did Imabari towel production increase after the brand mark was introduced?';
    const grew = [
      '今治タオル工業組合などの組合傘下のタオルメーカー約100社・染色加工業者８社などが連携して実施。',
      '今治タオルのブランド化により、全国的な認知度が飛躍的に向上。生産数量が大幅に増加。',
    ].join('\n');
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('g-12-1', grew, 2)], {}, '', lexicon).abstainReason).toMatch(/change in/);
    const figure = `${grew}\n生産数量は2009年の1万トンから2019年には1.3万トンへと増加した。`;
    expect(compose(asked, [passage('g-12-2', figure, 2)], {}, '', lexicon).abstained).toBe(false);
  });
});

describe('stop 30: a change asked is said as a change', () => {
  it('GIVEN how much a count grew THEN the level of one year does not answer, a figure to a figure does', () => {
    const asked = '諏訪圏工業メッセの来場者数、2019年は前の年と比べてどれくらい増えた？';
    const level = [
      '2002年から継続して、展示会「諏訪圏工業メッセ」を開催。',
      '引き続き、「諏訪圏工業メッセ」を年々規模を拡大しながら毎年実施（2019年の出展企業数425社・来場者数27,841人）。',
    ].join('\n');
    expect(compose(asked, [passage('c-30-1', level, 2)], {}, '').abstainReason).toMatch(/change as a figure/);
    for (const change of [
      '「諏訪圏工業メッセ」の来場者数は2018年の25,000人から2019年には27,841人に増加した。',
      '「諏訪圏工業メッセ」の来場者数は前年比11%増。',
      '「諏訪圏工業メッセ」の来場者数は増加し、2019年には27,841人に達した。',
    ]) {
      expect(compose(asked, [passage('c-30-2', `${level}\n${change}`, 2)], {}, '').abstained).toBe(false);
    }
  });

  it('GIVEN how much a measure grew in English THEN an improvement by a percentage answers', () => {
    const asked = 'How much did productivity at the model factory improve?';
    const said = 'モデル工場では、IoTの導入により生産性が最大27%向上した。';
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('c-30-3', said, 2)], {}, '', lexicon).abstained).toBe(false);
  });

  it('GIVEN "by what percentage did it rise" THEN a line with no change in figures does not answer', () => {
    const asked = 'By what percentage did productivity at the model factory rise after IoT was introduced?';
    const lexicon = loadLexicon();
    const level = 'モデル工場では、IoTの導入により生産性が飛躍的に向上した。';
    expect(compose(asked, [passage('c-30-4', level, 2)], {}, '', lexicon).abstainReason).toMatch(/change as a figure/);
    const said = 'モデル工場では、IoTの導入により生産性が最大27%向上した。';
    expect(compose(asked, [passage('c-30-5', said, 2)], {}, '', lexicon).abstained).toBe(false);
    // "Did it bring down …, and by how much?": the change asked after the verb (round 54).
    const after = 'Did the IoT rollout at the model factory actually improve productivity, and by how much?';
    expect(compose(after, [passage('c-30-6', level, 2)], {}, '', lexicon).abstainReason).toMatch(/change as a figure/);
    expect(compose(after, [passage('c-30-7', said, 2)], {}, '', lexicon).abstained).toBe(false);
  });
});

describe('round 23: projects and themes counted, a fiscal year', () => {
  it('reads 何プロジェクト and 何テーマ as counts, said by name or in 件', () => {
    const themes = askedCounter('RIT事業って、平成21年度は新規で何テーマ採択する予定だった？')!;
    expect(themes.test('H20年度採択テーマ: 新たに8件採択')).toBe(true);
    expect(themes.test('テーマ別研究会を設け')).toBe(false);
    expect(askedCounter('2021年度は何プロジェクト実施された？')!.test('46のプロジェクト')).toBe(false);
    expect(askedCounter('2021年度は何プロジェクト実施された？')!.test('12プロジェクトを採択')).toBe(true);
  });

  it('GIVEN a fiscal year asked THEN a date in its January to March is the year before', () => {
    const [fy] = askedYears('地域企業イノベーション支援事業って、2021年度は何プロジェクト実施された？');
    expect(fy!.pattern.test('2019年度事業の事業管理機関を対象に、2021年2月実施。')).toBe(false);
    expect(fy!.pattern.test('2021年6月に採択')).toBe(true);
    expect(fy!.pattern.test('令和3年度の実績')).toBe(true);
    // A calendar year asked is any date of it.
    const [year] = askedYears('2021年はどうだった？');
    expect(year!.pattern.test('2021年2月実施')).toBe(true);
  });
});

describe('near misses of rounds 79 and 81', () => {
  it('reads 「所長さんって誰」 as asking for a person, with the honorific', () => {
    expect(askedName('JETRO島根の所長さんって誰だっけ？名前わかる？')).toBe('person');
    expect(askedName('センターの所長って誰？')).toBe('person');
  });

  it('reads 「企業の数」「参加者の数」 as the measure a superlative compares by', () => {
    expect(namedFigure('入ってる企業の数がいちばん多いのはどこ？')?.unit).toBe('社');
    expect(namedFigure('参加者の数がいちばん多いのは？')?.unit).toBe('人');
    // Lines of areas do not rank by companies.
    const asked = '北上の工業団地のなかで、入ってる企業の数がいちばん多いのはどこ？';
    const areas = ['北上の工業団地', '後藤野工業団地 140.4ha', '北上南部工業団地 197.7ha', '北上工業団地 148.5ha'].join(
      '\n',
    );
    expect(answerTo(asked, areas).abstainReason).toMatch(/ranks first/);
  });

  it('GIVEN which came first or last asked THEN dates compare, not the sizes beside the names nor history sentences', () => {
    const asked = '北上の工業団地の中で、いちばん最近造成されたのってどこ？';
    const areas = ['北上の工業団地', '後藤野工業団地 140.4ha', '北上南部工業団地 197.7ha', '北上工業団地 148.5ha'].join(
      '\n',
    );
    expect(answerTo(asked, areas).abstainReason).toMatch(/ranks first/);
    const history = [
      '1962年より北上の工業団地造成に向けた用地取得を開始。',
      '1978年には北上中部工業用水道が整備され、工業団地に工業用水を提供。',
      '1987年のテクノポリス指定を受け、北上の工業団地は知識集約型産業への転換を標榜。',
    ].join('\n');
    expect(answerTo(asked, history).abstainReason).toMatch(/ranks first/);
    const first = 'アメリカのIMIのうち、最初に設立されたのはオハイオ州ヤングスタウンの「America Makes」である。';
    expect(answerTo('アメリカのIMIで一番最初にできた拠点ってどこ？', first).abstained).toBe(false);
    // "the number of tenant companies": a count of companies, which lines of areas do not give.
    expect(namedFigure("Which of Kitakami's industrial parks has the largest number of tenant companies?")?.unit).toBe(
      '社',
    );
    expect(askedFigure('Where does Tokushima rank nationally by number of LED-related companies?')).toBeUndefined();
  });

  it('reads 「売れたの？」「製品になったの？」 as asking whether it was sold or made into a product', () => {
    expect(askedHappening('その契約って、その後ちゃんと製品になって売れたの？')).toBe('販売');
    expect(askedHappening('試作品って、ちゃんと商品になってるの？')).toBe('商品化');
    expect(askedHappening('どれくらい売れたの？')).toBeUndefined();
  });

  it('GIVEN a company asked THEN neither a count of companies nor the asked company under its trade name is a new name', () => {
    expect(entityTokens('関連企業（100社）が地域内に集積し', tokenizer)).toEqual([]);
    const asked = 'ミズタニバルブが地元の関連企業と一緒に作った鋳造の会社、社名なんだっけ？';
    const names = newEntityNamer(asked, tokenizer);
    expect(names('ミズタニバルブ工業（株）（岐阜県山県市）', 'company')).toBe(false);
    expect(names('水栓バルブの部品製造等を担う関連企業（100社）が地域内に集積', 'company')).toBe(false);
    expect(names('鋳造分野で、関連企業と共同して山県鋳造株式会社を設立', 'company')).toBe(true);
  });

  it('GIVEN a person asked THEN a city after its state (州ローリー) and a university professor (大学教授) name nobody', () => {
    const names = newEntityNamer('Who is the director of America Makes in Youngstown?', tokenizer);
    expect(names('Power America\t広バンドギャップ半導体\tノースカロライナ州ローリー\t2015年1月', 'person')).toBe(false);
    expect(names('大学内に研究組織を設置し、大学教授と企業研究者が共同研究を推進。', 'person')).toBe(false);
    expect(names('同研究所長のガウゼマイヤー教授は、12年間の産業界の経験ののち大学教授となった', 'person')).toBe(true);
    expect(names('名古屋大教授の山田氏が座長を務めた', 'person')).toBe(true);
  });

  it('reads 「どこの都道府県」「どの自治体」, "which prefecture" as asking for a place', () => {
    expect(asksForPlace('どこの都道府県の会社からの回答がいちばん多かった？')).toBe(true);
    expect(asksForPlace('どの自治体が最初に始めたの？')).toBe(true);
    expect(asksForPlace('Which prefecture ranks first for Global Niche Top companies?')).toBe(true);
    // A prefecture named in the question is its topic, not what is asked.
    expect(asksForPlace("What was Toyama Prefecture's pharmaceutical production value in 2019?")).toBe(false);
  });

  it('GIVEN a figure asked per person THEN the total does not answer; a figure said per person does', () => {
    const asked = '北上市の従業員一人当たり製造品出荷額って、金額にすると何万円くらい？';
    const total = '北上市の産業集積\n北上市の製造品出荷額 約1,100億円 (1980年)⇒約3,700億円 (2000年)。';
    expect(answerTo(asked, total).abstainReason).toMatch(/figure in 円/);
    const per = `${total}\n北上市の従業員一人当たり製造品出荷額は約3,000万円 (2019年)。`;
    expect(answerTo(asked, per).abstained).toBe(false);
  });

  it('GIVEN a subsidy rate asked THEN a passage on the scheme without a share does not answer; 「3分の2」 does', () => {
    const rate = askedFigure('補助率ってどれくらい？')!;
    expect(rate.unit).toBe('%');
    expect(rate.pattern.test('補助率は3分の2')).toBe(true);
    expect(rate.pattern.test('補助率は2/3以内')).toBe(true);
    expect(rate.pattern.test('2014/15年度')).toBe(false);
    const asked = '島根の段階投資型の補助制度って、補助率はどれくらいを想定してるの？';
    const scheme = '島根の段階投資型の補助制度\n段階投資型の補助制度を設け、PoCから量産まで段階的に支援する。';
    expect(answerTo(asked, scheme).abstainReason).toMatch(/figure in %/);
    expect(answerTo(asked, `${scheme}\n補助率は3分の2を想定。`).abstained).toBe(false);
  });
});

describe('stop 32: near misses of rounds 112–115', () => {
  const composeEn = (question: string, passages: Passage[]) => compose(question, passages, {}, '', loadLexicon());

  it('GIVEN why a site was chosen asked THEN the line saying where it is does not answer; one saying why does', () => {
    const asked = '広島県立の叡智学園って、なんでわざわざ大崎上島に建てたの？';
    expect(asksWhySited(asked)).toBe(true);
    expect(asksWhySited('Why was the integrated photonics IMI placed in Rochester, New York?')).toBe(true);
    // Why a course changed (「…を呼び込む方向に変えたの」), not why a place was chosen.
    expect(asksWhySited('北上川流域って昔は電機が強かったのに、なんで途中から車関係を呼び込む方向に変えたの？')).toBe(
      false,
    );
    expect(asksWhySited('叡智学園ってなんで全寮制なの？')).toBe(false);
    const opened = '2019年、瀬戸内海の大崎上島に国際バカロレアの取得が可能な広島県立の全寮制中高一貫校を開校。';
    expectNearMiss(
      asked,
      opened,
      /where but not why/,
      `${opened}\n大崎上島の豊かな自然環境を考慮して、同島に開校することを決定。`,
    );
    // 「…などを考慮して決定」 gives the reasons a company chose Toyama.
    const toyama = '「地震・津波・水害などの自然災害の少なさ、薬業振興に積極的な行政の姿勢などを考慮して決定。」';
    expect(answerTo('富山に医薬品の拠点を移した企業って、なんで富山を選んだって言ってた？', toyama).abstained).toBe(
      false,
    );
  });
  it('GIVEN why a site was chosen and only the purpose of the body founded there THEN abstains', () => {
    const asked = 'IMIのパイロットの積層造形の拠点、なんでオハイオのヤングスタウンが選ばれたの？';
    const purpose =
      '2012年末には、IMIで必要とされる機能を検証するために、パイロット・プログラムとしてオハイオ州ヤングスタウンに積層造形機関が設立された。';
    expectNearMiss(
      asked,
      purpose,
      /where but not why/,
      `${purpose}\n鉄鋼業の集積と大学の研究基盤があることから、IMIのパイロット拠点にはオハイオ州ヤングスタウンが選ばれた。`,
    );
  });

  it('GIVEN 「多いのはどっち」 or "which one had the faster … rate" THEN each side needs a figure of that measure', () => {
    const asked = '岩手ネットワークシステム（INS）と北上ネットワークフォーラム、会員数が多いのはどっち？';
    expect(asksWhichOfTwo(asked)).toBe(true);
    const founded = [
      '1992年に会則を定め、県独自の産学交流組織として「岩手ネットワークシステム（INS）」を正式に設立。',
      '2000年には北上版INSとして「北上ネットワークフォーラム」が設立された。',
    ].join('\n');
    expect(answerTo(asked, founded).abstainReason).toMatch(/figure of/);
    const rate = 'Between Halifax and Yorkshire & the Humber, which one had the faster population growth rate?';
    expect(asksWhichOfTwo(rate)).toBe(true);
    const people = 'Halifaxの人口は約40万人。\nYorkshire & the Humberの人口は約550万人。';
    const refused = composeEn(rate, [passage('h-1-1', people, 2)]);
    // The side is named without "Between"; a head count is no rate.
    expect(refused.abstainReason).toMatch(/figure of Halifax/);
    const rates = 'Halifaxの人口増加率は5.2%。\nYorkshire & the Humberの人口増加率は3.1%。';
    expect(composeEn(rate, [passage('h-1-2', rates, 2)]).abstainReason ?? '').not.toMatch(/figure of/);
  });

  it('GIVEN 「AとBって、どっちのほうが規模でかいの」 THEN each side needs a figure, the second named without the comma', () => {
    const asked = "it's OWLと、バーデン・ヴュルテンベルク州のAllianz Industrie 4.0って、どっちのほうが規模でかいの？";
    expect(asksWhichOfTwo(asked)).toBe(true);
    expect(asksWhichOfTwo('どちらのほうが予算が多い？')).toBe(true);
    const named =
      "it's OWLには174の企業・機関が参加している。\nそのほか、バーデン・ヴュルテンベルグ州の“Allianz Industrie 4.0”がある。";
    const refused = answerTo(asked, named);
    expect(refused.abstainReason).toMatch(/figure of バーデン/);
  });

  it('GIVEN 「九州と関東だとどっちが高い」 of a rate THEN each side needs a rate, not counts', () => {
    const asked = 'LL事業で成果が出た案件の割合、九州と関東だとどっちが高い？';
    const counts = ['地域\t成果あり\t合計', '関東\t13\t43', '九州\t12\t45'].join('\n');
    const refused = answerTo(asked, counts);
    expect(refused.abstainReason).toMatch(/figure of/);
    // The sides named as the question names them, not with the topic before them.
    expect(refused.text).toContain('「九州」「関東」についての数値');
    const rates = ['地域\t成果ありの割合', '関東\t30%', '九州\t27%'].join('\n');
    expect(answerTo(asked, rates).abstainReason ?? '').not.toMatch(/figure of/);
  });

  it('GIVEN which of two created more jobs (「雇用をたくさん生んだのはどっち」) THEN each side needs a count of people', () => {
    const asked = '石狩の再エネ誘致と北九州のエコタウン、雇用をたくさん生んだのはどっち？';
    expect(asksWhichOfTwo(asked)).toBe(true);
    const plans = [
      '2017年、再エネ100%ゾーン構想を石狩市が打ち出し、石狩の再エネ誘致を進めた。',
      '北九州のエコタウン事業では、1997年から27の事業所が立地した。',
    ].join('\n');
    expect(answerTo(asked, plans).abstainReason).toMatch(/figure of/);
    const jobs = [
      '石狩の再エネ誘致により、データセンター等で約300人の雇用が生まれた。',
      '北九州のエコタウン事業では、約1,300人の雇用が創出された。',
    ].join('\n');
    expect(answerTo(asked, jobs).abstainReason ?? '').not.toMatch(/figure of/);
  });

  it('reads 「トップ（CEO）って誰」 as asking for a person', () => {
    expect(askedName('NRW.Global Businessのトップ（CEO）って誰だったっけ？')).toBe('person');
    expect(askedName('AGITのCEOって誰？')).toBe('person');
  });

  it('reads 「決まってるんだっけ？」「売れるようになったの？」 as asking whether it happened', () => {
    expect(askedHappening("it's OWL、5年の補助が切れた後に連邦からの追加支援って決まってるんだっけ？")).toBe(
      '追加支援',
    );
    const sold = '福島とスウェーデンが一緒に臨床やってた乳がんチェッカー、結局EUで売れるようになったの？';
    expect(askedHappening(sold)).toBe('販売');
    const trial =
      '日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始';
    expectNearMiss(
      sold,
      trial,
      /whether it happened/,
      `${trial}\n「乳がんチェッカー」は2010年にEUでの販売を開始した。`,
    );
  });

  it('GIVEN a katakana gloss in brackets after a noun THEN it is no place; a fair named after its city still is', () => {
    const places = newPlaceNamer(
      'インダストリー4.0プラットフォームの事務局って、ドイツのどの都市に置かれてるの？',
      tokenizer,
    );
    expect(places('個別大量生産（マス・カスタマイゼーション）の実現により', 'city')).toBe(false);
    expect(places('公益企業（シュタットベルケ）が出資', 'city')).toBe(false);
    expect(places('国際産業技術見本市（ハノーファー・メッセ）が開催される', 'city')).toBe(true);
  });

  it('GIVEN a town after its state (オハイオ州ヤングスタウン) THEN it names a city; inside a sentence it would not', () => {
    const places = newPlaceNamer('IMIで最初にできた3Dプリンティング系の拠点って、どこの州のどの街？', tokenizer);
    expect(places('最初に設立されたオハイオ州ヤングスタウンの「America Makes」は', 'city')).toBe(true);
    expect(places('５Gのコラボにより新事業を創出', 'city')).toBe(false);
  });

  it('reads 「広島県自体はどのくらい出資」 as asking no attribute (自体 is the one asked about itself)', () => {
    expect(
      askedAttribute(
        'ひろしまイノベーション推進機構のファンドって、広島県自体はどのくらい出資してるんだっけ？',
        tokenizer,
      ),
    ).toBeUndefined();
    expect(askedAttribute('広島県の人口ってどのくらい？', tokenizer)?.compound).toBe('人口');
  });

  it('GIVEN a company asked by the description the reports use in place of its name THEN no other name answers', () => {
    const asked = 'ハル港にタービン工場を建てる合意をした大手インフラ企業って、具体的にどこの会社？';
    const lines = [
      '2010年以降、ハル港の北海における洋上風力拠点への近接性を強みに、洋上風力関連企業を官民一体で誘致。',
      '政府が大手インフラ企業と、洋上風力向けタービン製造工場をイギリスに建設する旨の基本合意書を締結。',
    ].join('\n');
    expect(answerTo(asked, lines).abstainReason).toMatch(/describe 「大手インフラ企業」 but name no organisation/);
    const named = lines.replace('大手インフラ企業と', '大手インフラ企業のシーメンス社と');
    expect(answerTo(asked, named).abstainReason ?? '').not.toMatch(/name no organisation/);
    expect(askedName('石狩市が誘致した再エネで動かすデータセンター、事業者の社名ってどこ？')).toBe('company');
    // In English, by the lexicon's words for the description: "Swedish company" is スウェーデン企業.
    const swedish = 'Which Swedish company partnered with the Nihon University spin-off on the breast cancer checker?';
    const trial =
      '福島県－スウェーデン\n日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始';
    expect(compose(swedish, [passage('s-1-1', trial, 2)], {}, '', loadLexicon()).abstainReason).toMatch(
      /describe 「スウェーデン企業」 but name no organisation/,
    );
  });

  it('GIVEN a clause before 「など」 and a number THEN it is no list of kinds a total counts', () => {
    // 「…が行っていたが、建築物の複雑化などから、11世紀」 says no total of 歴史的建築物 and others.
    const century =
      '12世紀以前には修道院や教会の建築は、歴史的建築物や測量に造詣のある修道士が行っていたが、建築物の複雑化などから、11世紀半ばには専門家に委託する例が現れた。';
    expect(
      answerTo('修道院や教会の建築は、歴史的建築物や測量に造詣のある修道士が行っていたのは何世紀以前か？', century)
        .abstained,
    ).toBe(false);
  });

  it('reads 「地方局ごとの内訳」「どの地方から何件ずつ」 as a breakdown by region, which a table of regions gives', () => {
    const bureaus = '地域企業イノベーション支援事業の2020年度分（77件）って、地方局ごとの内訳わかる？';
    expect(askedBreakdown(bureaus)?.dimension).toBe('地方局');
    expect(askedBreakdown('アンケートに答えた131件って、国内のどの地方から何件ずつだったか内訳ある？')?.dimension).toBe(
      '地方',
    );
    const total = '地域企業イノベーション支援事業\n2020年度は77件のプロジェクトを支援した。';
    expect(answerTo(bureaus, total).abstainReason).toMatch(/down by 地方局/);
    const table = `${total}\n北海道\t5\n東北\t9\n関東\t20`;
    expect(answerTo(bureaus, table).abstainReason ?? '').not.toMatch(/down by/);
  });

  it('GIVEN how much one party bore asked THEN a total does not answer; the amount beside its name does', () => {
    const asked = '福島ロボットテストフィールドの整備費、福島県はどのくらい負担してる？';
    const total = '福島ロボットテストフィールドは、総事業費約150億円で2020年に全面開所した。';
    expect(answerTo(asked, total).abstainReason).toMatch(/amount of 「福島県」/);
    const share = `${total}\n整備費のうち福島県が約30億円を負担した。`;
    expect(answerTo(asked, share).abstained).toBe(false);
  });

  it('GIVEN the date set for a target the question states THEN a date set for another target does not answer', () => {
    const asked = 'アメリカのIMIを45カ所まで増やすって目標、何年までに達成する計画になってる？';
    const other = 'イギリス政府はカタパルト・センターの設置を進めており、2030年までに30分野に増やす計画である。';
    const imi = 'アメリカはIMIを当初の計画の3倍の45カ所設置する目標を掲げている。';
    expect(answerTo(asked, `${other}\n${imi}`).abstainReason).toMatch(/date as the target/);
    expect(answerTo(asked, `${imi}\n2025年までに45カ所を設置する計画である。`).abstained).toBe(false);
    expect(asksDeadline('By what year is the US aiming to have all 45 IMIs up and running?')).toBe(true);
    expect(asksDeadline('Until which fiscal year was the exchange program scheduled to run?')).toBe(true);
    expect(asksDeadline('Which fiscal year did the exchange program start?')).toBe(false);
  });

  it('reads "why did it narrow its focus", "why was it chosen" as asking why an act the passages say took place', () => {
    expect(
      askedWhyEvent('Why did the Mie–China RIT project narrow its focus to Shenyang only?')?.test('瀋陽に絞った'),
    ).toBe(true);
    expect(askedWhyEvent('Why was Sweden chosen as the partner?')?.test('スウェーデンを選定')).toBe(true);
    expect(askedWhyEvent('Why did Germany push Industrie 4.0?')).toBeUndefined();
  });

  it('reads "how much revenue", "how much in sales", "total spending", "the total amount of subsidies" as asking for an amount', () => {
    for (const asked of [
      'How much revenue has the IoT powered prosthetic leg generated so far?',
      'After the contract was signed, how much in sales did that deal generate?',
      "What was METI's total spending on the Industrial Cluster Plan between 2001 and 2009?",
      'What was the total amount of subsidies Yokkaichi actually paid out under its ordinance?',
    ]) {
      expect(askedFigure(asked)?.unit).toBe('円');
    }
    expect(askedFigure('How much of the revenue comes from industry?')).toBeUndefined();
    expect(askedFigure('What is the GDP of North Rhine-Westphalia?')?.unit).toBe('円');
    expect(askedFigure('NRW州の域内総生産っていくら？')?.unit).toBe('円');
    expect(askedFigure('What is the GDP growth rate of Germany?')?.unit).not.toBe('円');
  });

  it('reads "what market size", 「市場規模ってどのくらい」 as asking for an amount', () => {
    expect(askedFigure('What market size does the Shimane report put on amorphous-alloy motors?')?.unit).toBe('円');
    expect(askedFigure('アモルファスモーターの市場規模ってどのくらい？')?.unit).toBe('円');
    // The market's size named as a topic asks no amount.
    expect(askedFigure('市場規模の推計方法を教えて')).toBeUndefined();
  });

  it('reads 「人口ってどのくらい」, "what\'s the city\'s population" as a head count, written with 万 or 億 too', () => {
    const asked = "What's Kitakami city's current population? Need it for a briefing.";
    expect(askedFigure(asked)?.unit).toBe('人');
    expect(askedFigure('北上市の人口ってどのくらい？')?.unit).toBe('人');
    expect(askedFigure('人口減少の影響は？')).toBeUndefined();
    expect(askedFigure('自動車人口は何億人に増える？')?.pattern.test('自動車人口が35億人に増える')).toBe(true);
  });

  it('reads 「URL貼ってもらえる？」 as asking for contact details', () => {
    expect(asksForContact('OIMSの専用ページのURL貼ってもらえる？')).toBe(true);
  });
});

describe('round 36: what a figure or a place must be said of', () => {
  it('does not take a decade for a length of time', () => {
    expect(DURATION.test('80年代より産業構造改革を推進')).toBe(false);
    expect(DURATION.test('条例は5年間の時限措置')).toBe(true);
    const asked = '亀山市の民間賃貸共同住宅新築促進条例って、結局何年間続いたの？';
    const text =
      '2003年、亀山市は「民間賃貸共同住宅新築促進条例」を策定。四日市市の基幹産業の成熟に伴い、80年代より産業構造改革を推進。';
    expect(compose(asked, [passage('r36-1-1', text, 2)]).abstainReason).toMatch(/length of time/);
  });
  it('reads 「所在地わかる？」 as asking where a body is, answered only by a passage saying so', () => {
    const asked = 'いわて産業振興センターってどこにあるんだっけ？所在地わかる？';
    expect(asksHeadquarters(asked)).toBe(true);
    expect(asksHeadquarters('工場の所在地別の内訳って？')).toBe(false);
    const history = '2000年、中小企業振興公社と合併し、「いわて産業振興センター」が成立。';
    const none = compose(asked, [passage('r36-2-1', history, 2)]);
    expect(none.abstainReason).toMatch(/head office or secretariat/);
    const address = `${history}いわて産業振興センターの所在地は盛岡市北飯岡である。`;
    expect(compose(asked, [passage('r36-2-2', address, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN a budget asked THEN an amount said of something else (an industry of a trillion yen) does not answer', () => {
    const asked = 'くすりのシリコンバレーTOYAMAのコンソーシアム、予算規模はいくらくらい？';
    const goal = '「くすりのシリコンバレーTOYAMA」創造コンソーシアムを立ち上げ、医薬品一兆円産業の実現を掲げている。';
    expect(compose(asked, [passage('r36-3-1', goal, 2)]).abstained).toBe(true);
    const budget = `${goal}コンソーシアムの予算は年間3億円である。`;
    const answer = compose(asked, [passage('r36-3-2', budget, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('3億円');
  });
  it('GIVEN a share of one product asked THEN the share of another of its kind does not answer', () => {
    const asked = '興研のN95マスク「ハイラック350型」って、国内シェアどのくらいあるの？';
    const other =
      '興研は、防塵マスクや消防救助用保護具等の製造・販売を営んでおり、防塵マスクの国内シェアは50％近くとなっている。';
    expect(compose(asked, [passage('r36-4-1', other, 2)]).abstained).toBe(true);
    const own = '興研のN95マスク「ハイラック350型」の国内シェアは約3割である。';
    expect(compose(asked, [passage('r36-4-2', own, 2)]).abstainReason).toBeNull();
  });
});

describe('「くらいついてた」', () => {
  it('reads no いつ in it: the amount is what is asked', () => {
    expect(askedFigure('LL事業って、国の予算は年間どのくらいついてたの？')?.unit).toBe('円');
    expect(askedFigure('国の予算はいつまでついてたの？')).toBeUndefined();
  });
  it('reads "which … maker" as asking for a company', () => {
    expect(askedName('Which Japanese semiconductor maker set up the plant in Yokkaichi?')).toBe('company');
    expect(askedName('Which chipmaker invested in Kumamoto?')).toBe('company');
  });
});

describe('round 37: a bank asked', () => {
  it('reads 「どこの金融機関」 and "which bank" as asking for an organisation', () => {
    expect(askedName('GMSってフィリピンではどこの金融機関と組んでるの？')).toBe('organisation');
    expect(askedName('Which bank co-founded the Aston Science Park?')).toBe('organisation');
  });
  it('GIVEN a bank asked THEN a passage naming it by its kind (「大手金融機関」) does not answer; one naming it does', () => {
    const asked = 'アストン・サイエンスパークって、市と一緒につくった銀行はどこ？';
    const kind =
      'アストン・サイエンスパークはバーミンガム市・アストン大学・大手金融機関とのパートナーシップで建設された。';
    const unnamed = compose(asked, [passage('r37-1-1', kind, 2)]);
    expect(unnamed.abstained).toBe(true);
    expect(unnamed.text).toContain('金融機関（銀行など）の名前');
    const named = 'アストン・サイエンスパークはバーミンガム市と北洋銀行とのパートナーシップで建設された。';
    const answer = compose(asked, [passage('r37-1-2', named, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('北洋銀行');
  });
});

describe('round 46: a hospital, a company or a ward asked by name', () => {
  it('GIVEN 「どこの病院」 THEN a passage naming no hospital does not answer, one naming it does', () => {
    const asked = '乳がんチェッカーの臨床試験って、スウェーデンのどこの病院でやったの？';
    expect(askedName(asked)).toBe('organisation');
    // A body named (日本大学) is not the hospital asked for.
    const unnamed =
      '日本大学工学部発ベンチャー企業が開発した「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床試験開始。';
    const refused = compose(asked, [passage('r46-1-1', unnamed, 2)]);
    expect(refused.abstained).toBe(true);
    expect(refused.text).toContain('病院の名前');
    const named = '「乳がんチェッカー」の臨床試験は、スウェーデンのカロリンスカ大学病院で行われた。';
    expect(compose(asked, [passage('r46-1-2', named, 2)]).abstainReason).toBeNull();
    // A company asked of a hospital's partner is no hospital asked.
    expect(asksForHospital('病院と組んだ会社はどこ？')).toBe(false);
    expect(asksForHospital('Which hospital ran the trial?')).toBe(true);
    expect(namesHospital('市立病院や大学病院と連携')).toBe(false);
    expect(namesHospital('市立中央市民病院病院長を座長とし')).toBe(true);
  });
  it('reads 「…会社って、なんて名前？」 as asking for a company and 「東京の何区」 for a place', () => {
    expect(askedName('地元の企業と一緒に作った鋳造の会社って、なんて名前？')).toBe('company');
    expect(askedName('その組織、なんて名前だっけ？')).toBe('organisation');
    expect(asksForPlace('Global Mobility Serviceって東京の何区にある会社？')).toBe(true);
    expect(asksForPlace('何区分に分けてるの？')).toBe(false);
  });
});

describe('round 46: two measures asked together', () => {
  it('GIVEN 「人の数と年間予算でどのくらい差」 THEN a passage giving one of them answers in part', () => {
    const asked = 'フラウンホーファーと産総研って、人の数と年間予算でどのくらい差があるの？';
    const budgets = 'フラウンホーファーと産総研の年間予算は、それぞれ2,400億円と940億円である。';
    expect(compose(asked, [passage('r46-3-1', budgets, 2)]).abstainReason).toBeNull();
    // One measure asked: the head count must be given.
    expect(
      compose('フラウンホーファーと産総研って、人の数でどのくらい差があるの？', [passage('r46-3-1', budgets, 2)])
        .abstained,
    ).toBe(true);
  });
});

describe('round 46: English counts and durations, and who made a company', () => {
  it('reads "how many more years" as a length of time and "how many times … asking" as counted in 件 too', () => {
    const years =
      'Once the LL project in Iizuka wrapped up, how many more years did the city keep paying for it out of its own budget?';
    expect(asksDuration(years)).toBe(true);
    expect(askedFigure(years)).toBeUndefined();
    const inquiries = askedCounter(
      'How many times did foreign companies come to JETRO Shimane asking about investing in 2020?',
    );
    expect(inquiries?.test('海外企業による投資相談実績0件（2020年）')).toBe(true);
    // A multiple is no count of times.
    expect(askedCounter('How many times more expensive is amorphous alloy?')?.test('相談実績3件')).toBe(false);
  });
  it("GIVEN 「運営会社って、どこがお金出して作ったの」 THEN who made it is asked, not the company's name", () => {
    const asked = "it's OWLの運営会社って、どこがお金出して作ったの？";
    const described = "it's OWLのクラスター運営会社が2012年に設立された。";
    const funded = "it's OWLを運営する組織は、州政府とミーレ株式会社がそれぞれ50%ずつお金を出して作った。";
    const answer = compose(asked, [passage('r46-2-1', described, 2), passage('r46-2-2', funded, 2)]);
    expect(answer.abstainReason).toBeNull();
  });
});

describe('round 37: a company described, not named', () => {
  it('GIVEN a company described by what it did THEN a line saying only that a company did it does not answer', () => {
    const asked = '島根県内で昔モーターの組立をやってた会社があるって話だけど、それってどこの会社？';
    const unnamed =
      '県内に協業可能なモーターメーカーが不在。過去に（島根県内で）モーター組立を実施していた企業もある。';
    // Another line on the topic names bodies (JETRO島根, NEXTA), not the company.
    const bodies = '島根県内のモーター関連企業の海外展開は、JETRO島根とNEXTAが支援している。';
    expect(compose(asked, [passage('r37-2-1', unnamed, 2), passage('r37-2-3', bodies, 2)]).abstained).toBe(true);
    const named = '過去に（島根県内で）モーター組立を実施していた企業に出雲電機株式会社がある。';
    const answer = compose(asked, [passage('r37-2-2', named, 2), passage('r37-2-3', bodies, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('出雲電機');
  });
  it("GIVEN the case's own lines name no company THEN another plant's row that names one does not answer", () => {
    const asked = '北勢地域の事例で、亀山に大規模工場つくった総合電機メーカーって具体的にどこの会社？';
    const own = '北勢地域では2003年の総合電機メーカーの亀山工場設置に伴い、亀山市は住宅の条例を策定。';
    const row = '1991年 多気町 総合電機メーカー 三重工業';
    // The row is read under its case's heading, which names the region.
    const rows = passage('r37-3-2', row, 2, 'r.txt', ['北勢地域の大規模工場の立地']);
    expect(compose(asked, [passage('r37-3-1', own, 2), rows]).abstained).toBe(true);
    const named = '北勢地域では2003年に総合電機メーカーの伊勢電機株式会社が亀山工場を設置。';
    expect(compose(asked, [passage('r37-3-3', named, 2), rows]).abstainReason).toBeNull();
  });
});

describe('round 37: when production started', () => {
  it('reads "start production" and 「生産を開始」 as the start of operations, said as such', () => {
    const start = askedWhenEvent('In what year did the turbine factory at the Port of Hull actually start production?');
    expect(start?.test('2011年に港湾運営会社と大手インフラ企業が工場建設に関する基本合意書を締結')).toBe(false);
    expect(start?.test('2016年に工場が生産を開始した')).toBe(true);
    expect(askedWhenEvent('ハル港の風車工場って何年に生産を開始したの？')?.test('2016年に量産を開始')).toBe(true);
  });
  it('GIVEN when production started asked THEN the year a deal for the factory was signed does not answer', () => {
    const asked = 'ハル港の風車工場って何年に生産を開始したの？';
    const deal =
      'ハル港が選定され、2011年にハル港の港湾運営会社と大手インフラ企業が風車工場の建設に関する基本合意書を締結。';
    expect(compose(asked, [passage('r37-4-1', deal, 2)]).abstained).toBe(true);
    const started = `${deal}ハル港の風車工場は2016年に生産を開始した。`;
    expect(compose(asked, [passage('r37-4-2', started, 2)]).abstainReason).toBeNull();
  });
});

describe('round 37: a country asked', () => {
  it('reads 「などの国々」 as no question for a country', () => {
    expect(asksForCountry('アルバニアやセルビアなどの国々を総称して何という')).toBe(false);
    expect(asksForCountry('試食商談会、どの国で開催したの？')).toBe(true);
  });
  it('GIVEN a country asked THEN a passage naming only a region of Japan (北陸地域) does not answer; a country abroad does', () => {
    const asked = '中部の食品メーカーの試食商談会って、どこの国で開催したの？';
    const region = '中部地域の食品メーカーの試食商談会を開催し、北陸地域の地酒メーカーとの商談成約に繋がった。';
    expect(compose(asked, [passage('r37-5-1', region, 2)]).abstained).toBe(true);
    const abroad = '中部地域の食品メーカーの試食商談会をシンガポールで開催した。';
    const answer = compose(asked, [passage('r37-5-2', abroad, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('シンガポール');
  });
});

describe('round 37: a measure of two compared, in English', () => {
  it('reads "which has attracted more …: A or B?" as comparing A and B', () => {
    expect(asksWhichOfTwo('Which has attracted more foreign companies so far: NRW.Global Business or AGIT?')).toBe(
      true,
    );
  });
  it("GIVEN \"how does X's rate compare with Y's\" THEN a passage giving neither's rate does not answer; one giving both does", () => {
    const asked = "How does Halifax's unemployment rate compare with Yorkshire's?";
    const none = 'Halifax Partnershipを設立し、Yorkshireの民間企業と共同出資した。';
    expect(compose(asked, [passage('r37-6-1', none, 2)]).abstained).toBe(true);
    const both = 'Halifaxの失業率は5.1%、Yorkshireの失業率は6.0%である。';
    const answer = compose(asked, [passage('r37-6-2', both, 2)]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('5.1%');
  });
});

describe('round 37: where a body named in English is', () => {
  it('reads the body of "Where is the X, announced in 2015, located?", not a country\'s letters', () => {
    expect(
      officeHolder("Where is the Medicines Technologies Catapult, announced in July 2015 as the UK's tenth, located?"),
    ).toBe('Medicines Technologies Catapult');
    expect(officeHolder('Where is the US manufacturing innovation institute for photonics located?')).toBeUndefined();
  });
  it('GIVEN where a body is asked THEN a place said of other bodies does not answer; its own line, or its row, does', () => {
    const asked = 'Where is the Medicines Technologies Catapult located?';
    const founding = '7月には10カ所目となる医療技術（Medicines Technologies）カタパルトの設立が発表された。';
    const other =
      'TSBはドイツのフラウンホーファー研究機構をモデルとして、カタパルト・センターを設立していく計画を発表した。';
    // One passage, as the report has it: the founding's line, then another naming a country.
    const passages = [passage('r37-7-1', `${founding}${other}`, 2)];
    expect(compose(asked, passages, {}, '', loadLexicon()).abstained).toBe(true);
    const sited = '医療技術（Medicines Technologies）カタパルトはロンドンに拠点を置く。';
    expect(compose(asked, [passage('r37-7-3', sited, 2), ...passages], {}, '', loadLexicon()).abstainReason).toBeNull();
    const row = '医療技術カタパルト (Medicines Technologies)\tケンブリッジ\t2015年設立';
    const table = passage('r37-7-4', `センター名\t所在地\t設立\n${row}`, 2);
    expect(compose(asked, [table, ...passages], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe("round 37: a described company's case, by its own place", () => {
  it('GIVEN 「三重の亀山」 THEN a row naming 三重工業 at 多気町 is not on the 亀山 plant', () => {
    const asked = '三重の亀山にでかい工場建てた総合電機メーカーって、具体的にどこの会社？';
    const own = '2003年の総合電機メーカーの亀山工場設置に伴い、亀山市は住宅の条例を策定。';
    const row = passage('r37-8-2', '1991年 多気町 総合電機メーカー 三重工業', 2, 'r.txt', ['三重県の大規模工場の立地']);
    expect(compose(asked, [passage('r37-8-1', own, 2), row]).abstained).toBe(true);
    const named = '2003年に総合電機メーカーの伊勢電機株式会社が亀山工場を設置。';
    expect(compose(asked, [passage('r37-8-3', named, 2), row]).abstainReason).toBeNull();
  });
});

describe('round 37: a rank is no amount', () => {
  it('GIVEN how much a plant makes asked THEN 「全国3番目となる工場」 does not answer; an amount made does', () => {
    const asked = '周南に誘致した液化水素の製造工場、年間どれくらい作ってるの？';
    const rank = '2013年には周南市が「水素利活用協議会」を設置し、全国3番目となる液化水素製造工場を誘致。';
    expect(compose(asked, [passage('r37-9-1', rank, 2)]).abstained).toBe(true);
    const made = `${rank}周南市の液化水素製造工場は年間300万立方メートルの液化水素を製造している。`;
    expect(compose(asked, [passage('r37-9-2', made, 2)]).abstainReason).toBeNull();
  });
});

describe('round 37: 「どこの地域にある」 of a body', () => {
  it('reads the body whose site 「どこの地域にある」「どのエリアにある」 asks', () => {
    expect(officeHolder('LEPsの出資でできたローカル・カタパルトって、具体的にどこの地域にあるの？')).toBe(
      'ローカル・カタパルト',
    );
    expect(officeHolder('AGITって、アーヘン市内のどのエリアにあるの？')).toBe('AGIT');
  });
  it('GIVEN where a body is asked THEN a place said of other bodies in its passage does not answer', () => {
    const asked = 'LEPsの出資でできたローカル・カタパルトって、具体的にどこの地域にあるの？';
    const text =
      'カタパルト・センターは、イギリス各地に所在する39のLEPsと協力している。シェフィールド・ビジネス・パークで成功すれば集積が進む。' +
      'また、LEPsの出資により地域のカタパルト・センター（ローカル・カタパルト）を設立する動きも出てきている。';
    expect(compose(asked, [passage('r37-10-1', text, 2)]).abstained).toBe(true);
    const sited = `${text}ローカル・カタパルトはブリストルに設立された。`;
    expect(compose(asked, [passage('r37-10-2', sited, 2)]).abstainReason).toBeNull();
  });
});

describe('round 37: the names of a stated count', () => {
  it('GIVEN all eight asked THEN a list the report cuts short (…等の国の支援機関（８機関）) does not answer', () => {
    const asked = '近畿局の「関西・共創の森」に入ってる国の支援機関8つ、全部名前挙げて';
    const cut = '「関西・共創の森」では、産総研・NEDO・中小機構等の国の支援機関（８機関）が結集し、集中支援。';
    expect(compose(asked, [passage('r37-11-1', cut, 2)]).abstained).toBe(true);
    const whole =
      '「関西・共創の森」の国の支援機関（８機関）は、産総研・NEDO・中小機構・JST・JETRO・INPIT・NICT・理研である。';
    expect(compose(asked, [passage('r37-11-2', whole, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN the others of six universities asked THEN 「大阪大学など６大学」 does not answer', () => {
    const asked = 'Kansai-3D実用化プロジェクトに入ってる6大学、阪大以外はどこ？';
    const cut = 'Kansai-3D実用化プロジェクトは、大阪大学など６大学・3Dプリンタ関連企業27社と連携している。';
    expect(compose(asked, [passage('r37-11-3', cut, 2)]).abstained).toBe(true);
  });
});

describe('round 37: a total broken down into the kinds the question names', () => {
  it('GIVEN each kind asked THEN a line listing the kinds, then the total, does not answer; counts of each do', () => {
    const asked = 'America Makesの参加142機関って、大学と企業それぞれ何機関ずつ？';
    const total =
      'America Makesは、民間企業、大学・研究機関、非営利団体等の参加が当初の65機関から142機関へと拡大した。';
    const answer = compose(asked, [passage('r37-12-1', total, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('大学・企業別の内訳');
    const each = `${total}うち大学が45機関、企業が80機関である。`;
    expect(compose(asked, [passage('r37-12-2', each, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN a kind asked in other words THEN a count beside any of its words answers (「政府の助成」: 「助成金19%」)', () => {
    const asked = 'HVMカタパルトの2014/15年度のお金の出どころ、政府の助成・民間・競争的資金でそれぞれ何%ずつだった？';
    const shares =
      'HVMカタパルトの2014/15年度の収入は、①助成金19%（28.8百万ポンド）、②民間からの収入48%（75百万ポンド）、③競争的資金33%（51.7百万ポンド）。';
    expect(compose(asked, [passage('r37-12-3', shares, 2)]).abstainReason).toBeNull();
  });
});

describe('round 37: the result of a trial or a review', () => {
  it('GIVEN the result of a trial asked THEN a line saying it began, or the result of the exchange, does not answer', () => {
    const asked = '乳がんチェッカー、スウェーデンでの臨床試験って結局どういう結果になったの？';
    const began = '「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始。';
    const exchange = '福島県とスウェーデンとの交流の結果、医療機器関連の共同開発が多数進行中。';
    const passages = [passage('r37-13-1', began, 2), passage('r37-13-2', exchange, 2)];
    expect(compose(asked, passages).abstained).toBe(true);
    const found = `${began}スウェーデンでの臨床実験の結果、乳がんチェッカーの有効性が確認された。`;
    expect(compose(asked, [passage('r37-13-3', found, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN the result of a review asked THEN a line saying the review takes place does not answer', () => {
    const asked = "it's OWLの選定2年後の中間評価、結果はどうだった？";
    const held = "it's OWLの場合には選定から2年を経過した時点で中間評価がなされ、支援継続にかかる審査が行われる。";
    expect(compose(asked, [passage('r37-13-4', held, 2)]).abstained).toBe(true);
  });
});

describe("round 37: a body's budget, the body named only as a field", () => {
  it('GIVEN 「細胞治療カタパルト」 asked, which the reports name only as a field THEN a budget of all the centres does not answer', () => {
    const asked = 'イギリスの細胞治療カタパルトって、年間予算いくらぐらい？';
    const all =
      'イギリスのTSBは、4年間で2億ポンドの予算を投じ、全国に順次カタパルト・センターを設立していく計画を発表した。';
    const fields = '高付加価値製造、細胞治療、洋上再生エネルギーの分野でカタパルト・センターが設立された。';
    expect(compose(asked, [passage('r37-14-1', `${all}\n${fields}`, 2)]).abstained).toBe(true);
    const own = `${fields}\nイギリスの細胞治療の分野のセンターの年間予算は約3千万ポンドである。`;
    expect(compose(asked, [passage('r37-14-2', own, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: why it ended, said in other words', () => {
  it('reads 「やめちゃった」「終わって」 as an ending and 「切り替わった」 as a switch; 「やめとけ」 is advice', () => {
    const quit = askedWhyEvent('昔モーター組立をやってた会社があったらしいけど、なんでやめちゃったの？');
    expect(quit?.test('2015年に活動を休止。')).toBe(true);
    expect(asksWhyEndedOrFell('なんで量産品をいきなり狙うのはやめとけって話になってるの？')).toBe(false);
    const ended = askedWhyEvent('LL事業が2006年度で終わってRIT事業に切り替わったのって、何が理由？');
    expect(ended?.test('LL事業は2006年度で終了。')).toBe(true);
    const switched = 'テキサスとの交流、07年度からRIT事業に切り替わったのってなんで？';
    expect(askedWhyEvent(switched)?.test('RIT事業へ移行')).toBe(true);
    expect(asksWhyEndedOrFell(switched)).toBe(false);
  });
  it('GIVEN why a cluster stopped asked, and only a list naming it THEN abstains: no passage says it stopped', () => {
    const asked = '環境ビジネスKANSAI（Green Cluster）がクラスター拠点としての活動をやめたのはなんで？';
    const list =
      '16 関西バイオクラスタープロジェクト 17 環境ビジネスKANSAIプロジェクトGreen Cluster 18 次世代中核産業形成プロジェクト';
    const answer = compose(asked, [passage('r38-1-1', list, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('自体が書かれておらず');
  });
});

describe('round 38: the founding date of a body named by its kind', () => {
  it("GIVEN when 「CPS推進協議会」 was founded, and a plan for it beside another body's founding THEN abstains", () => {
    const asked = 'CPS推進協議会って、実際にはいつ発足したの？';
    const plan = '次世代製造業の基盤整備に向け検討が進められている（このほかCPS推進協議会を2015年中に設立予定）。';
    const other =
      '平成12年に産学官連携による創薬を推進する組織として発足したフォーラム富山「創薬」で、研究紹介を実施。';
    const answer = compose(asked, [passage('r38-2-1', `${plan}\n${other}`, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('時期');
    const founded = `${plan}\n2016年にCPS推進協議会が発足した。`;
    expect(compose(asked, [passage('r38-2-2', founded, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: a fee', () => {
  it('reads a membership fee, a user charge and "is there a fee" as asking a fee; a budget is none', () => {
    expect(asksFee('九州地域バイオクラスター推進協議会の年会費っていくら？')).toBe(true);
    expect(asksFee('RESASって民間企業が使う場合は利用料かかるんだっけ？')).toBe(true);
    expect(asksFee('How does a company sign up for J-Bridge, and is there a fee?')).toBe(true);
    expect(asksFee("What is the annual budget of it's OWL?")).toBe(false);
    expect(asksFee('Who is in charge of the cluster?')).toBe(false);
  });
  it("GIVEN it's OWL's membership fee asked, and only its grant THEN abstains; a line giving the fee answers", () => {
    const asked = "How much is the annual membership fee for a company to join the it's OWL cluster?";
    const grant =
      "2012年にit's OWLは先端クラスター競争プログラムに選定され、5年間に40百万ユーロの補助金を受けることとなった。";
    const answer = compose(asked, [passage('r38-3-1', grant, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('fee');
    const fee = `${grant}\nit's OWLクラスターの会員企業は年会費として1社あたり5,000ユーロを負担している。`;
    expect(compose(asked, [passage('r38-3-2', fee, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 38: counts, head offices and places asked in other words', () => {
  it('GIVEN 「何駅に設置」 asked, and lines on the product with no count of stations THEN abstains', () => {
    const asked = '小松製作所とJR西日本で作った段差解消機、もう何駅に設置されてるの？';
    const made =
      '小松製作所とJR西日本で製品を共同開発。\n車両とホームの間の段差や隙間を自動で調整できる「段差解消機」を開発。';
    expect(compose(asked, [passage('r38-4-1', made, 2)]).abstained).toBe(true);
    const placed = `${made}\n段差解消機は2021年までに5駅に設置された。`;
    expect(compose(asked, [passage('r38-4-2', placed, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN which centre has the most staff, asked as 「いちばん職員が多い」, and no staff figures THEN abstains', () => {
    expect(namedFigure('HVMカタパルトの7つのセンターで、いちばん職員が多いのってどこ？')?.unit).toBe('人');
    const asked = 'HVMカタパルトの7つのセンターで、いちばん職員が多いのってどこ？';
    const centres = 'HVMカタパルトは、傘下に7つの研究所があり、素材から組み立て加工までをカバーしている。';
    expect(compose(asked, [passage('r38-4-3', centres, 2)]).abstained).toBe(true);
  });
  it('reads 「本社はどっちの都市」「本部はどの国」 as asking where the head office is', () => {
    expect(asksHeadquarters('諏訪と大連で作った合弁の貿易会社、本社はどっちの都市に置いたの？')).toBe(true);
    expect(asksHeadquarters('その団体の本部はどの国にあるの？')).toBe(true);
    expect(asksHeadquarters('本社の人はどっちの都市から来たの？')).toBe(false);
    expect(asksHeadquarters('Vitagoraの本部って、ブルゴーニュのどの街にあるの？')).toBe(true);
    expect(asksHeadquarters('In which city is the headquarters of the HVM Catapult located?')).toBe(true);
    expect(asksHeadquarters('Which city hosts the Fraunhofer institute for production technology?')).toBe(false);
  });
  it('GIVEN where in the UK a catapult is put, and lines naming only the UK THEN abstains; a city answers', () => {
    const asked = '10カ所目の医療技術（Medicines Technologies）カタパルトって、英国のどこに置かれるの？';
    expect(asksForPlace(asked)).toBe(true);
    expect(placeWithinCountry(asked, () => [])).toBe('英国');
    const founded =
      '7月には10カ所目となる医療技術（Medicines Technologies）カタパルトの設立が発表された。\nイギリスが世界をリードしている研究分野に設立される。';
    expect(compose(asked, [passage('r38-4-4', founded, 2)]).abstained).toBe(true);
    const city = `${founded}\n医療技術カタパルトはイギリスのマンチェスターに置かれる。`;
    expect(compose(asked, [passage('r38-4-5', city, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: English comparisons of two programmes', () => {
  it('reads "which … more …: A or B?" and "did … more … on A or on B?" as comparing two sides', () => {
    expect(
      asksWhichOfTwo('Which gave JETRO more funding per project: the old LL programme or the RIT programme?'),
    ).toBe(true);
    expect(asksWhichOfTwo('Did JETRO spend more per year on the LL programme or on the RIT programme?')).toBe(true);
    expect(asksWhichOfTwo('Did JETRO support the LL programme or the RIT programme?')).toBe(false);
  });
  it('GIVEN the funding of LL and RIT compared, and a figure for LL only THEN abstains naming RIT; figures of both answer', () => {
    const asked = 'Did JETRO spend more per year on the LL programme or on the RIT programme?';
    const ll = 'LL事業では、1テーマあたり年間約1,000万円の事業費をジェトロが負担した。';
    const rit = 'RIT事業は地域間の産業交流を支援する。';
    // An English side is looked for in the passage (its line may write it in katakana): one passage each.
    const answer = compose(asked, [passage('r38-5-1', ll, 2), passage('r38-5-3', rit, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('RIT programme');
    const both = [
      passage('r38-5-1', ll, 2),
      passage('r38-5-2', 'RIT事業では、1テーマあたり年間約500万円を負担した。', 2),
    ];
    expect(compose(asked, both, {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 38: what it came to in the end, when the reports give only the plan', () => {
  it('reads 「最終的にどんな制度整備につながった」 as asking whether 制度整備 came about', () => {
    expect(askedHappening('ドイツの「労働4.0」の議論、最終的にどんな制度整備につながったの？')).toBe('制度整備');
    expect(askedHappening('諏訪と大連の交流、最終的にどんな形になったの？')).toBeUndefined();
  });
  it('GIVEN 「…制度整備に繋げる予定」 only THEN abstains; a line saying it was done answers', () => {
    const asked = 'ドイツの「労働4.0」の議論、最終的にどんな制度整備につながったの？';
    const plan =
      '連邦労働社会省は「労働4.0」の議論を開始した。2016年末までに成果を発表し、制度整備に繋げる予定である。';
    const answer = compose(asked, [passage('r38-6-1', plan, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('実際に行われたか');
    const done = `${plan}\n2017年には「労働4.0」の議論を受けて労働時間に関する制度整備が行われた。`;
    expect(compose(asked, [passage('r38-6-2', done, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN whether 「CPS推進協議会」 was founded, and another 協議会 founded beside its plan THEN abstains', () => {
    const asked = '日本のCPS推進協議会って、結局2015年に設立されたの？';
    const lines = [
      'わが国においても検討が進められている（このほかCPS推進協議会を2015年中に設立予定）。',
      '民間企業と自治体からなる「大気汚染防止連絡協議会」が設立され、両者の協力が推進された。',
    ].join('\n');
    expect(compose(asked, [passage('r38-6-3', lines, 2)]).abstained).toBe(true);
  });
});

describe('round 38: a measure asked on a basis (「出荷額ベースだと」「出荷額で見ると」)', () => {
  it('reads the measure before 「ベースだと」「で見ると」 as the attribute asked', () => {
    const based = '徳島のLEDバレイ、LED関連の出荷額（売上）ベースだとどのくらい伸びたの？';
    expect(askedAttribute(based, tokenizer)?.compound).toBe('出荷額');
    const seen = '徳島のLEDバレイ、企業数じゃなくてLED関連の出荷額で見るとどれくらい伸びた？';
    expect(askedAttribute(seen, tokenizer)?.compound).toBe('出荷額');
    expect(askedAttribute('徳島のLEDバレイって、どのくらい伸びたの？', tokenizer)).toBeUndefined();
  });
});

describe('round 38: what body an abbreviation names', () => {
  it('reads 「NEXTAって、何の組織だっけ」 and "what kind of organisation is AGIT" as asking what body it is', () => {
    expect(askedBodyOf('島根のレポートに出てくるNEXTAって、何の組織だっけ？')).toBe('NEXTA');
    expect(askedBodyOf('What kind of organisation is AGIT in Aachen?')).toBe('AGIT');
    // Which body made it is another question.
    expect(askedBodyOf('RESASってどういう組織が作ったの？')).toBeUndefined();
  });
});

describe('round 38: how far apart two places are on a count', () => {
  it('reads 「島根とアーヘンで比べるとどれくらい差がある」 as comparing two sides', () => {
    expect(asksWhichOfTwo('海外企業からの投資相談の件数、島根とアーヘンで比べるとどれくらい差があるんだっけ？')).toBe(
      true,
    );
    expect(asksWhichOfTwo('島根とアーヘンの支援、どれくらい違うの？')).toBe(false);
  });
  it("GIVEN a count of cases compared, and only Shimane's THEN abstains naming アーヘン; a count of each answers", () => {
    const asked = '海外企業からの投資相談の件数、島根とアーヘンで比べるとどれくらい差があるんだっけ？';
    const shimane =
      'JETRO島根としては海外企業誘致の支援実績が乏しい。島根への海外企業による投資相談実績0件（2020年）。';
    const aachen = 'アーヘンのAGITは中国・韓国オフィスで海外企業からの投資相談に対応している。';
    const answer = compose(asked, [passage('r38-9-1', `${shimane}\n${aachen}`, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「アーヘン」');
    const both = `${shimane}\nアーヘンのAGITは2020年に海外企業から120件の投資相談を受けた。`;
    expect(compose(asked, [passage('r38-9-2', both, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: a count of what a clause says was done (「マッチングできた件数」)', () => {
  it('reads the clause before 件数 as what is counted', () => {
    const asked = 'J-Bridge経由で島根の企業が海外企業とマッチングできた件数ってどのくらい？';
    expect(countedTopic(asked)?.topic).toBe('J-Bridge経由で島根の企業が海外企業とマッチングできたの');
    expect(countedTopic('投資相談の件数ってどのくらい？')).toBeUndefined();
  });
  it("GIVEN a row whose count is another cell's (「投資相談実績0件」 beside 「…マッチングプラットフォーム運営」) THEN abstains", () => {
    const asked = 'J-Bridge経由で島根の企業が海外企業とマッチングできた件数ってどのくらい？';
    const row =
      'NRW Global Business ・オンラインマッチングプラットフォーム運営\tJETRO島根 ・J-Bridge活用促進 ・海外企業による投資相談実績0件（2020年）';
    const answer = compose(asked, [passage('r38-10-1', `調査項目\t機能\n${row}`, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('「マッチング」の数');
    const said = 'J-Bridgeを通じて、島根の企業と海外企業のマッチングが12件成立した。';
    expect(compose(asked, [passage('r38-10-2', said, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: where a body ended up', () => {
  it('reads "Where did the X … end up being located?" as asking where X is', () => {
    const asked =
      'Where did the US Clean Energy Manufacturing Innovation Institute on Smart Manufacturing end up being located?';
    expect(officeHolder(asked)).toBe('US Clean Energy Manufacturing Innovation Institute');
    expect(officeHolder('Where did the delegation go next?')).toBeUndefined();
  });
  it('reads "in which year was it founded" as dating the founding', () => {
    expect(askedWhenEvent("In which year was it's OWL Clustermanagement GmbH founded?")?.test('設立')).toBe(true);
    expect(askedWhenEvent('Which year saw the most exhibitors?')).toBeUndefined();
  });
});

describe('round 38: a figure asked with a reason after it', () => {
  it("GIVEN AGIT's budget asked, then a sentence saying why, and no budget of AGIT THEN abstains", () => {
    const asked =
      "What's AGIT's annual budget? I'd like to compare Aachen's economic development agency with what Shimane spends.";
    const described =
      'アーヘン市立の地域密着型経済開発機関であるAGITが海外企業に対して支援を提供。AGITは中国・韓国オフィスで営業活動を行う。';
    const answer = compose(asked, [passage('r38-11-1', described, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('amount');
  });
});

describe('round 38: the result of a review asked in English', () => {
  it("GIVEN whether it's OWL passed its mid-term review, and a line saying the review takes place THEN abstains", () => {
    const asked = "Did it's OWL pass its mid-term review two years after being selected, and what was the outcome?";
    const held = "it's OWLの場合には選定から2年を経過した時点で中間評価がなされ、支援継続にかかる審査が行われる。";
    const answer = compose(asked, [passage('r38-12-1', held, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('what came of it');
    const passed = `${held}\nit's OWLは中間評価の結果、支援継続が認められた。`;
    expect(compose(asked, [passage('r38-12-2', passed, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 38: a ministry asked by name', () => {
  it('reads 「国のどの省庁」「何省」 and "which ministry" as asking a ministry; only a named one answers', () => {
    expect(asksForMinistry('福島イノベーション・コースト構想って、国のどの省庁が認定したもの？')).toBe(true);
    expect(asksForMinistry('Which ministry runs the RIT programme?')).toBe(true);
    expect(asksForMinistry('どの企業が参加してるの？')).toBe(false);
    expect(namesMinistry('経済産業省と復興庁が認定した。')).toBe(true);
    expect(namesMinistry('関係省庁と福島県、市町村等が連携する。')).toBe(false);
  });
  it('GIVEN which ministry approved it, and a line naming 国 and the prefecture only THEN abstains naming 省庁', () => {
    const asked = '福島イノベーション・コースト構想って、国のどの省庁が認定したもの？';
    const line =
      '福島イノベーション・コースト構想推進機構、国、福島県、市町村等が連携し、福島イノベーション・コースト構想に取り組んでいる。';
    const answer = compose(asked, [passage('r38-13-1', line, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('省庁の名前');
    const named = `${line}\n福島イノベーション・コースト構想は復興庁が認定した。`;
    expect(compose(asked, [passage('r38-13-2', named, 2)]).abstainReason).toBeNull();
  });
});

describe('round 38: a figure per month, and the languages of a site', () => {
  it('reads 「月にどのくらい」 and "per month" as asking a monthly figure; 「何月に」 and 「月間発行物は何」 do not', () => {
    expect(asksPerMonth('V-RESASって月にどのくらい見られてるの？PV数わかる？')).toBe(true);
    expect(asksPerMonth('How many page views does V-RESAS get per month?')).toBe(true);
    expect(asksPerMonth('協議会は何月に設立されたの？')).toBe(false);
    expect(asksPerMonth('新日本出版社の月間発行物は何？')).toBe(false);
    expect(SAYS_PER_MONTH.test('『民主青年新聞』（月2刊）')).toBe(true);
  });
  it('GIVEN page views asked per month, and only a year’s THEN abstains; a monthly figure answers', () => {
    const asked = 'V-RESASって月にどのくらい見られてるの？PV数わかる？';
    const year = 'V-RESASのページビュー(PV)数は1,010万PV（2020年度）。';
    const answer = compose(asked, [passage('r38-14-1', year, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('月あたりの数値');
    const month = `${year}V-RESASは月平均で約84万PVが閲覧されている。`;
    expect(compose(asked, [passage('r38-14-2', month, 2)]).abstainReason).toBeNull();
  });
  it('reads 「何語に対応」 as asking languages; a language named answers, 「外国語版」「用語」 do not', () => {
    expect(asksLanguage('「富山のくすり」のポータルサイト、外国語版があるらしいけど何語に対応してる？')).toBe(true);
    expect(saysLanguage('ポータルサイトは英語・中国語に対応。')).toBe(true);
    expect(saysLanguage('アキアジ（アイヌ語の「アキアチップ」に由来する）')).toBe(true);
    expect(saysLanguage('外国語版のポータルサイトで専門用語を解説。')).toBe(false);
  });
});

describe('round 39: a count asked as it came about, against the target the question states', () => {
  it('reads "against its target of 50" and 「目標50社に対して」 as asking the figure reached', () => {
    expect(
      asksActualFigure("How many new companies has it's OWL actually created so far against its target of 50?"),
    ).toBe(true);
    expect(asksActualFigure('目標50社に対して、実際には何社設立されたの？')).toBe(true);
    expect(asksActualFigure('雇用の目標立ててたと思うけど、実際どれくらい新しい雇用を生んだの？')).toBe(false);
  });
  it('GIVEN a new-company count against a stated target, and only the target line THEN abstains', () => {
    const asked = "How many new companies has it's OWL actually created so far against its target of 50?";
    const target =
      "it's OWLでは、戦略目標として、5年間に8万人の雇用を維持するとともに、新規雇用1万人、新規設立企業50社、新設研究所5カ所という目標を掲げている。";
    const answer = compose(asked, [passage('r39-1-1', target, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('actual figure');
    const reached = `${target}\nit's OWLではこれまでに新規設立企業が34社に達した。`;
    expect(compose(asked, [passage('r39-1-2', reached, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 39: a count after 「いままでに」, and 「どのくらいの企業が」', () => {
  it('reads 「いままでに商談って何件」 as counting 商談, not 「いままでに商談」', () => {
    expect(countedTopic('関東経産局のOIMS、いままでに商談って何件くらい成立してる？')?.topic).toBe('商談');
    expect(countedTopic('今までに商談って何件？')?.topic).toBe('商談');
  });
  it('reads 「どのくらいの企業が登録」 as a count of companies, 「どれくらいの研究者が」 of people', () => {
    expect(askedCounter('J-Bridgeって今どのくらいの企業が登録してるんだっけ？')?.test('登録企業は120社')).toBe(true);
    expect(askedCounter('J-Bridgeって今どのくらいの企業が登録してるんだっけ？')?.test('2020年に開始')).toBe(false);
    expect(askedCounter('毎年どれくらいの研究者が外に移ってるの？')?.test('毎年800人の研究者')).toBe(true);
    // Two amounts asked: neither is the shape of the whole answer.
    expect(askedCounter('結局どれくらいの企業が集まって経済効果はどのくらいだったの？')).toBeUndefined();
  });
});

describe('round 39: English forms of a review’s outcome and a person’s name', () => {
  it('reads "the outcome of its interim evaluation" as asking what the review found', () => {
    const asked =
      "What was the outcome of it's OWL's interim evaluation two years after it was selected for the Leading-Edge Cluster Competition?";
    const held = "it's OWLの場合には選定から2年を経過した時点で中間評価がなされ、支援継続にかかる審査が行われる。";
    const answer = compose(asked, [passage('r39-3-1', held, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('what came of it');
    const passed = `${held}\nit's OWLは中間評価の結果、支援継続が認められた。`;
    expect(compose(asked, [passage('r39-3-2', passed, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
  it('reads "who was the well-known physician … I need his name" as asking a person', () => {
    expect(
      askedName('Who was the well-known physician who led the Kobe medical industry city vision? I need his name.'),
    ).toBe('person');
    expect(askedName('Which university led the vision? I need to know its name.')).not.toBe('person');
  });
});

describe('round 39: how to apply or register', () => {
  it('reads 「どうやって登録すればいい」「応募資格とか必要書類」 and "how do companies apply" as asking a procedure', () => {
    expect(asksProcedure('島根の提言に出てくるJ-Bridge、県内企業が使うにはどうやって登録すればいいの？')).toBe(true);
    expect(asksProcedure('OIMS、地域企業側がニーズに提案するのに応募資格とか必要書類ってある？')).toBe(true);
    expect(asksProcedure('How do companies apply to the RIT programme?')).toBe(true);
    expect(asksProcedure('J-Bridge、島根の会社が使いたいって言ってきたら、どこにどう申し込めばいいの？')).toBe(true);
    expect(asksProcedure('このネットワーク、どう登録して使うのが一般的なの？')).toBe(true);
    expect(asksProcedure('どう申請件数が変わったの？')).toBe(false);
    // A qualification the question states (JSQuAD) and how a case was done ask no procedure.
    expect(asksProcedure('大学で建築教育を受けた者に入会資格が与えられる会員制は何か')).toBe(false);
    expect(asksProcedure('石川と韓国テグの交流、どうやって立て直したの？')).toBe(false);
    expect(SAYS_PROCEDURE.test('オンラインマッチングプラットフォームの活用促進')).toBe(false);
    expect(SAYS_PROCEDURE.test('申請書類はウェブサイトから提出する。')).toBe(true);
  });
  it('GIVEN how to register on J-Bridge, and a line saying what it is for THEN abstains; a procedure answers', () => {
    const asked = 'J-Bridge、県内企業が使うにはどうやって登録すればいいの？';
    const line =
      'JETRO支援：J-Bridge活用促進 県内企業に対する海外企業との協業連携を実現するためのオンラインマッチングプラットフォームの活用促進。';
    const answer = compose(asked, [passage('r39-4-1', line, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('登録の方法');
    const how = `${line}\nJ-Bridgeへの登録手続きは、JETROのウェブサイトの登録フォームから行う。`;
    expect(compose(asked, [passage('r39-4-2', how, 2)]).abstainReason).toBeNull();
  });
});

describe('round 39: an English part of a stated total', () => {
  it('reads "How many of those were SMEs?", "companies versus universities" and "how many have been completed"', () => {
    expect(askedPartEn('HVM Catapult supported 1,515 companies in 2013–14. How many of those were SMEs?')).toBe('smes');
    expect(
      askedPartEn(
        "Of the 174 organisations taking part in the it's OWL cluster, how many are companies versus universities and research institutes?",
      ),
    ).toBe('companies versus universities and research institutes');
    expect(askedPartEn("Of the 46 cross-industry projects in it's OWL, how many have been completed so far?")).toBe(
      'completed',
    );
    expect(askedPartEn('How many projects has it completed?')).toBeUndefined();
  });
  it('GIVEN how many of 46 projects were completed, and the line stating the 46 THEN abstains; a count answers', () => {
    const asked = "Of the 46 cross-industry projects in it's OWL, how many have been completed so far?";
    const line =
      "it's OWLには174の企業・機関が参加して、46の業界横断的な応用研究プロジェクト（5年間で合計1億ユーロの規模）に取り組んでいる。";
    const answer = compose(asked, [passage('r39-5-1', line, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('completed');
    const done = `${line}\nこのうち、これまでに完了したプロジェクトは30件である。`;
    expect(compose(asked, [passage('r39-5-2', done, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 39: a country named as a product’s origin', () => {
  it('reads 日本酒, 中国製 and 米菓 as naming no country; 台湾で and 米国の do', () => {
    const country = newPlaceNamer('試食商談会、どこの国で開催したの？', tokenizer);
    expect(country('前菜から、マッチする日本酒まで多彩な商材を取り揃え、試食・商談会を実施。', 'country')).toBe(false);
    expect(country('中国製の部品を使った。', 'country')).toBe(false);
    expect(country('中部地域の米菓メーカー×海外小売店の商談成約に繋がった。', 'country')).toBe(false);
    expect(country('台湾で試食・商談会を開催した。', 'country')).toBe(true);
    expect(country('米国の展示会に出展した。', 'country')).toBe(true);
  });
});

describe('round 39: a definition asked in other words', () => {
  it('reads 「どういう意味」 and "what exactly is" as asking a definition, and finds the term', () => {
    expect(questionKind('ミッシング・ミドルって言葉がレポートに出てきたんだけど、どういう意味？')).toBe('definition');
    expect(questionKind("New here - what exactly is a 'Catapult Centre' in the UK?")).toBe('definition');
    expect(definedTerm('ミッシング・ミドルって言葉がレポートに出てきたんだけど、どういう意味？')).toBe(
      'ミッシング・ミドル',
    );
    expect(definedTerm("New here - what exactly is a 'Catapult Centre' in the UK?")).toBe('Catapult Centre');
    // 「…に出てくるRACIってなんのこと」: a definition, of the term without the verb before it.
    expect(definedTerm('島根のアモルファスの資料に出てくるRACIってなんのこと？')).toBe('RACI');
    expect(questionKind('島根のアモルファスの資料に出てくるRACIってなんのこと？')).toBe('definition');
    expect(definedTerm('よく使われてるRESASってなに？')).toBe('RESAS');
  });
});

describe('round 39: the end of a period is no period asked', () => {
  it('reads 「支援期間が終わったあと」 as speaking of what came after, 「支援期間は？」 as asking the period', () => {
    expect(asksForPeriod('飯塚市のLL事業って、国の支援期間が終わったあと市はどうしたんだっけ？')).toBe(false);
    expect(asksForPeriod('LL事業の支援期間は？')).toBe(true);
    expect(asksForPeriod('支援期間が何年だったか教えて')).toBe(true);
  });
});

describe('round 40: what a case, a talk or a debate came to in the end', () => {
  it('reads 「最終的にどんな商談がまとまった」「どういう結論になった」 and "what conclusions did" as asking the outcome', () => {
    expect(asksOutcome('石川と韓国テグのLL交流って、最終的にどんな商談がまとまったの？')).toBe(true);
    expect(asksOutcome('その出展で実際に商談はまとまったの？')).toBe(true);
    expect(asksOutcome('ドイツの「労働4.0」の議論って、最終的にどういう結論になったの？')).toBe(true);
    expect(asksOutcome('乳がんチェッカーって、結局EUで販売承認とれて売り出せたんだっけ？')).toBe(true);
    expect(asksOutcome("What conclusions did Germany's 'Arbeiten 4.0' dialogue eventually publish?")).toBe(true);
    // A state reached, or a count of meetings held, is no outcome asked.
    expect(asksOutcome('it’s OWLって最終的にどんな体制になったの？')).toBe(false);
    expect(asksOutcome('石川とテグの商談会って何回開いたの？')).toBe(false);
  });
  it('GIVEN the deals a case closed, and only how trust was built THEN abstains; a line saying the deals answers', () => {
    const asked = '石川と韓国テグのLL交流って、最終的にどんな商談がまとまったの？';
    const effort =
      '4. 石川－韓国テグ(デジタルコンテンツ等)《03～05年度》\n石川県側の担当者が、東京の企業に韓国の展示会出展を勧めるなど誠心誠意事業を進めて、信頼関係を次第に築くことができた。';
    const answer = compose(asked, [passage('r40-1-1', effort, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('成果や結果');
    const closed = `${effort}\nその結果、石川県の企業とテグの企業の間で2件の商談が成約した。`;
    expect(compose(asked, [passage('r40-1-2', closed, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN a sale asked, and a line giving the sale as an aim (「販売するため」) THEN abstains', () => {
    const asked = '福島の乳がんチェッカーって、結局EUで販売承認とれて売り出せたんだっけ？';
    const aim =
      '福島県のベンチャー企業の「乳がんチェッカー」をEUで販売するため、スウェーデン企業と共同で臨床実験開始。';
    const answer = compose(asked, [passage('r40-2-1', aim, 2)]);
    expect(answer.abstained).toBe(true);
    const sold = `${aim}\n乳がんチェッカーは2010年にEUで販売承認を取得し、発売された。`;
    expect(compose(asked, [passage('r40-2-2', sold, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: the share of a part', () => {
  it('reads 「そのうち医療機器が占める割合」 and 「県外から誘致してきた企業ってどのくらいの割合」 as a part', () => {
    expect(askedPart('静岡の医薬品・医療機器の生産額1.2兆円って、そのうち医療機器が占める割合どのくらい？')).toBe(
      '医療機器',
    );
    expect(
      askedPart('徳島のLEDバレイに集まったLED関連企業のうち、県外から誘致してきた企業ってどのくらいの割合？'),
    ).toBe('県外から誘致してきた企業');
    // No share, and no total: a description.
    expect(askedPart('LED関連企業のうち、どんな企業が県外から来たの？')).toBeUndefined();
  });
  it('GIVEN the share of companies brought in from outside, and only their count THEN abstains; a share answers', () => {
    const asked = '徳島のLEDバレイに集まったLED関連企業のうち、県外から誘致してきた企業ってどのくらいの割合？';
    const count = '徳島県のLEDバレイ構想により、県内LED関連企業数は10社(2005年)から150社(2019年)に増えた。';
    const answer = compose(asked, [passage('r40-3-1', count, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('の割合を示す記述');
    const share = `${count}\nLEDバレイのLED関連企業のうち、県外から誘致した企業は約3割を占める。`;
    expect(compose(asked, [passage('r40-3-2', share, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN a share of a part said by what it did, and only a count THEN abstains; its nouns find the share', () => {
    const asked = '東北大のRIPS、修了した人のうち新しい事業を始めた割合ってどのくらい？';
    const count = '東北大学のRIPSは2012年より9期にわたって開講し、卒塾生は168名にのぼる。';
    expect(compose(asked, [passage('r40-4-1', count, 2)]).abstained).toBe(true);
    const share = `${count}\n卒塾生に対するアンケート調査結果によると、卒塾後に新事業に取り組んだ者の割合は68％であった。`;
    expect(compose(asked, [passage('r40-4-2', share, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: more ways to ask how to apply', () => {
  it('reads 「どうやって参加を申し込めばいい」 and 「登録ってどういう手続きが要る」 as asking a procedure', () => {
    expect(asksProcedure('カタパルト・センターと組みたい場合、どうやって参加を申し込めばいいの？')).toBe(true);
    expect(asksProcedure('J-Bridgeを使いたい場合、登録ってどういう手続きが要るの？')).toBe(true);
    expect(asksProcedure('申し込みって何件あったの？')).toBe(false);
  });
  it('GIVEN how to join a Catapult centre, and a line saying what the centres do THEN abstains', () => {
    const asked = '日本の中小企業がイギリスのカタパルト・センターと組みたい場合、どうやって参加を申し込めばいいの？';
    const line =
      'イギリスのカタパルト・センターは、LEPs（地域企業パートナーシップ）と協力して、地域の中堅・中小企業のイノベーションの取り組みをサポートしている。';
    const answer = compose(asked, [passage('r40-5-1', line, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('申し込みや登録の方法');
  });
});

describe('round 40: two sides compared by what the question measures', () => {
  it('GIVEN which has more participating organisations, and one side given only in dollars THEN abstains', () => {
    const asked = 'Which has more participating organisations, America Makes or DMDII?';
    const americaMakes = passage(
      'r40-6-1',
      'America Makesは、民間企業、大学・研究機関、非営利団体等の参加が当初の65機関から142機関へと拡大した。',
      2,
    );
    const dmdii = 'DMDIIはイリノイ州シカゴに2014年2月に設立され、連邦政府70万ドル、その他106万ドルの資金を得ている。';
    const answer = compose(asked, [americaMakes, passage('r40-6-2', dmdii, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('DMDII');
    const counted = passage('r40-6-3', `${dmdii}\nDMDIIには約200の企業・機関が参加している。`, 2);
    expect(compose(asked, [americaMakes, counted], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
  it('GIVEN which has more page views, and one side given only its launch date THEN abstains', () => {
    const asked = 'RESASとV-RESASって、アクセス数はどっちが多いの？';
    const lines =
      'RESASのアクセス数は358万PV（2015年度）から715万PV（2019年度）に増加。\n2020年6月にV-RESASの運用を開始し、2021年3月時点で20の地域経済指標を提供。';
    const answer = compose(asked, [passage('r40-7-1', lines, 2)]);
    expect(answer.abstained).toBe(true);
    const both = `${lines}\nV-RESASのアクセス数は開始から1年で120万PVに達した。`;
    expect(compose(asked, [passage('r40-7-2', both, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: a person’s title', () => {
  it('reads 「どういう役職の人」 and "job title" as asking a title; 「肩書はいつのもの」 and 「…と訳される職名」 do not', () => {
    expect(asksTitle('LL事業の成功要因調査をまとめた大砂雅子さんって、ジェトロでどういう役職の人？')).toBe(true);
    expect(asksTitle('トンクル・キュルシュスの役職は？')).toBe(true);
    expect(asksTitle("What was Masako Osuna's job title in JETRO's Industrial Technology Department?")).toBe(true);
    expect(asksTitle('企業・団体の名称、個人の肩書はいつのものを使っていますか。')).toBe(false);
    expect(asksTitle('測量技師、調査師または調査官などと邦訳される職名は？')).toBe(false);
    expect(SAYS_TITLE.test('出島オランダ商館の館長トンクル・キュルシュス')).toBe(true);
    expect(SAYS_TITLE.test('ジェトロ 産業技術部 大砂雅子')).toBe(false);
  });
  it('GIVEN her title asked, and the cover naming only her department THEN abstains; a title answers', () => {
    const asked = 'LL事業の成功要因調査をまとめた大砂雅子さんって、ジェトロでどういう役職の人？';
    const cover =
      'LL事業の成功要因調査の結果をまとめた。\n2008年6月18日\nジェトロ 産業技術部の大砂雅子がLL事業の成功要因調査をまとめた。';
    const answer = compose(asked, [passage('r40-8-1', cover, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('役職');
    const titled = `${cover}\nLL事業の成功要因調査は、ジェトロ産業技術部の主任調査研究員である大砂雅子がまとめた。`;
    expect(compose(asked, [passage('r40-8-2', titled, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: the deciding reason a plant came to a place', () => {
  it('reads 「工場を呼び込めた決め手」「工場出したのって、決め手は」 as asking why there', () => {
    expect(asksWhySited('大分県中津市が自動車メーカーCの工場を呼び込めた決め手って何だったの？')).toBe(true);
    expect(asksWhySited('宮城の大衡村に自動車メーカーが工場出したのって、決め手は何だったの？')).toBe(true);
    expect(asksWhySited('大衡村の工場って何を作ってるの？')).toBe(false);
  });
  it('GIVEN the plant’s founding without a cause THEN abstains; a cause beside it answers', () => {
    const asked = '宮城の大衡村に自動車メーカーが工場出したのって、決め手は何だったの？';
    const founded = '宮城県大衡村には、2011年に自動車メーカーの工場が設立された。';
    const answer = compose(asked, [passage('r40-9-1', founded, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('理由');
    const why = '宮城県大衡村には、仙台港や高速道路に近接していることから、2011年に自動車メーカーの工場が設立された。';
    expect(compose(asked, [passage('r40-9-2', why, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: 「…ができたのって何年」 dates a founding', () => {
  it('reads 「センターができたのって何年」 as asking when a body was set up', () => {
    expect(askedWhenEvent('神戸医療産業都市に理研の発生・再生科学総合研究センターができたのって何年？')).toBeDefined();
    expect(askedWhenEvent('it’s OWLのクラスターマネジメント会社（GmbH）ができたのって何年だっけ？')).toBeDefined();
    // Something made possible is no founding.
    expect(askedWhenEvent('量産ができたのは何の技術のおかげ？')).toBeUndefined();
  });
  it('GIVEN when a centre was set up, and lines dating other bodies THEN abstains; its founding year answers', () => {
    const asked = '神戸医療産業都市に理研の発生・再生科学総合研究センターができたのって何年？';
    const others =
      '1998年には神戸医療産業都市構想懇談会を設置して基本構想を策定。\n1999年には産学官からなる「神戸医療産業都市構想研究会」が設立された。';
    const answer = compose(asked, [passage('r40-10-1', others, 2)]);
    expect(answer.abstained).toBe(true);
    const dated = `${others}\n2000年には理研の発生・再生科学総合研究センターが神戸医療産業都市に設置された。`;
    expect(compose(asked, [passage('r40-10-2', dated, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: a spaced table whose rows name a prefecture and a city and give two figures', () => {
  const GROWTH = [
    '製造品出荷額の増加割合(%) 従業員一人当たりの製造品出荷額の増加割合(%)',
    '',
    '岩手県 北上市 4.8% 2.9%',
    '',
    '愛媛県 四国中央市 13.2% 26.5%',
    '',
    '徳島県 阿南市 95.0% 54.6%',
  ].join('\n');

  it('reads 「岩手県 北上市 4.8% 2.9%」 as a row, not a heading', () => {
    expect(
      passageUnits(GROWTH)
        .filter((u) => u.kind === 'row')
        .map((u) => u.text),
    ).toEqual(['岩手県 北上市 4.8% 2.9%', '愛媛県 四国中央市 13.2% 26.5%', '徳島県 阿南市 95.0% 54.6%']);
  });

  it('GIVEN which of two cities grew more, with the topic before a comma THEN the rows answer', () => {
    const asked = 'NRIの報告書で、北上市と四国中央市って製造品出荷額の伸び率どっちが高い？';
    // The shelf names NRI (野村総合研究所（NRI）), the publisher of the report asked about.
    const answer = compose(asked, [passage('r40-11-1', GROWTH, 2)], {}, '野村総合研究所（NRI）');
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote)).toContain('愛媛県 四国中央市 13.2% 26.5%');
  });
});

describe('round 40: "what percentage are …" of a stated total, in English', () => {
  it('reads "Of the roughly 360 firms …, what percentage are foreign-owned?" as a share of a part', () => {
    expect(
      askedPartEn("Of the roughly 360 firms in Kobe's biomedical cluster, what percentage are foreign-owned?"),
    ).toBe('foreign-owned');
  });
  it('GIVEN the share of foreign firms, and a row of another rate THEN abstains, saying the share', () => {
    const asked = "Of the roughly 360 firms in Kobe's biomedical cluster, what percentage are foreign-owned?";
    const lines =
      '神戸医療産業都市には約360社の企業が進出している。\n兵庫県 神戸市の製造品出荷額の増加割合は29.2%であった。';
    const answer = compose(asked, [passage('r40-12-1', lines, 2)], {}, '', loadLexicon());
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('share');
  });
});

describe('round 40: answerable questions no longer refused', () => {
  it('reads 「トータルどのくらい」 as asking a sum, not an attribute called トータル', () => {
    expect(
      askedAttribute('神戸の医療産業都市、市から推進機構への財政支援ってトータルどのくらい入れてたの？', tokenizer)
        ?.compound,
    ).not.toBe('トータル');
    const asked = '神戸の医療産業都市、市から推進機構への財政支援ってトータルどのくらい入れてたの？';
    const line = '神戸市は、推進機構への財政支援（約700億円）や、推進機構へのヒトの派遣を実施し継続的な支援を実施。';
    expect(compose(asked, [passage('r40-13-1', line, 2)]).abstainReason).toBeNull();
  });
  it('GIVEN 「何団体くらい」 THEN 「174の企業・機関が参加」 counts them; a part of them is not counted so', () => {
    expect(
      askedCounter('it’s OWLって参加してる企業とか機関、何団体くらいあるの？')?.test('174の企業・機関が参加'),
    ).toBe(true);
    expect(askedCounter('参加機関のうち、大学・研究機関って何機関あるの？')?.test('174の企業・機関が参加')).toBe(false);
    const asked = 'it’s OWLって参加してる企業とか機関、何団体くらいあるの？';
    const line = 'it’s OWLには、企業や大学・研究機関、業界団体など174の企業・機関が参加している。';
    expect(compose(asked, [passage('r40-14-1', line, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: 「何人」 asking which people, 「いくらか」 asking a count or a share', () => {
  it('reads 「到来したのは何人ですか」 as answered by a people (ポルトガル人), not only a head count', () => {
    const people = askedFigure('コンゴ王国に15世紀に到来したのは何人ですか？')!;
    expect(people.pattern.test('ポルトガル人が大航海時代の15世紀に到来した')).toBe(true);
    expect(people.pattern.test('参加者は120人であった')).toBe(true);
    // A katakana word before 人 and another noun (ドイツ人研究者) is no answer to it.
    expect(people.pattern.test('ドイツ人研究者が来日した')).toBe(false);
  });
  it('reads 「感染者はいくらか」「割合はいくらか」「GDPのいくら占めている」 as asking no amount of money', () => {
    expect(askedFigure('コンゴ共和国における2007年のHIV感染者はいくらか')?.unit).not.toBe('円');
    expect(askedFigure('ラオスでの上座部仏教の割合はいくらか')?.unit).not.toBe('円');
    expect(askedFigure('サービス産業は全GDPのいくら占めているか？')?.unit).not.toBe('円');
    expect(askedFigure('年会費はいくら？')?.unit).toBe('円');
  });
  it('GIVEN which people came, and a line naming them THEN answers, where it refused for want of a head count', () => {
    const asked = 'コンゴ王国に15世紀に到来したのは何人ですか？';
    const line = 'ポルトガル人が大航海時代の15世紀に到来したとき、海岸地域はコンゴ王国の統治下にあった。';
    expect(compose(asked, [passage('r40-15-1', line, 2)]).abstainReason).toBeNull();
  });
});

describe('round 40: a signature is a person’s', () => {
  it('reads 「署名したのって誰」 and "who signed" as asking a person, not any organisation', () => {
    expect(askedName('旭川市と北海道経産局のデザイン経営の覚書、旭川側で署名したのって誰？')).toBe('person');
    expect(askedName('Who signed the design management memorandum on behalf of Asahikawa city?')).toBe('person');
    expect(askedName('覚書を結んだのって誰？')).toBe('anyone');
    // A design is a person's too (round 46).
    expect(askedName('今治タオルのブランドマーク、デザインしたのって誰だっけ？')).toBe('person');
    expect(askedName('Who designed the Imabari towel brand mark?')).toBe('person');
  });
  it('GIVEN who signed for the city, and the line saying the city signed THEN abstains', () => {
    const asked = '旭川市と北海道経産局のデザイン経営の覚書、旭川側で署名したのって誰？';
    const line =
      'ものづくり企業のデザイン力向上に向けて、旭川市と北海道経済産業局が2020年1月にデザイン経営の覚書を締結。';
    const answer = compose(asked, [passage('r40-16-1', line, 2)]);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('人物の名前');
  });
});

describe('round 41: periods', () => {
  it('reads "the maximum number of years", 「何年くらい補助が続く」「どのくらいの期間かかった」 as asking how long', () => {
    expect(
      asksDuration('What is the maximum number of years a region can receive JETRO RIT support for one theme?'),
    ).toBe(true);
    expect(asksDuration('段階投資型補助制度って、1件あたり何年くらい補助が続く想定？')).toBe(true);
    expect(asksDuration('被災した半導体工場、復旧までどのくらいの期間かかったの？')).toBe(true);
    expect(asksDuration('補助制度って何年に始まったの？')).toBe(false);
  });
  it('reads "for how many years … from its own budget" as how long, not how much money', () => {
    const asked =
      'In the LL project case of Iizuka City, for how many years did the city keep funding the initiative from its own budget after the LL project ended?';
    expect(askedFigure(asked)).toBeUndefined();
    expect(askedFigure('How much budget did the city spend?')?.unit).toBe('円');
    expect(compose(asked, [passage('r41-1-1', IIZUKA, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
  it('GIVEN the longest support a rule allows, and one case’s dates THEN abstains; a stated limit answers', () => {
    const asked = 'RIT事業って、1案件あたり最長で何年間支援してもらえるの？';
    const cases =
      '島根－米国テキサスの案件は04～06年度にLL事業、07年度はRIT事業として実施した。\nRIT事業では海外ミッション派遣などを支援。';
    expect(answerTo(asked, cases).abstainReason).toMatch(/length of time/);
    expect(answerTo(asked, `${cases}\nRIT事業の支援期間は1案件あたり最長3年間。`).abstainReason).toBeNull();
  });
  it('GIVEN the order and the length of a plan’s steps THEN no length-of-time refusal: the steps answer', () => {
    const asked = '実装のロードマップ、どの順番でどれくらいの期間で進める想定なのか全体像をつかみたい';
    const plan =
      '優先順位は①応用実証研究拠点 ②研究→量産橋渡し環境 ③研究起点 FDI支援の順で実装し、段階的にクラスター化へ展開する';
    expect(answerTo(asked, plan).abstainReason ?? '').not.toMatch(/length of time/);
  });
});

describe('round 41: what a when-question names', () => {
  const KAMEYAMA = [
    '• 2003年の総合電機メーカーの亀山工場設置に伴い、亀山市は「民間賃貸共同住宅新築促進条例」を策定。',
    '• 単身向けの部屋が4戸以上あるアパート、マンションを新築する家主の固定資産税の一部を補助することで、居住環境の整備を企図。2009年までに1,787戸が補助対象として新設された。',
    '• しかし、工場の従業員は非正規労働者が多く、単身世帯の割合が高かったため、一時は空室率が4割に至る等の問題が発生した。',
  ].join('\n');
  it('GIVEN a count that is the subject of the sentence after the one on the topic THEN that sentence counts it', () => {
    const asked = '亀山市の民間賃貸共同住宅の新築促進条例で、補助対象になった住戸って何戸くらい？';
    const answer = answerTo(asked, KAMEYAMA);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringContaining('1,787戸')]));
  });
  it('GIVEN the year a figure was reached, and a year said with another figure THEN abstains', () => {
    const asked = '亀山の単身向けアパート、空室率が4割まで行ったのって何年のこと？';
    expect(answerTo(asked, KAMEYAMA).abstained).toBe(true);
    const dated = KAMEYAMA.replace('一時は空室率が4割', '2010年には空室率が4割');
    expect(answerTo(asked, dated).abstainReason).toBeNull();
  });
  it('reads 「いつできた団体」「課を作ったのって何年」「販売っていつ始まった」 as dating an event', () => {
    expect(askedWhenEvent('諏訪大連会っていつできた団体だっけ？')).toBeDefined();
    expect(askedWhenEvent('北上市が企業立地課を作ったのって何年？')).toBeDefined();
    expect(askedWhenEvent('乳がんチェッカー、EUでの販売っていつ始まった？')).toBeDefined();
    expect(askedWhenEvent('工場で何を作ったの？いつ？')).toBeUndefined();
  });
  it('GIVEN when a section was set up, and another body’s founding in its city THEN abstains; under its title it answers', () => {
    const asked = '北上市が企業立地課を作ったのって何年？';
    const other =
      '1997年に中小企業基盤整備機構が産業業務団地（オフィスアルカディア北上）を設立。\n北上市は企業立地課を設置し、情報収集や積極的な誘致を推進。';
    expect(answerTo(asked, other).abstained).toBe(true);
    const titled =
      'いわて自動車関連産業集積促進協議会\n• 2007年、県内における自動車関連産業の集積促進に向け、産学官ネットワーク組織として設立。';
    expect(answerTo('いわて自動車関連産業集積促進協議会って、いつできた組織？', titled).abstainReason).toBeNull();
  });
});

describe('round 41: answerable questions no longer refused', () => {
  it('GIVEN who runs a cluster management written with a dot in the report THEN the person’s line answers', () => {
    const asked = 'it’s OWLのクラスターマネジメントを実際に仕切ってる人って誰？';
    const line =
      'シーメンス出身のコーダー氏がクラスター・マネジメントの実質的な責任者かつ専従役員であり、同氏のリーダーシップのもと、ルールが明確化されている。';
    const answer = compose(asked, [passage('r41-2-1', line, 2, 'r.txt', ['it’s OWL'])]);
    expect(answer.abstainReason).toBeNull();
  });
  it('reads 「いくつの分野まで増やすつもり」 as asking a plan’s figure', () => {
    const asked = 'イギリス政府って、カタパルト・センターを最終的にいくつの分野まで増やすつもりなんだっけ？';
    expect(asksTargetFigure(asked)).toBe(true);
    const line = 'イギリス政府は、カタパルト・センターの設置を進めており、2030年までに30分野に増やす計画である。';
    expect(answerTo(asked, line).abstainReason).toBeNull();
  });
  it('GIVEN 「何者くらい参加」 of companies and institutes THEN 「174の企業・機関が参加」 counts them', () => {
    const asked = 'it’s OWLって、企業とか研究機関とか合わせて何者くらい参加してるの？';
    expect(askedCounter(asked)?.test('174の企業・機関が参加')).toBe(true);
    expect(askedCounter('説明会には何者くらい来たの？')?.test('174の企業・機関が参加')).toBe(false);
  });
  it('GIVEN which of two regions had more cases after 「地域別に見ると、」 THEN the table’s rows (in 件) answer', () => {
    const asked = 'LL事業の案件数を国内地域別に見ると、九州と関東ってどっちが多かった？';
    const table = [
      '<国内地域別>',
      '[単位:件数]',
      '(地域 経済産業局)\t食品\t金属・ 機械加工\tIT産業\t総計',
      '関東\t4\t13\t8\t43',
      '中部\t1\t1\t7\t24',
      '九州\t5\t2\t12\t45',
    ].join('\n');
    const answer = answerTo(asked, table);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations.map((c) => c.quote)).toEqual(expect.arrayContaining([expect.stringMatching(/^九州/)]));
  });
});

describe('round 41: whose figure, and whether it came about', () => {
  it('GIVEN a share asked of a thing no case names, and another product’s share THEN abstains; a share of it answers', () => {
    const asked = 'アモルファス合金モーターって、いま国内のモーター市場でシェアどのくらいあるの？';
    const other =
      'アモルファス合金モーターは高効率で、用途選定が成否を左右する。\n同社は防塵マスクを製造しており、防塵マスクの国内シェアは50％近くとなっている。';
    expect(answerTo(asked, other).abstainReason).toMatch(/share of what is asked/);
    const own = `${other}\nアモルファス合金モーターの国内シェアは3％程度にとどまる。`;
    expect(answerTo(asked, own).abstainReason).toBeNull();
  });
  it('GIVEN the rank of a city, and the rank of its prefecture THEN abstains; the prefecture’s own rank answers', () => {
    const line =
      '茨城県の特許件数は25,963件（2020年11月時点）と、全国的にも高水準（全国第10位）。\n日立市、ひたちなか市、つくば市などに特許が集中している。';
    expect(answerTo('ひたちなか市の特許件数って、全国の市町村で何位くらい？', line).abstained).toBe(true);
    expect(answerTo('茨城県の特許件数って全国で何位？', line).abstainReason).toBeNull();
  });
  it('reads "the total area of the industrial park" as a size (面積), not a region', () => {
    const lookup = (word: string) => loadLexicon().lookup(word);
    const asked = 'What is the total area of the Kitakami Nanbu (北上南部) industrial park?';
    expect(askedAttributeEn(asked, lookup)?.words).toContain('面積');
    expect(askedAttributeEn('What is the main industry of the Tohoku area?', lookup)?.words ?? []).not.toContain(
      '面積',
    );
  });
  it('GIVEN whether the projected jobs came about, and only the estimate THEN abstains; jobs created answer', () => {
    const asked = 'Did the planned AMRC expansion at Sheffield actually create the projected 1,800 new jobs?';
    expect(askedHappeningEn(asked)).toEqual(['雇用']);
    const estimate =
      'AMRCは新たな施設の建設を計画しており、コンサルティング会社の試算によれば1,800の新規雇用を創出し、地元経済に72.4百万ポンドの経済効果をもたらすとしている。';
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('r41-4-1', estimate, 2)], {}, '', lexicon).abstained).toBe(true);
    const done = `${estimate}\nAMRCの新施設は2016年に開所し、これまでに1,200人の新規雇用を生み出した。`;
    expect(compose(asked, [passage('r41-4-2', done, 2)], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 41: where a body’s offices abroad are, asked in English', () => {
  it('reads "AGIT (in Aachen) runs sales offices in China and Korea — which cities" as AGIT’s offices in China', () => {
    const lookup = (word: string) => loadLexicon().lookup(word);
    for (const asked of [
      'AGIT runs sales offices in China and Korea — which cities are those offices in?',
      'AGIT in Aachen runs sales offices in China and Korea - which cities are those offices in?',
    ]) {
      expect(officeHolder(asked)).toBe('AGIT');
      expect(placeWithinCountry(asked, lookup)).toBe('中国');
    }
  });
  it('GIVEN the cities of AGIT’s offices, and lines on AGIT’s home city THEN abstains', () => {
    const asked = 'AGIT runs sales offices in China and Korea — which cities are those offices in?';
    const lines = [
      '海外都市との比較：州立の貿易・投資誘致機関であるNRW. Global Businessとアーヘン市立の地域密着型経済開発機関であるAGITが海外企業に対して重層的な支援を提供',
      'NRW Global Business ・海外オフィスにおける営業活動 AGIT ・中国・韓国オフィスでの営業活動 ・国外におけるFDI窓口機能提供\tJETRO島根 ・海外企業による投資相談実績0件（2020年）',
    ].join('\n');
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('r41-5-1', lines, 2)], {}, '', lexicon).abstained).toBe(true);
    const named = `${lines}\nAGITは中国の上海と韓国のソウルに営業オフィスを置いている。`;
    expect(compose(asked, [passage('r41-5-2', named, 2)], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 41: a count of members', () => {
  it('GIVEN how many companies belong to a body, and a count of exhibitors THEN abstains; its members counted answer', () => {
    const asked = '諏訪大連会って何社くらい加盟してるの？';
    const lines = '国内実施主体：諏訪大連会\n諏訪圏工業メッセを毎年実施（2019年の出展企業数425社・来場者数27,841人）。';
    expect(answerTo(asked, lines).abstained).toBe(true);
    expect(answerTo(asked, `${lines}\n諏訪大連会には諏訪地域の企業42社が加盟している。`).abstainReason).toBeNull();
  });
});

describe('round 41: why a reorganisation', () => {
  it('GIVEN why a plant was reorganised, and lines on the region that never say so THEN abstains, saying so', () => {
    expect(
      askedWhyEvent('北上川流域で2011年に自動車メーカーの工場再編があったのって、なぜ？')?.test('工場を再編'),
    ).toBe(true);
    expect(
      askedWhyEvent("Why was the automaker's plant in the Kitakami river basin reorganised in 2011?"),
    ).toBeDefined();
    const asked = '北上川流域で2011年に自動車メーカーの工場再編があったのって、なぜ？';
    const region =
      '1993年に自動車メーカー岩手工場が操業を開始した。\n2011年以降も、北上川流域では企業立地促進法の人材育成等支援事業を活用している。';
    const answer = answerTo(asked, region);
    expect(answer.abstained).toBe(true);
    expect(answer.text).toContain('再編');
    const why = `${region}\n2011年には、生産効率を高めるため、自動車メーカーが北上川流域の工場を再編した。`;
    expect(answerTo(asked, why).abstainReason).toBeNull();
  });
});

describe('round 41: a cause asked without なぜ', () => {
  it('reads 「きっかけって何」「何が問題だったから」「何が効いてたの」 as asking a reason, 「カタパルトって何」 as a definition', () => {
    expect(questionKind('イギリスがカタパルト・センターを作ることになったきっかけって何？')).toBe('reason');
    expect(questionKind('イギリスがカタパルト・センターを作ったのって、そもそも何が問題だったから？')).toBe('reason');
    expect(questionKind('北上の工業団地が企業誘致で強かったのって、何が効いてたの？')).toBe('reason');
    expect(questionKind('カタパルト・センターって何？')).toBe('definition');
  });
  it('GIVEN what problem led to a body, and its definition beside it THEN the problem leads', () => {
    const asked = 'イギリスがカタパルト・センターを作ったのって、そもそも何が問題だったから？';
    const lines = [
      'カタパルト・センター（Catapult Centre）とは、官民が出資する非営利のイノベーション機関であり、産学官連携のための結節点である。',
      '2010年に発表されたハウザー・レポートで、イギリスは大学における基礎研究と企業における商業化の間の橋渡し機能が不在であり、イノベーション機関のネットワークを構築する必要性が指摘された。',
    ].join('\n');
    const answer = answerTo(asked, lines);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('橋渡し機能が不在');
  });
});

describe('round 41: 「会員いくつ」 counts', () => {
  it('reads 「法人会員いくつあるんだっけ」 as asking a figure, not a list; the member count is quoted', () => {
    const asked = 'いわて自動車関連産業集積促進協議会って、法人会員いくつあるんだっけ？';
    expect(questionKind(asked)).toBe('number');
    expect(questionKind('国際産業連携のポイントっていくつある？')).toBe('list');
    const lines = [
      'いわて自動車関連産業集積促進協議会',
      '• 2005年より、「自動車関連産業集積促進補助金」の助成を開始。',
      '• 令和4年6月時点で376の法人会員からなり、岩手県を代表幹事として、有力自動車関連メーカー等が参加している。',
    ].join('\n');
    const quotes = answerTo(asked, lines).citations.map((c) => c.quote);
    expect(quotes).toEqual(expect.arrayContaining([expect.stringContaining('376の法人会員')]));
  });
});

describe('round 42: prices, costs, rates and establishments', () => {
  it('reads 「販売価格はどのくらい」「導入コストってどのくらいかかった」 as asking money, not 「料金は？」', () => {
    expect(askedFigure('房付きトマト、販売価格はどのくらい？')?.unit).toBe('円');
    expect(askedFigure('共通業務プラットフォーム、導入コストってどのくらいかかったの？')?.unit).toBe('円');
    // A fee may be 「無料」; a price named without a value word asks nothing of money.
    expect(askedFigure('What is the selling price of the bunch tomatoes?')?.unit).toBe('円');
    expect(askedFigure('オランダの高速道路の通行料金は')).toBeUndefined();
    expect(askedFigure('価格競争力ってどう高めたの？')).toBeUndefined();
  });
  it('GIVEN the price of a product, and lines on its brand without one THEN abstains; a price in yen answers', () => {
    const asked = 'うれし野アグリの房付きトマト、販売価格はどのくらい？';
    const lines = [
      'うれし野アグリを主体に、房付きトマトの大規模栽培・ブランド化に挑戦。',
      '高付加価値商品として販売できる房付きトマトのブランド化が実現。',
    ].join('\n');
    expect(answerTo(asked, lines).abstained).toBe(true);
    expect(
      answerTo(asked, `${lines}\nうれし野アグリの房付きトマトは1パック500円で販売されている。`).abstainReason,
    ).toBeNull();
  });
  it('reads 「事業所数はいくつ」 as a count of establishments, not 「事業所数に占める割合」', () => {
    expect(askedFigure('坂城町って今、事業所数はいくつぐらいあるの？')?.unit).toBe('社');
    expect(askedFigure('北上川流域で事業所数に占める誘致企業の割合って何％？')?.unit).toBe('%');
  });
  it('reads 「延滞率ってどのくらい」 as asking the rate of 延滞, which no line on the loans says', () => {
    expect(askedAttribute('MCCS付きローン、延滞率ってどのくらい？', tokenizer)).toEqual({
      compound: '延滞率',
      words: ['延滞'],
    });
    const asked = 'Global Mobility ServiceのMCCS付きローン、延滞率ってどのくらい？';
    const lines =
      'Global Mobility Serviceは、車両にMCCSを搭載し、従来の与信審査を通過できなかった事業者・個人がローンを受けることを可能に。利用者は約80％増えた。';
    expect(answerTo(asked, lines).abstained).toBe(true);
    expect(
      answerTo(asked, `${lines}\nGlobal Mobility Serviceのローンの延滞率は1％未満である。`).abstainReason,
    ).toBeNull();
  });
});

describe('round 42: how long, and people counted by nationality', () => {
  it('reads 「期間って1社あたりどのくらい」「製品化までどれくらいかかった」 as a length of time, not 「コストってどのくらいかかった」', () => {
    expect(asksDuration('専門家を企業に派遣する期間って1社あたりどのくらい？')).toBe(true);
    expect(asksDuration('はこだて未来大と組んでから、検査装置の製品化までどれくらいかかった？')).toBe(true);
    expect(asksDuration('導入コストってどのくらいかかったの？')).toBe(false);
  });
  it('GIVEN how long experts are sent per company, and lines on the centre without a period THEN abstains', () => {
    const asked = 'ダルムシュタット工科大のコンペテンスセンター、専門家を企業に派遣する期間って1社あたりどのくらい？';
    const lines =
      'ダルムシュタット工科大学のコンペテンスセンターは、専門家を中小企業に派遣して支援する。コンペテンスセンターの常勤職員は83人。';
    expect(answerTo(asked, lines).abstained).toBe(true);
    expect(
      answerTo(asked, `${lines}\nダルムシュタット工科大学のコンペテンスセンターの専門家派遣は1社あたり3か月間である。`)
        .abstainReason,
    ).toBeNull();
  });
  it('GIVEN how many people of a nationality were invited THEN only a count answers, not the nationality itself', () => {
    const asked = '富山とミラノのLL事業で、イタリア人デザイナーって何人呼んだの？';
    const figure = askedFigure(asked)!;
    expect(figure.pattern.test('イタリア人デザイナーを富山に招聘して日本を理解させた')).toBe(false);
    expect(figure.pattern.test('イタリア人デザイナー3人を富山に招聘')).toBe(true);
    // 「…先住民であった何人が混血した民族か」 asks which people.
    expect(
      askedFigure('ポルトガル人は、ケルト人、ラテン人に先住民であった何人が混血した民族であるか')?.pattern.test(
        'イベリア人',
      ),
    ).toBe(true);
    const lines =
      '富山県－イタリア・ミラノ市（工業デザイン）\nイタリア人デザイナーを富山に招聘して日本を理解させた上で、デザインの提案を受け、導入。';
    expect(answerTo(asked, lines).abstained).toBe(true);
  });
});

describe('round 42: whether a target was met', () => {
  const set =
    "it's OWLでは、戦略目標として、5年間に8万人の雇用を維持するとともに、新規雇用1万人、新規設立企業50社という目標を掲げている。";
  it('GIVEN whether a target was met in the end, and lines saying a rule pushes toward targets or one rate exceeds another THEN abstains', () => {
    const asked = "Did it's OWL ultimately hit its target of 10,000 new jobs by the end of the five-year program?";
    const lines = [
      set,
      '評価・審査がクラスター間の競争を促進し、目標を達成しようとするインセンティブ効果が生まれる。',
      "it's OWLの地域では、廃業率が開業率を上回る傾向。",
      'すでに6,500人の新規雇用、五つの新設研究所を生み出している。',
    ].join('\n');
    expect(compose(asked, [passage('t-42-1', lines, 2)], {}, '', loadLexicon()).abstained).toBe(true);
    const met = `${lines}\nit's OWLは2017年に新規雇用1万人の目標を達成した。`;
    expect(compose(asked, [passage('t-42-2', met, 2)], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
  it('GIVEN how far a target has come (「いまどこまで達成してる？」) THEN a figure reached so far answers', () => {
    const asked = "it's OWLって雇用とか新しい会社の数値目標を掲げてたよね？いまどこまで達成してる？";
    const lines = `${set}\nit's OWLは、すでに6,500人の新規雇用、五つの新設研究所を生み出している。`;
    expect(compose(asked, [passage('t-42-3', lines, 2)]).abstainReason).toBeNull();
    expect(compose(asked, [passage('t-42-4', set, 2)]).abstained).toBe(true);
  });
});

describe('round 42: a figure for a period', () => {
  it('GIVEN an amount asked for a period, and an amount for another period sharing one year THEN abstains; both years answer', () => {
    const asked =
      'What was the total budget JETRO spent on the LL (Local to Local) programme between FY1996 and FY2006?';
    const found = () => [
      passage('p-42-1', '※LL事業実施期間：1996年度～2006年度', 2),
      passage(
        'p-42-2',
        '国がR&Dプロジェクトに対する補助金・競争力拠点の運営費等（2006～2018年で計約45億ユーロ）を支出。',
        1.9,
      ),
    ];
    const lexicon = loadLexicon();
    expect(compose(asked, found(), {}, '', lexicon).abstained).toBe(true);
    const ja = 'ジェトロがLL事業に1996年度から2006年度に使った予算の総額はいくら？';
    expect(compose(ja, found()).abstained).toBe(true);
    const own = 'ジェトロのLL事業には1996年度から2006年度までの間に計約30億円の予算が充てられた。';
    expect(compose(asked, [passage('p-42-3', own, 2)], {}, '', lexicon).abstainReason).toBeNull();
    expect(compose(ja, [passage('p-42-4', own, 2)]).abstainReason).toBeNull();
  });
});

describe('round 42: a thing asked by its name', () => {
  it('reads 「展示会って何て名前？」「製品の名前は？」 as asking a thing by name', () => {
    expect(askedThing('石川県の担当者が東京の企業に出展を勧めた韓国の展示会って何て名前？')).toBe('展示会');
    expect(askedThing('その製品の名前は？')).toBe('製品');
    expect(askedThing('展示会ってどうだった？')).toBeUndefined();
  });
  it('GIVEN an exhibition asked by name, and a line saying only 「韓国の展示会」 THEN abstains; its name answers', () => {
    const asked = '石川とテグの交流で、石川県の担当者が東京の企業に出展を勧めた韓国の展示会って何て名前？';
    const lines =
      '石川県－韓国大邱広域市\nしかし石川県側の担当者が、東京の企業に韓国の展示会出展を勧めるなど誠心誠意事業を進めて、信頼関係を次第に築くことができた';
    expect(answerTo(asked, lines).abstained).toBe(true);
    const named = `${lines}\n石川県の担当者は東京の企業に大邱の展示会「国際繊維博覧会（PID）」への出展を勧めた。`;
    expect(answerTo(asked, named).abstainReason).toBeNull();
  });
});

describe('round 42: the length of an act, and by how much something improved', () => {
  it('GIVEN how long one secondment lasts, and a lease of ten years beside it THEN abstains; the secondment’s length answers', () => {
    const asked = '神戸医療産業都市で中央省庁と推進機構が人を出し合ってたやつ、1回の派遣期間って何年くらい？';
    const lines = [
      '神戸医療産業都市',
      '推進機構への財政支援（約700億円）や、推進機構へのヒトの派遣を実施し継続的な支援を実施。',
      '神戸医療産業都市では、中央省庁と推進機構が連携し、進出企業に10年間の用地無償貸与を実施。',
    ].join('\n');
    expect(answerTo(asked, lines).abstained).toBe(true);
    const own = `${lines}\n神戸医療産業都市への省庁からの派遣は1回あたり2年間である。`;
    expect(answerTo(asked, own).abstainReason).toBeNull();
  });
  it('GIVEN by how much a problem improved (「どのくらいまで改善した」), and only the problem THEN abstains; a change in figures answers', () => {
    const asked = '亀山の空室率4割の問題、その後どのくらいまで改善したの？';
    const lines =
      '亀山市では、リーマンショック等の影響を受けた雇止め等の影響で、一時は空室率が4割に至る等の問題が発生した。';
    expect(answerTo(asked, lines).abstained).toBe(true);
    const better = `${lines}\n亀山市の空室率はその後4割から1割に改善した。`;
    expect(answerTo(asked, better).abstainReason).toBeNull();
  });
});

describe('round 42: where a showroom is', () => {
  it('GIVEN where a permanent showroom is, and lines saying only that one was set up THEN abstains; its place answers', () => {
    const asked = '徳島のLEDバレイ構想で設けた常設展示場って、どこにあるの？';
    expect(asksForPlace(asked)).toBe(true);
    const lines = [
      '徳島県 LED産業',
      '【販促支援】 常設展示場設置 / 公共調達等 / 国内大規模展示会出展 等',
      '2005年、LEDを利用した光産業集積を目指す「LEDバレイ構想」を徳島県が策定。',
    ].join('\n');
    expect(answerTo(asked, lines).abstained).toBe(true);
    const placed = `${lines}\nLEDバレイ構想の常設展示場は鳴門市に設けられた。`;
    expect(answerTo(asked, placed).abstainReason).toBeNull();
  });
});

describe('round 42: when a character was born', () => {
  it('GIVEN when a mascot was born, and lines using it THEN abstains; its birth dated answers', () => {
    const asked = '富山のくすりのキャラ「くすりん」って、いつ誕生したんだっけ？';
    expect(askedWhenEvent(asked)?.test('くすりんは2000年に誕生した')).toBe(true);
    expect(askedWhenEvent('When was the mascot Kusurin born?')?.test('くすりんは2000年に誕生した')).toBe(true);
    // Question words listed in a clause quote a question: 「いつ、どこで、いかにして誕生したのか」 asks no date.
    expect(askedWhenEvent('生命は、いつ、どこで、いかにして誕生したのかという過程は何？')).toBeUndefined();
    const lines =
      '富山県 医薬品産業\n団体商標「富山のくすり」のシンボルマークや、イメージキャラクター「くすりん」を活用したＰＲ活動を2010年から推進。';
    expect(answerTo(asked, lines).abstained).toBe(true);
    expect(answerTo(asked, `${lines}\nイメージキャラクター「くすりん」は2008年に誕生した。`).abstainReason).toBeNull();
  });
});

describe('round 42: a period asked by its two ends', () => {
  it('GIVEN 「いつからいつまでの期間でやってたの」, and lines describing the study THEN abstains; its dates answer', () => {
    const asked = '地域経済・産業立地政策の調査って、いつからいつまでの期間でやってたの？';
    const lines = [
      '本事業（調査）は、経済産業省が主催する有識者会議等への論点提起も念頭に、地域経済が直面する課題を整理する。',
      'インタビュー（北上川流域地域の関係者、神戸市の発展に関わる関係者等）の実施により情報整理・分析を行う。',
    ].join('\n');
    expect(answerTo(asked, lines).abstained).toBe(true);
    const dated = `${lines}\n本調査の実施期間は2021年10月～2022年3月である。`;
    expect(answerTo(asked, dated).abstainReason).toBeNull();
    // A period named in a question that asks something else (「資源持続期間を表示することが多いのは？」) is no period asked.
    const other = 'R/Pよりピーク理論で事実上の資源持続期間を表示することが多いのは？';
    const oil =
      '石油\nこのようなR/Pの指標としての欠陥から、最近はR/Pよりピーク理論で事実上の資源持続期間を表示することが多い。';
    expect(answerTo(other, oil).abstainReason).toBeNull();
  });
});

describe('round 42: for how many years money was given', () => {
  it('reads 「何年くらい自前で予算つけてたの」 as how long, not how much (nor 「何年度に予算がついたの」)', () => {
    const asked = '飯塚市ってLL事業が終わったあと、何年くらい自前で予算つけてたの？';
    expect(asksDuration(asked)).toBe(true);
    expect(askedFigure(asked)).toBeUndefined();
    expect(asksDuration('何年度に予算がついたの？')).toBe(false);
    expect(answerTo(asked, IIZUKA).abstainReason).toBeNull();
  });
});

describe('round 42: a share of a stated total, asked first', () => {
  it('GIVEN "what share of the 174 organisations … are SMEs", and lines saying many are SMEs THEN abstains; a share answers', () => {
    const asked = "What share of the 174 organisations taking part in it's OWL are SMEs?";
    const lines = [
      '同クラスターには、企業や大学・研究機関など174の企業・機関が参加している。',
      "it's OWLの企業の多くは中堅・中小企業であり、インダストリー4.0関連の技術に強い関心を持っている。",
    ].join('\n');
    const lexicon = loadLexicon();
    expect(compose(asked, [passage('s-42-1', lines, 2)], {}, '', lexicon).abstained).toBe(true);
    const share = `${lines}\n174の企業・機関のうち中小企業が60%を占める。`;
    expect(compose(asked, [passage('s-42-2', share, 2)], {}, '', lexicon).abstainReason).toBeNull();
    expect(askedPartEn(asked)).toBe('smes');
  });
});

describe('round 43: whether a forecast came true, or a use began', () => {
  it('GIVEN a one-kanji verb (生まれた) THEN the act keeps its kana, or is its Sino-Japanese word; a verb that began (使われ始めてる) is an act too', () => {
    // 生 alone is in 生産, 学生: not the act.
    expect(askedHappening('シェフィールドのAMRCの新施設、試算の1,800人分の雇用って実際に生まれたの？')).toEqual([
      '生まれ',
      '誕生',
      '創出',
    ]);
    expect(askedHappening('段差解消機って、もう実際の駅で使われ始めてるの？')).toContain('使われ');
    expect(askedHappening('段差解消機って、もう実際の駅で使われ始めてるの？')).toContain('導入');
    expect(askedHappening('もう販売し始めてるの？')).toBe('販売');
    // Two kanji need no kana.
    expect(askedHappening('島根版のNRW Global Connectって、結局もう立ち上がったの？')).toBe('立ち上');
  });
});

describe('round 43: where a body was set up', () => {
  it('GIVEN 「…って、どこの都市に置かれたの」 THEN the body named is the holder; 「イギリスのどこに置かれた」 asks a place', () => {
    expect(officeHolder('10カ所目の医療技術カタパルトって、どこの都市に置かれたの？')).toBe('医療技術カタパルト');
    expect(asksForPlace('10カ所目の医療技術カタパルトって、イギリスのどこに置かれたの？')).toBe(true);
    // 「アメリカのどこにある機関」 asks a site too (round 54), which 「オハイオ州ヤングスタウン」 gives in a
    // passage on the country (see 'round 54: a site within a country or a city').
    expect(asksForPlace('America Makesってアメリカのどこにある機関？')).toBe(true);
  });
});

describe('round 43: how large the difference between two is', () => {
  it('GIVEN 「AとBで…どのくらい差があるの」 THEN it compares two; 「差がある理由」 does not', () => {
    expect(asksWhichOfTwo('アーヘン側と島根で、これまでの外資系企業の誘致件数ってどのくらい差があるの？')).toBe(true);
    expect(asksWhichOfTwo('外資系企業の進出件数で比べると、アーヘンと島根ってどのくらい差があるの？')).toBe(true);
    expect(asksWhichOfTwo('地域によって成果に差があるのはなぜ？')).toBe(false);
    expect(asksWhichOfTwo('カタパルトの平均在職期間って、フラウンホーファーの7年と比べて長いの？短いの？')).toBe(true);
    expect(asksWhichOfTwo('フラウンホーファーと比べて何が違うの？')).toBe(false);
  });
});

describe('round 43: a market’s future size', () => {
  it('GIVEN 「市場規模って、将来どのくらい」「世界市場って、将来どのくらいの規模」 THEN an amount of money is asked', () => {
    expect(askedFigure('アモルファス合金の市場規模って、将来どのくらいになる見込み？')?.unit).toBe('円');
    expect(askedFigure('アモルファスモーターの世界市場って、将来どのくらいの規模になるって見立てだっけ？')?.unit).toBe(
      '円',
    );
    // A market's share or its growth is no amount.
    expect(askedFigure('世界市場でのシェアってどのくらい？')).toBeUndefined();
  });
});

describe('a count asked by いくつの and sites counted nationwide (round 45)', () => {
  it('GIVEN 「いくつの駅に入ったの」 THEN that noun counted answers (3駅, 「100前後の村」, 「3つのどの通貨」), not any figure', () => {
    const stations = askedCounter('段差解消機って、結局いくつの駅に入ったの？')!;
    expect(stations.test('3駅に設置された')).toBe(true);
    expect(stations.test('2つの駅で実証')).toBe(true);
    expect(stations.test('2019年に採択')).toBe(false);
    expect(askedCounter('いくつの村がある？')!.test('100前後の村から成る')).toBe(true);
    expect(askedCounter('いくつの通貨で払える？')!.test('この3つのどの通貨でも支払いができる')).toBe(true);
    expect(askedCounter('いくつの国と連携してるの？')!.test('26カ国の企業')).toBe(true);
    // The items of a list are answered by the list.
    expect(askedCounter('産業集積っていくつのタイプに分けてたっけ？')).toBeUndefined();
  });

  it('GIVEN 「拠点って、全国でいくつある」 THEN sites are counted (12カ所, 26の拠点)', () => {
    const sites = askedCounter('Mittelstand-Digitalの拠点って、全国でいくつあるの？')!;
    expect(sites.test('全国26カ所に設置')).toBe(true);
    expect(sites.test('2013年12月のEU議会決定')).toBe(false);
  });
});

describe('a post taken and a running cost asked (round 45)', () => {
  it('GIVEN 「いつからその役に就いてるの」 and only the body founded dated THEN abstains; the date of taking the post answers', () => {
    const asked = '北斗クラスターの運営を仕切ってるシーメンス出身の人、いつからその役に就いてるの？';
    expect(askedWhenEvent(asked)?.test('2014年に責任者に就任')).toBe(true);
    const founded = [
      '2004年に商工会議所を中心に、北斗クラスターの運営を担う非営利団体が設立された。',
      'シーメンス出身のコーダー氏がクラスター運営の実質的な責任者である。',
    ].join('\n');
    expect(compose(asked, [passage('o-1-1', founded, 2)]).abstainReason).toMatch(/dates the event/);
    const took = `${founded}\nコーダー氏は2011年に北斗クラスターの運営の責任者に就任した。`;
    expect(compose(asked, [passage('o-1-2', took, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN 「年間の運営費いくら」 and only a subsidy won THEN abstains; a running cost answers', () => {
    const asked = '北斗クラスターの運営会社って、年間の運営費いくらくらい？';
    const subsidy = '2012年に北斗クラスターの運営会社は5年間に40百万ユーロの補助金を受けた。';
    expect(compose(asked, [passage('o-2-1', subsidy, 2)]).abstained).toBe(true);
    const cost = `${subsidy}\n北斗クラスターの運営会社の年間の運営費は約300万ユーロである。`;
    expect(compose(asked, [passage('o-2-2', cost, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN 「資本金っていくら」 and a subsidy and a share of the capital THEN abstains; the capital answers', () => {
    const asked = '北斗クラスターの運営会社の資本金っていくら？';
    const others = [
      '2012年に北斗クラスターの運営会社は5年間に40百万ユーロの補助金を受けた。',
      '北斗クラスターの運営会社は、協会と州政府がそれぞれ50%ずつ出資して設立された。',
    ].join('\n');
    expect(compose(asked, [passage('o-2-3', others, 2)]).abstained).toBe(true);
    const capital = `${others}\n北斗クラスターの運営会社の資本金は10万ユーロである。`;
    expect(compose(asked, [passage('o-2-4', capital, 2)]).abstainReason).toBeNull();
  });
});

describe('the reports’ words for what a question measures, and names it clips (round 47)', () => {
  it('GIVEN 「効率どのくらい上がった」「スポンサー企業はいくら」「参加してる組織」 THEN 生産性, 協賛企業 and 機関 say it', () => {
    // [question, the passage that answers it in the report's words]
    const asked: [string, string][] = [
      [
        '会津若松で中小企業向けに業務の共通基盤を入れた話、効率どのくらい上がったって言ってた？',
        '会津若松では、自治体・商工会議所などが連携した中小企業向け共通業務プラットフォームの導入により、生産性が最大27％向上。',
      ],
      [
        '広島で留学生を育てて県内企業で採る事業、スポンサー企業は毎年いくら負担するの？',
        '広島県の留学生の育成事業では、協賛企業は年30万円を出資し、留学生を採用した場合は別途50万円/人を負担する。',
      ],
      [
        'オハイオの3Dプリンタ系の製造イノベーション機関、参加してる組織ってどれくらいに増えた？',
        'オハイオ州ヤングスタウンの「America Makes」は、民間企業、大学・研究機関、非営利団体等の参加が当初の65機関から142機関へと拡大した。',
      ],
    ];
    asked.forEach(([question, text], i) => {
      expect(compose(question, [passage(`e-${i + 1}`, text, 2)]).abstainReason, question).toBeNull();
    });
  });

  it('GIVEN 「クラスターコンペ」, a clipping of 「クラスターコンペティション」 THEN it names no case the passages must write', () => {
    // A shelf of 44,000 characters, on which a word written once is rare.
    const filler = '地域の産業政策を記す。'.repeat(4000);
    const shelf = normalizeForIndex(`国家主導型の政策：先端クラスターコンペティション${filler}`);
    expect(questionNames('国のクラスターコンペで選ばれたとき、補助っていくら出たの？', tokenizer, shelf)).toEqual([]);
    // A name the shelf writes as a word of its own still is one.
    expect(
      questionNames(
        '国のクラスターコンペで選ばれたとき、補助っていくら出たの？',
        tokenizer,
        `クラスターコンペ。${shelf}`,
      ),
    ).toEqual(['クラスターコンペ']);
    const owl =
      '2012年にit’s OWLは連邦教育研究省の「先端クラスター競争プログラム」に選定され、5年間に40百万ユーロの補助金を受けることとなった。';
    const answer = compose(
      'it’s OWLが国のクラスターコンペで選ばれたとき、連邦からの補助っていくら出たの？',
      [passage('e-4', owl, 2)],
      {},
      `ドイツのクラスター政策：先端クラスターコンペティション${filler}`,
    );
    expect(answer.abstainReason).toBeNull();
  });

  it('GIVEN an amount written with the sign first (€2.1億) THEN it is an amount of money', () => {
    const asked = askedFigure('Vitagora、研究開発にいくら入れて売上はどれくらい出たって書いてある？')!;
    expect(asked.pattern.test('€2.1億のR&D投資から、€9.0億の売上を計上')).toBe(true);
    expect(asked.pattern.test('R&D投資から売上を計上(2016年)')).toBe(false);
  });

  it('GIVEN 「つくば市」 THEN the city is a name though written in hiragana; 「ひろしまイノベーション…」 is not a place', () => {
    const shelf = normalizeForIndex('つくば市産業戦略会議 ひろしまイノベーション推進機構');
    expect(questionNames('つくば市の産業戦略会議って、年に何回開いてるの？', tokenizer, shelf)).toEqual(['つくば']);
    expect(questionNames('ひろしまイノベーション推進機構の投資先は？', tokenizer, shelf)).not.toContain('ひろしま');
  });
});

describe('the case a company is asked of, and a value of shipments (round 47)', () => {
  it('GIVEN 「三重県が手を組んだ電機メーカー」 and only 「総合電機メーカー」 on the case THEN abstains; 「三重工業」 on another plant is not of the case', () => {
    const mie = [
      '2000年、三重県知事と総合電機メーカーが会談し、同地域において液晶産業の集積を図ることで同意。',
      '1991年 多気町 総合電機メーカー 三重工業',
    ].join('\n');
    const answer = compose('三重県が2000年に液晶の集積で手を組んだ電機メーカーって、具体的にどこ？', [
      passage('m-1', mie, 2),
    ]);
    expect(answer.abstainReason).toMatch(/describe 「電機メーカー」 but name no organisation/);
  });

  it('GIVEN a town and its prefecture THEN a company named beside the prefecture alone is not the town’s', () => {
    const town = '埼玉県 寄居町 自動車メーカーA';
    const prefecture = '埼玉県北部では、北斗自動車工業株式会社の工場を核に部品企業が集積した。';
    const asked = '埼玉の寄居町に来た自動車メーカーって、どこの会社？';
    expect(compose(asked, [passage('y-1', town, 2), passage('y-2', prefecture, 1)]).abstained).toBe(true);
    // Named beside the town, it answers.
    const named = '埼玉県寄居町には、北斗自動車工業株式会社の工場が進出した。';
    expect(compose(asked, [passage('y-3', named, 2)]).abstainReason).toBeNull();
  });

  it('GIVEN 「製造品出荷額って、2020年だとどれくらい」 THEN an amount is asked; 「どのくらい差がついた」 is not', () => {
    expect(askedFigure('北上市の製造品出荷額って、2020年だとどれくらい？')?.unit).toBe('円');
    expect(askedFigure('販売額はいくら？')?.unit).toBe('円');
    expect(askedFigure('製紙・パルプの出荷額って、全国と愛媛でどのくらい差がついた？')).toBeUndefined();
    expect(askedFigure('製造品出荷額はどれくらい伸びた？')).toBeUndefined();
  });
});

describe('a part of the members counted in English (round 47)', () => {
  it('GIVEN "how many are SMEs" THEN SMEs are what is counted, and a count of all members does not answer', () => {
    expect(countedKindEn('Of the organisations taking part in it’s OWL, how many are SMEs?')).toBe('smes');
    expect(countedKindEn('How many companies take part in it’s OWL?')).toBeUndefined();
    // As a share: "what percentage of … are SMEs", answered by a share said of SMEs, not 「50%ずつ出資」.
    expect(countedKindEn('What percentage of it’s OWL’s member organisations are SMEs?')).toBe('smes');
    const owned = '北斗クラスターの運営会社は、北斗クラスター協会と州政府がそれぞれ50%ずつ出資して設立された。';
    expect(
      compose('What percentage of the Hokuto cluster’s member organisations are SMEs?', [passage('s-2', owned, 2)])
        .abstained,
    ).toBe(true);
    const members = '北斗クラスターには、企業や大学・研究機関など174の企業・機関が参加している。';
    expect(
      compose('Of the organisations taking part in the Hokuto cluster, how many are SMEs?', [
        passage('s-1', members, 2),
      ]).abstained,
    ).toBe(true);
  });
});

describe('a device installed where it is used (round 47)', () => {
  it('GIVEN 「実際に駅に入ったのっていつ」 THEN the date of the installing is asked; a year of the development does not answer', () => {
    const asked = '北斗電機とJR西日本が作った段差をなくす装置、実際に駅に入ったのっていつ？';
    expect(askedWhenEvent(asked)?.test('2019年に3駅に設置された')).toBe(true);
    const developed = '2017年、北斗電機とJR西日本は、段差をなくす装置を共同開発した。装置は駅のホームに設置された。';
    expect(compose(asked, [passage('d-1', developed, 2)]).abstainReason).toMatch(/dates the event/);
    // 「会社に入った」 is someone joining it, no installing.
    expect(askedWhenEvent('その人が会社に入ったのっていつ？')).toBeUndefined();
  });
});

describe('how well something sold (round 47)', () => {
  it('GIVEN 「その後EUでどれくらい売れたの」 and only the aim to sell THEN abstains; a sentence on its sales answers', () => {
    const asked = '福島で臨床試験やってたチェッカー、その後EUでどれくらい売れたの？';
    expect(asksOutcome(asked)).toBe(true);
    const aim =
      '福島県の大学発ベンチャーが開発したチェッカーをEUで販売するため、スウェーデン企業と共同で臨床実験開始。';
    expect(compose(asked, [passage('c-1', aim, 2)]).abstainReason).toMatch(/what came of it/);
    const sold = `${aim}\n福島県のチェッカーはEUで販売され、初年度に500台を受注した。`;
    expect(compose(asked, [passage('c-2', sold, 2)]).abstainReason).toBeNull();
  });
});

describe('what a programme does, asked of it (round 47)', () => {
  it('GIVEN 「LL事業って、ざっくり何をする事業だったんですか」 THEN what it is (its definition) is asked', () => {
    const asked = '新人です。昔の資料によく出てくる「LL事業」って、ざっくり何をする事業だったんですか？';
    expect(questionKind(asked)).toBe('definition');
    expect(definedTerm(asked)).toBe('LL事業');
    expect(questionKind('it’s OWLって何をする組織なの？')).toBe('definition');
    // What was done with it is no definition.
    expect(questionKind('LL事業って、何をする事業に予算をつけたの？')).not.toBe('definition');
  });
});

describe('the two things a question compares (round 47)', () => {
  it('GIVEN 「AとBって、…どれくらい違うの」 THEN A and B, each by its last word', () => {
    expect(comparedPair('ドイツのフラウンホーファーと日本の産総研って、規模はどれくらい違うの？')).toEqual([
      'フラウンホーファー',
      '産総研',
    ]);
    expect(comparedPair('海外企業の誘致件数で比べると、アーヘン側と島根側でどれくらい差があるの？')).toEqual([
      'アーヘン',
      '島根',
    ]);
    expect(comparedPair('北上と四日市の工業団地で、面積はどっちが広い？')).toEqual(['北上', '四日市']);
    expect(comparedPair('it’s OWLとAllianz Industrie 4.0、参加企業数はどっちが多い？')).toEqual([
      'it’s OWL',
      'Allianz Industrie 4.0',
    ]);
    // No comparison, or a verb's と: no pair.
    expect(comparedPair('フラウンホーファーと産総研の共同研究の成果は？')).toBeUndefined();
    expect(comparedPair('地図で見ると、違いがわかる？')).toBeUndefined();
  });
});

describe('what a case led to (round 47)', () => {
  it('GIVEN 「最終的にどんな成果につながったの」 THEN what came of it is asked, no act that must be said as done', () => {
    expect(askedHappening('飯塚市のLL事業って、最終的にどんな成果につながったの？')).toBeUndefined();
    expect(asksOutcome('飯塚市のLL事業って、最終的にどんな成果につながったの？')).toBe(true);
    // A named act still is one.
    expect(askedHappening('労働4.0の議論、最終的にどんな制度整備につながったの？')).toBe('制度整備');
    const iizuka = [
      '飯塚市の例:',
      '市の産業政策の柱としてIT産業育成をかけ、LL事業を実施し、終了後も5年間で独自の予算を手当てした。',
      'これにより、共同研究した試作品を商品化することに成功。',
    ].join('\n');
    expect(
      compose('飯塚市のLL事業って、最終的にどんな成果につながったの？', [passage('o-1', iizuka, 2)]).abstainReason,
    ).toBeNull();
  });
});

describe('a place named with "-area" (round 47)', () => {
  it('GIVEN "How big was the Suwa-area trade fair … in exhibitors and visitors" THEN no area is asked: the counts answer', () => {
    const fair = '「諏訪圏工業メッセ」を毎年実施（2019年の出展企業数425社・来場者数27,841人）。';
    const answer = compose(
      'How big was the Suwa-area manufacturing trade fair in 2019, in terms of exhibitors and visitors?',
      [passage('f-1', fair, 2)],
      {},
      '',
      loadLexicon(),
    );
    expect(answer.abstainReason).toBeNull();
    expect(answer.text).toContain('425');
  });
});

describe('sides compared after the measure (round 47)', () => {
  it('GIVEN 「誘致件数で比べると、AとBでどれくらい差がある」 and a count of B only THEN abstains, naming A', () => {
    const shimane = 'JETRO島根としては海外企業誘致の支援実績が乏しい。海外企業による投資相談実績0件（2020年）。';
    const aachen = 'アーヘン市立の地域経済開発機関であるAGITは、海外企業に対して支援を提供している。';
    const answer = compose('海外企業の誘致件数で比べると、アーヘン側と島根側でどれくらい差があるの？', [
      passage('s-1', shimane, 2),
      passage('s-2', aachen, 1),
    ]);
    expect(answer.abstainReason).toMatch(/no passage gives a figure of アーヘン/);
  });
});

describe('one thing set against another by degree (round 47)', () => {
  it('GIVEN 「V-RESASってRESASと比べてどれくらい見られてるの」 and page views of RESAS only THEN abstains', () => {
    const resas = 'RESASのページビュー数は2020年度に715万PVとなった。V-RESASは2020年6月に公開された。';
    const asked = 'V-RESASって本家のRESASと比べてどれくらい見られてるの？アクセス数を比べたい';
    expect(compose(asked, [passage('v-1', resas, 2)]).abstainReason).toMatch(/no passage gives a figure of V-RESAS/);
    const both = `${resas}\\nV-RESASのページビュー数は2020年度に120万PVであった。`;
    expect(compose(asked, [passage('v-2', both, 2)]).abstainReason).toBeNull();
  });
});

describe('a post taken, and whether a product went on sale (round 47, second half)', () => {
  it('GIVEN 「責任者になったのっていつ」 THEN the taking of the post is dated, not any 「…となった」', () => {
    const asked = '北斗クラスターのコーダーさんが運営の責任者になったのっていつ？';
    const event = askedWhenEvent(asked)!;
    expect(event.test('2011年にクラスター運営の責任者になった')).toBe(true);
    expect(event.test('書記長（後に委員長）となり')).toBe(true);
    expect(event.test('2012年に選定され、補助金を受けることとなった')).toBe(false);
    const selected = [
      '2012年に北斗クラスターは連邦のプログラムに選定され、補助金を受けることとなった。',
      'コーダー氏が北斗クラスターの運営の責任者である。',
    ].join('\n');
    expect(compose(asked, [passage('k-1', selected, 2)]).abstainReason).toMatch(/dates the event/);
  });

  it('GIVEN 「その後ヨーロッパで売り出せたの」 and only the aim to sell and other news of the case THEN abstains', () => {
    const asked = '福島のチェッカーの件、その後ヨーロッパで売り出せたんだっけ？';
    const news = [
      '福島県の大学発ベンチャーが開発したチェッカーをEUで販売するため、スウェーデン企業と共同で臨床実験開始。',
      '福島県とスウェーデンとの交流の結果、医療機器関連の共同開発が多数進行中。',
    ].join('\n');
    expect(compose(asked, [passage('k-2', news, 2)]).abstainReason).toMatch(/what came of it/);
    const sold = `${news}\n福島県のチェッカーは2010年にEUで発売され、販売が始まった。`;
    expect(compose(asked, [passage('k-3', sold, 2)]).abstainReason).toBeNull();
  });
});

describe('companies described by their role (round 47, second half)', () => {
  it('GIVEN 「地元のサプライヤーって、具体的にどこの会社」 and a line counting them without names THEN abstains', () => {
    const council = [
      '北斗自動車株式会社・北斗大学・北斗県などによる産学官連携組織として、「北斗自動車産学官連携推進会議」を設立。',
      '地域のサプライヤーを含む33団体が推進会議に参加。',
    ].join('\n');
    const answer = compose('北斗自動車産学官連携推進会議に入ってる地元のサプライヤーって、具体的にどこの会社？', [
      passage('p-1', council, 2),
    ]);
    expect(answer.abstainReason).toMatch(/describe 「サプライヤー」 but name no organisation/);
  });
});

describe('a year between what is measured and how much (round 47, second half)', () => {
  it('GIVEN 「閲覧数って、2020年度はどのくらい」「アクセス数、2020年度は」 THEN the attribute is before the year', () => {
    expect(askedAttribute('RESASの閲覧数って、2020年度はどのくらいだった？', tokenizer)?.compound).toBe('閲覧数');
    expect(askedAttribute('RESASのアクセス数、2020年度はどれくらいだった？', tokenizer)?.compound).toBe('アクセス数');
    expect(askedAttribute('会員数って2019年はどのくらい？', tokenizer)?.compound).toBe('会員数');
    // A year alone measures nothing.
    expect(askedAttribute('2020年度はどのくらい？', tokenizer)).toBeUndefined();
  });
});

describe('a yield asked (round 47, second half)', () => {
  it('GIVEN 「投資リターン（利回り）ってどれくらい」 THEN a share in percent is asked, which a fund’s size does not give', () => {
    const asked = '北斗ファンド、投資リターン（利回り）ってどれくらい出てるの？';
    expect(askedFigure(asked)?.unit).toBe('%');
    expect(askedFigure('利回りってどのくらい？')?.unit).toBe('%');
    const fund = '2020年には北斗ファンド(76億円)を設立し、県内企業に投資している。';
    expect(compose(asked, [passage('y-1', fund, 2)]).abstained).toBe(true);
  });
});

describe('jobs counted without 人 (round 47, second half)', () => {
  it('GIVEN "How many new jobs is it expected to create?" THEN 「1,800の新規雇用」 counts them', () => {
    const jobs = askedCount('How many new jobs is it expected to create?')!;
    expect(jobs.test('試算によれば1,800の新規雇用を創出し')).toBe(true);
    expect(jobs.test('従業員は120人')).toBe(true);
    expect(jobs.test('2001年に設立')).toBe(false);
    // Staff are counted in people still.
    expect(askedCount('How many staff does it have?')!.test('1,800の新規雇用')).toBe(false);
  });
});

describe('near misses of rounds 204–208 (round 48)', () => {
  it('GIVEN 「自社」「上市」, which kuromoji files as names THEN they name no company or person', () => {
    const company = newEntityNamer('北上で1993年に工場を動かし始めた自動車メーカーってどこ？', tokenizer);
    expect(
      company('自社のみで困難な次世代技術へのキャッチアップの点で、産学官一体での機会提供は有用。', 'company', true),
    ).toBe(false);
    expect(company('2005年には自動車メーカーとマツダが協定を結ぶ。', 'company', true)).toBe(true);
    const person = newEntityNamer('Who was the doctor who drove the Kobe concept? 神戸', tokenizer);
    expect(person('医療機器事業化支援事業によって、55の製品が上市。', 'person', true)).toBe(false);
    expect(person('病院長の井村裕夫氏が座長を務めた。', 'person', true)).toBe(true);
  });

  it('GIVEN the company asked is written unnamed (「自動車メーカー 岩手工場」) and a line says 自社 THEN it abstains', () => {
    const asked = '北上で1993年に工場を動かし始めた自動車メーカーってどこ？';
    const text = [
      '1993年に自動車メーカー 岩手工場が操業を開始したものの、以後10年間、県による自動車振興に特化した施策は見当たらなかった。',
      '技術開発における自動車メーカーとの接点確保、及び自社のみで困難な次世代技術へのキャッチアップの点で、産学官一体での機会提供は有用。',
    ].join('\n');
    const none = compose(asked, [passage('r48-1', text, 2, 'r.txt', ['北上市 輸送用機器'])]);
    expect(none.abstained).toBe(true);
    const named = text.replace('自動車メーカー 岩手工場', '自動車メーカーのトヨタ自動車東日本 岩手工場');
    expect(compose(asked, [passage('r48-2', named, 2, 'r.txt', ['北上市 輸送用機器'])]).abstained).toBe(false);
  });

  it('GIVEN 「社長って誰がなったの」 THEN a person is asked', () => {
    expect(askedName('ひろしまイノベーション推進機構の最初の社長って誰がなったの？')).toBe('person');
    expect(askedName('委員長って誰が選ばれたの？')).toBe('person');
    expect(askedName('誰がなったら困るの？')).not.toBe('person');
  });

  it('GIVEN "how many are small and mid-sized companies" THEN SMEs are the kind counted', () => {
    expect(countedKindEn('Of the 174 organisations taking part, how many are small and mid-sized companies?')).toBe(
      'smes',
    );
    expect(countedKindEn('What percentage of its members are small and medium-sized enterprises?')).toBe('smes');
    expect(countedKindEn('How many companies take part?')).toBeUndefined();
  });

  it('GIVEN 「2020年代」 THEN any year of the decade is the year asked, in any era', () => {
    const [decade] = askedYears('神戸の医療産業都市の経済効果って、2020年代だとどのくらい？');
    expect(decade?.decade).toBe(true);
    expect(decade!.pattern.test('2023年には市内経済効果2,000億円')).toBe(true);
    expect(decade!.pattern.test('令和5年度')).toBe(true);
    expect(decade!.pattern.test('2015年には市内経済効果1,532億円')).toBe(false);
    expect(askedYears('2020年の経済効果は？')[0]?.decade).toBeUndefined();
  });

  it('GIVEN an economic effect or a value of shipments asked (「数字ってある？」) THEN an amount is asked, and another year does not give it', () => {
    expect(askedFigure('北上川流域の製造品出荷額、2020年の数字ってある？')?.unit).toBe('円');
    expect(askedFigure('神戸医療産業都市の経済効果ってどのくらい？')?.unit).toBe('円');
    expect(askedFigure('経済効果ってどんなものがある？')).toBeUndefined();
    const asked = '神戸の医療産業都市の経済効果って、最近（2020年代）だとどのくらいになってる？';
    const text = '神戸医療産業都市\n2015年には市内経済効果1,532億円、税収効果53億円を達成。';
    const none = compose(asked, [passage('r48-3', text, 2, 'r.txt', ['神戸市 医療産業都市'])]);
    expect(none.abstained).toBe(true);
    expect(none.text).toContain('2020年代');
    const said = `${text}\n2022年には市内経済効果1,900億円となった。`;
    expect(compose(asked, [passage('r48-4', said, 2, 'r.txt', ['神戸市 医療産業都市'])]).abstained).toBe(false);
  });

  it('GIVEN "installed at any stations yet? Which ones?" THEN a station is asked', () => {
    expect(asksForStation('Has the device actually been installed at any stations yet? Which ones?')).toBe(true);
    expect(asksForStation('Has the device been installed at any stations yet?')).toBe(false);
  });

  it('GIVEN 「どこのコンサル」 and a line saying only 「コンサルティング会社の試算」 THEN no consultancy is named', () => {
    const asked = 'シェフィールドのAMRCの新施設で1,800人雇用って試算、どこのコンサルが出した数字？';
    const text = [
      'シェフィールド大学がボーイングと共同で設立したAMRCは新たな施設の建設を計画しており、',
      'コンサルティング会社の試算によれば1,800の新規雇用を創出し、地元経済に72.4百万ポンドの経済効果をもたらすとしている。',
    ].join('\n');
    const none = compose(asked, [passage('r48-5', text, 2, 'r.txt', ['AMRC'])]);
    expect(none.abstained).toBe(true);
    const named = text.replace('コンサルティング会社の試算', 'コンサルティング会社アーンスト・アンド・ヤング社の試算');
    expect(compose(asked, [passage('r48-6', named, 2, 'r.txt', ['AMRC'])]).abstained).toBe(false);
  });

  it('GIVEN 「いちばん成果が出たクラスター」 THEN it is a judgement no list of clusters makes', () => {
    const asked = '経産省の産業クラスター計画のなかで、結局いちばん成果が出たクラスターってどこ？';
    const list =
      '産業クラスター計画 1 北海道地域産業クラスター計画（北海道ITイノベーション戦略） 79 さっぽろバイオクラスター構想 2 北海道地域産業クラスター計画（北海道バイオ産業成長戦略） 80 函館マリンバイオクラスター';
    expect(compose(asked, [passage('r48-7', list, 2)]).abstainReason).toMatch(/ranks first/);
    const said = `${list}\n産業クラスター計画の中で最も成果を上げたのは北海道ITイノベーション戦略である。`;
    expect(compose(asked, [passage('r48-8', said, 2)]).abstainReason ?? '').not.toMatch(/ranks first/);
  });

  it("GIVEN companies supported in a table of two years' columns THEN the row ranks none of the centres", () => {
    const asked = 'HVMカタパルトの7つのセンターで、支援した企業の数が一番多いのってどこ？';
    const table = [
      'HVMカタパルトの実績',
      '内容\t2013-2014\t2014-2015',
      '支援先企業\t1,515社\t1,514社（うち中小企業629社）',
      'プロジェクト数\t1,012件\t1,259件',
    ].join('\n');
    expect(compose(asked, [passage('r48-9', table, 2)]).abstainReason).toMatch(/ranks first/);
  });

  it('GIVEN 「いくつかに整理されてた」 THEN "several" asks no value of 「ポイント」', () => {
    expect(
      askedAttribute('普及のネックになってるポイントっていくつかに整理されてたよね？全部挙げて', tokenizer),
    ).toBeUndefined();
    expect(askedAttribute('成功のポイントっていくつ？', tokenizer)?.compound).toBe('ポイント');
  });
});

describe('near misses of rounds 209–213 (round 48, second half)', () => {
  it('GIVEN 「有名なお医者さんがいたらしいけど、名前わかる？」 THEN a person is asked', () => {
    expect(askedName('神戸の医療産業都市って、言い出しっぺの有名なお医者さんがいたらしいけど、名前わかる？')).toBe(
      'person',
    );
    expect(askedName('担当の先生がいるみたいだけど、名前教えて')).toBe('person');
    expect(askedName('医者がいないって話、どこに書いてある？')).toBeUndefined();
  });

  it('GIVEN "the actual name of Company A" THEN an organisation is asked', () => {
    expect(askedName("In the Nagasaki LL case, what's the actual name of the 'Company A' that drove it?")).toBe(
      'organisation',
    );
  });

  it("GIVEN 「その割合どのくらい」「認知度ってどのくらい」 THEN a share is asked, and Germany's 44% does not give Japan's", () => {
    expect(askedFigure('日本の中小企業だとその割合どのくらい？')?.unit).toBe('%');
    expect(askedFigure('イギリスの中小企業だとHVMの認知度ってどのくらい？')?.unit).toBe('%');
    expect(askedFigure('頻度ってどのくらい？')).toBeUndefined();
    const asked =
      'ドイツの中小企業は4割以上がインダストリー4.0を知らないらしいけど、日本の中小企業だとその割合どのくらい？';
    const text = [
      'ドイツ国内の中小企業（従業員100～499人）の44%がインダストリー4.0について「聞いたことがない」と回答しており、',
      '第2に、製造業は多くの中小企業から成り立っているものの、わが国の中小企業のすべてが取り組んでいるわけではない。',
    ].join('\n');
    const none = compose(asked, [passage('r48-11', text, 2, 'r.txt', ['わが国への示唆'])]);
    expect(none.abstained).toBe(true);
    const said = `${text}\nわが国の中小企業の35%がインダストリー4.0を知らないと回答した。`;
    expect(compose(asked, [passage('r48-12', said, 2, 'r.txt', ['わが国への示唆'])]).abstained).toBe(false);
  });

  it('GIVEN 「…と比べると長い？短い？」 THEN each side needs a figure of its own', () => {
    const asked =
      'フラウンホーファーは平均在職7年って読んだけど、イギリスのカタパルト・センターの職員と比べると長い？短い？';
    expect(asksWhichOfTwo(asked)).toBe(true);
    const table = [
      '機関名\tフラウンホーファー研究機構\tカタパルト・センター',
      '人材育成等\t23,000人のスタッフ(平均在職期間7年、毎年800人が他組織へ移動)\t博士号取得を支援するプログラムを提供',
    ].join('\n');
    expect(compose(asked, [passage('r48-13', table, 2)]).abstained).toBe(true);
  });

  it('GIVEN 「どこかの駅で使われてる？」 THEN a station is asked', () => {
    expect(asksForStation('段差をなくす装置、もうどこかの駅で実際に使われてる？')).toBe(true);
    expect(asksForStation('駅前の再開発はどこかで行われてる？')).toBe(false);
  });

  it('GIVEN "which consulting firm" and a line saying only 「外部コンサル」 THEN the reports describe a consultancy and name none', () => {
    const asked = 'Which consulting firm worked with Kobe City on drafting the Kobe medical industry city plan?';
    const text = '神戸医療産業都市の計画は、神戸市と外部コンサルが共同で策定した。';
    const ask = (said: string, id: string) =>
      compose(asked, [passage(id, said, 2, 'r.txt', ['兵庫県 神戸市 － 医療・ヘルスケア'])], {}, '', loadLexicon());
    expect(ask(text, 'r48-14').abstainReason).toMatch(/describe 「コンサル」 but name no organisation/);
    expect(ask(text.replace('外部コンサル', '外部コンサルの株式会社神戸リサーチ'), 'r48-15').abstainReason).toBeNull();
    // A consulting service offered (「経営コンサルティング」) describes no consultancy.
    expect(ask(text.replace('外部コンサル', '経営コンサルティング'), 'r48-16').abstainReason ?? '').not.toMatch(
      /describe/,
    );
  });

  it('GIVEN 「境目は何％」 THEN the threshold is the value asked, not an attribute a passage must say', () => {
    expect(
      askedAttribute('補助金が減るって脚注にあった気がするんだけど、境目は何％だっけ？', tokenizer),
    ).toBeUndefined();
    expect(askedAttribute('補助率は何％だっけ？', tokenizer)?.compound).toBe('補助率');
  });

  it('GIVEN 「広さどのくらい」 THEN the area is the attribute asked (広さ, 面積)', () => {
    expect(askedAttribute('栽培施設って、広さどのくらいある？', tokenizer)).toEqual({
      compound: '広さ',
      words: ['広さ', '面積'],
    });
    expect(askedAttribute('どれくらいの大きさ？', tokenizer)).toBeUndefined();
  });
});

describe('refusals of rounds 214–218 (round 49)', () => {
  it('GIVEN 「キーパーソンって誰」 THEN a person is asked, and キーパーソン (filed by kuromoji as a name) names no one', () => {
    const asked = "it's OWLのクラスター運営を実務で仕切ってるキーパーソンって誰だっけ？どこ出身の人？";
    expect(askedName(asked)).toBe('person');
    const shelf = '中小企業単独ではキーパーソンに会えない。シーメンス出身のコーダー氏が実質的な責任者。';
    expect(questionNames(asked, tokenizer, shelf)).not.toContain('キーパーソン');
  });

  it('GIVEN why a region switched to bringing in car makers THEN why the course changed is asked, not why a site', () => {
    expect(asksWhySited('北上川流域って、なんで途中から自動車を呼び込む方向に切り替えたの？')).toBe(false);
    expect(asksWhySited('北上川流域って、なんで自動車工場を呼び込めたの？')).toBe(true);
  });
});

describe('a person asked by role in English, and a place within the prefecture (round 51)', () => {
  it('GIVEN "who is the director of …" THEN the line naming a person must say a head\'s title; 長野 is no 長', () => {
    expect(askedRoleEn('Who was the first director of the Shizuoka Cancer Center?')?.test('がんセンター所長')).toBe(
      true,
    );
    expect(askedRoleEn('Who was the first director of the Shizuoka Cancer Center?')?.test('長野・上田クラスター')).toBe(
      false,
    );
    expect(askedRoleEn('Who founded the company?')?.test('同社を創業した')).toBe(true);
    expect(askedRoleEn('What does the director do?')).toBeUndefined();
    // "Who is the named author of the study" asks a person, said as its writer (round 54).
    const author = "Who is the named author of JETRO's amorphous-alloy study?";
    expect(askedName(author)).toBe('person');
    expect(askedRoleEn(author)?.test('本報告書の執筆はミュラー氏が担当した')).toBe(true);
    expect(askedRoleEn(author)?.test('研究センターの所長はミュラー氏')).toBe(false);
    const asked = 'Who is the director of the research center?';
    const answer = (text: string) => compose(asked, [passage('d-51-1', text, 2)], {}, '', loadLexicon());
    const visitor = '研究センターには、会員企業のミュラー氏が毎月訪れて、共同研究の相談をしている。';
    expect(answer(visitor).abstainReason).toMatch(/names a person/);
    expect(answer('研究センターの所長はミュラー氏で、共同研究の相談に応じている。').abstainReason).toBeNull();
    // "Who founded …": the line naming the founder says the founding (設立, 創業), of a person or a body.
    const founded = 'Who founded Global Mobility Service, the vehicle financing company?';
    const founder = (text: string) => compose(founded, [passage('d-51-2', text, 2)], {}, '', loadLexicon());
    expect(
      founder(
        'Global Mobility Service社は、車両の金融サービスを提供する会社で、株式会社オリエントコーポレーションと提携している。',
      ).abstainReason,
    ).toMatch(/names an organisation/);
    expect(founder('Global Mobility Service社は、2013年に中島徳至氏が設立した。').abstainReason).toBeNull();
  });
  it('GIVEN a surname before a katakana noun (長野・上田スマートデバイスクラスター) THEN it names no person; 上田氏 does', () => {
    const persons = (text: string) => entityTokens(text, tokenizer).filter((entity) => entity.person);
    expect(persons('長野・上田スマートデバイスクラスター（ナノテク・材料）')).toEqual([]);
    expect(persons('上田氏が会長を務める。').map((entity) => entity.normalized)).toEqual(['上田']);
  });
  it('GIVEN 「県内のどこ」 THEN a place in Japan is asked: a city abroad in the section does not answer', () => {
    expect(asksPlaceInJapan('島根で昔モーターの組立をやってた会社って、県内のどこにあったの？')).toBe(true);
    expect(asksPlaceInJapan('都道府県内の企業数は？')).toBe(false);
    const asked = '島根で昔モーターの組立をやってた会社って、県内のどこにあったの？';
    const text = '県内に協業可能なモーターメーカーが不在 ・“過去に（島根県内で）モーター組立を実施していた企業もある。';
    const abroad = ['調査', 'NRW州・アーヘン市をモデルとしつつ、既存機能の拡充が必要'];
    expect(compose(asked, [passage('m-51-1', text, 2, 'r.txt', abroad)]).abstainReason).toMatch(/names a place/);
    const said = `${text}\nモーター組立を実施していた企業は松江市にあった。`;
    expect(compose(asked, [passage('m-51-2', said, 2, 'r.txt', abroad)]).abstainReason).toBeNull();
  });
});

describe('a count named in English, a year written short, a target counted in テーマ (round 51)', () => {
  it('GIVEN "what was X\'s patent count at the end of 2019" THEN a count for 2019 is asked; a phone number is no count', () => {
    expect(askedCounter("What was Ibaraki Prefecture's patent count at the end of 2019?")).toBeDefined();
    expect(askedCounter('What is the number of members?')).toBeDefined();
    expect(askedCounter("What is the office's phone number?")).toBeUndefined();
    const asked = "What was Ibaraki Prefecture's patent count at the end of 2019?";
    const answer = (text: string) => compose(asked, [passage('p-51-1', text, 2)], {}, '', loadLexicon());
    expect(answer('茨城県の特許件数は25,963件（2020年11月時点）と、全国的にも高水準。').abstainReason).toMatch(/2019/);
    expect(answer('茨城県の特許件数は25,000件（2019年末時点）と、全国的にも高水準。').abstainReason).toBeNull();
  });
  it('GIVEN 「11年に特区指定」 THEN no length of time is said (2011); 「10年にわたり」「3年間」 are', () => {
    expect(DURATION.test('11年に特区指定を受け、2017年には機構を設立')).toBe(false);
    expect(DURATION.test('10年にわたり支援した')).toBe(true);
    expect(DURATION.test('5年に1度見直す')).toBe(true);
    expect(DURATION.test('指定期間は5年間')).toBe(true);
    expectNearMiss(
      '静岡の先端医療総合特区って、指定期間は何年間なの？',
      '静岡県は11年に先端医療総合特区の指定を受け、2017年には推進機構を設立した。',
      /length of time/,
      '静岡県は先端医療総合特区の指定を受け、指定期間は5年間である。',
    );
  });
  it('GIVEN a target counted in テーマ THEN a plan giving another count (専門家1名を目指す) does not answer', () => {
    const asked = 'RIT事業って、今後何テーマくらいまで採択を増やす目標だった？';
    expect(asksTargetFigure(asked)).toBe(true);
    expectNearMiss(
      asked,
      'RIT事業の海外ミッション派遣\t具体的な個別商談実施を目指す！\t専門家1名の派遣費用',
      /target/,
      'RIT事業では、採択テーマを30テーマまで増やすことを目標としている。',
    );
  });
});

describe('a count or a part asked in other common words (round 51)', () => {
  it('GIVEN 「外国の企業から投資の問い合わせって何件」 THEN 「海外企業による投資相談実績0件」 counts it', () => {
    const asked = 'JETRO島根って、外国の企業から投資の問い合わせって実際何件くらい来てたんだっけ？';
    // The question is read with the common aliases (外国 → 海外, 問い合わせ → 相談), as the retriever reads it.
    const aliases = new AliasTable(tokenizer, STATIC_ALIASES);
    const query = analyzeQuery(asked, tokenizer, undefined, aliases);
    const answer = (text: string) => compose(asked, [passage('c-51-1', text, 2)], {}, '', undefined, query);
    const seminars = 'JETRO島根では、海外企業による投資を呼び込むセミナーを10件開催した。';
    expect(answer(seminars).abstainReason).toMatch(/figure/);
    const consulted = 'JETRO島根としては海外企業誘致の支援実績が乏しい。海外企業による投資相談実績は0件（2020年）。';
    expect(answer(consulted).abstainReason).toBeNull();
  });
  it("GIVEN a part said with a particle (「政府からの補助」) THEN its noun's other name gives it (「①助成金19%」)", () => {
    const asked = 'HVMカタパルトの予算のうち、政府からの補助って何割くらい？';
    const budget =
      '2014/15年度におけるHVMカタパルトの実際の予算は、①助成金19%、②民間からの収入48%、③競争的資金33%であった。';
    expect(answerTo(asked, budget).abstainReason).toBeNull();
    const noGrant = '2014/15年度におけるHVMカタパルトの実際の予算は、①民間からの収入48%、②競争的資金33%であった。';
    expect(answerTo(asked, noGrant).abstainReason).toMatch(/補助/);
  });
});

describe('a figure asked of companies of one size, and Japan set against another country (round 51)', () => {
  const sme =
    'ドイツ国内の中小企業（従業員100～499人）の44%がインダストリー4.0について「聞いたことがない」と回答している。';
  it('GIVEN 大企業 (or "large companies") asked and only a figure of 中小企業 THEN abstains; a figure of 大企業 answers', () => {
    expectNearMiss(
      'インダストリー4.0を聞いたことないって答えたドイツの大企業って何％だった？',
      sme,
      /another size/,
      'ドイツ国内の大企業の12%がインダストリー4.0について「聞いたことがない」と回答している。',
    );
    const asked = 'What share of large German companies had never heard of Industrie 4.0?';
    expect(compose(asked, [passage('s-51-1', sme, 2)], {}, '', loadLexicon()).abstainReason).toMatch(/another size/);
    // "Mid-sized firms" may be the report's 中小企業 (100–499 employees): no size of its own.
    const mid = 'What share of German mid-sized firms had never heard of Industrie 4.0?';
    expect(compose(mid, [passage('s-51-2', sme, 2)], {}, '', loadLexicon()).abstainReason ?? '').not.toMatch(/size/);
  });
  it('GIVEN 「日本の中小企業だとどうなの？ドイツより多い？」 THEN a share said of Japan is needed', () => {
    expectNearMiss(
      'ドイツだと中小企業の4割以上がインダストリー4.0を聞いたこともないらしいけど、日本の中小企業だとどうなの？ドイツより多い？',
      sme,
      /share for Japan/,
      `${sme}一方、日本の中小企業では、インダストリー4.0を聞いたことがない企業は60%にのぼる。`,
    );
  });
});

describe('a case named by its pair of places (round 51)', () => {
  it("GIVEN 「九州×大連の案件」 THEN a body of another case with 大連 (諏訪大連会) does not answer; the pair's own does", () => {
    const asked = 'RITの九州×大連（環境・リサイクル）の案件、日本側で実施主体やってたのってどこの団体？';
    const ranBy = (body: string, caseTitle: string) =>
      compose(asked, [passage('k-51-1', body, 2, 'r.txt', ['事例', caseTitle])], {}, 'RIT事業。九州地域の環境産業。');
    const suwa = ranBy('国内実施主体：諏訪大連会', '長野県諏訪地域－中国大連市（金属機械加工）');
    expect(suwa.abstainReason).toMatch(/names an organisation/);
    const kyushu = ranBy('国内実施主体：九州環境ビジネス協議会', '九州地域－中国大連市（環境・リサイクル）');
    expect(kyushu.abstainReason).toBeNull();
  });
});

describe('a town asked in Japan (round 51)', () => {
  it('GIVEN "which town" with a prefecture named THEN a region (浜通り) does not answer; a name with 町 or 市 does', () => {
    const asked = 'In which town in Fukushima is the robot test field located?';
    const romaji = RomajiNames.fromTerms(['福島'], tokenizer);
    const query = analyzeQuery(asked, tokenizer, loadLexicon(), undefined, () => romaji);
    const answer = (text: string) => compose(asked, [passage('t-51-1', text, 2)], {}, '', undefined, query);
    expect(answer('福島県浜通り地域に、ロボットのテストフィールドを整備した。').abstainReason).toMatch(/names a place/);
    expect(answer('福島県南相馬市に、ロボットのテストフィールドを整備した。').abstainReason).toBeNull();
  });
});

describe('which of two did better, by no figure (round 51)', () => {
  it('GIVEN 「LL事業と後のRIT事業、どっちの方が成果が出やすかった」 THEN a line on one of them alone does not answer', () => {
    const asked = 'LL事業と後のRIT事業、どっちの方が成果が出やすかったって評価されてる？';
    const shelf = 'RIT事業はLL事業の後継事業である。';
    const answer = (text: string) => compose(asked, [passage('j-51-1', text, 2)], {}, shelf);
    expect(answer('LL事業は、支援後の交流活動の継続が成果につながったと評価されている。').abstainReason).toMatch(
      /sets ll事業 against rit事業/,
    );
    expect(answer('RIT事業は、LL事業に比べて成果が出やすかったと評価されている。').abstainReason).toBeNull();
  });
  it('GIVEN 「RIT事業のほうがLL事業より…って結論になってる？」 (one judged over the other) THEN a line on one alone does not answer', () => {
    const asked = 'ジェトロの資料だと、RIT事業のほうがLL事業より成果が出やすいって結論になってる？';
    const shelf = 'ジェトロのRIT事業はLL事業の後継事業である。';
    const answer = (text: string) => compose(asked, [passage('j-51-5', text, 2)], {}, shelf);
    expect(
      answer('ジェトロの資料では、LL事業は交流活動の継続が成果につながったと評価されている。').abstainReason,
    ).toMatch(/sets rit事業 against ll事業/);
    expect(answer('ジェトロの資料では、RIT事業はLL事業に比べて成果が出やすいとされた。').abstainReason).toBeNull();
  });
  it('GIVEN "which did better, the LL program or the RIT program?" THEN a line on one of them alone does not answer', () => {
    const asked = 'In the JETRO study, which did better at producing results, the LL program or the RIT program?';
    const shelf = 'RIT事業はLL事業の後継事業である。';
    const lexicon = loadLexicon();
    const answer = (text: string) => compose(asked, [passage('j-51-2', text, 2)], {}, shelf, lexicon);
    const one = answer('LL事業は、支援後の交流活動の継続が成果につながったと評価されている。');
    expect(one.abstainReason).toMatch(/sets ll against rit/);
    expect(one.text).toContain('LL and RIT');
    expect(answer('RIT事業は、LL事業に比べて成果が出やすかったと評価されている。').abstainReason).toBeNull();
    const between = 'Between the LL programme and the RIT programme, which one did better?';
    const alone = 'LL事業は、支援後の交流活動の継続が成果につながったと評価されている。';
    expect(compose(between, [passage('j-51-3', alone, 2)], {}, shelf, lexicon).abstainReason).toMatch(/sets ll/);
    const both = 'RIT事業は、LL事業に比べて成果が出やすかったと評価されている。';
    expect(compose(between, [passage('j-51-4', both, 2)], {}, shelf, lexicon).abstainReason).toBeNull();
  });
});

describe("a body's office asked by country (round 51)", () => {
  it('GIVEN 「経済開発機関AGITって、どこの国に営業用の事務所置いてる」 THEN AGIT holds the office, and its own cell leads', () => {
    const asked = 'アーヘンの経済開発機関AGITって、海外だとどこの国に営業用の事務所置いてるんだっけ？';
    expect(officeHolder(asked)).toBe('AGIT');
    const text = [
      '県内企業単体では、海外企業向け営業力が不足 ・“日本国内だけで手一杯、海外までは手が回らない”',
      'NRW Global Business ・海外オフィスにおける営業活動 AGIT ・中国・韓国オフィスでの営業活動\tJETRO島根 ・JETRO全体としての海外ネットワーク',
    ].join('\n');
    const answer = compose(asked, [passage('o-51-1', text, 2, 'r.txt', ['事例', 'アーヘン市の経済開発機関AGIT'])]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]!.quote).toContain('中国・韓国オフィス');
  });
});

describe('a motive asked (round 51)', () => {
  it('GIVEN 「始めた動機ってなんなの」 or "what motivated" THEN a cause is asked', () => {
    expect(questionKind('そもそもドイツがインダストリー4.0を始めた動機ってなんなの？')).toBe('reason');
    expect(questionKind('What motivated Germany to launch Industrie 4.0?')).toBe('reason');
    expect(questionKind('ドイツがインダストリー4.0を始めたのはいつ？')).not.toBe('reason');
  });
});

describe('the place of a facility or of a company a case set up (round 51)', () => {
  it('GIVEN a showroom asked THEN a place said on the industry, not with the showroom, does not answer', () => {
    expectNearMiss(
      '徳島のLEDの常設展示場って、どこにあるんだっけ？',
      'LED関連企業は阿南市を中心に集積している。\n【販促支援】 LEDの常設展示場設置 / 国内大規模展示会出展 等',
      /names a place/,
      'LED関連企業は県内に集積している。\n【販促支援】 LEDの常設展示場を阿南市の駅前に設置。',
    );
  });
  it("GIVEN a trading company a case set up THEN the case's title (its partner region) does not place it", () => {
    const asked = '諏訪と中国の企業で作った合弁の貿易会社って、どこの都市に置いたの？';
    const title = ['事例', '長野県諏訪地域－中国大連市（金属機械加工）'];
    const setUp = '諏訪・中国それぞれの企業の工場で、相手地域の製品を販売する、合併の貿易会社を設立。';
    expect(compose(asked, [passage('t-51-2', setUp, 2, 'r.txt', title)]).abstainReason).toMatch(/names a place/);
    const placed = '諏訪・中国それぞれの企業の製品を販売する、合併の貿易会社を大連市に設立。';
    expect(compose(asked, [passage('t-51-3', placed, 2, 'r.txt', title)]).abstainReason).toBeNull();
  });
});

describe('a prefecture asked as どこの県 (round 51)', () => {
  it('GIVEN 「どこの県の会社」 THEN a city that is no prefecture (つくば) does not answer; a prefecture does', () => {
    expectNearMiss(
      '医療用X線検査装置を作った田口電機工業って、どこの県の会社？',
      '田口電機工業は、つくば市にある産総研との共同研究により、医療用X線検査装置を開発。',
      /names a place/,
      '田口電機工業（長野県）は、産総研との共同研究により、医療用X線検査装置を開発。',
    );
  });
});

describe('where a research hub will be built (round 51)', () => {
  it('GIVEN 「研究拠点って、具体的にどこに建てる予定」 THEN a place is asked, said with the hub', () => {
    const asked = '島根の応用実証研究拠点って、具体的にどこに建てる予定？';
    expect(asksForPlace(asked)).toBe(true);
    expectNearMiss(
      asked,
      '島根県・松江市においては、海外企業を誘致する組織は存在するものの機能が不足。\n応用実証研究拠点の整備を最優先とする。',
      /names a place/,
      '応用実証研究拠点は出雲市の工業団地に整備する。',
    );
  });
});

describe('a year asked of an event said in many words (round 51)', () => {
  it('GIVEN 「「オンリーワンLED製品」の認証制度って何年に始まった」 THEN a year beside one of its words (LED) does not date it', () => {
    expectNearMiss(
      '徳島の「オンリーワンLED製品」の認証制度って、何年に始まったんだっけ？',
      '徳島県内のLED関連企業数は、2005年の10社から2019年には150社に増えた。\n徳島県は「オンリーワンLED製品」の認証制度を創設した。',
      /count of the kind asked/,
      '徳島県は2008年に「オンリーワンLED製品」認証制度を創設し、認証が始まった。',
    );
  });
});

describe('a reason asked by って何, and a prefecture written in Latin letters (round 51)', () => {
  it('GIVEN 「舵を切った理由って何」「背景って何」 THEN a cause is asked, not a definition', () => {
    expect(questionKind('北上川流域が自動車産業の誘致に舵を切った理由って何？')).toBe('reason');
    expect(questionKind('イギリスがカタパルト・センターを作り始めた背景って何だったの？')).toBe('reason');
    expect(questionKind('ミッシング・ミドルって何？')).toBe('definition');
  });
  it('GIVEN 沖縄 asked THEN 「OKINAWA型…ネットワーク」 names it; 「okinawan」 does not', () => {
    expect(
      mentionsAny(normalizeForIndex('OKINAWA型産業振興プロジェクト推進ネットワークは2010年に解散。'), ['沖縄']),
    ).toBe(true);
    expect(mentionsAny(normalizeForIndex('the Okinawan cuisine'), ['沖縄'])).toBe(false);
    const asked = '沖縄の産業クラスター計画の推進ネットワークが2010年に解散しちゃった理由って何？';
    const shelf = '沖縄の産業クラスター計画。';
    const answer = (text: string) => compose(asked, [passage('k-51-9', text, 2)], {}, shelf);
    const other =
      'OKINAWA型産業振興プロジェクト推進ネットワークは2010年に解散。\n中部のバイオものづくりのネットワークは、各機関の機能が充実してきたことから、2017年に解散。';
    expect(answer(other).abstainReason).toMatch(/not why/);
    const own = 'OKINAWA型産業振興プロジェクト推進ネットワークは、国の支援が終了したことから2010年に解散。';
    expect(answer(own).abstainReason).toBeNull();
  });
});

describe('refusals lifted (round 53)', () => {
  it('GIVEN 「自腹組も入れると総勢何人」 THEN 総勢 is the count asked, said by the count itself (「自費参加を含めて24名」)', () => {
    const asked =
      '福島とスウェーデンの医療福祉機器の交流で、向こうの企業を日本に呼んだとき、自腹組も入れると総勢何人来たんだっけ？';
    const text =
      '福島県とスウェーデンの医療福祉機器の交流で、スウェーデンの企業を日本に招へい。有力企業招へい:3回(10名、自費参加を含めて24名)';
    expect(answerTo(asked, text).abstainReason).toBeNull();
  });
  it('GIVEN an English question opening with "why" THEN a reason is asked, not the amount or the time it mentions', () => {
    const asked =
      'Why does Fraunhofer cut its public subsidy when its income from industry contracts gets too high or too low?';
    expect(questionKind(asked)).toBe('reason');
    expect(askedFigure(asked)).toBeUndefined();
    expect(askedFigure('How much income does Fraunhofer get from industry?')).toBeDefined();
  });
  it('GIVEN 「AとBって、CとDでそれぞれどっちが多い」 THEN C and D are the sides compared, A and B what they are compared by', () => {
    const asked =
      'グローバルニッチトップに選ばれた会社の数と特許の出願数って、地方と三大都市圏でそれぞれどっちが多いの？';
    const text =
      '10万事業所当たりの「グローバルニッチトップ企業100選」選定企業数は、一部の地方圏では三大都市圏よりも多い。\n100事業所当たりの特許出願数は、地方圏よりも三大都市圏の方が多い。';
    expect(answerTo(asked, text).abstainReason).toBeNull();
  });
  it('GIVEN 「拠点を新しく建てたのってなんで」 THEN why it was built is asked, not why there (unless the place was chosen)', () => {
    expect(asksWhySited('興研が埼玉に研究の拠点を新しく建てたのってなんで？')).toBe(false);
    expect(asksWhySited('新しい研究拠点、なんでわざわざ埼玉に建てたの？')).toBe(true);
    expect(asksWhySited('なんで大崎上島に建てたの？')).toBe(true);
  });
});

describe('near misses caught (round 53)', () => {
  it('GIVEN 「いつ創業した会社」 THEN the founding is dated: a line on the company with no year does not answer', () => {
    const asked = '岐阜の鍋屋バイテックっていつ創業した会社だっけ？';
    expect(askedWhenEvent(asked)?.test('1560年に創業した')).toBe(true);
    expectNearMiss(
      asked,
      '鍋屋バイテック（岐阜県関市）は、本社と工場のデザインでグッドデザイン賞を2010年に受賞した。',
      /dates the event/,
      '鍋屋バイテック（岐阜県関市）は1560年に創業した。',
    );
  });
  it('GIVEN 「ブルゴーニュのどの街」 THEN the town is bounded by a region abroad written in katakana, as "which Texas city"', () => {
    const asked = 'フランスのVitagoraって、ブルゴーニュのどの街に拠点置いてるの？';
    expect(placeWithinCountry(asked, () => [])).toBe('ブルゴーニュ');
    expect(placeWithinCountry('その研究所って、ドイツのどの街にあるの？', () => [])).toBeUndefined();
  });
  it('GIVEN 「閲覧数（PV）、2020年度は」 THEN the gloss in brackets is the attribute again, not what is asked', () => {
    expect(askedAttribute('RESASの閲覧数（PV）、2020年度はどれくらいだった？', tokenizer)?.compound).toBe('閲覧数');
  });
  it('GIVEN 「県内のどこ（島とか町）でやってる」 THEN a place is asked, whatever the aside in brackets', () => {
    expect(asksForPlace('レモンのIoT実証って、県内のどこ（島とか町）でやってるの？')).toBe(true);
  });
  it('GIVEN a Latin name a case title writes under a box title (「＜…事例＞」) THEN it names the case', () => {
    const filler = '地域の産業政策を記す。'.repeat(4000);
    const shelf = shelfOf(`＜社会課題を解決する事例＞\nGlobal Mobility Service株式会社（東京都）${filler}`);
    expect(
      questionNames('Global Mobility Serviceの遠隔制御、日本だとどこの県で展開してるの？', tokenizer, shelf),
    ).toContain('global mobility service');
  });
});

describe('a version written apart, and a length of time asked twice (round 53)', () => {
  it('GIVEN 「Society 5.0」 the shelf never mentions THEN it is an unseen name, quoted as written; 「Industrie 4.0」 it mentions is not', () => {
    const shelf = shelfOf('Allianz Industrie 4.0がある。インダストリー4.0の推進。');
    const asked = 'ドイツのインダストリー4.0と日本のSociety 5.0ってどっちが進んでる？';
    expect(unseenNames(asked, shelf)).toEqual(['society5.0']);
    expect(asWritten(asked, 'society5.0')).toBe('Society 5.0');
    expect(unseenNames('Allianz Industrie 4.0って何社参加してる？', shelf)).toEqual([]);
  });
  it('GIVEN "how long … — how many years?" THEN one length of time is asked: a line on the support with none does not answer', () => {
    expectNearMiss(
      'How long does NRW.Global Business typically keep supporting a foreign company after it sets up a base there — how many years?',
      'NRW.Global Businessは、海外企業の拠点設立初期段階から定着までのプロジェクト伴走支援を提供する。',
      /length of time/,
      'NRW.Global Businessは、海外企業の拠点設立から3年間、プロジェクト伴走支援を提供する。',
    );
  });
});

describe('refusals lifted: an abbreviation and a policy’s name (round 53)', () => {
  it('GIVEN 「GNT企業」 THEN it is the reports’ グローバルニッチトップ企業, not a name they never mention', () => {
    const shelf = shelfOf('「グローバルニッチトップ企業100選」選定企業数は、地方圏で多い。');
    expect(unseenNames('地方圏と三大都市圏で、GNT企業の数ってどう違うの？', shelf)).toEqual([]);
    expect(unseenNames('地方圏と三大都市圏で、XYZ企業の数ってどう違うの？', shelf)).toEqual(['xyz']);
  });
  it('GIVEN 「産業立地政策の報告書って何のための調査」 THEN a purpose is asked, not why a site was chosen', () => {
    expect(
      asksWhySited('野村総研がまとめた地域経済・産業立地政策の報告書って、そもそも何のための調査なんでしょう？'),
    ).toBe(false);
    // 産業立地 is a field (industrial location), not where something was put (round 54).
    expect(
      asksWhySited(
        '野村総研が経産省から受けた地域経済・産業立地の調査って、そもそも何を目的にしたレポートなんですか？',
      ),
    ).toBe(false);
    expect(asksWhySited('その製薬会社って、なんで富山に立地したの？')).toBe(true);
  });
});

describe('a figure asked for a year by asking whether it is given (round 53)', () => {
  it('GIVEN 「ページビュー、2020年度の数字って出てる」 THEN only a figure said for 2020 answers', () => {
    const asked = 'RESASのページビュー、2020年度の数字って出てる？';
    const views = (year: string) => passage('v-53-1', `RESASのページビュー(PV)数は、${year}年度に715万PVとなった。`, 2);
    // 2020 is said elsewhere, of another thing.
    const launch = passage('v-53-2', '新型コロナの影響を可視化するため、2020年6月にV-RESASの運用を開始した。', 2);
    expect(compose(asked, [views('2019'), launch]).abstainReason).toMatch(/figure for 2020/);
    expect(compose(asked, [views('2020'), launch]).abstainReason).toBeNull();
  });
});

describe('round 54: a foreign name in an English question', () => {
  it('GIVEN jobs asked of a place the reports write in katakana (Hull, ハル港) THEN a count of jobs elsewhere does not answer', () => {
    const asked = 'How many jobs did the offshore wind turbine factory at the Port of Hull create?';
    const lexicon = new Lexicon(
      { jobs: ['雇用'], 'offshore wind': ['洋上風力'], factory: ['工場'], turbine: ['タービン'], create: ['生み出す'] },
      { hull: ['ハル'] },
    );
    const hull = '2010年以降、ハル港の北海における洋上風力拠点への近接性を強みに、洋上風力関連企業を官民一体で誘致。';
    const sheffield =
      'すでに6,500人の新規雇用、五つの新設研究所を生み出しているほか、技術移転プロジェクトに資金が提供されている。';
    const found = [passage('r54-1-1', hull, 2), passage('r54-1-2', sheffield, 1.8, 's.txt')];
    expect(compose(asked, found, {}, '', lexicon).abstained).toBe(true);
    const counted = `${hull}ハル港のタービン工場は約1,000人の雇用を生み出した。`;
    expect(compose(asked, [passage('r54-1-3', counted, 2), found[1]!], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 54: two policies compared in English', () => {
  const lexicon = new Lexicon(
    { france: ['フランス'], cluster: ['クラスター'], policy: ['政策'], projects: ['プロジェクト'], poles: ['拠点'] },
    { bavaria: ['バイエルン'] },
  );
  const bavaria = [
    'ドイツ（バイエルン州）',
    'クラスター政策',
    '州政府がクラスター事務局の運営費（2016～2019年で計約8,200万ユーロ）を支出。',
    '新規に発足したプロジェクトは1,100件以上存在。',
  ].join('\n');
  const france = ['フランス', '競争力拠点政策', '国により、71箇所（2007年春時点）の競争力拠点が認定された。'].join(
    '\n',
  );
  const asked =
    "Between Bavaria's cluster policy and France's competitiveness poles, which one generated more new projects?";

  it("GIVEN a side named by a country's katakana name THEN a figure on a line under the other side's name is not its", () => {
    const table = passage('r54-2-1', `${bavaria}\n${france}`, 2);
    const answer = compose(asked, [table], {}, '', lexicon);
    expect(answer.abstainReason).toMatch(/figure of France's competitiveness poles$/);
    const counted = passage('r54-2-2', `${bavaria}\n${france}\n新規プロジェクトは500件が採択された。`, 2);
    expect(compose(asked, [counted], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 54: a site within a country or a city', () => {
  it('GIVEN 「イギリスのどこにある」「松江のどこに置く」 THEN a place is asked; 「課題はどこにある」 asks none', () => {
    expect(asksForPlace('細胞治療のカタパルトってイギリスのどこにあるの？')).toBe(true);
    expect(asksForPlace('ジェトロと県の一本化した窓口、松江のどこに置く予定って書いてある？')).toBe(true);
    expect(asksForPlace('この施策の課題はどこにあるの？')).toBe(false);
    expect(asksForPlace('その図って報告書のどこに置かれてる？')).toBe(false);
  });
  it('GIVEN a site within a country asked THEN a state or city in a passage on that country answers; fields do not', () => {
    const catapult = '細胞治療のカタパルトってイギリスのどこにあるの？';
    const fields =
      'イギリスでは、高付加価値製造、細胞治療、洋上再生エネルギー、デジタル、未来都市の7分野でカタパルトが設立された。';
    expect(compose(catapult, [passage('r54-3-1', fields, 2)]).abstained).toBe(true);
    const makes = 'America Makesってアメリカのどこにある機関？';
    const site = [
      'アメリカでは、オバマ大統領が製造イノベーション機関（IMI）の設立を打ち出した。',
      '最初に設立されたオハイオ州ヤングスタウンの「America Makes」は、参加機関が142機関へと拡大した。',
    ].join('\n');
    expect(compose(makes, [passage('r54-3-2', site, 2)]).abstainReason).toBeNull();
  });
});

describe('round 54: a tax take compared', () => {
  it('GIVEN which of two had the bigger tax revenue THEN a sum of money that is no tax take does not give one side its figure', () => {
    const asked = "Which had the bigger tax-revenue effect, Shizuoka's Pharma Valley or Kobe's medical industry city?";
    const lexicon = new Lexicon({ 'tax revenue': ['税収'], effect: ['効果'] }, { shizuoka: ['静岡'], kobe: ['神戸'] });
    // A tax rate is no tax take: 「法人税率12.5%」 gives each side its figure (no 税収 asked).
    const rate = 'Which has a lower corporate tax rate, Shizuoka or Kobe?';
    const rates = passage('r54-4-0', '静岡県：法人税率12.5%。\n神戸市：法人税率15%。', 2);
    expect(compose(rate, [rates], {}, '', lexicon).abstainReason ?? '').not.toMatch(/no passage gives a figure of/);
    const kobe = passage('r54-4-1', '神戸医療産業都市：進出企業数360社、経済波及効果1,532億円、税収効果52億円。', 2);
    const shizuoka = (figure: string) =>
      passage('r54-4-2', `静岡県のファルマバレープロジェクト：${figure}`, 1.9, 's.txt');
    const noTax = compose(asked, [kobe, shizuoka('医薬品・医療機器合計生産金額1.2兆円。')], {}, '', lexicon);
    expect(noTax.abstainReason).toMatch(/figure of Shizuoka's Pharma Valley$/);
    const taxed = compose(asked, [kobe, shizuoka('税収効果30億円。')], {}, '', lexicon);
    expect(taxed.abstainReason).toBeNull();
  });
});

describe('round 54: "how do A and B compare in …"', () => {
  it('GIVEN two bodies compared in patents THEN a table of their staff gives neither a figure; a row of patents does', () => {
    const asked = 'How do Fraunhofer and AIST compare in the number of patents they file each year?';
    const lexicon = new Lexicon({ patents: ['特許'], aist: ['産総研', '産業技術総合研究所'] });
    const header = '項目\tフラウンホーファー研究機構 (Fraunhofer)\t産業技術総合研究所 (AIST)';
    const staff = `${header}\n職員数\t約23,000人\t約5,100人`;
    const table = (rows: string) => passage('r54-5-1', rows, 2, 'r.txt', ['事例'], { lines: [1, 3] });
    expect(compose(asked, [table(staff)], {}, '', lexicon).abstainReason).toMatch(/no passage gives a figure of/);
    const patents = `${staff}\n特許出願件数\t約600件\t約1,000件`;
    expect(compose(asked, [table(patents)], {}, '', lexicon).abstainReason).toBeNull();
  });
});

describe('round 54: a share named by its passage', () => {
  it('GIVEN a share asked of a region THEN a bullet of the slide on that region gives it; another region’s slide does not', () => {
    const asked =
      'According to the NRI report, what global market share did Emilia-Romagna hold in packaging machinery?';
    const lexicon = new Lexicon({ 'packaging machinery': ['包装機械'], global: ['世界'] }, { romagna: ['ロマーニャ'] });
    const bullet = '• 地域内で生産される包装機械の80%が輸出用であり、世界シェアは約10% (2008)';
    const slide = (title: string) =>
      passage('r54-6-1', `${title}\n地域の中小企業が分業して包装機械を生産している。\n${bullet}`, 2);
    expect(
      compose(asked, [slide('イタリア エミリア・ロマーニャ州（包装機械産業）')], {}, '', lexicon).abstainReason,
    ).toBeNull();
    // (The shelf names Emilia-Romagna elsewhere: a name no report has is another refusal.)
    const other = compose(
      asked,
      [slide('ドイツ バーデン州（包装機械産業）')],
      {},
      'エミリア・ロマーニャ州の事例',
      lexicon,
    );
    expect(other.abstainReason).toMatch(/share of what is named/);
  });
});

describe('round 55: a founding asked as made, a share asked as a figure', () => {
  it('GIVEN 「いつ作られた」 of a company THEN its founding must be dated; 「…を設立。」 alone does not date it', () => {
    const asked = '岩手銀行の子会社のmanordaいわてって、いつ作られたんだっけ？';
    expect(askedWhenEvent(asked)?.test('設立')).toBe(true);
    expect(askedWhenEvent('その計画、何年に作ったの？')?.test('設立')).toBe(true);
    // Not a plan made by a body (「作った計画」 after no question word).
    expect(askedWhenEvent('市が作った計画っていつ終わった？')?.test('設立')).toBe(false);
    expectNearMiss(
      asked,
      '岩手銀行の出資により、完全子会社として、manorda（マノルダ）いわて株式会社を設立。',
      /dates the event/,
      '2021年、岩手銀行の出資により、完全子会社として、manorda（マノルダ）いわて株式会社を設立。',
    );
  });
  it('GIVEN a market share asked as a figure THEN 「高シェアを有する」 gives none; a share in percent or a rank does', () => {
    const asked = 'What global market share does the Tokushima company at the core of the LED Valley concept hold?';
    const lexicon = new Lexicon(
      { global: ['世界', 'グローバル'], 'market share': ['シェア'] },
      { tokushima: ['徳島'] },
    );
    const high = passage(
      'r55-1-1',
      '徳島県 LED産業\n• グローバルで高シェアを有する県内企業の優位性を活用し、LEDバレー構想を策定。',
      2,
    );
    expect(compose(asked, [high], {}, '', lexicon).abstainReason).toMatch(/share of what is named/);
    const percent = passage('r55-1-2', '徳島県 LED産業\n• 県内企業は白色LEDで世界シェア約3割を有する。', 2);
    expect(compose(asked, [percent], {}, '', lexicon).abstainReason).toBeNull();
    // Whether a company holds a high share asks no figure: the line answers it.
    const whether = 'Does the Tokushima company at the core of the LED Valley concept hold a high global market share?';
    expect(compose(whether, [high], {}, '', lexicon).abstainReason ?? '').not.toMatch(/share of what is named/);
  });
});

describe('round 55: persons and bodies asked in English', () => {
  it('GIVEN "name of the CEO" THEN a person is asked; GIVEN "which utility" THEN an organisation', () => {
    expect(
      askedName('Who runs Global Mobility Service, the company with the remote engine-cutoff device? Name of the CEO?'),
    ).toBe('person');
    expect(askedName('Which utility signed the 2019 renewable-energy agreement with Ishikari City?')).toBe(
      'organisation',
    );
    expect(askedName('What does the utility sector in Ishikari look like?')).toBeUndefined();
  });
});

describe('round 55: counts and amounts said in the reports’ words', () => {
  it('GIVEN a count of trials in 「ロボット分野」 THEN 「ロボット関連では、実証試験502件」 counts them', () => {
    const asked = '福島の浜通りの復興プロジェクトで、ロボット分野の実証試験ってこれまで何件くらいやってるの？';
    const line = '例えば、ロボット関連では、実証試験502件（2015年～）、研究開発64件（2016年～）、進出企業55社。';
    const found = passage('r55-3-1', `福島イノベーション・コースト構想（浜通り）\n${line}`, 2);
    expect(compose(asked, [found]).abstainReason).toBeNull();
    // Another field's trials do not count them.
    const drones = passage(
      'r55-3-2',
      '福島イノベーション・コースト構想（浜通り）\n例えば、ドローン関連では、実証試験120件。',
      2,
    );
    expect(compose(asked, [drones]).abstainReason).toMatch(/ロボット分野の実証試験/);
  });
  it('GIVEN 「お金入ってる」 THEN money put in is 出資', () => {
    const aliases = new AliasTable(tokenizer, STATIC_ALIASES);
    const terms = (asked: string) => analyzeQuery(asked, tokenizer, undefined, aliases).terms;
    expect(terms('COVEって、国と州からいくらぐらいお金入ってるんだっけ？').has('出資')).toBe(true);
    expect(terms('推進機構にどのくらいお金を入れてたんだっけ？').has('出資')).toBe(true);
    expect(terms('COVEって、国と州からいくらぐらい入ってるんだっけ？').has('出資')).toBe(false);
  });
  it('GIVEN "who put up most of the money" THEN the bulk is asked, not which ranks first', () => {
    expect(asksSuperlative('For the Emilia-Romagna case, who put up most of the money for ERVET?')).toBe(false);
    expect(asksSuperlative('Which party put up the most money for ERVET?')).toBe(true);
  });
});

describe('round 55: two prefectures compared 「を比べたら」', () => {
  it('GIVEN 「広島県と群馬県を比べたらどっちが大きい」 THEN each side needs a figure', () => {
    const asked = '輸送機械の出荷額って、広島県と群馬県を比べたらどっちが大きいの？';
    const hiroshima = '広島県 輸送用機械器具 工業品出荷額： 7,617億円(2002年)⇒1兆8,915億円(2019年)';
    const shelf = '群馬県の自動車メーカーと群馬大学による共同研究。';
    const one = compose(asked, [passage('r55-4-1', hiroshima, 2)], {}, shelf);
    expect(one.abstainReason).toMatch(/figure of 群馬県/);
    const gunma = passage(
      'r55-4-2',
      '群馬県の輸送用機械器具の工業品出荷額は3兆1,000億円(2019年)に達した。',
      1.9,
      'g.txt',
    );
    expect(compose(asked, [passage('r55-4-1', hiroshima, 2), gunma], {}, shelf).abstainReason).toBeNull();
  });
});

describe('round 55: the attribute asked, past an adverb of how exactly', () => {
  it('GIVEN 「具体的に」「実際に」「正確に」 before the value word THEN the noun before them is the attribute', () => {
    expect(askedAttribute('会員数って実際にどのくらい？', tokenizer)?.compound).toBe('会員数');
    expect(askedAttribute('人口って正確にどのくらい？', tokenizer)?.compound).toBe('人口');
    expect(askedAttribute('新設備導入後の不良品率って具体的に何%になったの？', tokenizer)?.words).toEqual(['良品']);
    // A place before に is where, not how: 「東京にいくつ」 names no attribute.
    expect(askedAttribute('東京にいくつ？', tokenizer)).toBeUndefined();
  });
});

/** 興研's case: its research sites were scattered, then it built a new centre in 飯能市. */
const KOKEN_SITE = [
  '＜研究拠点整備で顧客の高い技術ニーズに対応する事例＞',
  '同社の研究開発拠点は複数箇所に分散しており、効率的に研究開発を進めるためには、拠点を集中させる必要。',
  '埼玉県から地域経済牽引事業計画の承認を受け、税制措置等を活用しつつ、平成30年に埼玉県飯能市に「先進技術センター」を新設。',
].join('\n');

describe('round 55: where a company built its facility', () => {
  const site = KOKEN_SITE;
  const koken = (text: string) => passage('r55-6-1', text, 2, 'r.txt', ['興研（株）（東京都千代田区）']);
  it('GIVEN where the new centre was built THEN the line building it in a passage on the company says where', () => {
    const asked = '興研が研究拠点をひとつにまとめた新しいセンター、どこに作ったんだっけ？';
    expect(compose(asked, [koken(site)]).abstainReason).toBeNull();
    // Without the line that builds it, the case's title (the company's seat) does not say where.
    const unbuilt = site.split('\n').slice(0, 2).join('\n');
    expect(compose(asked, [koken(unbuilt)]).abstainReason).toMatch(/names a place the question does not/);
  });
});

describe('round 55: the success factors a report sets out', () => {
  it('GIVEN 「LL事業の成功要因は？」 THEN a list is asked; of a named case, its reason; the survey by its name, neither', () => {
    expect(questionKind('LL事業の成功要因は？')).toBe('list');
    expect(questionKind('国際産業連携の成功要因って何？')).toBe('list');
    expect(questionKind('飯塚市のLLの成功要因は？')).toBe('reason');
    expect(questionKind('LL事業の成功要因を調べたアンケート、回収率は？')).not.toBe('list');
    const aliases = new AliasTable(tokenizer, STATIC_ALIASES);
    const terms = (asked: string) => analyzeQuery(asked, tokenizer, undefined, aliases).terms;
    expect(terms('LL事業の成功要因は？').has('ポイント')).toBe(true);
    expect(terms('成功要因調査のアンケートって何件返ってきた？').has('ポイント')).toBe(false);
  });
  it('GIVEN the factors asked THEN the points listed lead, not the sections of the analysis on a contents page', () => {
    const contents = passage(
      'r55-7-1',
      [
        '2. 成功要因分析',
        '1) 調査・分析概要',
        '2) LL事業の背景分析',
        '3) 分析結果',
        '4) 国際産業連携の8のポイント',
      ].join('\n'),
      2.2,
      'r.txt',
      ['目次'],
    );
    const points = passage(
      'r55-7-2',
      [
        '(4) 国際産業連携成功の 8つのポイント',
        '構想段階',
        '1. グローバルな視点に立った地域技術の発掘',
        '2. 地域施策との連携',
        '3. 広い視野に立った交流ビジョン',
      ].join('\n'),
      2,
      'r.txt',
      ['2. 成功要因分析', '(4) 国際産業連携成功の 8つのポイント'],
    );
    const answer = compose('LL事業の成功要因は？', [contents, points]);
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]!.quote).toContain('グローバルな視点に立った地域技術の発掘');
  });
});

describe('round 56: a proportion of a whole, a polite who, a chart number and an area', () => {
  const tamagawa = (text: string) => passage('r56-1-1', text, 2, 'r.txt', ['多摩川精機（株）（長野県飯田市）']);
  it('GIVEN what share of sales a division takes THEN a growth in per cent does not answer, a proportion does', () => {
    const asked = '多摩川精機の民間航空機部門って、全社売上の何割くらい占めてるの？';
    const grew = '海外機体メーカーとの直接取引を確立し、民間航空機部門の売上が10～20％増（2019年度時点）。';
    expect(compose(asked, [tamagawa(grew)]).abstainReason).toMatch(/proportion/);
    const share = '民間航空機部門の売上は全社売上の約2割を占める。';
    expect(compose(asked, [tamagawa(share)]).abstainReason).toBeNull();
    // Said as 「Xが83%」, with no 占める.
    const said = '住民はゲルマン系のオランダ人が83%で、それ以外が17%である。';
    const dutch = passage('r56-1-2', said, 2, 'r.txt', ['住民']);
    expect(compose('住民はゲルマン系のオランダ人が何パーセントを占めるか', [dutch]).abstainReason).toBeNull();
  });

  it('GIVEN 「どなた」 THEN a person is asked, as by 「誰」', () => {
    expect(askedName('諏訪大連会の会長ってどなただったか分かる？')).toBe('person');
    expect(askedName('諏訪大連会の会長ってどなた様？')).toBe('person');
  });

  it('GIVEN which of two sides is larger THEN a chart numbered for one side gives it no figure', () => {
    const asked = '2019年の輸送用機械の出荷額、広島と浜松だとどっちが大きい？';
    const hiroshima = passage(
      'r56-3-1',
      '広島市 輸送用機械器具 工業品出荷額： 7,617億円(2002年)⇒1兆8,915億円(2019年)',
      3,
    );
    const chart = passage(
      'r56-3-2',
      [
        '例：静岡県浜松市',
        '出所：工業統計調査よりNRI作成',
        // A chart's title, run into the text after it by the PDF's conversion.
        '【図表11】浜松市 一部主要産業の製造品出荷額の推移当調査を経て、地域産業の成長・高度化に当たっては、「自治体による戦略的アプローチ」・「ヒト・カネ・ネタの最適配分」・「リーダーシップを発揮する主体」が重要と思料',
      ].join('\n'),
      2,
    );
    expect(compose(asked, [hiroshima, chart]).abstainReason).toMatch(/浜松/);
    const figure = passage('r56-3-3', '浜松市では2019年、輸送用機械の製造品出荷額が9,500億円に達した。', 2);
    expect(compose(asked, [hiroshima, figure]).abstainReason).toBeNull();
  });

  it('GIVEN how large an industrial park is, in English THEN a size in hectares answers', () => {
    const asked = 'How large is the Kitakami Nanbu (south) industrial park?';
    const parks = ['北上工業団地 148.5ha', '北上南部工業団地 197.7ha', '北上流通基地 147.3ha'].join('\n');
    const answer = compose(asked, [passage('r56-4-1', parks, 2, 'r.txt', ['北上市の工業団地'])], {}, '', loadLexicon());
    expect(answer.abstainReason).toBeNull();
    expect(answer.citations[0]?.quote).toContain('197.7ha');
  });
});

/** RESAS's page views, given for 2015 and 2019 only. */
const resasViews = (id: string) =>
  passage(
    id,
    ['地域経済分析システム（RESAS）', 'ページビュー(PV)数は358万PV（2015年度）から715万PV（2019年度）に増加。'].join(
      '\n',
    ),
    2,
  );

describe('round 56: how far a figure grew', () => {
  it('GIVEN 「どこまで伸びた」 THEN a figure is asked, of the year the question states', () => {
    expect(askedAttribute('RESASのページビュー、2020年度はどこまで伸びたんだっけ？', tokenizer)?.compound).toBe(
      'ページビュー',
    );
    // Progress is no figure.
    expect(askedAttribute('RESASの改修ってどこまで進んでる？', tokenizer)).toBeUndefined();
    const views = resasViews('r56-5-1');
    expect(compose('RESASのページビュー、2020年度はどこまで伸びたんだっけ？', [views]).abstainReason).toMatch(/2020/);
    expect(compose('RESASのページビュー、2019年度はどこまで伸びたんだっけ？', [views]).abstainReason).toBeNull();
  });
});

describe('round 56: the sum of a thing asked in Japanese', () => {
  it('GIVEN how large a fund is in total THEN the fund named without a figure does not answer; its sum does', () => {
    const asked = '徳島のLEDバレー推進ファンドって、ファンド総額どれくらい？';
    const named = [
      '徳島県内LED関連企業数 10社(2005年)⇒150社(2019年)',
      '【開発・生産支援】 工業技術センター機能強化 / とくしま産業振興機構下のLEDバレー推進ファンドで研究開発助成 等',
    ].join('\n');
    const tokushima = (text: string) => passage('r56-6-1', text, 2, 'r.txt', ['徳島県 – LEDバレー構想']);
    expect(compose(asked, [tokushima(named)]).abstainReason).toMatch(/figure for 「ファンド総額」/);
    const sum = `${named}\nLEDバレー推進ファンドの総額は30億円。`;
    expect(compose(asked, [tokushima(sum)]).abstainReason).toBeNull();
  });
});

describe('round 56: a figure asked as of a year, in a long English question', () => {
  it('GIVEN "what was <a long subject> as of 2010" THEN a figure for 2004 does not answer', () => {
    const eco = passage(
      'r56-7-1',
      [
        '1997年には当時の通商産業省が推進するエコタウン制度の第一号地域に選出され、国の支援を受けつつ環境整備を推進',
        '同市におけるエコタウン事業は2000年代中盤にピークを迎え、2004年時点では1,093億円の生産誘発効果、及び6,470人の雇用創出効果が生じた',
      ].join('\n'),
      2,
      'r.txt',
      ['福岡県北九州市 – 環境産業'],
    );
    // 2010 is said, of another matter.
    const later = passage(
      'r56-7-2',
      '2010年以降、ハル港の北海における洋上風力拠点への近接性を強みに、洋上風力関連企業を誘致。',
      1,
    );
    const asked = (year: number) =>
      `What was the production-inducing effect of Kitakyushu's Eco-Town projects as of ${year}?`;
    expect(compose(asked(2010), [eco, later], {}, '', loadLexicon()).abstainReason).toMatch(/2010/);
    expect(compose(asked(2004), [eco, later], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 56: a market share asked in English', () => {
  const translate = (word: string) => loadLexicon().lookup(word);
  it('GIVEN "market share" THEN the attribute is the share, not the market', () => {
    expect(askedAttributeEn("What is Koken's domestic market share?", translate)?.words).toEqual(['シェア']);
  });

  it('GIVEN the share of one mask market THEN the share of another kind of mask does not answer', () => {
    const koken = passage(
      'r56-8-1',
      [
        '同社は、防塵マスクや消防救助用保護具等の製造・販売を営んでおり、防塵マスクの国内シェアは50％近くとなっている。',
        '令和２年の新型コロナウイルス感染症の感染拡大時に、同社が製造したN95マスク「ハイラック350型」が全国の医療機関に届けられる。',
      ].join('\n'),
      2,
      'r.txt',
      ['興研（株）（東京都千代田区）'],
    );
    const share = (mask: string) => `What share of Japan's ${mask} market does Koken hold?`;
    expect(compose(share('N95 mask'), [koken], {}, '', loadLexicon()).abstainReason).toMatch(/share/);
    expect(compose(share('dust mask'), [koken], {}, '', loadLexicon()).abstainReason).toBeNull();
  });
});

describe('round 56: a record for a year, an awareness compared, a spin-off named', () => {
  it('GIVEN whether the record for a year is out THEN a figure for that year is asked', () => {
    const views = resasViews('r56-9-1');
    // 2020 is said, of another matter.
    const launch = passage('r56-9-2', 'V-RESASは、2020年６月に運用を開始。', 1);
    expect(compose('RESASのページビュー、2020年度の実績って出てる？', [views, launch]).abstainReason).toMatch(/2020/);
    expect(compose('RESASのページビュー、2019年度の実績って出てる？', [views, launch]).abstainReason).toBeNull();
  });

  it('GIVEN which of two countries has the higher awareness THEN a figure of another measure is not the side’s', () => {
    const asked = 'インダストリー4.0の中小企業での認知度、ドイツとイギリスで比べるとどっちが高い？';
    const germany = passage(
      'r56-10-1',
      'ドイツ国内の中小企業（従業員100～499人）の44%がインダストリー4.0について「聞いたことがない」と回答。',
      3,
    );
    const catapults = passage(
      'r56-10-2',
      'イギリスでは、インダストリー4.0に対応するカタパルト・センターを7拠点設置。',
      2,
    );
    expect(compose(asked, [germany, catapults]).abstainReason).toMatch(/イギリス/);
    const aware = passage('r56-10-3', 'イギリスの中小企業では、インダストリー4.0の認知度は30%にとどまる。', 2);
    expect(compose(asked, [germany, aware]).abstainReason).toBeNull();
  });

  it('GIVEN the name of a spin-off asked in English THEN an organisation is asked', () => {
    expect(
      askedName('In the Fukushima-Sweden LL project, what is the name of the spin-off that developed the checker?'),
    ).toBe('organisation');
  });
});

describe('round 56: where things were before a new facility', () => {
  const site = KOKEN_SITE;
  const koken = (text: string) => passage('r56-11-1', text, 2, 'r.txt', ['興研（株）（東京都千代田区）']);
  it('GIVEN where the research sites were before the new centre THEN neither the line building it nor the title says', () => {
    const asked = '興研って先進技術センターに集約する前、研究開発拠点はどこにあったの？';
    expect(compose(asked, [koken(site)]).abstainReason).toMatch(/names a place the question does not/);
    const earlier = `${site}\n以前は、研究開発拠点が東京都八王子市と埼玉県川口市に分かれていた。`;
    expect(compose(asked, [koken(earlier)]).abstainReason).toBeNull();
    // Asked where the new centre was built, the line building it says.
    expect(compose('興研の先進技術センターってどこに作ったんだっけ？', [koken(site)]).abstainReason).toBeNull();
  });
});

describe('round 56: two sides sharing their head noun', () => {
  it('GIVEN 「アジア相手の案件と欧州相手の案件、どっちが」 THEN the sides are アジア and 欧州, set against each other in one line', () => {
    const asked = 'LL事業で、アジア相手の案件と欧州相手の案件、どっちが成果出やすかったって比較ある？';
    const cases = passage(
      'r56-13-1',
      [
        '長野県諏訪地域－中国大連市（金属機械加工）：アジアの企業との合弁会社を設立し、成果につながった。',
        '福井県－フランス・リヨン（繊維）：欧州の見本市への共同出展で成果が出た。',
      ].join('\n'),
      2,
      'r.txt',
      ['LL事業の成果'],
    );
    expect(compose(asked, [cases]).abstainReason).toMatch(/アジア against 欧州/);
    const judged = passage(
      'r56-13-2',
      'LL事業では、アジア相手の案件の方が欧州相手の案件よりも早く成果が出やすかった。',
      3,
    );
    expect(compose(asked, [judged, cases]).abstainReason ?? '').not.toMatch(/against/);
  });
});

describe('round 56: one side set against another in English, "more … than"', () => {
  const owl = passage(
    'r56-14-1',
    "2012年にit's OWLは連邦教育研究省の「先端クラスター競争プログラム」に選定され、5年間に40百万ユーロの補助金を受けることとなった。",
    3,
  );
  const note = passage('r56-14-2', '(注15) そのほか、バーデン・ヴュルテンベルグ州の“Allianz Industrie 4.0”がある。', 2);
  const composeEn = (question: string, passages: Passage[]) => compose(question, passages, {}, '', loadLexicon());
  it('GIVEN "did A receive more funding than B" THEN B needs a figure of its own', () => {
    const asked = "Did it's OWL receive more federal funding than Baden-Württemberg's Allianz Industrie 4.0?";
    expect(composeEn(asked, [owl, note]).abstainReason).toMatch(/figure of .*Allianz/);
    const funded = passage(
      'r56-14-3',
      'Allianz Industrie 4.0には、州政府から5年間で500万ユーロの資金が拠出された。',
      2,
    );
    expect(composeEn(asked, [owl, note, funded]).abstainReason ?? '').not.toMatch(/figure of/);
  });
  it('GIVEN "how does A stack up against B in funding" THEN so does B', () => {
    const asked =
      "How does it's OWL stack up against Baden-Württemberg's Allianz Industrie 4.0 in funding and results?";
    expect(composeEn(asked, [owl, note]).abstainReason).toMatch(/figure of .*Allianz/);
  });
});

describe('round 56: who chairs which board, in English', () => {
  const owl = passage(
    'r56-15-1',
    [
      'また、技術面から助言・支援する組織として科学諮問委員会があり、4名の著名な科学者が委員に就任している。',
      "加えて、同研究所長のガウゼマイヤー教授は、it's OWLのクラスター・ボードの議長も兼任している。",
    ].join('\n'),
    2,
    'r.txt',
    ["it's OWL"],
  );
  const composeEn = (question: string) => compose(question, [owl], {}, '', loadLexicon());
  it('GIVEN who chairs the scientific advisory board THEN the chair of another board does not answer', () => {
    expect(askedRoleBodyEn("Who chairs the scientific advisory board of the it's OWL cluster?")).toEqual([
      'scientific',
      'advisory',
    ]);
    expect(composeEn("Who chairs the scientific advisory board of the it's OWL cluster?").abstainReason).toMatch(
      /names a person/,
    );
    expect(composeEn("Who chairs the cluster board of it's OWL?").abstainReason).toBeNull();
  });
});

describe('round 57: what a casual question asks, past its asides', () => {
  it('GIVEN 「イタリア人デザイナーって結局何人呼んだ」 THEN the nationality counts no one: only a head count answers', () => {
    const figure = askedFigure('富山とミラノの工業デザイン交流で、イタリア人デザイナーって結局何人呼んだの？');
    expect(figure?.pattern.test('イタリア人デザイナーを富山に招聘して、デザインの提案を受けた')).toBe(false);
    expect(figure?.pattern.test('イタリア人デザイナー3名を招聘')).toBe(true);
  });
  it('GIVEN 「2020年時点の数字ってどこかに載ってる？」 of an economic effect THEN an amount is asked', () => {
    expect(askedFigure('神戸の医療産業都市の経済効果、2020年時点の数字ってどこかに載ってる？')?.unit).toBe('円');
  });
  it('GIVEN "how much subsidy did the government put into" THEN an amount is asked', () => {
    expect(
      askedFigure("How much subsidy did the national government put into Kitakyushu's Eco-Town project?")?.unit,
    ).toBe('円');
  });
  it('GIVEN 「初代社長に就いたのって誰」 THEN a person is asked, by the role taken', () => {
    expect(askedName('ひろしまイノベーション推進機構の初代社長に就いたのって誰？')).toBe('person');
    expect(askedName('協議会の会長になったのは誰だっけ？')).toBe('person');
  });
  it('GIVEN 「担当者って誰になってる？」「社名だとどこ？」「どこにある会社？」 THEN a person, a company, a place', () => {
    expect(askedName('島根のアモルファス合金の調査報告、書いた担当者って誰になってる？名前知りたい')).toBe('person');
    expect(askedName('北上に93年に岩手工場を作った自動車メーカーって、社名だとどこ？')).toBe('company');
    expect(asksForPlace('医療用X線検査装置を作った田口電機工業って、どこにある会社？')).toBe(true);
    // Which company is asked, not where one is.
    expect(asksForPlace('医療用X線検査装置を作ったのってどこの会社？')).toBe(false);
  });
  it('GIVEN 「ドイツだと44%って話だったけど、日本だと？」 THEN the figure is asked of Japan, after けど', () => {
    const asked = figureAskedOfCountry(
      'ドイツだと中小企業の44%がインダストリー4.0を知らないって話だったけど、日本の中小企業だとその割合どれくらい？',
    );
    expect(asked?.country).toBe('日本');
    expect(asked?.others).toEqual(['ドイツ']);
  });
  it('GIVEN 「欧州相手とアジア相手でどっちの方が」 THEN the sides are 欧州 and アジア, set against each other in one line', () => {
    const asked = 'LL事業って、欧州相手とアジア相手でどっちの方が成果出やすかったか比べたデータある？';
    const cases = passage(
      'r57-6-1',
      [
        '長野県諏訪地域－中国大連市（金属機械加工）：アジアの企業との合弁会社を設立し、成果につながった。',
        '福井県－フランス・リヨン（繊維）：欧州の見本市への共同出展で成果が出た。',
      ].join('\n'),
      2,
      'r.txt',
      ['LL事業の成果'],
    );
    expect(compose(asked, [cases]).abstainReason).toMatch(/欧州 against アジア/);
    const judged = passage('r57-6-2', 'LL事業では、アジア相手の案件の方が欧州相手の案件よりも成果が出やすかった。', 3);
    expect(compose(asked, [judged, cases]).abstainReason ?? '').not.toMatch(/against/);
  });
  it('GIVEN a katakana reading in brackets after a name the reports write THEN it is not searched for', () => {
    const corpusText = normalizeForIndex('※LL事業実施期間：1996年度～2006年度。ローカルイノベーション支援事業').replace(
      /\s+/g,
      '',
    );
    const terms = (q: string) => [
      ...analyzeQuery(q, tokenizer, undefined, undefined, undefined, undefined, () => corpusText).terms.keys(),
    ];
    expect(terms('LL（ローカル・トゥ・ローカル）事業って、いつからいつまでやってたっけ？')).not.toContain('ローカル');
    expect(terms('LL（ローカル・トゥ・ローカル）事業って、いつからいつまでやってたっけ？')).toContain('ll');
    // A description in brackets says what to look for: it stays.
    expect(terms('LL（ローカル企業どうしの交流）事業っていつから？')).toContain('ローカル');
  });
});

describe('round 57: the types a report sorts its cases into', () => {
  it('GIVEN 「類型、3つに分けてた」 or "the three types it sorts the cases into" THEN the types are asked', () => {
    expect(asksTypes('NRIの委託調査の産業集積の類型、3つに分けてたと思うけど何と何と何？')).toBe(true);
    expect(asksTypes('What are the three types the NRI report sorts its domestic cases into?')).toBe(true);
    expect(asksTypes('Which categories of support does the programme offer?')).toBe(false);
    expect(asksTypes('産業集積の類型化のステップって何？')).toBe(false);
  });
  it("GIVEN a slide's numbered labels (「類型化のパターン1」) THEN they are not quoted: they name no type", () => {
    const slide = passage(
      't57-types',
      [
        '事例調査で実施したステップ',
        '産業集積の',
        '類型化のパターン1',
        '産業集積の',
        '類型化のパターン2',
        '産業集積における３つのパターンを抽出した',
      ].join('\n'),
      3,
    );
    const answer = compose('産業集積の類型ってどう分けてたっけ？3パターンあったはず', [slide]);
    const quotes = answer.citations.map((c) => c.quote).join('\n');
    expect(quotes).not.toMatch(/類型化のパターン[12]/);
    expect(quotes).toContain('３つのパターンを抽出した');
  });
});

describe('round 57: a date the asker already knows', () => {
  const asked = 'LLの成功要因調査、アンケートは2007年11〜12月だったけど、訪問インタビューの方はいつ実施したの？';
  const survey = passage(
    't57-known-1',
    ['LL事業の成功要因に関するアンケート調査', '実施期間：2007年11月～12月', '対象：LL事業の国内実施主体'].join('\n'),
    3,
    'r.txt',
    ['成功要因調査', '訪問インタビュー・アンケートの概要'],
  );
  it("GIVEN 「Aは2007年11〜12月だったけど、Bの方はいつ」 THEN the passage giving only A's date is a near miss", () => {
    expect(compose(asked, [survey]).abstainReason).toMatch(/only the date the question already states/);
  });
  it('GIVEN a line dating B (平成20年1月) THEN it answers', () => {
    const visits = passage('t57-known-2', '訪問インタビューは平成20年1月に実施した。', 2, 'r.txt', ['成功要因調査']);
    expect(compose(asked, [survey, visits]).abstainReason ?? '').not.toMatch(/already states/);
  });
});

describe("round 57: a body's offices in countries, then which city", () => {
  it("GIVEN 「AGITって中国と韓国に事務所あるみたいだけど、具体的にどの都市？」 THEN AGIT's office is asked, within China", () => {
    const asked = 'AGITって中国と韓国に事務所あるみたいだけど、具体的にどの都市？';
    expect(officeHolder(asked)).toBe('AGIT');
    expect(placeWithinCountry(asked, (word) => loadLexicon().lookup(word))).toBe('中国');
    // Its home city (アーヘン), and 島根 in another body's cell, are not where its offices abroad are.
    const home = passage('t57-agit-1', 'AGITはアーヘン市立の地域経済開発機関である。', 3);
    const row = passage(
      't57-agit-2',
      'オンラインマッチングプラットフォーム運営 AGIT ・中国・韓国オフィスでの営業活動\tJETRO島根 ・海外企業による投資相談実績0件',
      2,
    );
    expect(compose(asked, [home, row]).abstainReason).toMatch(/names a place the question does not/);
    const cities = passage('t57-agit-3', 'AGITは中国の上海と韓国のソウルにオフィスを置いている。', 2);
    expect(compose(asked, [home, row, cities]).abstainReason).toBeNull();
  });
});

describe('round 57: where a desk is to be set up', () => {
  it('GIVEN 「統合窓口って、どこ（どの施設）に置く」 THEN a place is asked of the desk; 「重点をどこに置いてる」 asks none', () => {
    expect(asksForPlace('JETRO島根と県の統合窓口って、どこに置く計画になってる？')).toBe(true);
    expect(officeHolder('JETRO島根×県の統合窓口って、具体的にどこ（どの施設）に置く想定？')).toBe('統合窓口');
    expect(asksForPlace('県の支援って、重点をどこに置いてるの？')).toBe(false);
  });
  it('GIVEN 「JETRO×県」 THEN the sign glued to JETRO (which the question names) makes no new place', () => {
    const namer = newPlaceNamer('JETRO島根と県の統合窓口って、どこに置く計画になってる？', tokenizer);
    expect(namer('4. JETRO×県の統合窓口による研究起点FDI支援', true)).toBe(false);
    expect(namer('統合窓口は松江市に置く。', true)).toBe(true);
  });
});

describe('round 57: the date of setting up a section, or of developing land', () => {
  it('GIVEN 「企業立地課を置いたのっていつ」 THEN a founding is dated, and a line setting up another body does not date it', () => {
    const asked = '北上市が企業立地課を置いたのっていつ頃だっけ？';
    expect(askedWhenEvent(asked)?.test('1990年に企業立地課を置いた')).toBe(true);
    const other = passage(
      't57-when-1',
      '1993年には北上中部地方拠点都市地域への指定を受け、県との協力の上で研究開発や技術支援を目的とした機関の設置を推進',
      3,
      'r.txt',
      ['北上川流域'],
    );
    expect(compose(asked, [other]).abstainReason).toMatch(/dates the event/);
  });
  it("GIVEN 「ミニ企業団地、造成されたのって何年」 THEN the land's development is the event dated", () => {
    const asked = '富山で中小企業団体が主導して作ったハイテク・ミニ企業団地、造成されたのって何年？';
    expect(askedWhenEvent(asked)?.test('1985年にハイテク・ミニ企業団地を造成')).toBe(true);
    expect(askedWhenEvent(asked)?.test('1975年 基礎素材型産業が製造出荷額の54.3%を占める')).toBe(false);
  });
});

/** RESAS's page views on a slide: each figure a fragment with its fiscal year below it; V-RESAS dated 2020. */
function resasSlides(): [Passage, Passage] {
  const slide = passage(
    't58-pv-1',
    [
      'RESASの利用は拡大し、ページビューも増加した。',
      '＜スタート時＞',
      '358万PV',
      '（2015年度）',
      '＜直近＞',
      '715万PV',
      '（2019年度）',
      'ページビュー(PV)数の推移',
    ].join('\n'),
    3,
    'r.txt',
    ['RESAS'],
  );
  return [slide, passage('t58-pv-2', '2020年６月にV-RESASの運用を開始。', 2, 'r.txt', ['RESAS'])];
}

describe('round 58: figures and names asked past an aside', () => {
  it('GIVEN 「先生って、報告書だと誰になってる」 THEN a person is asked, past where the asker looks', () => {
    expect(askedName('島根大学でアモルファス合金の研究を引っ張ってる先生って、報告書だと誰になってる？')).toBe(
      'person',
    );
    expect(askedName('この事業を主導したのって、資料では誰？')).toBe('anyone');
  });
  it('GIVEN 「2020年度の実績っていくつ」「事業所いくつある」 THEN a figure is asked, not a list', () => {
    expect(questionKind('RESASのページビュー、2020年度の実績っていくつだった？')).toBe('number');
    expect(questionKind('坂城町って今事業所いくつあるの？')).toBe('number');
    // 「工場はいくつの工程から」 counts the processes: a list.
    expect(questionKind('完成車工場はいくつの主要な工程からなっているか')).toBe('list');
  });
  it('GIVEN 「ページビュー、2020年度の実績って」 THEN the figure asked is of ページビュー', () => {
    expect(askedAttribute('RESASのページビュー、2020年度の実績っていくつだった？', tokenizer)?.compound).toBe(
      'ページビュー',
    );
    expect(askedAttribute('2020年度の実績っていくつ？', tokenizer)).toBeUndefined();
  });
  it('GIVEN the years the asker has seen (「2015年度とか2019年度の数字は見かけたんだけど」) THEN only 2020 is asked', () => {
    const asked = 'RESASのページビュー、2020年度の実績っていくつだった？2015年度とか2019年度の数字は見かけたんだけど';
    const [slide, vresas] = resasSlides();
    expect(compose(asked, [slide, vresas]).abstainReason).toMatch(/no passage gives a figure for 2020/);
    expect(compose('RESASのページビュー、2019年度の実績っていくつだった？', [slide]).abstainReason ?? '').not.toMatch(
      /for 2019/,
    );
  });
  it('GIVEN 「事業所いくつある」 THEN establishments are counted: a town’s output does not answer, 「43事業所」 does', () => {
    expect(askedCounter('坂城町って今事業所いくつあるの？')?.test('22社43事業所が同制度を活用')).toBe(true);
    expect(askedCounter('坂城町って今事業所いくつあるの？')?.test('約1,600億円 (2000年)')).toBe(false);
    expect(askedCounter('完成車工場はいくつの主要な工程からなっているか')?.test('3工場')).not.toBe(true);
  });
  it("GIVEN a slide's message as its title (「…アーヘン市をモデルとしつつ、…必要」) THEN it names no municipality of the company asked", () => {
    const asked = '島根県内で昔モーター組立やってた企業があったってヒアリングにあるけど、それどこの市町村の会社？';
    const line = passage(
      't58-msg-1',
      '県内に協業可能なモーターメーカーが不在 ・“過去に（島根県内で）モーター組立を実施していた企業もある。',
      3,
      'r.txt',
      [
        '海外企業誘致のためには、県全体としての機能を拡充すべきであり、NRW州・アーヘン市をモデルとしつつ、既存機能の拡充への優先的対応が必要',
      ],
    );
    expect(compose(asked, [line]).abstainReason).toMatch(/names a place the question does not/);
    const titled = passage('t58-msg-2', '過去に島根県内でモーター組立を実施していた企業もある。', 3, 'r.txt', [
      '出雲市 A社',
    ]);
    expect(compose(asked, [titled]).abstainReason).toBeNull();
  });
});

describe('round 58: a target year, and a count asked of a slide for a year', () => {
  it('GIVEN 「目標年はいつ」「いつまでに実現する目標」 THEN when a target is to be met is asked', () => {
    expect(asksWhenFuture('富山が掲げてる医薬品一兆円産業、目標年はいつ？')).toBe(true);
    expect(asksWhenFuture('医薬品一兆円って、いつまでに実現する目標なの？')).toBe(true);
    expect(asksWhenFuture('懇話会っていつ設置したの？')).toBe(false);
    const council = passage(
      't58-target-1',
      '県は、2019年と2023年、産学官の有識者からなる「富山県医薬品産業活性化懇話会」を設置し、施策等を議論。医薬品一兆円産業の実現を掲げている。',
      3,
    );
    expect(compose('富山が掲げてる医薬品一兆円産業、目標年はいつ？', [council]).abstainReason).toMatch(
      /says when it is planned/,
    );
  });
  it('GIVEN "RESAS\'s page-view count in FY2020" THEN page views are what is counted, and only FY2019\'s slide figure is there', () => {
    const lookup = (word: string) => loadLexicon().lookup(word);
    expect(askedAttributeEn("What was RESAS's page-view count in FY2020?", lookup)?.words).toContain('ページビュー');
    const [slide, vresas] = resasSlides();
    expect(compose("What was RESAS's page-view count in FY2020?", [slide, vresas]).abstainReason).toMatch(
      /gives a count of the kind asked/,
    );
    expect(compose("What was RESAS's page-view count in FY2019?", [slide, vresas]).abstainReason).toBeNull();
  });
});

describe('round 58: the share of a survey answer the question quotes', () => {
  const survey = passage(
    't58-option-1',
    '2012～2017年度の卒塾生（168名）に対するアンケート調査結果によると、卒塾後に新事業に取り組んだ者の割合は68％であった。',
    3,
  );
  it('GIVEN 「「海外ネットワークの構築」を挙げた割合って何%」 THEN a share of another answer (68%) does not answer', () => {
    const asked = 'LL事業のアンケートで、地域への波及効果として「海外ネットワークの構築」を挙げた割合って何%だった？';
    expect(compose(asked, [survey]).abstainReason).toMatch(/gives a figure in %/);
    const said = passage('t58-option-2', '波及効果として「海外ネットワークの構築」を挙げた実施主体は42%であった。', 3);
    expect(compose(asked, [survey, said]).abstainReason).toBeNull();
  });
  it('GIVEN 「「聞いたことない」って答えたの何%」 THEN the line saying 「聞いたことがない」 answers, in its own words', () => {
    const germany = passage(
      't58-option-3',
      'ドイツ国内の中小企業（従業員100～499人）の44%がインダストリー4.0について「聞いたことがない」と回答しており、課題である。',
      3,
    );
    expect(
      compose('ドイツの中小企業で、インダストリー4.0を「聞いたことない」って答えたの何%だった？', [germany])
        .abstainReason,
    ).toBeNull();
  });
});

describe('round 58: "for fiscal 2020"', () => {
  it('GIVEN "fiscal 2020" THEN 2020 is the year asked, and "page views for fiscal 2020" names what is counted', () => {
    expect(askedYears("What were RESAS's page views for fiscal 2020?").map(({ year }) => year)).toEqual([2020]);
    const lookup = (word: string) => loadLexicon().lookup(word);
    expect(askedAttributeEn("What were RESAS's page views for fiscal 2020?", lookup)?.words).toContain('ページビュー');
  });
});

describe('round 58: the two sides of an English comparison', () => {
  it('GIVEN "how does Fraunhofer\'s staff size compare with AIST\'s" or "how do Fraunhofer and AIST compare" THEN the sides are fraunhofer and aist', () => {
    expect(comparedPairEn("In the JRI paper, how does Fraunhofer's staff size compare with AIST's?")).toEqual([
      'fraunhofer',
      'aist',
    ]);
    expect(comparedPairEn('How do Fraunhofer and AIST compare in size?')).toEqual(['fraunhofer', 'aist']);
    expect(comparedPairEn('How big is Fraunhofer?')).toBeUndefined();
  });
});

describe('round 58: なんで, the casual why', () => {
  it('GIVEN 「なんで…狙わないの」 THEN a reason is asked; 「なんでしょう」「なんですか」 ask none', () => {
    expect(questionKind('アモルファスの島根モデル、なんでEVモーターみたいな量産市場を最初から狙わないの？')).toBe(
      'reason',
    );
    expect(questionKind('第3のドメインとして提案されたものはなんでしょう？')).not.toBe('reason');
    expect(questionKind('この制度の名前はなんですか？')).not.toBe('reason');
  });
});
