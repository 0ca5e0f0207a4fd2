/**
 * The default composer: offline, no LLM. Picks the sentences (list items, table rows) of the top
 * passages that best answer the question — coverage of the question's content words, agreement
 * with the passage ranking, a bonus for the kind of answer wanted (figures, definitions, lists) —
 * without redundancy (MMR), and presents them as verbatim quotes with [n] markers.
 * Abstains, with the nearest passages as "related", when the evidence is too weak.
 */
import { type Chunk, sectionAt } from '../chunking/chunk.js';
import { isBoxTitle } from '../chunking/box-titles.js';
import { isCaseTitle } from '../chunking/lines.js';
import {
  type AskedAttribute,
  askedAttribute,
  askedAttributeEn,
  attributeForms,
  PLAIN_MODIFIERS_EN,
} from './asked-attribute.js';
import { loadLexicon } from '../retrieval/lexicon.js';
import { focusQuote } from './focus-quote.js';
import { escapeRegExp, glosses, opensDefinition } from './glosses.js';
import { findNearMiss } from './near-misses.js';
import type { Passage } from '../retrieval/passage.js';
import type { AnalyzedQuery } from '../retrieval/query-analysis.js';
import { conceptCoverage, weighConcepts } from '../retrieval/concepts.js';
import { isSourceLine, japaneseRatio, normalizeForIndex } from '../text/normalize.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { charBigrams } from '../text/tokenizer.js';
import { abstain, ABSTAIN_TEXT, figureName } from './abstention.js';
import { FOOTNOTE_NUMBER } from '../chunking/footnote-refs.js';
import type { Answer, Citation } from './answer.js';
import type { Candidate } from './candidate.js';
import { citationFor, type ReportLookup } from './citations.js';
import {
  AREA_FIGURE,
  askedCount,
  KIND_SEPARATOR,
  askedFigure,
  askedPart,
  askedYears,
  asksForContact,
  asksForYear,
  countedTopic,
  askedName,
  askedRoleEn,
  askedRoleBodyEn,
  asksForPrefecture,
  TRAILING_NOUN,
  asksForBank,
  asksForHospital,
  asksForMinistry,
  namesMinistry,
  asksForCountry,
  isPrefectureName,
  namesBank,
  namesHospital,
  askedOrdinals,
  asksForStation,
  namesPrefectureOnly,
  writesOrdinal,
  asksForCity,
  placeWithinCountry,
  askedThing,
  asksSuperlative,
  SAYS_SUPERLATIVE,
  definedTerm,
  asksForYearCount,
  HOW_MUCH,
  asksForPlace,
  asksSiteInCountry,
  namesCountry,
  officeHolder,
  asksPlaceInJapan,
  type QuestionKind,
  questionKind,
  askedCounter,
  RANK,
  HOW_MANY_SHAPE,
  asksTypes,
  COMPARISON_ASKED,
  PLACE_NAME_ASKED,
  asksWhereLocated,
  asksWhy,
  askedDating,
  asksOutcome,
  comparedPair,
  comparedPairEn,
  STATES_DATE,
  EN_NUMBERS,
  countedKindEn,
} from '../retrieval/question-kind.js';
import { STATIC_ALIASES } from '../retrieval/aliases.js';
import { FOOTNOTE_LABEL, FOOTNOTE_PENALTY, statementNoteLines } from './footnotes.js';
import { isJapaneseRegionRow, tableContext, type TableContext } from './table-context.js';
import { listItemNumber, passageUnits, type Unit } from './units.js';
import {
  mentionsAny,
  newEntityNamer,
  newPlaceNamer,
  type PlaceKind,
  type PosTokenizer,
  asWritten,
  questionNames,
  unseenNames,
  unseenNounShare,
  unseenYears,
  warmNameCaches,
} from './unseen-names.js';

export interface ExtractiveOptions {
  /** Passages considered for quotes. Default 5. */
  passages?: number;
  /** Most quotes in an answer (lists may use `maxListUnits`). Default 4. */
  maxUnits?: number;
  /** Most items gathered for a list question. Default 8. */
  maxListUnits?: number;
  /** Answer length budget in characters of quotes. Default 600 (lists 920). */
  maxChars?: number;
  /**
   * Abstain when the best passage covers less than this share of the question's idf-weighted
   * content words. Default 0.2: on the dev set, higher thresholds abstain on many answerable casual questions before catching unanswerable ones (see README, Evaluation).
   */
  minCoverage?: number;
  /** MMR trade-off between relevance (1) and novelty (0). Default 0.75. */
  mmrLambda?: number;
  /**
   * Penalty for a second quote from a passage already quoted (non-list questions). Default 0.15:
   * the answer often sits beside the best quote (0.25 → 0.15: in-house evidence in some quote 53.8 → 60.4 %).
   */
  samePassagePenalty?: number;
  /** A quote must score at least this share of the best quote's score. Default 0.45. */
  minRelativeScore?: number;
}

export const DEFAULT_EXTRACTIVE_OPTIONS = {
  passages: 5,
  maxUnits: 4,
  maxListUnits: 8,
  maxChars: 600,
  minCoverage: 0.15,
  mmrLambda: 0.75,
  samePassagePenalty: 0.15,
  minRelativeScore: 0.45,
} satisfies Required<ExtractiveOptions>;

export interface ComposeInput {
  question: string;
  lang: 'ja' | 'en';
  query: AnalyzedQuery;
  passages: Passage[];
  reports: ReportLookup;
  tokenizer: Tokenizer;
  /** Inverse document frequency of an index term. */
  idf: (term: string) => number;
  /** Normalized text of the whole corpus (whitespace removed), to spot names it never mentions. */
  corpusText?: string;
  /** The chunk after a passage in its report (a numbered list may go on there). */
  nextChunk?: (chunk: Chunk) => Chunk | undefined;
  /** The chunk before a passage in its report (a long paragraph's sentence before the passage's first). */
  previousChunk?: (chunk: Chunk) => Chunk | undefined;
}

/**
 * Abstain when topic nouns the reports never mention carry this share of the question. Dev set:
 * answerable questions stay under 0.45 (paraphrases such as 旗振り, 処方箋); 「火星探査の予算は？」 is 0.8.
 */
const MAX_UNSEEN_SHARE = 0.6;

/**
 * A sentence with the figure, name or thing asked for must cover this share of the question's
 * content words, read in its context (see `inContext`). Less
 * for an English question: its translations miss more of the report's wording ("travel costs" →
 * 移動, 経費; the table row says 渡航費), and the row giving 「最大3名」 covered 0.13.
 */
const MIN_FIGURE_COVERAGE = { ja: 0.2, en: 0.1 } as const;
/**
 * What a count counts, by its counter: 「出展企業は何社」 counts companies, 「応募は何件」 applications
 * (a noun of an act: kuromoji's サ変接続).
 */
const PEOPLE = /^(人|者|職員|社員|従業員|研究者|参加者|会員)$/;
const COUNTED_HEADS: Record<string, RegExp> = {
  社: /^(企業|会社|メーカー|社|事業者|法人)$/,
  // 「479者の企業等」: members of several kinds, each counted by 者.
  者: /^(者|機関|研究機関|団体|会員|企業|大学)$/,
  人: PEOPLE,
  名: PEOPLE,
};
/** Things a count of 件 counts that its figure need not name (「8件を採択」 counts 案件). */
const CASES = /^(案件|件数|事業|プロジェクト|テーマ)$/;

/**
 * 「一番多かった悩みって何？アンケートで何件くらい？」: a question in parts, one of which asks for no
 * figure. The part asking for something else may be answered when the figure is not given: the
 * figure rules then rank the quotes, they do not refuse the whole question.
 */
function asksMoreThanAFigure(question: string, statementsAsk = true): boolean {
  // "What's AGIT's annual budget? I'd like to compare it with what Shimane spends.": a sentence after
  // the last question mark that ends as a statement says why, it asks nothing (`statementsAsk` false).
  const parts = question
    .normalize('NFKC')
    .split(/[?？]/)
    .map((part) => part.trim())
    .filter((part, i, all) => statementsAsk || !(i > 0 && i === all.length - 1 && /[.。!！]$/.test(part)))
    .filter((part) => part.length >= 4);
  return (
    (parts.length >= 2 &&
      parts.some(
        (part) => !askedFigure(part) && !askedCount(part) && !HOW_MANY.test(part) && INTERROGATIVE.test(part),
      )) ||
    asksTwoMeasures(question)
  );
}

/**
 * 「人の数と年間予算でどのくらい差があるの」「売上と従業員数は」: two measures of different kinds asked
 * together; a passage giving one of them answers in part.
 */
function asksTwoMeasures(question: string): boolean {
  const pair = TWO_MEASURES.exec(question.normalize('NFKC'));
  return pair !== null && measureKind(pair[1]!) !== measureKind(pair[2]!);
}
const MEASURE_WORD = '(?:人の数|人数|職員数|社員数|従業員数|社数|企業数|件数|予算|金額|売上|費用|面積)';
const TWO_MEASURES = new RegExp(`(${MEASURE_WORD})(?:と|や)(?:年間|毎年|全体の)?(${MEASURE_WORD})`);
/** The kind of figure a measure word asks for: 社数 and 企業数 both count companies. */
const measureKind = (word: string) =>
  /予算|金額|売上|費用/.test(word)
    ? 'money'
    : /面積/.test(word)
      ? 'area'
      : /社数|企業数/.test(word)
        ? 'companies'
        : /件数/.test(word)
          ? 'cases'
          : 'people';

/** 「どれだけ出資したのか」「どのくらい」「いくつ」: a part asking for a quantity too. */
const HOW_MANY = /(どれ|どの|どん)(だけ|くらい|ぐらい|程度)|いくつ|いくら|\bhow (much|many)\b/i;
const INTERROGATIVE =
  /(何|なに|なん|どこ|どう|どんな|どの|誰|だれ|いつ|なぜ|どれ|教えて|\b(what|which|who|where|when|why|how)\b)/i;

/** 「それぞれ」「何人ずつ」「内訳」, "each", "breakdown": a figure asked per part. */
const BREAKDOWN_ASKED = /(それぞれ|ずつ|内訳|\beach\b|\bbreakdown\b)/i;

/** A case study's box title: 「【ダルムシュタット工科大学 コンペテンスセンターの事例】」 names what its lines are about. */
const CASE_STUDY = /^【[^】]*(事例|ケース)[^】]*】$/;

/**
 * A figure asked for a year by naming it (「2020年度のページビュー数って出てる？」「売上高は」), by asking
 * whether it is given (「2020年度の数字って出てる？」), by its order of magnitude or unit (「何万PV」), or in English
 * ("what were RESAS page views in FY2020?", "how many … in 2019").
 */
const FIGURE_FOR_YEAR =
  /\p{Script=Han}*(数|額|率|高)(は|って|が|を|も|[、？?\s]|$)|(数字|数値|実績)(って|は|が|も)?[、\s]*((どこか|どっか)(に|で)?[、\s]*)?(出て|ある|あっ|載って|わかる|分かる|いくつ|いくら|どれ(くらい|ぐらい)|どの(くらい|ぐらい))|何[万千億百]|何\s*[A-Za-z%]|\bhow (much|many)\b|\bwhat (is|are|was|were)\b[^?]{2,90}\b(in|for|as of) (fy|fiscal (year )?)?\d{4}\b/iu;

/**
 * 「…2020年度の実績っていくつ？2015年度とか2019年度の数字は見かけたんだけど」: a clause saying what the asker has
 * already seen (見かけた, 知ってる, 載ってた … けど) states years that are not asked. It is dropped when the
 * rest of the question still names a year; else its year is the one asked (「2019年度の見たけど何万PV？」).
 */
const SEEN_CLAUSE =
  /[^、。？?!！]*?(?:見かけ|見|知って|載って|出て|書いて)(?:た|る|い)(?:ん|の)?(?:だ|です)?(?:けど|けれど|が)[、\s]*/g;
function withoutSeenYears(question: string): string {
  const rest = question.replace(SEEN_CLAUSE, '');
  return rest !== question && askedYears(rest).length > 0 ? rest : question;
}

/** A section title that is a sentence with clauses (a slide's message), longer than a case's title. */
const MESSAGE_TITLE_CHARS = 30;
function isMessageTitle(title: string): boolean {
  return title.length > MESSAGE_TITLE_CHARS && /[、,]/.test(title);
}

/** 「2008年のJETROの国際産業連携の成功要因調査」: a year, then within a few words a report. */
const REPORT_YEAR = /((?:19|20)[0-9]{2})\s*年度?の[^、。？?]{0,40}?(?:調査|調べ|報告書|レポート|リポート|資料|白書)/g;

/**
 * "What market size does the report put on…", "what was the actual satisfaction score?", "how large
 * is the site area": an English question asking for a measure, which only a figure answers (not the
 * "area" of a place's name: "the Suwa-area trade fair").
 */
const MEASURE_ASKED_EN =
  /\b(?:what|how (?:large|big|high|low))\b(?! (?:kind|kinds|type|types|sort|sorts) of\b)[^?]{0,60}?\b(?:([a-z-]+) )?(?<!-)(size|score|rating|rate|percentage|proportion|ratio|price|cost|fee|population|area|headcount|capacity)s?\b/i;

/** Figures that give an English measure by their unit alone. */
const MEASURE_UNITS_EN: Record<string, RegExp> = {
  area: AREA_FIGURE,
  headcount: /[0-9０-９]\s*(人|名)/,
  population: /[0-9０-９]\s*(万|千)?\s*人/,
};

/** The best passages, any line of which may give a figure asked for a year. */
const TOP_FIGURE_PASSAGES = 2;

/** A question naming 中国 as a partner abroad (not the 中国 region of Japan). */
const CHINA_ABROAD =
  /(海外|相手国|相手先|相手の国|外国|国のほう|中国の(地域|都市|企業|相手)|と組ん|との(交流|連携|協力))/;

/** A count of the items of a list: 何本柱, 何項目, 何つ, 何段階, 何ステップ. */
const ITEMS_COUNTED = /何(本柱|本の柱|項目|つ|段階|ステップ|ポイント|点)/;

/** Terms of the words that frame a comparison question (「どれくらい違う」「比べたい」「違いは」). */
const COMPARISON_WORDS = new Set(['違う', '違い', '比べる', '比較', '差', '対比']);

/** A year in a report's text: 2019年, 2019年度, FY2019, 平成30年, 令和2年. */
const ANY_YEAR = /(?<![0-9])(19|20)[0-9]{2}(?=\s*年)|(平成|令和)\s*([0-9]{1,2}|元)\s*年/g;
/** Lines around a figure that may state its year (a slide's 「715万PV」 / 「（2019年度）」). */
const YEAR_LINES = 2;

/** A run of nouns that is only a year, a fiscal year or a date: 2014, 2014-15年度, 平成20年度, 3月. */
const DATE_RUN = /^(平成|令和|昭和)?[0-9]+([-~～][0-9]+)?(年度?|月|日)?$/;

/** A word of what a count counts: its text as the index normalizes it, and its index terms. */
interface CountedPart {
  text: string;
  terms: string[];
  /** A name (スコットランド in 「スコットランドの企業は何社」): see `saysCounted`. */
  name?: boolean;
}

/**
 * The words that say which things a count question counts, when it names them as its topic:
 * 「海外からの出展企業は何社」 → 海外, 出展; 「応募は何件」 → 応募. Only when the topic ends with the
 * kind of thing the counter counts (企業 for 社, an act for 件); 「マーラーは何歳」 counts no マーラー.
 * The counted noun itself (企業) is left out: the figure says 社. The sentence giving the figure
 * must say them as written (県外 is not 県内, though both index as 県; a table row may say them in
 * its title and header): 「出展企業数425社」 counts every exhibitor, not those from abroad; 「新たに
 * 8件採択」 counts adoptions, not applications.
 */
function countedParts(
  counted: { topic: string; counter: string },
  input: ComposeInput,
  tokenizer: PosTokenizer,
): CountedPart[] {
  let tokens = tokenizer.tokens(counted.topic);
  // 「商談までいったうち実際に成約したのって何件」: an act, said as a verb (成約した), is what is counted;
  // the rest of the clause (商談まで) says of what.
  // 「導入してるところって何割」: a share of those doing an act is said with the act too.
  const act = counted.counter === '件' || counted.counter === '%' ? countedAct(tokens) : undefined;
  if (act) {
    const terms = input.tokenizer.terms(act).filter((term) => input.query.terms.has(term));
    return terms.length > 0 ? [{ text: normalizeForIndex(act).replace(/\s+/g, ''), terms }] : [];
  }
  // 「アメリカ相手のは何件」: the counted noun is left out (案件), what the topic says of it is not.
  const elided = tokens.length > 1 && tokens.at(-1)!.surface_form === 'の' && tokens.at(-1)!.pos === '助詞';
  if (elided) tokens = tokens.slice(0, -1);
  const head = tokens.filter((token) => token.pos === '名詞').at(-1);
  if (!head || tokens.at(-1) !== head) return [];
  const countsHead =
    elided ||
    (counted.counter === '件'
      ? head.pos_detail_1 === 'サ変接続' ||
        head.surface_form === '特許' ||
        CASES.test(head.surface_form) ||
        // 「共同PoCって何件」: an act written as a Latin acronym (PoC, M&A).
        /^[A-Za-z&]{2,}$/.test(head.surface_form)
      : (COUNTED_HEADS[counted.counter]?.test(head.surface_form) ?? false));
  if (!countsHead) return [];
  // An act counted (応募, 特許) must be said; 案件 or 企業 the counter says; an elided noun's words all.
  const headSaid = elided || (counted.counter === '件' && !CASES.test(head.surface_form));
  // Runs of nouns (県外, 医療関連, 出展企業), less the counted noun unless an act is counted. A name
  // (日本共産党) is what the question is about, not a kind of thing counted: the passage or its
  // title names it (`Candidate.named`), except to a table row (see `saysCounted`).
  const runs: { text: string; name: boolean }[] = [];
  let run = '';
  let named = false;
  // A year or date (「2014-15年度に支援した企業」) says when, not which: the year rules check it.
  const close = () => {
    if (run && !DATE_RUN.test(normalizeForIndex(run))) runs.push({ text: run, name: named });
    run = '';
    named = false;
  };
  for (const token of tokens) {
    const counter = token === head && !headSaid;
    if (token.pos === '名詞' && !counter) {
      run += token.surface_form;
      if (token.pos_detail_1 === '固有名詞') named = true;
    } else close();
  }
  close();
  return runs
    .map(({ text, name }) => ({
      text: normalizeForIndex(text).replace(/\s+/g, ''),
      terms: input.tokenizer.terms(text).filter((term) => input.query.terms.has(term)),
      ...(name ? { name } : {}),
    }))
    .filter((part) => part.terms.length > 0);
}

/**
 * 「…成約したの」「応募してきたの」「導入してるところ」: the noun of an act (kuromoji's サ変接続) a count of 件
 * (or a share) counts, with the nouns run before it (海外展開した → 海外展開), when the clause ends in that
 * act done.
 */
function countedAct(tokens: ReturnType<PosTokenizer['tokens']>): string | undefined {
  const end = tokens.length - 1;
  // 「…したの」, or those who did it: 「…導入してるところ」.
  const doers = /^(ところ|とこ)$/.test(tokens[end]?.surface_form ?? '');
  if (end < 2 || !((tokens[end]!.surface_form === 'の' && tokens[end]!.pos === '助詞') || doers)) return undefined;
  let verb = end - 1;
  while (
    verb > 0 &&
    (tokens[verb]!.pos === '助動詞' ||
      tokens[verb]!.pos_detail_1 === '非自立' ||
      tokens[verb]!.pos_detail_1 === '接続助詞')
  )
    verb--;
  // 「成約したの」「マッチングできたの」: the act, done or achieved.
  if (tokens[verb]!.pos !== '動詞' || !/^(し|さ|する|す|でき|できる)$/.test(tokens[verb]!.surface_form) || verb === 0)
    return undefined;
  let start = verb - 1;
  if (tokens[start]!.pos !== '名詞' || tokens[start]!.pos_detail_1 !== 'サ変接続') return undefined;
  while (start > 0 && tokens[start - 1]!.pos === '名詞' && tokens[start - 1]!.pos_detail_1 !== '副詞可能') start--;
  return tokens
    .slice(start, verb)
    .map((token) => token.surface_form)
    .join('');
}

/**
 * The unit says every part of what a count counts (`countedParts`) as written, or — a table row —
 * by its terms and those of its table's title and header. A name in what is counted is the
 * passage's to say (「日本共産党の党員は何人」 under 日本共産党), but the rows of a table are each
 * about their own entity: a row counts 「スコットランドの企業」 only when it, its table's title and
 * header or the passage's `scope` (its section path and report title) say スコットランド, not
 * because a sibling row does.
 */
function saysCounted(parts: readonly CountedPart[], analysed: AnalysedUnit, scope: string): boolean {
  const text = normalizeForIndex(analysed.unit.text).replace(/\s+/g, '');
  const { terms, tableTerms } = analysed;
  const row = analysed.unit.kind === 'row';
  // A row of cells says its counts in the cells with figures: an act in another cell (「…マッチング
  // プラットフォーム運営」 beside 「投資相談実績0件」) is not what they count.
  const cells = row ? analysed.unit.text.split('\t') : [];
  const figured =
    cells.length > 1
      ? normalizeForIndex(cells.filter((cell) => /[0-9０-９]/.test(cell)).join('\t')).replace(/\s+/g, '')
      : text;
  return parts.every(
    (part) =>
      (part.name && (!row || scope.includes(part.text))) ||
      // 「外国の企業から投資の問い合わせ」 is said 「海外企業による投資相談」: a word or its common alias;
      // 「ロボット分野の実証試験」 is said 「ロボット関連では、実証試験502件」: a field's word stands alone.
      [part.text, ...(STATIC_ALIASES[part.text] ?? []), ...fieldWord(part.text)].some((form) =>
        figured.includes(form),
      ) ||
      ((tableTerms !== undefined || (part.name && row)) &&
        part.terms.every((term) => terms.has(term) || (tableTerms?.has(term) ?? false))),
  );
}

/** 「ロボット分野」「医療関連」: a field named by a word and a generic noun after it; the word alone. */
function fieldWord(text: string): string[] {
  const word = FIELD_TAIL.exec(text)?.[1];
  return word !== undefined && word.length >= 2 ? [word] : [];
}
const FIELD_TAIL = /^(.+?)(分野|関連|領域|部門|方面)$/;

/** Where a thing was before it moved, was merged or built (「作る前」「以前は」「もともと」, "before"). */
const BEFORE_ASKED =
  /(る|た)前(は|って|に|まで)?[、\s]|以前(は|って|に)|もともと|元々|\b(before|previously|originally)\b/i;

/** A facility built, opened or moved to (「…を新設」「…を建設」「…に移転」). */
const FACILITY_BUILT = /(新設|建設|設置|開設|開所|竣工|移転|建て|整備)/;

/**
 * Facilities and companies a place is asked of, as a question and a report name them (a showroom, a
 * factory, a trading company set up); `byTitle`: whether a case's title may say where it is.
 */
const FACILITIES: readonly { asked: RegExp; said: RegExp; byTitle: boolean }[] = [
  {
    asked: /展示場|ショールーム|展示施設|\b(showroom|exhibition (hall|centre|center))s?\b/i,
    said: /展示場|ショールーム|展示施設|展示館/,
    byTitle: true,
  },
  { asked: /工場|\bfactor(y|ies)\b/i, said: /工場|生産拠点|製造拠点|プラント/, byTitle: true },
  // 「応用実証研究拠点って、どこに建てる」: the line on the hub, not one on the prefecture's bodies.
  {
    asked: /(研究|実証)(拠点|施設)|\bresearch (hub|facility|base)\b|\bhub\b/i,
    said: /拠点|施設|センター|研究所|キャンパス|ラボ/,
    byTitle: true,
  },
  {
    asked: /(貿易|販売|合弁|合併)会社|現地法人|子会社|\b(trading company|joint venture|subsidiary)\b/i,
    said: /(貿易|販売|合弁|合併)会社|合弁|合併企業|現地法人|子会社/,
    byTitle: false,
  },
];

/** 「どこの町」, "which town or village": a town asked (with a Japanese prefecture, one written with 町 or 村). */
const TOWN_ASKED = /\b(towns?|villages?)\b|(どこの|どの|何処の)(町|村)(?!\p{Script=Han})/iu;

/**
 * 「九州×大連（環境・リサイクル）の案件」「北九州－ハノイ」: two names the question joins as one case's pair
 * (×, －, ⇔; not と, which also compares two), or undefined.
 */
function pairedNames(question: string, names: readonly string[]): [string, string] | undefined {
  const q = normalizeForIndex(question);
  for (const a of names) {
    const at = q.indexOf(a);
    if (at < 0) continue;
    const rest = q.slice(at + a.length);
    const joiner = PAIR_JOINER.exec(rest);
    const b = joiner ? names.find((name) => name !== a && rest.startsWith(name, joiner[0].length)) : undefined;
    if (b) return [a, b];
  }
  return undefined;
}
const PAIR_JOINER = /^\s*[×x✕⇔↔－―\-–—]\s*/;

/**
 * 「民間企業、大学・研究機関、非営利団体等の参加が…142機関」: a kind named only in a list the count after
 * it totals (…等, …など and a number) is not counted on its own.
 */
function kindsOf(topic: string): string[] {
  return (
    normalizeForIndex(topic)
      .split(KIND_SEPARATOR)
      // 「IICに入ってる日本企業」: the kind is the noun the clause ends in.
      .map((word) => TRAILING_NOUN.exec(word.trim())?.[0] ?? '')
      .filter((word) => word.length >= 2)
  );
}

/** Some kind counted is said in the unit. */
function saysKind(kinds: readonly string[], unitText: string): boolean {
  const text = compactText(unitText);
  return kinds.some((kind) => text.includes(kind));
}

/** A unit's text as kinds are compared with it: index-normalized, without whitespace. */
function compactText(unitText: string): string {
  return normalizeForIndex(unitText).replace(/\s+/g, '');
}

/** Some kind counted is said in the unit, and each only in a list a count totals (`onlyInTotalledList`). */
function kindsOnlyListed(kinds: readonly string[], unitText: string): boolean {
  // Read for every unit of every count question: nothing to do when no kinds are asked.
  if (kinds.length === 0) return false;
  const text = compactText(unitText);
  const said = kinds.filter((kind) => text.includes(kind));
  return said.length > 0 && said.every((kind) => onlyInTotalledList(text, kind));
}

/**
 * Every place `kind` stands in `text` (which says it) is followed by the rest of a list and its total,
 * or names examples (「26カ国200社超（主な日本企業は富士電機、富士通…など）」: the 200 count every company).
 */
function onlyInTotalledList(text: string, kind: string): boolean {
  for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + kind.length)) {
    const after = text.slice(at + kind.length, at + kind.length + TOTALLED_LIST_REACH);
    if (!TOTALLED_LIST.test(after) && !EXAMPLES_BEFORE.test(text.slice(0, at)) && !EXAMPLES_AFTER.test(after))
      return false;
  }
  return true;
}

/** 「主な日本企業は」「代表的な企業として」: the kind's examples follow, not its count. */
const EXAMPLES_BEFORE = /(主な|主要な?|代表的な)$/;
/** 「日本企業は富士電機、富士通…など」: examples named up to など, with no number among them. */
const EXAMPLES_AFTER = /^(は|には|として|では|[:：])[^。0-9０-９]{0,80}?(など|等)/;

/**
 * The rest of a list of nouns after a kind (「、非営利団体等の参加が当初の65機関」) up to the number
 * totalling it; not a clause (「や測量に造詣のある修道士が行っていたが、…などから、11世紀」).
 */
const TOTALLED_LIST =
  /^(?:[、・や]?[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{1,20}){0,8}?(?:等|など)[^。0-9０-９]{0,12}[0-9０-９]/u;
const TOTALLED_LIST_REACH = 50;

/** A unit of running text (not a heading or a table row). */
function isProse(unit: Unit): boolean {
  return unit.kind === 'sentence' || unit.kind === 'item';
}

/** A text without the numbers of its items (①, ⑵), which NFKC would make digits: they give no figure. */
function withoutItemNumbers(text: string): string {
  return text.replace(/[\u2460-\u24FF\u2776-\u2793]/g, '');
}

/** "Which Japanese companies", 「日本企業ってどこ」「日系のメーカー」: a company of Japan is asked for. */
const JAPANESE_COMPANY_ASKED =
  /\bjapanese (companies|company|firms?|manufacturers?|makers?|corporations?)\b|(日本|日系|国内)の?(企業|会社|メーカー)/i;
/**
 * A unit about companies of Japan: it says Japan, or writes a company as Japan's are (株式会社, (株));
 * not 国内, which a passage on Germany says of Germany.
 */
const JAPANESE_COMPANY = /(日本|日系|わが国|我が国|本邦|株式会社|\(株\)|㈱|有限会社)/;

/** 「どれくらい出荷」「どのくらい売れた」: the amount of an activity asked with a verb. */
const AMOUNT_OF_ACT =
  /(どのくらい|どれくらい|どのぐらい|どれぐらい|どれだけ)[^、。？?]{0,6}?(出荷|生産|販売|輸出|輸入|製造|収穫|売れ|売っ|売り上げ|作っ|採れ|獲れ|集ま|来て|訪れ)/;

/**
 * A number in a text that is not a year (「2019年度から2020年度にかけて」 gives no figure), nor a rank or
 * an ordinal (「全国3番目となる液化水素製造工場」 says how many came before, not how much it makes).
 */
function givesNumber(text: string): boolean {
  const unnumbered = withoutItemNumbers(text);
  // A date's year, month or day (「2020年６月に…開始」「平成30年」) is no figure; a count of years is
  // (「可採年数は約35年」「41.6年」).
  return [
    ...unnumbered
      .normalize('NFKC')
      .matchAll(
        /(平成|令和|昭和|[HRS])?\s*([0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9,.]*\s*(?:番目|番手|位|号|次|期目|回目|章|条|節))(\s*(?:年(?!間)|月|日(?!本|間)))?/g,
      ),
  ].some(([, era, digits, date]) => {
    if (/^(19|20)[0-9]{2}$/.test(digits!)) return false;
    if (!date) return true;
    return date.trim() === '年' && !era && !/^[0-9]{4}$/.test(digits!.replace(/,/g, ''));
  });
}

/** A name in brackets: 「乳がんチェッカー」『今治タオル』. */
const BRACKETED = /[「『]([^「」『』]{2,40})[」』]/g;

/** Words (other than names and places) a question must say of an event for its year to be checked against them. */
const MIN_EVENT_TERMS = 3;
/** With this many concepts among the event words, a line must share two of them (`saysEvent`). */
const MANY_EVENT_CONCEPTS = 6;
/** A sentence that opens by going on from the one before it: 「結果、…」「これにより、…」「その後、…」. */
const CONSEQUENCE = /^(その結果|結果|これにより|これによって|このため|その後)[、,]/;
/** A sentence naming what the one before it named by 同 (「同クラスターには…174の企業・機関が参加」「同社は」). */
const OPENS_REFERRING_BACK =
  /^(?:同|当該)(?!時|様|じ|年|月|日|等|一|士|意|行|期|程度|規模)(?<noun>[\p{Script=Han}\p{Script=Katakana}ー]{1,10}?)(?=[はにがのもでをと、]|$)/u;

/** `sentence` names by 同 what `previous` names: 「同クラスター」 after a sentence on a クラスター, not 「同機構」 after none. */
function refersBackTo(sentence: string, previous: string): boolean {
  const noun = OPENS_REFERRING_BACK.exec(sentence)?.groups?.noun;
  return noun !== undefined && previous.includes(noun);
}
/** A subject of a sentence's own: a noun (or closing bracket) followed by は or が. */
const OWN_SUBJECT = /[\p{Script=Han}\p{Script=Katakana}ー）」)0-9０-９](は|が)/u;
/** A figure a when-question says of its event: 「4割」「100億円」「1,000社」 (not a date). */
const EVENT_FIGURE = /(?<![0-9.,])[0-9][0-9,]*(\.[0-9]+)?\s*(割|%|倍|兆円|億円|万円|円|万人|人|名|社|件|戸|ha)/g;
/** A katakana word long enough to be a compound (クラスターマネジメント), matched in a unit's text. */
const KATAKANA_COMPOUND = /^[\p{Script=Katakana}ー]{6,}$/u;
/**
 * A count as the subject (「2009年までに1,787戸が…新設された」) is what the sentence before it counts, no
 * subject of its own.
 */
const COUNT_AS_SUBJECT = /[0-9０-９][0-9０-９,，.]*\s*\p{Script=Han}{1,2}(?=が)/gu;

function hasOwnSubject(sentence: string): boolean {
  return OWN_SUBJECT.test(sentence.replace(COUNT_AS_SUBJECT, ''));
}
/** A report title this short may be a person's name (an encyclopedia article's). */
const MAX_NAME_TITLE = 20;
/** Bonus for a sentence that has the kind of figure asked for (on top of the number bonus). */
const FIGURE_BONUS = 0.25;

/**
 * Weight of the passage's retrieval score (relative to the best) in a quote's score: a quote from
 * the passage that matched best is likelier to answer. 0.5, up from 0.3: JSQuAD gold answer in the
 * first quote 83.2% → 84.5%, dev first quote holding the evidence 28 → 29 of 65; 0.8 gains more
 * but overrides the answer-shape, label and asked-figure rules.
 */
const PASSAGE_PRIOR_WEIGHT = 0.5;
/**
 * For 「Xとは」 the passage ranking says less than the sentence's shape: the sentence that defines
 * X often sits in a lower-ranked passage than the cases that mention it (RIT事業's purpose vs 富山's
 * exchange with Basel).
 */
const DEFINITION_PRIOR_WEIGHT = 0.3;

/**
 * A sentence under 「目的:」「概要:」 on a programme's slide says what the programme is (「3. 地域間交流支援
 * (RIT)事業」 / 「目的:」 / 「日本と海外の地域間交流を支援し、…」), though it never repeats the name.
 */
const DEFINING_LABEL = /^(目的|概要|定義|内容|趣旨|狙い|ねらい)[:：]/;
const DEFINING_LABEL_BONUS = 0.15;

/**
 * The best quote with the figure asked for leads if it scores at least this share of the best
 * quote; one with the answer's shape (a date for いつ) at least `LEAD_SHAPE_SHARE`.
 */
const LEAD_FIGURE_SHARE = 0.5;
const LEAD_SHAPE_SHARE = 0.8;
/**
 * A sentence saying what came of a case or why it happened leads above this share of the best
 * score: it seldom repeats the case's name, said in the sentence before it (「しかし、工場の従業員は
 * 非正規労働者が多く…ため」 after 「亀山市は…条例を策定」). 0.5, not 0.8: held-out evidence in the first
 * quote 287 → 294, looked-at 927 → 939.
 */
const LEAD_RESULT_SHARE = 0.5;

/** 「どうなったの」「実績は」「どんな成果」: besides `asksOutcome`, words asking what came of a case, for the lead. */
const OUTCOME_LEAD_ASKED = /(どうなった|どうだった|実績|成果|結果|効果)/;
/**
 * A sentence saying what came of it: a result reached, a failure, or a count reached. Narrower than
 * `SAYS_OUTCOME` (which also reads 設立, 展開, 拡大, 開発 for the outcome near-miss check): as a lead,
 * those words pick the aim a case began with (「更なる事業拡大に向け、…海外市場展開を目指した」).
 */
const SAYS_RESULT =
  /(成果|実現|成功|達成|締結|増加|増大|向上|改善|受注|獲得|創出|倍|増え|伸び|つながった|結びつ|問題が発生|失敗|低迷|伸び悩|減少|悪化|頓挫|未達|確立|[0-9０-９]+\s*(件|社|%|％))/;
/** …said as an aim (「海外市場展開を目指したが」「事業拡大に向け」), not as what came of it. */
const AN_AIM = /(に向け|を目指|目標)/;
/** 「一番最初にできた」: the first in time, asked by its place or date, not by figures compared. */
const FIRST_IN_TIME = /(一番|いちばん|最も)(最初|初め|はじめ)/;
/** A figure with its unit (「197.7ha」「約23,000人」「40億円」「71.6%」), not a bare year or an item's number. */
const MEASURED =
  /[0-9０-９][0-9０-９,，.．]*\s*(ha|ヘクタール|km|㎡|m2|平方|人|名|社|件|億|万|円|ドル|ユーロ|ポンド|%|％|倍|カ所|か所|箇所|機関|団体|校|トン)/;
/** A short numbered line that is no sentence: a case's or a part's title. */
const NUMBERED_TITLE = /^[0-9０-９]{1,2}[.．)）]\s*[^。．]{2,60}$/;
/** Money compared (「お金の出し方」「予算」, "funding"), said as an amount or as funds given. */
const MONEY_COMPARED =
  /(お金|資金|予算|財源|助成|補助|出し方|集め方|出資|\b(funding|funded|budgets?|money|financ\w*)\b)/i;
const MONEY_SAID =
  /(資金|助成|補助|予算|拠出|出資|[0-9][0-9,.]*\s*(億|万|百万|千万)?\s*(円|ユーロ|ドル|ポンド)|[€$£]\s*[0-9])/;
/** Size compared (「規模」「人の数」, "how big", "workforce"), said by a measured figure. */
const SIZE_COMPARED = /(規模|人数|人の数|職員|スタッフ|\b(size|big|bigger|large|workforce|staff|headcount)\b)/i;

/**
 * An organisation's size is its people or its money (「約23,000人」「2,400億円」), not how many sites it has
 * (「66研究所」「10カ所」); asked by people (「人の規模」「職員」), by its people alone.
 */
const SIZE_MEASURED = /[0-9０-９][0-9０-９,，.．]*\s*(万|千|百)?\s*(人|名|億|円|ドル|ユーロ|ポンド)/;
const PEOPLE_MEASURED = /[0-9０-９][0-9０-９,，.．]*\s*(万|千|百)?\s*(人|名)/;
const PEOPLE_ASKED =
  /(人の|人数|人員|職員|スタッフ|研究者|従業員|\b(staff|headcount|workforce|employees|people|researchers)\b)/i;

/** 「どのくらい差がある」「差って」: a gap between two sides asked (not 「格差」「時差」, words of their own). */
const GAP_ASKED = /(?<!\p{Script=Han})差(が|は|って|を|、)/u;

/** What a comparison is made by, as the line saying it for a side writes it; undefined when unsaid. */
function comparedAspect(question: string): RegExp | undefined {
  const q = question.normalize('NFKC');
  if (SIZE_COMPARED.test(q)) return PEOPLE_ASKED.test(q) ? PEOPLE_MEASURED : SIZE_MEASURED;
  if (MONEY_COMPARED.test(q)) return MONEY_SAID;
  return undefined;
}

/** A note beside the text (「※現在は例規集にないため、終了していると思われる。」): it gives no case's cause or result. */
const ASIDE_NOTE = /^[-・\s]*※/;

/**
 * 「なんで」「どうして」「理由は」「何が原因」, "why": a reason asked, for the lead (not `asksWhy`'s 何で, which
 * 「何ですか」「何で表されるか」 write too, nor 「原因となった戦争は」, which asks for a war).
 */
const WHY_ASKED =
  /(なぜ|何故|なんで(?!す)|どうして|理由|きっかけ|何が原因|原因(は|って)[、\s]*(何|なに|なん)|\bwhy\b|\bwhat (led|caused)\b)/i;

/**
 * A sentence giving a cause: 「…が多く、…ため、」「ことから」「背景には」「が一因」「きっかけ」 (not 「に伴い」「により」, which
 * as often set the scene: 「亀山工場設置に伴い、…条例を策定」).
 */
const GIVES_CAUSE =
  /(ため[、,]|ために[、,]|を(回避|避け|防)[ぐける]?ため|ことから|(相違|違い|不足|欠如|変化|減少)から|背景|理由|要因|原因|一因|きっかけ|契機|危機感|もたらし|端を発|予想に反し|予想外|想定外)/;
/**
 * 「基本計画を策定するため、…協議会が結成」: ため after a verb of doing (する, 図る, 進める, 上げる) says what
 * was done for, not why (「…が多いため」「需要減が見込まれるため」「…を変更したため」 do).
 */
const FOR_A_PURPOSE = /(?:する|図る|める|げる|行う|作る|つくる|促す)ため(?:に)?(?=[、,])/g;
/**
 * 「途中で方針変えたの、なんで」「切り替えたのはなんで」「計画を組み替えた理由」: why a course changed, which
 * what a step was for does not say (「なんでそんな仕組みなの」 is answered by what the rule is for:
 * 「…を回避するために」).
 */
const CHANGE_ASKED = /(変え|変わっ|変更|切り替|切替|組み替|組替|組み直|練り直|転換|方向|方針|見直)/;

/** Whether a unit gives a cause; for why a course changed, not what a step was for. */
function givesCause(text: string, changeAsked: boolean): boolean {
  return GIVES_CAUSE.test(changeAsked ? text.replace(FOR_A_PURPOSE, '') : text);
}

/** A problem or gap said, which a step answers: the reason behind it (「…が不在」「…は困難であり」). */
const PROBLEM_SAID =
  /(不在|不足|欠如|欠落|困難|課題|懸念|危機|恐れ|おそれ|奪われ|遅れ|立ち遅れ|低迷|弱い|乏し|できない|ない状況|壁が(大きい|高い|厚い)|障壁|ハードル)/;
const REASON_PROBLEM_BONUS = 0.25;

/** Bonus for a quote with the shape of the answer the question word asks for (`answerShape`). */
const SHAPE_BONUS = 0.1;

/**
 * Bonus for a date of the kind a when-question asks (`askedDating`). 0.15, not 0.1: the start
 * (「2001年度より開始」, under the programme's heading) must outweigh an end that names the programme
 * (「2007年度をもって、産業クラスター計画補助事業による支援を終了」) once both passages are retrieved.
 */
const DATING_BONUS = 0.15;

/** Bonus for an item labelled with the noun a list question asks for (see `askedListNoun`). */
const LIST_NOUN_BONUS = 0.2;

/** Score taken from a quote that does not name what the question is about (see `nameBonus`). */
const UNNAMED_PASSAGE_PENALTY = 0.15;

const TEXT = {
  ja: { intro: '報告書には次のように書かれています。', listIntro: '報告書では次のように挙げられています。' },
  en: {
    intro: 'The reports say (quoted in the original Japanese):',
    listIntro: 'The reports list the following (quoted in the original Japanese):',
  },
};

/**
 * The subject of a definition question: 「LL事業とは？」 → LL事業. Casual framing around it goes:
 * a term in brackets is the subject (「島根のレポに出てくる「RACI」ってなに？」 → RACI), and so is an
 * abbreviation qualified by a place (「イギリスのHVMって何の略？」 → HVM).
 */
export function definitionSubject(question: string): string | undefined {
  const subject = subjectOf(/^(.{1,40}?)(とは|って[、,\s]*(?:何|なに|どういう)|の意味|の定義)/, question);
  if (subject === undefined) return undefined;
  // The bracketed term the subject ends with (「RACI」 of 「…に出てくる「RACI」」); not one that more
  // words follow (「「RACI」と「PDCA」の違い」), nor a single letter (「「IoT」の「T」」).
  const quoted = /[「『“]([^」』”「『“]{2,30})[」』”]?$/.exec(subject)?.[1]?.trim();
  if (quoted) return quoted;
  return /の([A-Za-z][A-Za-z0-9.&-]*)$/.exec(subject)?.[1] ?? subject;
}

/** 「LL事業について教えて」 with nothing more asks what LL事業 is: its subject, else undefined. */
export function aboutSubject(question: string): string | undefined {
  return subjectOf(/^(.{1,30}?)について(詳しく|簡単に)?(教えて|知りたい)(ください|下さい)?[。？?]?$/, question);
}

function subjectOf(pattern: RegExp, question: string): string | undefined {
  const match = pattern.exec(question.normalize('NFKC').trim());
  return match?.[1]?.replace(/^[「『"]|[」』"]$/g, '').trim() || undefined;
}

/**
 * The noun a list question names its items by: 「どんな方向性が示されてる？」 → 方向性, 「8つのポイントは？」
 * → ポイント. Reports label such items with it (「方向性.1 中核産業を…」「ポイント① …」).
 */
export function askedListNoun(question: string): string | undefined {
  return LIST_NOUN.exec(question.normalize('NFKC'))?.[1];
}

const LIST_NOUN =
  /(方向性|ポイント|要素|柱|課題|要因|特徴|条件|ステップ|段階|フェーズ|類型|パターン|施策|機能|役割|視点|論点|目標|戦略|提言|取組|取り組み)/;

/** A type's name: 「内発型」「誘致先行型」 (not 類型整理). */
/** A label that is only a kind of thing and its number: 「類型化のパターン1」「ポイント２」「ステップ③」. */
const NUMBERED_LABEL =
  /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,10}の?(パターン|ポイント|タイプ|ステップ|フェーズ|段階|類型)\s*[0-9０-９\u2460-\u2473]+$/u;

const NAMES_TYPE = /\p{Script=Han}{2,8}(?<!類)型(?!\p{Script=Han})/u;

/**
 * A heading line that reads as a title: not a piece of a sentence that PDF conversion cut over
 * lines (「自治体が、地域経済の成長・高度化の「類」, 「き施策を戦略的に検討することが重要」): no
 * comma, brackets that close, not opening with hiragana.
 */
function isTitle(text: string): boolean {
  const opens = (text.match(/[「（(『]/g) ?? []).length;
  const closes = (text.match(/[」）)』]/g) ?? []).length;
  return text.length >= 8 && !/[、，,]/.test(text) && opens === closes && !/^\p{Script=Hiragana}/u.test(text);
}

/**
 * The unit is an item labelled with the list noun the question asks for: 「方向性.1 …」, an item
 * under 「ポイント:」, or under the heading 「(4) 国際産業連携成功の 8つのポイント」.
 */
function labelledByListNoun(analysed: AnalysedUnit, noun: string | undefined): boolean {
  if (!noun) return false;
  return (
    analysed.unit.text
      .replace(/^[-・•●◆■□\s]+/, '')
      .normalize('NFKC')
      .startsWith(noun) ||
    analysed.label.includes(noun) ||
    (analysed.unit.kind === 'item' && namesListNoun(analysed.heading, noun))
  );
}

/**
 * A heading naming what the list is of: 「国際産業連携成功の8つのポイント」 lists the factors 「成功要因は？」
 * asks for (the reports call them ポイント); 「2. 成功要因分析」 heads an analysis (a contents page's
 * sections under it are no factors).
 */
function namesListNoun(heading: string, noun: string): boolean {
  return (LIST_NOUN_FORMS[noun] ?? [noun]).some((form) => {
    for (let at = heading.indexOf(form); at >= 0; at = heading.indexOf(form, at + 1)) {
      if (!STUDY_AFTER.test(heading.slice(at + form.length))) return true;
    }
    return false;
  });
}
const LIST_NOUN_FORMS: Record<string, string[]> = { 要因: ['要因', 'ポイント'] };
/** 「要因分析」「要因調査」: the study of a thing, not the thing listed. */
const STUDY_AFTER = /^(分析|調査|の分析|の調査)/;

/**
 * The items labelled with the list question's noun in the passage holding the best one
 * (「方向性.1 …」「方向性.2 …」「方向性.3 …」): the list the question asks for, shown whole, or none
 * when fewer than two are labelled.
 */
function labelledFamily(candidates: Candidate[], nextChunk: ComposeInput['nextChunk']): Candidate[] {
  const best = candidates
    .filter((candidate) => candidate.listLabelled)
    .reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
  if (!best) return [];
  const family = candidates.filter((candidate) => candidate.listLabelled && candidate.passage === best.passage);
  if (family.length < 2) return [];
  const shown = family.slice(0, MAX_FAMILY_ITEMS);
  return [...shown, ...familyContinuation(shown, nextChunk)];
}

/**
 * 「8つのポイントのうち、「行動段階」に入ってるのってどれ」: of a list whose items are grouped under short
 * labels (構想段階 / 1.–3. / 体制段階 / 4.–5. / 行動段階 / 6.–8.), the group the question names (by its label, or
 * its label less 段階: 「『体制』の段階」, or in words the query reads as the label's: 「実際に動き出してからの段階」);
 * the whole list when it names none.
 */
function askedGroup(family: Candidate[], question: string, queried: (label: string) => boolean): Candidate[] {
  const first = family[0];
  if (!first) return family;
  const asked = normalizeForIndex(question);
  const lines = first.passage.chunk.text.split('\n');
  const own = family.filter((item) => item.passage === first.passage);
  const itemLines = new Set(own.map((item) => item.unit.line));
  let from = Math.min(...itemLines) - 1;
  while (from > 0 && !lines[from]?.trim()) from--;
  const groups: { line: number; label: string }[] = [];
  for (let line = Math.max(0, from); line <= Math.max(...itemLines); line++) {
    const text = lines[line]?.trim() ?? '';
    if (!text || itemLines.has(line) || text.length > GROUP_LABEL_CHARS || listItemNumber(text) !== undefined) continue;
    groups.push({ line, label: normalizeForIndex(text) });
  }
  if (groups.length < 2) return family;
  const named = groups.find(({ label }) =>
    [label, label.replace(/(段階|フェーズ)$/, '')].some(
      (name) => name.length >= 2 && (asked.includes(name) || queried(name)),
    ),
  );
  if (!named) return family;
  const next = groups.find(({ line }) => line > named.line);
  const group = family.filter((item) =>
    item.passage === first.passage ? item.unit.line > named.line && (!next || item.unit.line < next.line) : !next,
  );
  return group.length > 0 ? group : family;
}

/** A group's label among a list's items is a short line: 「構想段階」「体制段階」. */
const GROUP_LABEL_CHARS = 10;

/**
 * The items that go on numbering a family in the chunk after its passage: a passage is cut at 600
 * characters, so 「国際産業連携成功の 8つのポイント」 shows 1–6 and 「7. …」「8. …」 open the next chunk.
 * Short lines between them (group labels such as 「行動段階」) are skipped.
 */
function familyContinuation(family: Candidate[], nextChunk: ComposeInput['nextChunk']): Candidate[] {
  const first = family[0];
  if (!first || !nextChunk) return [];
  let last = Math.max(...family.map((item) => itemNumber(item.unit.text)));
  // Only a list that runs to the end of its passage can go on in the next chunk.
  const tail = first.passage.chunk.text.slice(
    Math.max(...family.map((item) => item.unit.start + item.unit.text.length)),
  );
  if (tail.split('\n').filter((line) => line.trim()).length > 2) return [];
  const next = last > 0 ? nextChunk(first.passage.chunk) : undefined;
  if (!next) return [];
  const passage: Passage = { ...first.passage, chunk: next };
  const continued: Candidate[] = [];
  let skipped = 0;
  for (const unit of passageUnits(next.text)) {
    if (continued.length + family.length >= MAX_FAMILY_ITEMS) break;
    if (listItemNumber(unit.text) === last + 1) {
      last++;
      const grams = new Set(charBigrams(normalizeForIndex(unit.text)));
      continued.push({ ...first, unit: { ...unit, kind: 'item' }, passage, gramIds: gramIds(grams) });
      skipped = 0;
    } else if (unit.text.length <= 20 && skipped < 2) {
      skipped++;
    } else {
      break;
    }
  }
  return continued;
}

const MAX_FAMILY_ITEMS = 10;
const FAMILY_CONTEXT_QUOTES = 2;

/** The number an item is labelled with (「方向性.2」 → 2, 「視点③」 → 3); items without one keep their order. */
function itemNumber(text: string): number {
  const match = /^[^0-9０-９①-⑳]{0,12}?([0-9０-９]+|[①-⑳])/.exec(text.normalize('NFKC'));
  if (!match) return 0;
  const n = match[1]!;
  return /[①-⑳]/.test(n) ? n.charCodeAt(0) - 0x245f : Number(n);
}

/** Bonus for a quote that glosses the term a definition question asks about (see `glosses`). */
const GLOSS_BONUS = 0.2;
/** Bonus for a sentence opening 「Xとは、…」 with the term asked about (see `opensDefinition`). */
const DEFINING_SENTENCE_BONUS = 0.1;

/**
 * A slide's bullet that is a clause, not a label: a comma, then a predicate (「量産市場（EVモーター等）では、材料
 * コストと量産化プロセスの壁が大きい」) — a statement without its 。, as slides write them.
 */
function statesClause(unit: Unit): boolean {
  return (
    unit.kind === 'item' && /[、,][^、,]{4,}(い|だ|る|た|ない|可能|必要|困難|重要|不足|不在)$/.test(unit.text.trim())
  );
}

/** Passages with a line that starts with the term being defined (a title line) come first. */
function definitionFirst(passages: Passage[], subject: string): Passage[] {
  const key = compactName(subject);
  const opening = passages.map((passage) =>
    passage.chunk.text.split('\n').some((line) => compactName(line).startsWith(key)),
  );
  return [...passages.filter((_, i) => opening[i]), ...passages.filter((_, i) => !opening[i])];
}

/**
 * The unit follows a short title line that names the subject: "LL (Local to Local) 事業" / "各地の…を図る。"
 * (`lines`: the passage's lines; `subjectKey`: the subject's compactName).
 */
function followsSubjectTitle(lines: readonly string[], unit: Unit, subjectKey: string): boolean {
  const previous = lines[unit.line - 1];
  return previous !== undefined && previous.length <= 40 && compactName(previous).startsWith(subjectKey);
}

/** The term a definition question asks about, when Japanese or quoted in an English question. */
function quotedOrJapaneseTerm(input: ComposeInput): string | undefined {
  const term = definedTerm(input.question);
  if (!term || input.lang === 'ja') return term;
  return new RegExp(`['‘’"“”]${escapeRegExp(term)}['‘’"“”]`).test(input.question.normalize('NFKC')) ? term : undefined;
}

/** NFKC, lower case, no spaces and no parenthetical: "LL (Local to Local) 事業" → "ll事業". */
function compactName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
}

function kindBonus(kind: QuestionKind, unit: Unit, subject: string | undefined): number {
  const text = unit.text;
  switch (kind) {
    case 'number':
      return /[0-9０-９]/.test(text) ? 0.15 : 0;
    case 'definition': {
      // 「X：…」 defines X; 「有効回答率：71.6%」 gives a figure.
      const defines =
        /(とは|という|を指す|のこと|と定義|として選定|[（(][^）)]{2,}[）)]|＝|[:：]\s*[^\s0-9０-９]|を図る|である)/.test(
          text,
        )
          ? 0.12
          : 0;
      // A sentence that starts from, or expands, the very term asked about is the definition.
      const normalized = text.normalize('NFKC');
      const about = subject && normalized.includes(subject) && normalized.indexOf(subject) < 12 ? 0.15 : 0;
      return (
        defines +
        about +
        (subject && glosses(normalizeForIndex(text), subject) ? GLOSS_BONUS : 0) +
        (subject && opensDefinition(text, subject) ? DEFINING_SENTENCE_BONUS : 0)
      );
    }
    case 'list':
      return unit.kind === 'item' || /[①-⑳]|[0-9]つ|[、・]/.test(text) ? 0.1 : 0;
    case 'reason':
      // A cause, or the problem or gap a step answered (「橋渡し機能が不在」「コスト競争は困難」「主導権を奪われ」).
      // An unexpected finding (「予想に反して…が可能で、計画を変更」) is why a course changed.
      return /(ため|により|によって|要因|背景|理由|から|予想に反し|予想外|想定外)/.test(text)
        ? 0.08
        : PROBLEM_SAID.test(text)
          ? REASON_PROBLEM_BONUS
          : 0;
    default:
      return 0;
  }
}

/**
 * Footnotes, references and source lines ("(注41) …", "出所：…", "清水誠 [2015]. 「…」") support
 * nothing by themselves: never quoted as an answer.
 */
export function isApparatus(text: string): boolean {
  return (
    /^[-・\s]*([（(]注\d*[)）]|注\d|出所|出典|資料[:：）)]|[（(]資料[)）]|※\s*出典)/.test(text) ||
    /\[\d{4}[a-z]?\]\s*[.．]/.test(text) ||
    // 「※…をクロス集計し、各マスには回答者数を記載している。」: how a chart was made, not what it shows.
    /^[-・\s]*※.*(集計|記載|作成|図表|グラフ|単位|を除く|含まない)/.test(text) ||
    // 「※2：その他製造業は繊維工業、…」: a numbered note under a chart.
    /^[-・\s]*※\s*[0-9０-９]+/.test(text) ||
    /\b(pp?\.\s*\d|vol\.|No\.\s*\d+-\d+)/i.test(text) ||
    // 「研究レポートNo.426、富士通総研・経済研究所、2015年6月」: a bibliography entry.
    /No\.\s*\d+[、,].*(19|20)\d\d年/.test(text) ||
    // 「そこで、(図表11) it's OWLが取り組むインダストリー 4.0プロジェクト」: a figure caption, not a statement.
    (/^[^。．]{0,6}[(（]図表?\s*[0-9０-９]+(-[0-9０-９]+)?[)）]/.test(text) && !/[。．]/.test(text)) ||
    // 「詳細は資料2-2を参照。」: a pointer, not a statement.
    (text.length < 60 && /を参照(のこと|されたい|ください)?[。．]?$/.test(text)) ||
    // (Michael E. Porter "Clusters and Economic Policy…" ISC White Paper, …, November 2007), also
    // when the rest of the footnote follows it on the same line.
    isLatinReference(text) ||
    isLatinReference(/^[(（]([^()（）]+)[)）]/.exec(text)?.[1] ?? '')
  );
}

/** A bibliography entry in Latin letters: a year and a quoted title, "et al.", a paper or a journal. */
function isLatinReference(text: string): boolean {
  return (
    text.length > 0 &&
    japaneseRatio(text) < 0.2 &&
    /(19|20)\d\d/.test(text) &&
    /["“”]|\bet al\b|\b(white )?paper\b|\bjournal\b|\bpress\b|\buniversity\b/i.test(text)
  );
}

interface AnalysedUnit {
  unit: Unit;
  terms: Set<string>;
  grams: Set<string>;
  gramIds: Int32Array;
  /** The label line the unit sits under (「飯塚市の例:」), normalized; '' when none. */
  label: string;
  /** The label names a place, organisation or person (a proper noun). */
  labelNamed?: boolean;
  /** The heading the unit sits under in its passage (「(4) 国際産業連携成功の 8つのポイント」), normalized; '' when none. */
  heading: string;
  /** The unit is part of a footnote that states something (see `isStatementNote`). */
  footnote?: boolean;
  /** For a table row: the unit its table's figures are in (「[単位:件数]」 → 件), when the table says. */
  tableUnit?: string | undefined;
  /**
   * For a table row: the terms of the title and labels above its table. They tell what a row of
   * bare figures counts (see `contextCoverage`), not what the row says: a row of case names under
   * 「RIT事業案件分布図」 does not say what RIT事業 is.
   */
  tableTerms?: Set<string> | undefined;
  /** For a table row: the title and labels above its table and its first row, as written. */
  tableLabel?: string | undefined;
}

/**
 * Lines of 「label：value」 in a row (「実施期間：2007年11月～12月」「対象数：200テーマ」「有効回答数：131件」)
 * are one record, about what the line above them says (「…アンケート調査を実施」): like a table's
 * title, that line and the record's labels are the context of each value (`contextCoverage`).
 */
function recordContext(units: AnalysedUnit[]): void {
  for (let i = 0; i < units.length; i++) {
    if (!RECORD_LINE.test(units[i]!.unit.text) || units[i]!.tableTerms) continue;
    let end = i;
    while (end + 1 < units.length && RECORD_LINE.test(units[end + 1]!.unit.text)) end++;
    if (end > i) {
      const context = new Set<string>(i > 0 && units[i - 1]!.unit.kind !== 'row' ? units[i - 1]!.terms : []);
      for (let j = i; j <= end; j++) for (const term of units[j]!.terms) context.add(term);
      for (let j = i; j <= end; j++) units[j]!.tableTerms ??= context;
    }
    i = end;
  }
}

/** A record's line: a short label, a colon and its value. */
const RECORD_LINE = /^[^\s：:。、]{2,12}[：:]\s*\S/;

/** A short line ending in a colon labels the lines after it: 「飯塚市の例:」「富山県の例：」. */
const LABEL_LINE = /^[^。！？!?]{2,30}[:：]$/;

/**
 * Sentences under a label line are about what the label names: 「飯塚市の例:」 / 「市の産業政策の柱として
 * IT産業育成をかけた…」 answers a question about 飯塚市 without repeating it. Each unit takes the
 * label's terms (as a table row takes its header's); a heading or the next label ends the scope.
 */
function inheritLabels(passageText: string, units: AnalysedUnit[], tokenizer: Tokenizer): void {
  const lines = passageText.split('\n');
  const pos = tokenizer as Partial<PosTokenizer>;
  let label: { line: number; text: string; terms: string[]; named: boolean; runOnly: boolean } | undefined;
  let labelLine = -1;
  for (const analysed of units) {
    const { unit } = analysed;
    for (let line = labelLine + 1; line <= unit.line; line++) {
      const text = lines[line]?.trim() ?? '';
      const runTitle = titlesRun(lines, line);
      if (!(LABEL_LINE.test(text) || runTitle) || NOTE_LABEL.test(text)) continue;
      const named = pos.tokens?.(text).some((token) => token.pos_detail_1 === '固有名詞') ?? false;
      // A run's title names the list (what a list question asks for), not what each item says.
      label = { line, text, terms: runTitle ? [] : tokenizer.terms(text), named, runOnly: runTitle };
    }
    labelLine = unit.line;
    if (label?.line === unit.line) continue;
    if (unit.kind === 'heading' || (label?.runOnly && unit.kind !== 'item')) label = undefined;
    if (!label) continue;
    analysed.label = normalizeForIndex(label.text);
    analysed.labelNamed = label.named;
    for (const term of label.terms) analysed.terms.add(term);
  }
}

/**
 * A short title line over a numbered run labels the run's items, and only them: 「優先提言」 over
 * 「1. 応用実証研究拠点の整備」「2. 研究→量産橋渡し設備の整備」….
 */
function titlesRun(lines: readonly string[], line: number): boolean {
  const text = lines[line]?.trim() ?? '';
  if (text.length < 2 || text.length > 20 || /[。、，,：:！？!?]/.test(text) || listItemNumber(text) !== undefined) {
    return false;
  }
  let next = line + 1;
  while (next < lines.length && !lines[next]!.trim()) next++;
  return next < lines.length && listItemNumber(lines[next]!.trim()) === 1;
}

/** 「出所：」「資料:」 label sources, not the lines after them. */
const NOTE_LABEL = /^(出所|出典|資料|注|凡例)/;

/**
 * Quotable units of a passage with their terms and bigrams. Passages are immutable while serving,
 * so the analysis is done once per passage (kuromoji is the costly part of composing an answer):
 * a bounded cache by passage id, checked against the text.
 * A table row is read with its table's header row: 「職員数 約23,000人」 answers a question about
 * フラウンホーファー only under the header 「フラウンホーファー研究機構 産業技術総合研究所」.
 */
const unitCache = new Map<string, { text: string; units: AnalysedUnit[] }>();
const MAX_CACHED_PASSAGES = 2000;

/**
 * The last sentence of the chunk before `chunk` when `chunk` opens in the middle of that sentence's
 * line: a long paragraph is cut into chunks at its sentences, and the one opening a passage
 * (「同クラスターには…174の企業・機関が参加」) may go on from the sentence naming its subject.
 */
function sentenceBefore(chunk: Chunk, input: ComposeInput): AnalysedUnit | undefined {
  const previous = input.previousChunk?.(chunk);
  if (!previous || previous.lines[1] !== chunk.lines[0]) return undefined;
  return analysedUnits(previous, input.tokenizer).at(-1);
}

function analysedUnits(chunk: Chunk, tokenizer: Tokenizer): AnalysedUnit[] {
  // By id, checked against the text (no key of id and whole text to build and hash per passage).
  const cached = unitCache.get(chunk.id);
  let units = cached?.text === chunk.text ? cached.units : undefined;
  if (!units) {
    const all = passageUnits(chunk.text).map((unit) => {
      const grams = new Set(charBigrams(normalizeForIndex(unit.text)));
      return {
        unit,
        terms: new Set(tokenizer.terms(unit.text)),
        grams,
        gramIds: gramIds(grams),
        label: '',
        heading: '',
        footnote: false,
        tableUnit: undefined as string | undefined,
        tableTerms: undefined as Set<string> | undefined,
        tableLabel: undefined as string | undefined,
      };
    });
    let heading = '';
    let headingsAbove = '';
    for (const analysed of all) {
      if (analysed.unit.kind === 'heading') {
        // A heading line keeps the headings above it: under 「国としての意識すべき政策方向性」 the
        // short lines of a slide (「発展の類型・フェーズを意識した戦略思考の浸透」) are its items.
        analysed.heading = headingsAbove;
        heading = normalizeForIndex(analysed.unit.text);
        headingsAbove = `${headingsAbove} ${heading}`;
      } else analysed.heading = heading;
    }
    let header: AnalysedUnit | undefined;
    let context: TableContext | undefined;
    let previousRowLine = -2;
    const lines = chunk.text.split('\n');
    for (const analysed of all) {
      if (analysed.unit.kind !== 'row') continue;
      if (analysed.unit.line !== previousRowLine + 1) {
        header = analysed;
        context = tableContext(lines, analysed.unit.line, tokenizer);
      } else if (header) for (const term of header.terms) analysed.terms.add(term);
      if (context!.terms.length > 0) analysed.tableTerms = new Set(context!.terms);
      if (context!.unit) analysed.tableUnit = context!.unit;
      analysed.tableLabel = context!.label;
      previousRowLine = analysed.unit.line;
    }
    inheritLabels(chunk.text, all, tokenizer);
    recordContext(all);
    // Every sentence of a source note or a citing footnote is apparatus, not only the one that opens
    // it (the chunker marks their lines); a footnote that states something is quoted like the body.
    const notes = new Set(chunk.noteLines ?? []);
    const statements = statementNoteLines(chunk.text, chunk.noteLines ?? []);
    units = all.filter((analysed) => {
      const { unit } = analysed;
      if (unit.kind === 'heading') return !isApparatus(unit.text) && !notes.has(unit.line);
      if (statements.has(unit.line)) {
        analysed.footnote = true;
        // The body sentence citing the note says what it is about (「…受託研究費（いわゆる3分の1ルール」 for
        // 「(注23) 産業界との契約金額が55%以上となった場合…」): its words count as the note's.
        const note = FOOTNOTE_NUMBER.exec((lines[unit.line] ?? '').normalize('NFKC'))?.[1];
        const citing = note !== undefined ? chunk.citedBy?.find((c) => c.note === note) : undefined;
        if (citing) for (const term of tokenizer.terms(citing.sentence)) analysed.terms.add(term);
        return !isApparatus(unit.text.replace(FOOTNOTE_LABEL, ''));
      }
      return !isApparatus(unit.text) && !notes.has(unit.line);
    });
    if (cached) unitCache.delete(chunk.id);
    else if (unitCache.size >= MAX_CACHED_PASSAGES) unitCache.delete(unitCache.keys().next().value!);
    unitCache.set(chunk.id, { text: chunk.text, units });
  }
  return units;
}

/**
 * Reads every passage's quotable units ahead of the first question: a question about a part of the
 * reports no question has touched yet waits for kuromoji on each of its sentences (≈ 10 ms of an
 * answer's first time, 2 ms after). Works in slices of `sliceMs`, yielding between them, so that
 * a server answers while it warms; resolves when done (or at once when `signal` aborts).
 */
export async function warmUpComposer(
  chunks: readonly Chunk[],
  tokenizer: Tokenizer,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const sliceMs = options.sliceMs ?? 20;
  const posTokenizer = tokenizer as Partial<PosTokenizer>;
  let done = 0;
  while (done < chunks.length && !options.signal?.aborted) {
    const until = performance.now() + sliceMs;
    while (done < chunks.length && performance.now() < until) {
      // The sentences' analysis is kept by text (a passage joins chunks differently each time), not
      // the passage's: its sets of terms and bigrams per chunk would cost far more memory than they save.
      for (const unit of passageUnits(chunks[done++]!.text)) {
        tokenizer.terms(unit.text);
        if (posTokenizer.tokens) warmNameCaches(unit.text, posTokenizer as PosTokenizer);
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}

/** Penalty for a quote that does not name what the question is about, in a passage or under a label that does not either. */
function nameBonus(names: readonly string[], unit: AnalysedUnit, passageNamed: boolean): number {
  if (names.length === 0) return 0;
  if (mentionsAny(normalizeForIndex(unit.unit.text), names) || mentionsAny(unit.label, names)) return 0;
  // Under a label naming something else (「石川県の例:」 when the question is about 飯塚市), or in a
  // passage about something else; a label such as 「目的:」 names nothing and costs nothing. In a
  // list of cases (「5. 福井県－フランスリヨン市…」「8. 福岡県飯塚市－…」) an item not naming it is
  // another case.
  const listed = unit.unit.kind === 'item' || unit.unit.kind === 'row';
  return passageNamed && !unit.labelNamed && !listed ? 0 : -UNNAMED_PASSAGE_PENALTY;
}

/**
 * A number for every bigram of the units quoted so far (a corpus has a bounded set of them): two
 * units' bigrams then compare as sorted arrays, far faster than as sets of strings.
 */
const gramNumbers = new Map<string, number>();

function gramIds(grams: Set<string>): Int32Array {
  const ids = Int32Array.from(grams, (gram) => {
    let id = gramNumbers.get(gram);
    if (id === undefined) gramNumbers.set(gram, (id = gramNumbers.size));
    return id;
  });
  return ids.sort();
}

/** Jaccard similarity of two sets of bigrams, as sorted `gramIds`. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

export function composeExtractive(input: ComposeInput, options: ExtractiveOptions = {}): Answer {
  const opts = { ...DEFAULT_EXTRACTIVE_OPTIONS, ...options };
  const text = TEXT[input.lang];
  // 「LL事業について教えて」 (every starter question) asks what LL事業 is: answered as a definition.
  const asked = questionKind(input.question);
  const about = asked === 'other' ? aboutSubject(input.question) : undefined;
  const kind = about ? 'definition' : asked;
  // The term as the question frames it, else as the gloss rule reads it: 「ミッシング・ミドルって言葉が…どういう
  // 意味」, or an English question's term in quotes ("what is a 'Catapult Centre'"). Not an English term
  // unquoted: "what is RESAS" then put first the passages on RESAS's users (「RESASユーザーは…」).
  const subject =
    about ?? (kind === 'definition' ? (definitionSubject(input.question) ?? quotedOrJapaneseTerm(input)) : undefined);
  const top = (subject ? definitionFirst(input.passages, subject) : input.passages).slice(0, opts.passages);
  const best = top[0];
  const queryGrams = new Set(input.query.grams.keys());
  const listNoun = kind === 'list' ? askedListNoun(input.question) : undefined;
  // 「産業集積ってどんな型に分けてる」: lines naming a type (「2-2-1. 広島県 – 内発型（大企業牽引型）」, a
  // contents line among them) are its items.
  const typesAsked = kind === 'list' && asksTypes(input.question);
  // 「何人」「いつ」「どこの国」: a quote with the shape of the answer (14人, 1910年, スウェーデン) answers.
  // 「3本柱って何だっけ」: the sentence naming the pillars says 「…の3本柱」. (Retrieval leaves the stated
  // count alone: as a passage's shape it moved three held-out answers down and none up.)
  const shape = input.query.answerShape ?? input.query.itemCount;

  // Names the question is about: quotes that mention one come first, quotes from passages that
  // mention none are about something else (「飯塚市のLLの成功要因」 is not answered by Sweden's LL).
  const posTokenizer = input.tokenizer as Partial<PosTokenizer>;
  // An English question names them in Latin letters ("Suwa" → 諏訪) and by acronyms (COVE).
  const names =
    input.corpusText !== undefined && posTokenizer.tokens
      ? questionNames(
          input.lang === 'ja' ? input.question : [...(input.query.romanized ?? []), input.question].join('\n'),
          posTokenizer as PosTokenizer,
          input.corpusText,
        )
      : [];
  // 「相手地域ってどこ」「Which Italian city」: a quote naming a place the question does not (in an
  // English question, nor its translations) has the shape of the answer; any proper noun new to the
  // question (a place, an organisation) may answer it when deciding whether to abstain.
  // What the question names, in its words and (for an English question) their translations.
  const askedText = `${input.question} ${[...input.query.terms.keys()].join(' ')}`;
  const namesPlace =
    posTokenizer.tokens && asksForPlace(input.question)
      ? newPlaceNamer(askedText, posTokenizer as PosTokenizer)
      : undefined;
  // 「実施主体ってどこ」「何て会社」「誰のこと」: a quote naming an organisation or person the question does
  // not has the shape of the answer; 「スイス企業と契約」 names none and does not answer.
  const nameAsked = posTokenizer.tokens ? askedName(input.question) : undefined;
  const namesEntity = nameAsked ? newEntityNamer(askedText, posTokenizer as PosTokenizer) : undefined;
  const hasShape = (text: string): boolean =>
    shape ? shape.test(text) : (namesPlace?.(text, true) ?? namesEntity?.(text, nameAsked, true) ?? false);
  // 「LL事業って何年度から何年度まで」「目標を達成したのって何年」: a date that is of the kind asked (a
  // period, an end, a start) or said with the event asked.
  const dating = askedDating(input.question);
  const datesAsked = (text: string): boolean => {
    if (!dating) return false;
    const normalized = text.normalize('NFKC');
    return STATES_DATE.test(normalized) && dating.test(normalized);
  };
  const candidates: Candidate[] = [];
  // 「相手国が中国の案件」「中国の地域と組んだ案件」: 中国 the country, with a partner abroad.
  const chinaAbroad = /中国/.test(input.question) && CHINA_ABROAD.test(input.question);
  // The words framing a comparison (違う, 比べる) say how to answer, not what about: no passage need say them.
  const queryWeights = weighConcepts(input.query, (term) => (COMPARISON_WORDS.has(term) ? 0 : input.idf(term)));
  const katakanaTerms = new Set(
    queryWeights.terms.map(({ term }) => term).filter((term) => KATAKANA_COMPOUND.test(term)),
  );
  // 「海外からの出展企業は何社」: the words of what is counted, less the counted noun itself (企業: the
  // figure says 社), weighed as the question weighs them.
  const counted = countedTopic(input.question);
  // 「会員400社超のうち、関西の企業って何社」: a part of a total the question states. Its name (関西) is
  // then what tells the part from the total, to be said beside the count, not only by the passage.
  const ofTotal = askedPart(input.question) !== undefined;
  // Only a count reads a unit with its heading's words (`headingCoverage`).
  const countAsked = askedCount(input.question) !== undefined;
  // The kinds a count asks of (「大学・研究機関」: 大学, 研究機関), each as written; in English, the
  // words the lexicon gives for the kind ("Japanese companies": 日本企業).
  const kindEn = input.lang === 'en' ? countedKindEn(input.question) : undefined;
  const countedKinds =
    counted && input.lang === 'ja'
      ? kindsOf(counted.topic)
      : kindEn
        ? loadLexicon()
            .lookup(kindEn)
            .map((word) => normalizeForIndex(word))
            .filter((word) => word.length >= 2)
        : [];
  // 「技術コンサルとかをやった件数」: a kind the question itself says 「…とか」 of is counted with its like, as
  // 「技術コンサルティング等を行った件数は、3,546件」 counts it; only a kind asked alone is not answered by a
  // list's total.
  const normalizedQuestion = normalizeForIndex(input.question);
  const exactKinds = countedKinds.filter(
    (kind) => !new RegExp(`${escapeRegExp(kind)}(とか|など|等|なんか)`).test(normalizedQuestion),
  );
  const counting =
    counted && input.lang === 'ja' && posTokenizer.tokens
      ? countedParts(counted, input, posTokenizer as PosTokenizer).map((part) =>
          ofTotal ? { text: part.text, terms: part.terms } : part,
        )
      : [];
  // 「臨床実験って何年にスタートしたの？」: the year must be said of the event, not only of the case
  // (「《03～06年度》」 on the case's line). The event's words are the question's other than its names
  // and places (福島, スウェーデン), when it says enough of them to be told by (「存在が判明したのは何年」
  // may be answered by 発見).
  const eventTerms = new Set<string>();
  if (input.lang === 'ja' && posTokenizer.tokens && asksForYearCount(input.question)) {
    const proper = new Set(
      (posTokenizer as PosTokenizer)
        .tokens(normalizeForIndex(input.question))
        .filter((token) => token.pos_detail_1 === '固有名詞')
        .map((token) => token.surface_form),
    );
    for (const term of input.query.terms.keys())
      if (!proper.has(term) && !names.includes(term) && !input.query.foreign?.has(term)) eventTerms.add(term);
  }
  const dateAsked = eventTerms.size >= MIN_EVENT_TERMS;
  // 「「オンリーワンLED製品」の認証制度って何年に始まった」: of many event words, a line sharing one
  // (LED, in 「徳島県内LED関連企業数 10社(2005年)」) is on another matter; it shares two. Words are counted
  // by concept (AMRC's expansion 先進・製造・研究・センター is one).
  const conceptOf = (term: string) => input.query.concepts?.get(term) ?? term;
  const eventConceptsNeeded = new Set([...eventTerms].map(conceptOf)).size >= MANY_EVENT_CONCEPTS ? 2 : 1;
  // 「空室率が4割まで行ったのって何年」: the event is the figure's; its year is said with 「4割」, not by a
  // sentence with another figure (「2009年までに1,787戸が…新設」).
  const eventFigures =
    input.lang === 'ja' && asksForYearCount(input.question)
      ? [...input.question.normalize('NFKC').matchAll(EVENT_FIGURE)].map((match) => match[0].replace(/[,\s]/g, ''))
      : [];
  const saysEventFigure = (text: string) =>
    eventFigures.length === 0 ||
    eventFigures.some((figure) => text.normalize('NFKC').replace(/[,\s]/g, '').includes(figure));
  const subjectKey = subject !== undefined ? compactName(subject) : undefined;
  top.forEach((passage, rank) => {
    const passageNamed =
      names.length > 0 &&
      mentionsAny(normalizeForIndex(`${passageSections(passage.chunk).join(' ')} ${passage.chunk.text}`), names);
    // An article's title names its subject once (「日本共産党」), its paragraphs seldom repeat it; a
    // report's own survey is its publisher's (「ジェトロのアンケート」 in ジェトロ's report), and 「野村さんの…
    // レポート」 is its author's.
    const report = input.reports(passage.chunk.doc);
    const titleNamed =
      names.length > 0 &&
      mentionsAny(
        normalizeForIndex(`${report?.title ?? ''} ${report?.publisher ?? ''} ${report?.author ?? ''}`),
        names,
      );
    const prior = best && best.score > 0 ? Math.min(1, Math.max(0, passage.score / best.score)) : 0;
    const countScope =
      counting.length > 0
        ? normalizeForIndex(`${passageSections(passage.chunk).join('')}${report?.title ?? ''}`).replace(/\s+/g, '')
        : '';
    const lines = subjectKey !== undefined ? passage.chunk.text.split('\n') : [];
    let previous: AnalysedUnit | undefined;
    // The sentence before the passage, on the line it opens with: read (from the chunk before, so
    // only then) when the passage's first sentence says it goes on from it (「同クラスターには」「その結果、」);
    // a subjectless one may start a list.
    let carried: AnalysedUnit | undefined;
    let first = true;
    for (const analysed of analysedUnits(passage.chunk, input.tokenizer)) {
      const { unit, terms, grams, gramIds } = analysed;
      if (first) {
        first = false;
        if (CONSEQUENCE.test(unit.text) || OPENS_REFERRING_BACK.test(unit.text))
          previous = carried = sentenceBefore(passage.chunk, input);
      }
      // 「• 「エコ塾」は近年…も実施。2021年２月末までに133回開催。」: a sentence that goes on from the one
      // before it on its line (or bullet) is about what that one names, for the figure rules.
      // Only a sentence without a subject of its own (「…は」「…が」): 「イベントは8,000件以上」 is about events.
      // A bullet that opens with 「結果、」「これにより」 goes on from the bullet before it, subject or not, and
      // so does one naming its subject by 同 (「同クラスターには」 is the it's OWL named before it).
      const before =
        previous &&
        isProse(previous.unit) &&
        isProse(unit) &&
        ((previous !== carried && previous.unit.line === unit.line && !hasOwnSubject(unit.text)) ||
          CONSEQUENCE.test(unit.text) ||
          refersBackTo(unit.text, previous.unit.text))
          ? previous
          : undefined;
      previous = analysed;
      // Heading lines answer nothing, except as the items of a list the question asks for by the
      // noun a heading above them names, and a case's title line (「鍋屋バイテック（株）（岐阜県関市）」) naming
      // the organisation asked for.
      const namesType = typesAsked && NAMES_TYPE.test(unit.text);
      // 「類型化のパターン1」: a slide's numbered label, whose content PDF conversion put elsewhere, says nothing.
      if (NUMBERED_LABEL.test(unit.text.trim())) continue;
      if (
        unit.kind === 'heading' &&
        !(listNoun && namesListNoun(analysed.heading, listNoun) && isTitle(unit.text)) &&
        !(namesType && isTitle(unit.text)) &&
        !(namesEntity && nameAsked !== 'person' && namesEntity(unit.text, nameAsked))
      )
        continue;
      // A sentence under a title line naming the subject is about the subject, even if it does not repeat it.
      const titled = subjectKey !== undefined && followsSubjectTitle(lines, unit, subjectKey);
      // A katakana compound of the question (クラスターマネジメント) is in a unit that writes it with a dot
      // (クラスター・マネジメント), which kuromoji cuts otherwise (クラ / スター).
      // Read only when such a term is not among the unit's own (this runs for every unit of every answer).
      let compact: string | undefined;
      const has = (term: string) =>
        terms.has(term) ||
        (katakanaTerms.has(term) && (compact ??= normalizeForIndex(unit.text).replace(/[・\s]/g, '')).includes(term));
      const coverage = titled ? 1 : conceptCoverage(queryWeights, has);
      let gramHits = 0;
      for (const gram of queryGrams) if (grams.has(gram)) gramHits++;
      const gramCoverage = titled ? 1 : queryGrams.size ? gramHits / queryGrams.size : 0;
      // Very long units read badly in chat; prefer focused sentences.
      const lengthPenalty = unit.text.length > 220 ? 0.1 : 0;
      const listLabelled = labelledByListNoun(analysed, listNoun);
      // Short fragments (labels, table-of-contents lines) answer nothing unless a list is asked for;
      // a short line that ends no sentence (a slide's catchphrase 「「水素先進都市 周南」を打ち出す」, a
      // case's title) gives way to the sentence that says more (in-house first quote 33 → 36 %).
      const fragmentPenalty =
        kind === 'list'
          ? 0
          : unit.text.length < 20
            ? 0.15
            : unit.text.length < 40 && !/[。．！？!?][」』）)]*$/.test(unit.text) && !statesClause(unit)
              ? 0.1
              : 0;
      const score =
        0.55 * coverage +
        0.2 * gramCoverage +
        (kind === 'definition' ? DEFINITION_PRIOR_WEIGHT : PASSAGE_PRIOR_WEIGHT) * prior +
        kindBonus(kind, unit, subject) +
        (kind === 'definition' && DEFINING_LABEL.test(analysed.label) ? DEFINING_LABEL_BONUS : 0) +
        (listLabelled || namesType ? LIST_NOUN_BONUS : 0) +
        (titled ? 0.15 : 0) +
        // 「結果、2003年までに22社43事業所が同制度を活用し…」 goes on from the line naming 四日市's ordinance.
        Math.max(
          nameBonus(names, analysed, passageNamed),
          before ? nameBonus(names, before, passageNamed) : -Infinity,
        ) +
        (hasShape(unit.text) ? SHAPE_BONUS : 0) +
        (datesAsked(unit.text) ? DATING_BONUS : 0) -
        lengthPenalty -
        fragmentPenalty -
        (analysed.footnote ? FOOTNOTE_PENALTY : 0);
      // The case's title above the unit (「福島県—スウェーデン(医療福祉機器産業)」) says what its lines are about.
      const caseTitle = sectionAt(passage.chunk, unit.start).at(-1);
      const caseTerms =
        caseTitle && (isCaseTitle(caseTitle) || isBoxTitle(caseTitle) || CASE_STUDY.test(caseTitle))
          ? headingTerms(caseTitle, input.tokenizer)
          : EMPTY_TERMS;
      // 「中国\t5\t3…」 in a table of Japan's regions (北海道, 東北, 関東 …) is the 中国 region, not the
      // country a question about a partner abroad names: no row of that table names it or counts it.
      const regionRow = chinaAbroad && unit.kind === 'row' && isJapaneseRegionRow(passage.chunk.text, unit.text);
      const named =
        !regionRow &&
        (names.length === 0 ||
          passageNamed ||
          titleNamed ||
          mentionsAny(normalizeForIndex(unit.text), names) ||
          mentionsAny(analysed.label, names));
      candidates.push({
        unit,
        passage,
        label: analysed.label,
        rank,
        score,
        coverage,
        gramIds,
        listLabelled,
        named,
        tableUnit: analysed.tableUnit,
        tableLabel: analysed.tableLabel,
        contextCoverage: Math.max(
          analysed.tableTerms
            ? conceptCoverage(queryWeights, (term) => has(term) || analysed.tableTerms!.has(term))
            : before
              ? Math.max(
                  coverage,
                  conceptCoverage(queryWeights, (term) => has(term) || before.terms.has(term)),
                )
              : coverage,
          // A case's title says which case a line is on, not what: 「2003—2006年度」 alone is no answer.
          coverage > 0 ? conceptCoverage(queryWeights, (term) => has(term) || caseTerms.has(term)) : 0,
        ),
        headingCoverage:
          countAsked && coverage > 0 && caseTitle
            ? conceptCoverage(queryWeights, (term) => has(term) || headingTerms(caseTitle, input.tokenizer).has(term))
            : 0,
        countsTopic:
          !regionRow &&
          (counting.length === 0 || saysCounted(counting, analysed, countScope)) &&
          !kindsOnlyListed(exactKinds, unit.text) &&
          // "How many Japanese companies": a count of companies that does not say they are Japanese
          // counts others (「約80社（ダイヤモンドメンバー：インテル…）」).
          (!kindEn || countedKinds.length === 0 || saysKind(countedKinds, unit.text)),
        saysEvent:
          (!dateAsked ||
            new Set([...terms, ...(before?.terms ?? [])].filter((term) => eventTerms.has(term)).map(conceptOf)).size >=
              eventConceptsNeeded) &&
          saysEventFigure(`${before?.unit.text ?? ''}${unit.text}`),
      });
    }
  });

  const bestCoverage = Math.max(0, ...top.slice(0, 3).map((passage) => passage.coverage));
  /** Abstains for `reason` (logged), telling the user `detail`, with a near miss first among the related passages. */
  const refuse = (reason: string, detail?: string, near: readonly Candidate[] = []) =>
    abstain(input, reason, bestCoverage, candidates, near, detail);
  const says = ABSTAIN_TEXT[input.lang];
  if (!best || bestCoverage < opts.minCoverage || candidates.length === 0) {
    return refuse(
      `best passage covers ${(bestCoverage * 100).toFixed(0)}% of the question's content words (threshold ${(opts.minCoverage * 100).toFixed(0)}%)`,
    );
  }
  // The question names something no report mentions, or asks about a year no passage has.
  const unseen =
    input.corpusText !== undefined
      ? unseenNames(
          input.question,
          input.corpusText,
          input.lang,
          posTokenizer.tokens ? (posTokenizer as PosTokenizer) : undefined,
        )
      : [];
  // 「2008年のJETROの…調査、アンケートってどのくらい返ってきた？」: a year naming a report found (its date)
  // names the report, not the year of a figure asked.
  const reportYears = new Set(top.map((passage) => input.reports(passage.chunk.doc)?.date?.slice(0, 4) ?? ''));
  const yearsQuestion = withoutSeenYears(
    input.question
      .normalize('NFKC')
      .replace(REPORT_YEAR, (whole, year: string) =>
        reportYears.has(year) ? whole.replace(/^[0-9]{4}\s*年度?の/, '') : whole,
      ),
  );
  // Years are checked on the passages found (and their reports' dates), not the whole shelf.
  const missingYears = unseenYears(
    yearsQuestion,
    top.flatMap((passage) => [passage.chunk.text, input.reports(passage.chunk.doc)?.date ?? '']),
  );
  // Most of the question is about things no report mentions (「火星探査の予算は？」). The words of
  // asking for contact details (連絡先, 電話番号, メアド) are no topic: the contact rule below decides.
  const tokenizer = input.tokenizer as Partial<PosTokenizer>;
  const contactAsked = asksForContact(input.question);
  if (unseen.length === 0 && input.corpusText !== undefined && tokenizer.tokens && !contactAsked) {
    const { share, nouns } = unseenNounShare(
      input.question,
      input.query.terms,
      input.idf,
      tokenizer as PosTokenizer,
      input.corpusText,
    );
    if (share >= MAX_UNSEEN_SHARE) unseen.push(...nouns);
  }
  if (unseen.length > 0) {
    const quoted = unseen.map((name) =>
      input.lang === 'ja' ? `「${asWritten(input.question, name)}」` : `"${asWritten(input.question, name)}"`,
    );
    return refuse(
      `the reports do not mention ${unseen.map((name) => `「${name}」`).join('')}`,
      says.unseen(quoted.join(input.lang === 'ja' ? '' : ', ')),
    );
  }
  if (missingYears.length > 0) {
    const reason = `no passage found mentions ${missingYears.join(', ')}`;
    return refuse(reason, says.noYear(yearLabels(missingYears, input.lang)));
  }

  // 「何件」「予算は？」: only a figure of the kind asked answers; none near the topic → abstain. When
  // the question names what it is about (「飯塚市の予算」), the figure must come from a passage naming
  // it: 福島's 4回 of mission trips does not say how many 長崎 made.
  // 「2018年度は何回」: a figure for another year (「2019年度開催実績：310回」) does not answer it; the
  // passage giving the figure must state the year (often in the sentence before it, or its section).
  // 「第3フェーズに達成したのは何拠点」: likewise a numbered stage (「第1フェーズ…39拠点」 is another).
  const years = askedYears(yearsQuestion);
  const stages = askedOrdinals(input.question);
  const yearsAsked = [
    yearLabels(
      years.map(({ year, decade }) => (decade ? `${year}s` : year)),
      input.lang,
    ),
    ...stages.map(({ text }) => text),
  ]
    .filter(Boolean)
    .join(', ');
  // "between FY1996 and FY2006", 「1996年度から2006年度まで」: a figure for that period is said with both
  // years (not 「2006～2018年で計約45億ユーロ」, another period sharing one).
  const rangeAsked = years.length === 2 && YEAR_RANGE_ASKED.test(yearsQuestion.normalize('NFKC'));
  const statesYear = new Map<Passage, boolean>();
  const otherYearsIn = new Map<Passage, boolean>();
  const saysYearAsked = (text: string) => years.some(({ pattern }) => pattern.test(text));
  /** The year asked is said on line `at` of `lines`, or a line or two around it. */
  const yearAskedNear = (lines: readonly string[], at: number) =>
    saysYearAsked(normalizeForIndex(lines.slice(Math.max(0, at - YEAR_LINES), at + YEAR_LINES + 1).join('\n')));
  const forYear = (candidate: Candidate): boolean => {
    if (years.length === 0 && stages.length === 0) return true;
    const { passage } = candidate;
    let states = statesYear.get(passage);
    if (states === undefined) {
      // A fiscal year's report (「平成30年度…報告書」) may state its year only in its title or date. A
      // source line's date (「（資料）Dick Elsy “…” 2 July 2015」) is when the source was published, not
      // the year of the figures above it.
      const report = input.reports(passage.chunk.doc);
      const body = passage.chunk.text
        .split('\n')
        .filter((line) => !isSourceLine(line.trim()))
        .join('\n');
      const where = normalizeForIndex(
        `${report?.title ?? ''}\n${report?.date ?? ''}\n${passageSections(passage.chunk).join(' ')}\n${body}`,
      );
      states =
        (years.length === 0 ||
          (rangeAsked
            ? years.every(({ pattern }) => pattern.test(where))
            : years.some(({ pattern }) => pattern.test(where)))) &&
        stages.every((stage) => writesOrdinal(where, stage));
      statesYear.set(passage, states);
    }
    if (!states || years.length === 0) return states;
    // A passage of figures for several years (「358万PV（2015年度）」「715万PV（2019年度）」 beside 「2020年６月に
    // V-RESASの運用を開始」): the year asked must be said near the figure — on its line, a line or two
    // around it, its section or the report's title — not anywhere in the passage.
    let otherYears = otherYearsIn.get(passage);
    if (otherYears === undefined) {
      const body = normalizeForIndex(
        passage.chunk.text
          .split('\n')
          .filter((line) => !isSourceLine(line.trim()))
          .join('\n'),
      );
      otherYears = [...body.matchAll(ANY_YEAR)].some((match) => !saysYearAsked(match[0]));
      otherYearsIn.set(passage, otherYears);
    }
    if (!otherYears) return true;
    const report = input.reports(passage.chunk.doc);
    return (
      saysYearAsked(
        normalizeForIndex([report?.title ?? '', report?.date ?? '', ...unitSection(candidate)].join('\n')),
      ) || yearAskedNear(passage.chunk.text.split('\n'), candidate.unit.line)
    );
  };
  const figure = askedFigure(input.question);
  // 「150社のうち、県外から誘致してきた企業って何社」: the figure the question itself states is not the
  // answer; a sentence giving only that one does not answer it.
  // A figure is the question's in its own scale too: "roughly 20 million dollars" is 「約2,000万ドル」.
  const stated = new Set(statedValues(input.question).flatMap(({ value, scaled }) => [value, scaled]));
  const givesNew = (text: string, pattern: RegExp) => {
    if (stated.size === 0) return true;
    const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    return [...text.matchAll(all)].some((match) => {
      const values = statedValues(match[0]);
      return values.length === 0 || values.some(({ value, scaled }) => !stated.has(value) && !stated.has(scaled));
    });
  };
  // An act counted (「…実際に成約したの」) is named by itself in the reply: 「成約」.
  const countedLabel = (topic: string) => (counting.length === 1 && /の$/.test(topic) ? counting[0]!.text : topic);
  // 「海外からの出展企業は何社」 answered only by the total (「出展企業数425社」): say so, the total first.
  const refuseUncounted = (shape: RegExp) => {
    const totals = candidates.filter((c) => inContext(c, input.lang) && !c.countsTopic && shape.test(c.unit.text));
    return totals.length > 0 && counted
      ? refuse(
          `no passage gives the figure for 「${counted.topic}」`,
          counted.counter === '%'
            ? says.noShareOf(countedLabel(counted.topic))
            : says.noCounted(countedLabel(counted.topic)),
          totals,
        )
      : undefined;
  };
  // What the question asks the value of (「人口」, "page views"), read once.
  let measure: AskedAttribute | undefined | null = null;
  const measureAsked = () =>
    measure !== null
      ? measure
      : (measure = !posTokenizer.tokens
          ? undefined
          : input.lang === 'ja'
            ? askedAttribute(input.question, posTokenizer as PosTokenizer)
            : askedAttributeEn(input.question, (word) => loadLexicon().lookup(word)));
  // Not for a person or an organisation (the name rules below say more), nor a question in parts.
  const attributeAsked = () => (nameAsked || asksMoreThanAFigure(input.question) ? undefined : measureAsked());
  // Contact details, an outcome, a comparison with a country, the date of an event, a reason, a part
  // of a total, a ranking, a target date, what someone said: near misses that say what was not found.
  const miss = findNearMiss({
    question: input.question,
    lang: input.lang,
    queryTerms: [...input.query.terms.keys()],
    candidates,
    names,
    stated,
    countsTopic: counting.length > 0,
    inContext: (c) => inContext(c, input.lang),
    sectionOf: unitSection,
    favour: (c) => (c.score += FIGURE_BONUS),
    translate: (words) => loadLexicon().lookup(words),
    spelled: (name) => input.query.romanizedFrom?.get(name),
    attribute: attributeAsked,
  });
  if (miss) return refuse(miss.reason, miss.detail, miss.near);
  if (figure) {
    // 「従業員一人当たり製造品出荷額って何万円」: a figure per person (or per anything) is said as one; the
    // total (「製造品出荷額 約1,100億円」) is another figure.
    const question = input.question.normalize('NFKC');
    const perUnit = PER_UNIT_ASKED.test(question);
    // 「諏訪大連会って何社くらい加盟してるの」: its members, counted as members (「376の法人会員からなり」), not
    // another count of companies near it (「出展企業数425社」).
    const membersAsked = MEMBERSHIP_ASKED.test(question) && (figure.unit === '社' || figure.unit === '人');
    const saysHolder = namesAmountHolder(input);
    // The question's words, with an English question's translations: what a rate's name must say.
    const askedTerms = [...input.query.terms.keys()].filter((term) => term.length >= 2);
    // A measure named for money (予算) is read only when money is the figure asked (not 「職員数と予算で」).
    const measureNamed = NAMED_MEASURES.find(
      (measure) => measure.asks.test(question) && (!measure.unit || measure.unit === figure.unit),
    );
    // 「神戸医療産業都市って進出企業何社」: a figure below the heading naming the case (「2-1-1. …事例：兵庫県
    // 神戸市 － 医療・ヘルスケア」 over 「• 360社の企業・団体が進出。」) is on the topic, as for a count. Not
    // for a breakdown (「それぞれ何人ずつ」): a heading's case does not say which part a figure is of.
    const headingFigures = !BREAKDOWN_ASKED.test(question);
    // 「「海外ネットワークの構築」を挙げた割合」: the share of those choosing an answer the question quotes.
    const option = figure.unit === '%' ? CHOSEN_OPTION.exec(question)?.[1] : undefined;
    const withFigure = candidates.filter(
      (candidate) =>
        (inContext(candidate, input.lang) || (headingFigures && underHeading(candidate, input.lang))) &&
        candidate.countsTopic &&
        (!perUnit || PER_UNIT_SAID.test(candidate.unit.text)) &&
        (!membersAsked || MEMBERSHIP_SAID.test(candidate.unit.text)) &&
        (!measureNamed || measureNamed.said.test(`${candidate.unit.text} ${candidate.tableLabel ?? ''}`)) &&
        (figure.unit !== '%' || !ratesOtherMeasures(candidate.unit.text, askedTerms)) &&
        (!option || saysOption(`${candidate.unit.text} ${candidate.tableLabel ?? ''}`, option)) &&
        saysHolder(candidate) &&
        ((figure.pattern.test(candidate.unit.text) && givesNew(candidate.unit.text, figure.pattern)) ||
          // A row of a table whose figures are in the unit asked for (「[単位:件数]」 / 「北海道 1 2 … 5」).
          (candidate.tableUnit === figure.unit && /[0-9０-９]/.test(candidate.unit.text))),
    );
    if (withFigure.length === 0 && !asksMoreThanAFigure(input.question, false)) {
      const uncounted = refuseUncounted(figure.pattern);
      if (uncounted) return uncounted;
      const reason = `no passage on the topic gives a figure in ${figure.unit}`;
      return refuse(reason, says.noFigure(figureName(figure.unit, input.lang)));
    }
    if (withFigure.length > 0 && !withFigure.some(forYear)) {
      return refuse(`no passage gives the figure for ${yearsAsked}`, says.noYear(yearsAsked), withFigure);
    }
    for (const candidate of withFigure) candidate.score += FIGURE_BONUS;
  } else {
    // 「何回」「何校」: a numeral with that counter, "in what year" a year, from a passage on the topic
    // (naming the case asked about).
    const countShape = askedCount(input.question);
    // The places a rank is asked of (ひたちなか, 茨城), not the country it is ranked in (日本).
    const rankedPlaces =
      countShape === RANK && input.lang === 'ja' && posTokenizer.tokens
        ? (posTokenizer as PosTokenizer)
            .tokens(normalizeForIndex(input.question))
            .filter(
              (token) =>
                token.pos_detail_2 === '地域' && token.pos_detail_1 === '固有名詞' && token.pos_detail_3 !== '国',
            )
            .map((token) => token.surface_form)
        : [];
    // 「AOI会議って年に何回」: a count below a heading naming what is counted (「■AOI (Aizu Open
    // Innovation) 会議」), whose own sentence says only 「会議が開催されている。（2019年度開催実績：310回）」.
    // Not a year (「何年に設立」): a heading's dates are no event's.
    const headingCounts = !asksForYear(input.question);
    // A figure of what is asked, when the question names it (「ページビュー」, not 「１週間おきに更新」).
    const namedMeasure = measureAsked();
    const measureForms = namedMeasure ? attributeForms(namedMeasure).map((word) => normalizeForIndex(word)) : undefined;
    const saysMeasure = (text: string) => {
      if (!measureForms) return true;
      const normalized = normalizeForIndex(text);
      return measureForms.some((form) => normalized.includes(form));
    };
    // "How many page views…": an English count with no counter of its own is a count of that measure
    // (not 「2020年６月にV-RESASの運用を開始」's 6).
    const countOfMeasure = (c: Candidate) =>
      input.lang !== 'en' ||
      askedCounter(input.question) !== HOW_MANY_SHAPE ||
      saysMeasure(`${c.unit.text} ${unitSection(c).join(' ')}`);
    const withCount = countShape
      ? candidates.filter(
          (candidate) =>
            (inContext(candidate, input.lang) || (headingCounts && underHeading(candidate, input.lang))) &&
            candidate.countsTopic &&
            candidate.saysEvent &&
            countShape.test(candidate.unit.text) &&
            givesNew(candidate.unit.text, countShape) &&
            // 「ひたちなか市の特許件数って全国で何位」: a rank said of what the question names
            // (「茨城県の特許件数は…全国第10位」 ranks the prefecture, whatever its passage names).
            (countShape !== RANK ||
              rankedPlaces.length === 0 ||
              mentionsAny(normalizeForIndex(`${candidate.unit.text} ${candidate.label}`), rankedPlaces)) &&
            countOfMeasure(candidate),
        )
      : [];
    // 「方向性って何本柱になってる？」「ポイントはいくつ」: a numbered list on the topic counts its items
    // (「１．…」「２．…」「３．…」) though no sentence says 「3本柱」.
    const listed =
      countShape !== undefined && ITEMS_COUNTED.test(input.question.normalize('NFKC'))
        ? candidates.filter(
            (c) =>
              (c.unit.kind === 'item' || c.unit.kind === 'heading') &&
              listItemNumber(c.unit.text) !== undefined &&
              (inContext(c, input.lang) || underHeading(c, input.lang)),
          )
        : [];
    const listCounts = listed.some((c) => listItemNumber(c.unit.text)! >= 2);
    // The items lead, so that the reader counts them.
    if (listCounts) for (const c of listed) c.score += FIGURE_BONUS;
    // A slide's figure (「715万PV」 / 「（2019年度）」) is a fragment, no quotable unit: a line of the best
    // passages on the topic may give it, with the year asked (if any) said on it or a line or two around it.
    const figureOnSlide = (gives: (line: string) => boolean) =>
      top.slice(0, TOP_FIGURE_PASSAGES).some((passage) => {
        const where = normalizeForIndex(`${passageSections(passage.chunk).join(' ')}\n${passage.chunk.text}`);
        if (names.length > 0 && !mentionsAny(where, names)) return false;
        const lines = passage.chunk.text.split('\n');
        // The figure of what is asked (「715万PV」 under 「ページビュー(PV)数の推移」), not another on the
        // slide (「特許件数は25,963件（2020年11月時点）」).
        const ofMeasure = (at: number) =>
          saysMeasure(lines.slice(Math.max(0, at - YEAR_LINES), at + YEAR_LINES + 1).join(''));
        return lines.some((line, i) => gives(line) && (years.length === 0 || yearAskedNear(lines, i)) && ofMeasure(i));
      });
    // "What was RESAS's page-view count in FY2019?": a count of a named measure may be such a fragment.
    // Only for a year asked (not 「何年から」, itself a year).
    const countOnSlide = () =>
      namedMeasure !== undefined &&
      years.length > 0 &&
      !asksForYear(input.question) &&
      figureOnSlide((line) => countShape!.test(line));
    if (
      countShape &&
      withCount.length === 0 &&
      !listCounts &&
      !asksMoreThanAFigure(input.question) &&
      !countOnSlide()
    ) {
      const uncounted = refuseUncounted(countShape);
      if (uncounted) return uncounted;
      const reason = `no passage ${namingClause(names)}gives a count of the kind asked`;
      return refuse(reason, says.noFigure(figureName(asksForYear(input.question) ? '年' : undefined, input.lang)));
    }
    if (countShape && withCount.length > 0 && !withCount.some(forYear)) {
      return refuse(`no passage gives the count for ${yearsAsked}`, says.noYear(yearsAsked), withCount);
    }
    // 「2020年度のページビューってどれくらい」: a figure for the year asked, besides the year itself.
    if (
      !countShape &&
      years.length > 0 &&
      (shape === HOW_MUCH || FIGURE_FOR_YEAR.test(input.question.normalize('NFKC')))
    ) {
      // A figure of what is asked, when the question names it (「ページビュー」, not 「１週間おきに更新」).
      const withNumber = candidates.filter(
        (c) =>
          inContext(c, input.lang) &&
          givesNumber(c.unit.text) &&
          saysMeasure(`${c.unit.text} ${unitSection(c).join(' ')}`),
      );
      if (!figureOnSlide(givesNumber) && !withNumber.some(forYear)) {
        return refuse(`no passage gives a figure for ${yearsAsked}`, says.noYear(yearsAsked), withNumber);
      }
    }
    // "What market size does the report put on amorphous motors?": a measure is a figure.
    const measure = input.lang === 'en' && !countShape ? MEASURE_ASKED_EN.exec(input.question) : null;
    // "what impact on jobs and costs": a list of things, not a measure asked.
    if (measure && !/^(and|or|on|of|in|for|to|with)$/i.test(measure[1] ?? '') && !asksMoreThanAFigure(input.question)) {
      // What is measured, in the reports' words: "market" 市場, "satisfaction" 満足度, else the measure (人口).
      const modifier = measure[1]?.toLowerCase();
      const measured = loadLexicon().lookup(modifier && !PLAIN_MODIFIERS_EN.has(modifier) ? modifier : measure[2]!);
      // Or its figure in the measure's own unit: 「北上南部工業団地 197.7ha」 is an area.
      const unit = MEASURE_UNITS_EN[measure[2]!.toLowerCase()];
      const saysMeasure = (text: string) =>
        measured.length === 0 || measured.some((word) => text.includes(word)) || (unit?.test(text) ?? false);
      if (!candidates.some((c) => inContext(c, input.lang) && givesNumber(c.unit.text) && saysMeasure(c.unit.text))) {
        return refuse('no passage on the topic gives a figure', says.noFigure(figureName(undefined, input.lang)));
      }
    }
    // 「房付きトマト、年間どれくらい出荷してる？」: how much of an activity — a figure, which sentences
    // describing the activity without one do not give.
    if (
      !countShape &&
      years.length === 0 &&
      shape === HOW_MUCH &&
      AMOUNT_OF_ACT.test(input.question.normalize('NFKC')) &&
      !asksMoreThanAFigure(input.question) &&
      !candidates.some((c) => inContext(c, input.lang) && givesNumber(c.unit.text))
    ) {
      return refuse('no passage on the topic gives a figure', says.noFigure(figureName(undefined, input.lang)));
    }
    // The count asked for is the answer: it is quoted, and leads (「2021年２月末までに133回開催。」).
    for (const candidate of withCount) if (forYear(candidate)) candidate.score += FIGURE_BONUS;
  }
  // 「相手地域ってどこ」: the answer names a place the question does not (「北海道」 alone does not say
  // where its partner was); an article's title or a section may name it (「ドミニカ国」).
  if (!figure && namesPlace) {
    // 「中国のどの都市」: a city or town, not a country (韓国), nor an organisation (Precision Medicine).
    // A campus or a venue (「どのキャンパス」「どこの会場」) is named by its place (松江キャンパス), not by
    // an organisation (FDI, 島根大学).
    // 「どこの市町村」「福島県の何市」, "which municipality": a place written with 市, 町 or 村 (浜通り is a region).
    // 「中国のどの都市」, "which Russian city": the place is named where that country is (a list of the
    // countries visited, or another country's city, does not say which).
    const country = placeWithinCountry(input.question, (word) => loadLexicon().lookup(word));
    // 「富山のどこの市」: a city asked of a prefecture the question names (and of no country abroad) is a
    // Japanese one, written in kanji (not the バーゼル of 「富山・バーゼル医薬品研究開発シンポジウム」).
    // "Where in Japan is …'s office": a Japanese place, in kanji (not 中国・韓国 of its row).
    // 「どこの都道府県」: one of the 47.
    // 「どこの国で開催」, "which country": a country (not 中部地域, nor the case's home in its title).
    const city: PlaceKind = asksForCountry(input.question)
      ? 'country'
      : /(市町村|市区町村|自治体|municipalit)|何(市|町|村)(?!\p{Script=Han})/iu.test(input.question) ||
          // "In which town or city in Fukushima": a Japanese town is written with 町 (not 浜通り, a region).
          (TOWN_ASKED.test(input.question) && !country && names.some(isPrefectureName))
        ? 'municipality'
        : /\bprefectures?\b/i.test(input.question) || asksForPrefecture(input.question)
          ? 'prefecture'
          : asksPlaceInJapan(input.question)
            ? 'japanese-city'
            : asksForCity(input.question)
              ? !country && namesPrefectureOnly(input.question)
                ? 'japanese-city'
                : 'city'
              : // 「埋立地ってどこ」「地名で知りたい」: a place's name, which no organisation (通商産業省) is.
                PLACE_NAME_ASKED.test(input.question.normalize('NFKC'))
                ? 'named-place'
                : // "Where is the cell therapy Catapult located?": a site, named by its city or region (not
                  // by Precision Medicine, a programme, nor by Europe, where all of them are).
                  asksWhereLocated(input.question)
                  ? 'city'
                  : /(キャンパス|会場|開催地|開催場所)/.test(input.question);
    // A case's title ends with where its company or body is (「Global Mobility Service株式会社（東京都）」):
    // its home, not where it did what is asked (「フィリピンのどの都市で」).
    // A title naming the place asked about (「福岡県 北九州市 － 環境産業」 for 北九州) gives no other place
    // by the prefecture it writes beside it.
    // A slide's message standing as its title (「海外企業誘致のためには、…NRW州・アーヘン市をモデルとしつつ、…
    // 必要」) is a sentence, not a case's title: the places it names are its argument's.
    const titledPlace = (c: Candidate, kind: PlaceKind = city) =>
      [
        input.reports(c.passage.chunk.doc)?.title ?? '',
        ...unitSection(c)
          .filter((title) => !isMessageTitle(title))
          .map(withoutHome),
      ].some((title) =>
        namesPlace(
          kind !== 'prefecture' && mentionsAny(normalizeForIndex(title), names)
            ? title.replace(PREFECTURE_BESIDE, '')
            : title,
          kind,
        ),
      );
    // In a list or table of cases (「練馬区－フランス (アニメ)」⇥「千葉県－英国…」), only the item or cell
    // naming the case asked about says where its partner is; the others are other cases, and the
    // field in brackets (マイクロマシン) is no place. A table of columns (「浜松地域⇥ドイツ⇥イエナ」) is read whole.
    const placeText = (c: Candidate) => withoutOtherFacilities(unitPlaceText(c), names);
    const unitPlaceText = (c: Candidate) => {
      if (c.unit.kind !== 'row' && c.unit.kind !== 'item') return c.unit.text;
      const cells = c.unit.text.split('\t');
      if (!cells.some((cell) => CASE_ENTRY.test(cell))) return c.unit.text;
      return cells
        .filter((cell) => names.length === 0 || mentionsAny(normalizeForIndex(cell), names))
        .map((cell) => (CASE_ENTRY.test(cell) ? cell.replace(CASE_FIELDS, '') : cell))
        .join('\t');
    };
    const siteInCountry = asksSiteInCountry(input.question);
    const inCountry = (text: string) =>
      !country || [country, ...(STATIC_ALIASES[country] ?? [])].some((name) => text.includes(name));
    // 「どこの駅に導入」: a station is named by its name and 駅 (「西日本旅客鉄道」 is no station).
    const station = asksForStation(input.question) ? newStationNamer(askedText) : undefined;
    // Where a body's office is (「NEXTAって、県内のどこに拠点」), is said beside the body: in a row of
    // bodies (「NRW Global Business ・海外オフィス…⇥島根県鐵工会 ・…」), its own cell; a sentence on its
    // prefecture, or a section titled by another place (「NRW州・アーヘン市をモデルとしつつ」), does not say it.
    const holder = officeHolder(input.question);
    // 「NRW.Global Business」 asked, 「NRW Global Business」 written: spaces and dots aside.
    const bodyKey = (text: string) => normalizeForIndex(text).replace(/[\s.．・]/g, '');
    // A name in Latin letters is written in Japanese around the words that tell it apart ("Medicines
    // Technologies Catapult": 「医療技術（Medicines Technologies）カタパルト」): a line about it has them all.
    const latinHolder = holder !== undefined && /^[A-Za-z]/.test(holder);
    const bodies = holder ? (latinHolder ? distinctiveWords(holder) : [bodyKey(holder)]) : [];
    const aboutBody = (text: string) => {
      const key = bodyKey(text);
      return latinHolder ? bodies.every((word) => key.includes(word)) : mentionsAny(key, bodies);
    };
    // A case's lines say 同社: its title names the body.
    const bodyTitled = (c: Candidate) => unitSection(c).some(aboutBody);
    // A row of a table of bodies, the body first (「ウォーリック製造グループ (WMG)⇥南コベントリー⇥…」), is
    // about it whole.
    const bodyFirst = (c: Candidate) => {
      const cells = placeText(c).split('\t');
      return c.unit.kind === 'row' && cells.length > 1 && cells[0]!.length <= MAX_NAME_CELL && aboutBody(cells[0]!);
    };
    const officeText = (c: Candidate, first: boolean) => {
      if (first) return placeText(c);
      const cells = placeText(c).split('\t');
      const own = cells.filter(aboutBody);
      return own.length > 0 ? own.join('\t') : bodyTitled(c) ? placeText(c) : '';
    };
    // An office is somewhere: a region or a city, not the name of a scheme (「NRW Global Connect」).
    // A place within a country (「英国のどこに置かれる」) is a region, not any name.
    const where = city === false && (bodies.length > 0 || country) ? true : city;
    const namesPlaceThere = (c: Candidate) => {
      const first = bodies.length > 0 && bodyFirst(c);
      const text = bodies.length > 0 ? officeText(c, first) : placeText(c);
      // A table of bodies and where they are gives the place in its own column (「南コベントリー」, which
      // kuromoji does not know as a region): any name the row adds.
      if (first && !station && !country) return namesPlace(text, city);
      return station
        ? station(text)
        : country
          ? text
              .split('\t')
              // 「America Makesってアメリカのどこにある」: a state or city (「オハイオ州ヤングスタウン」) in a
              // passage on that country, though its line does not say the country (nor another: 「ドイツ・アーヘン」).
              .some(
                (cell) =>
                  (inCountry(cell) || (siteInCountry && !namesCountry(cell) && inCountry(c.passage.chunk.text))) &&
                  namesPlace(cell, where),
              )
          : namesPlace(text, where);
    };
    // 「LEDの常設展示場って、どこにある」: a facility's place is said with the facility (a line on the
    // prefecture's LED industry says where the industry is, not the showroom).
    // A company a case set up (「諏訪と中国の企業で作った合弁の貿易会社って、どこの都市に」) is placed by the
    // line on it, not by the case's title (「長野県諏訪地域－中国大連市」 names the partner region).
    const facility = FACILITIES.find(({ asked }) => asked.test(input.question));
    const ofFacility = (c: Candidate) => !facility || facility.said.test(c.unit.text);
    const byTitle = facility?.byTitle ?? true;
    // 「先進技術センターを作る前、研究開発拠点ってどこにあった」: the line building the new one says where it is
    // now, not where things were before.
    const before = BEFORE_ASKED.test(input.question);
    // 「興研が…まとめて作った新しいセンター、どこに建てた」: the line building the facility, in a passage on the
    // company asked about (「…平成30年に埼玉県飯能市に「先進技術センター」を新設。」), says where, though it
    // shares no other word with the question.
    const builds = (c: Candidate) =>
      facility !== undefined && names.length > 0 && !before && c.named && FACILITY_BUILT.test(c.unit.text);
    if (
      !onTopic(candidates, input.lang).some(
        (c) =>
          ofFacility(c) &&
          !(before && FACILITY_BUILT.test(c.unit.text)) &&
          (namesPlaceThere(c) ||
            (byTitle &&
              !before &&
              !country &&
              !station &&
              // A body's office is somewhere, as in its lines: a region or city (not 島根大学 beside it).
              (bodies.length === 0 ? titledPlace(c) : bodyTitled(c) && titledPlace(c, where)))),
      ) &&
      // Said by the line itself (a case's title says where the company is, not where it built).
      !candidates.some((c) => builds(c) && ofFacility(c) && namesPlaceThere(c))
    ) {
      const reason = `no passage ${namingClause(names)}names a ${station ? 'station' : 'place'} the question does not`;
      return refuse(reason, station ? says.noThing('駅') : says.noPlace);
    }
    // 「AGITって、どこの国に事務所置いてる」: the line saying where the body asked about is (its own cell of
    // a row on several bodies: 「…AGIT ・中国・韓国オフィスでの営業活動」) leads.
    if (bodies.length > 0) {
      for (const c of onTopic(candidates, input.lang)) if (namesPlaceThere(c)) c.score += FIGURE_BONUS;
    }
  }

  // 「具体的に何の商品」「なんていう展示会」: the answer names the thing, in brackets (「乳がんチェッカー」) or
  // by a name the question does not say; 「具体的商品輸入のアイデア」 names none.
  const thing = askedThing(input.question);
  if (thing && !figure && !namesPlace && !namesEntity && posTokenizer.tokens) {
    const namesAnyone = newEntityNamer(askedText, posTokenizer as PosTokenizer);
    const asked = normalizeForIndex(askedText);
    const bracketsNew = (text: string) =>
      [...text.matchAll(BRACKETED)].some((match) => !asked.includes(normalizeForIndex(match[1]!)));
    const namesThing = (c: Candidate) => bracketsNew(c.unit.text) || namesAnyone(c.unit.text, 'anyone');
    if (!candidates.some((c) => inContext(c, input.lang) && namesThing(c))) {
      return refuse(`no passage ${namingClause(names)}names the ${thing} asked for`, says.noThing(thing));
    }
  }
  // 「相手のスイス企業って何て会社？」: the answer names an organisation (or a person) the question does
  // not, in a quote or the section of its passage (a case's title: 「うれし野アグリ株式会社（三重県松坂市）」).
  if (!figure && namesEntity) {
    const person = nameAsked === 'person';
    // An article about a person is titled by their name (「アマルティア・セン」), its sentences say 彼.
    const nameTitle = (passage: Passage) => {
      const title = input.reports(passage.chunk.doc)?.title ?? '';
      return (person || nameAsked === 'anyone') && title.length <= MAX_NAME_TITLE ? [title] : [];
    };
    // Each heading on its own: 「…取り組む事例」 and 「多摩川精機（株）」 below it make no 「事例多摩川精機」.
    const sectionNamed = (c: Candidate) =>
      [...unitSection(c), ...nameTitle(c.passage)].some((heading) => namesEntity(heading, nameAsked));
    // Among passages on several cases, the quote (or its section, or its article's title) must name
    // the case asked about: 岩手大学 is not the Swiss company Toyama's firms signed with.
    // The case's own place, not its prefecture's name: "Yorii town in Saitama" is not answered by a
    // footnote listing 埼玉県 among the prefectures of the capital region.
    // (Another reading of the prefecture's romanized word, Fukushima → 福嶋, is no place of its own.)
    const from = input.query.romanizedFrom;
    const prefectureWords = new Set(names.filter(isPrefectureName).map((name) => from?.get(name)));
    const local = names.filter(
      (name) => !isPrefectureName(name) && !(from?.has(name) && prefectureWords.has(from.get(name))),
    );
    const caseNames = local.length > 0 ? local : names;
    // 「九州×大連の案件」: a case named by its pair of places is about both (諏訪大連会 is another case's).
    const pair = pairedNames(input.question, caseNames);
    const aboutCases = new Map<Candidate, boolean>();
    const aboutCase = (c: Candidate) => {
      if (caseNames.length === 0) return true;
      let about = aboutCases.get(c);
      if (about === undefined) {
        const where = normalizeForIndex(
          `${c.unit.text}\n${unitSection(c).join('\n')}\n${input.reports(c.passage.chunk.doc)?.title ?? ''}`,
        );
        about = pair ? pair.every((name) => mentionsAny(where, [name])) : mentionsAny(where, caseNames);
        aboutCases.set(c, about);
      }
      return about;
    };
    // 「大手インフラ企業って、具体的にどこの会社？」: the question describes the company as the reports do;
    // when the units on the topic that describe it so name no company, the reports leave it unnamed.
    const described =
      nameAsked === 'person'
        ? undefined
        : input.lang === 'ja'
          ? describedCompany(input.question)
          : describedCompanyEn(input.question, (word) => loadLexicon().lookup(word));
    // What the reply says was not found: a person, a bank (a ministry, a hospital), a company or any organisation.
    const kind = nameAsked !== 'person' ? NAMED_KINDS.find((named) => named.asked(input.question)) : undefined;
    const noName = person
      ? says.noPerson
      : kind
        ? kind.thing
          ? says.noThing(kind.thing[input.lang])
          : says.noBank
        : nameAsked === 'company'
          ? says.noCompany
          : says.noOrganisation;
    if (described) {
      // Of the case asked about when the question names one: 「1991年 多気町 総合電機メーカー 三重工業」 names
      // another plant's company, not the one 「亀山に大規模工場つくった総合電機メーカー」 asks for.
      // The case's own place, not its prefecture's name (「三重の亀山」: 亀山; 「三重工業」 says 三重 too).
      // 「三重県が手を組んだ電機メーカー」: the prefecture as a place (三重県, 三重の), not the start of a
      // company's name (「…総合電機メーカー 三重工業」).
      const asPlace = caseNames.map((name) =>
        isPrefectureName(name)
          ? new RegExp(`${escapeRegExp(name)}(?![\\p{Script=Han}\\p{Script=Katakana}]|$)|${escapeRegExp(name)}県`, 'u')
          : undefined,
      );
      const ofCase = (c: Candidate) => {
        if (caseNames.length === 0) return true;
        const text = normalizeForIndex(c.unit.text);
        return caseNames.some((name, i) => asPlace[i]?.test(text) ?? mentionsAny(text, [name]));
      };
      const describedAll = candidates.filter(
        (c) => inContext(c, input.lang) && described.test(normalizeForIndex(c.unit.text)),
      );
      const describing = describedAll.some(ofCase) ? describedAll.filter(ofCase) : describedAll;
      if (describing.length > 0 && !describing.some((c) => namesEntity(c.unit.text, nameAsked, true))) {
        return refuse(
          `the passages describe 「${normalizeForIndex(describing[0]!.unit.text).match(described)![0]}」 but name no organisation`,
          noName,
          describing,
        );
      }
    }
    // "Which Japanese companies take part in it's OWL?": a company abroad (a Fraunhofer institute, a
    // GmbH) is not one; the unit or its section says Japan, or names a company as Japan's are written.
    const japanese =
      nameAsked === 'company' && JAPANESE_COMPANY_ASKED.test(input.question.normalize('NFKC'))
        ? (c: Candidate) => JAPANESE_COMPANY.test(`${c.unit.text}\n${unitSection(c).join('\n')}`.normalize('NFKC'))
        : () => true;
    const ofKind = kind ? (c: Candidate) => kind.names(c.unit.text) : () => true;
    // "Who is the director of …", "who founded …": the line naming the person (or the body) says the role
    // (所長, 設立), or its section does.
    const role = input.lang === 'en' ? askedRoleEn(input.question) : undefined;
    // "Who chairs the scientific advisory board": the line says the board's own words (科学, of 科学的), where
    // the lexicon gives them; 「クラスター・ボードの議長」 chairs another board.
    const body = role
      ? (askedRoleBodyEn(input.question) ?? [])
          .map((word) =>
            loadLexicon()
              .lookup(word)
              .map((ja) => ja.replace(/的$/, '')),
          )
          .filter((forms) => forms.length > 0)
      : [];
    // "Who is the director of Fraunhofer IOSB-INA": the role is said with every name the question gives the
    // body (フラウンホーファー, IOSB-INA), not of another institute on its line (「…フラウンホーファーIPTの所長も兼任」).
    const inRole = role
      ? (c: Candidate) => {
          const text = `${c.unit.text}\n${unitSection(c).join('\n')}`;
          if (!role.test(text) || !body.every((forms) => forms.some((form) => text.includes(form)))) return false;
          const normalized = normalizeForIndex(text);
          return caseNames.every((name) => mentionsAny(normalized, [name]));
        }
      : () => true;
    const naming = (c: Candidate) =>
      aboutCase(c) &&
      japanese(c) &&
      ofKind(c) &&
      inRole(c) &&
      (namesEntity(c.unit.text, nameAsked, true) || sectionNamed(c));
    if (!candidates.some((c) => inContext(c, input.lang) && naming(c))) {
      const reason = `no passage ${namingClause(names)}names ${person ? 'a person' : 'an organisation'} the question does not`;
      return refuse(reason, noName);
    }
    // When no sentence gives the name asked for, a case's title line that does is quoted and leads
    // (「・・・ 鍋屋バイテック（株）（岐阜県関市）」: its sentences only say 同社).
    const named = (c: Candidate) => aboutCase(c) && namesEntity(c.unit.text, nameAsked, true);
    // A case's title: a line the chunker made the passage's section (「・・・ 鍋屋バイテック（株）（岐阜県関市）」).
    const titleLine = (c: Candidate) => unitSection(c).some((title) => title.includes(c.unit.text));
    for (const c of candidates) {
      if (!titleLine(c) || !named(c)) continue;
      // The case's own lines (after its title) name nobody: its title gives the name.
      const caseNames = candidates.some(
        (o) => o.passage === c.passage && o.unit.start > c.unit.start && !titleLine(o) && named(o),
      );
      if (!caseNames) c.score += FIGURE_BONUS;
    }
    // The best sentence or item on the case that gives a name leads (「海外実施主体:ISA…、ウメオ大学」, read
    // under its case's title), over one that names nobody and says no more of the question.
    const leader = highestOf(candidates);
    const giving = highestOf(candidates.filter((c) => inContext(c, input.lang) && !titleLine(c) && named(c)));
    if (leader && giving && giving.contextCoverage >= leader.contextCoverage) giving.score += FIGURE_BONUS;
  }

  // 「フラウンホーファーと産総研って、規模どれくらい違うの」: a row of the table whose header names each,
  // not a sentence on either alone.
  // "How does Fraunhofer's staff size compare with AIST's?" names its sides in English.
  const pair = comparedPair(input.question) ?? (input.lang === 'en' ? comparedPairEn(input.question) : undefined);
  // Compared by money (「お金の出し方ってどう違う」) or by size (「規模どれくらい違う」): a line saying it.
  // 「どのくらい差がある」 compares too.
  const comparing = COMPARISON_ASKED.test(input.question.normalize('NFKC')) || GAP_ASKED.test(input.question);
  const aspect = comparing ? comparedAspect(input.question) : undefined;
  // A side by its aliases, and an English side by the reports' words for it: the lexicon's (aist → 産総研)
  // and the query's loanwords (fraunhofer → フラウンホーファー).
  const sideNames = (side: string) => [
    side,
    ...(STATIC_ALIASES[side] ?? []),
    ...(input.lang === 'en' ? loadLexicon().lookup(side) : []),
    ...[...(input.query.concepts ?? [])].filter(([, concept]) => concept === side).map(([term]) => term),
  ];
  // Read once: the rule below tests every candidate.
  const sides = pair?.map((side) => sideNames(side).map((name) => normalizeForIndex(name)));
  const rowOnBoth = (c: Candidate) => {
    if (!sides || c.unit.kind !== 'row' || (aspect && !aspect.test(normalizeForIndex(c.unit.text)))) return false;
    const said = normalizeForIndex(`${c.unit.text} ${c.tableLabel ?? ''}`);
    return sides.every((names) => names.some((name) => said.includes(name)));
  };
  // 「人の規模でいうとどのくらい差」: the row measuring both by what is asked (「職員数 約23,000人 約5,100人」) is
  // picked, not only another row of the same table that the selection would find redundant beside it.
  if (pair && aspect) for (const c of candidates) if (rowOnBoth(c)) c.score += FIGURE_BONUS;

  const selected = selectMmr(candidates, kind, opts);
  // 「長崎市と四川省のLLってなんで続かなかったの？」: a list of cases names the case
  // (「9. 長崎県長崎市－中国 四川省（環境…）《97年度》」), it says nothing of why.
  if ((kind === 'reason' || asksWhy(input.question)) && selected.length > 0 && selected.every(namesCaseOnly)) {
    return refuse('the passages name the case but give no reason', says.noCaseReason, selected);
  }
  // 「カタパルトを30分野に増やす計画、追加する分野って具体的にどれ？」: the sentence that states the count the
  // question states (「2030年までに30分野に増やす計画」) names none of the things counted.
  // 「ヨハネス・ゲンスフライシュら4名の科学者」 names one of the four asked: it answers.
  const count = statedCount(input.question);
  const namesOneCounted = (c: Candidate) =>
    count !== undefined && saysCount(c.unit.text, count) && namesEntity?.(c.unit.text, nameAsked!, true) === true;
  // 「産総研・NEDO・中小機構等の国の支援機関（８機関）」「大阪大学など６大学」: a list the report itself cuts
  // short (等, など before the count) names some of them, not the ones asked.
  const cutShortList = count !== undefined ? cutShort(count) : undefined;
  const partial = (c: Candidate) => cutShortList?.test(c.unit.text.normalize('NFKC')) === true;
  if (
    count &&
    selected.some((c) => saysCount(c.unit.text, count)) &&
    !selected.some((c) => !partial(c) && (enumerates(c.unit.text) || namesOneCounted(c)))
  ) {
    return refuse('the passages give the number asked about, not the names', says.noNames, selected);
  }
  const wholeFamily = kind === 'list' ? labelledFamily(candidates, input.nextChunk) : [];
  const family = askedGroup(wholeFamily, input.question, (label) =>
    input.tokenizer.terms(label).every((term) => input.query.terms.has(term)),
  );
  if (kind === 'list') {
    // The other groups' items are no context for the group asked: 「行動段階」 is answered by 6.–8. alone.
    const otherGroups = new Set(wholeFamily.filter((item) => !family.includes(item)));
    const pool = (list: Candidate[]) => list.filter((c) => !otherGroups.has(c));
    selected.splice(0, selected.length, ...pool(selected));
    for (const item of family) if (!selected.includes(item)) selected.push(item);
    extendList(selected, pool(candidates), opts.maxListUnits);
    // The family comes whole, with at most two other quotes for context (none for a group asked: they
    // would be on the other groups' items); otherwise what does not fit goes, the lowest-scoring first.
    selected.sort((a, b) => Number(family.includes(b)) - Number(family.includes(a)) || b.score - a.score);
    const context = otherGroups.size > 0 ? 0 : FAMILY_CONTEXT_QUOTES;
    selected.splice(family.length > 0 ? family.length + context : opts.maxListUnits);
  }
  // The passage retrieval ranks first speaks in the answer: when none of its units was picked (the
  // quotes came from passages that repeat the question's words), its best one takes the last place
  // (one more place after a list's items).
  if (best && selected.length > 0 && !selected.some((c) => c.passage === best)) {
    const topScore = Math.max(...selected.map((c) => c.score));
    const own = highestOf(candidates.filter((c) => c.passage === best && c.score >= topScore * opts.minRelativeScore));
    const budget = kind === 'list' ? opts.maxChars + 320 : opts.maxChars;
    // Only if it fits beside the lead: the lowest quotes make room for it (never the lead).
    if (own && selected[0]!.unit.text.length + own.unit.text.length <= budget) {
      if (kind !== 'list' && selected.length >= opts.maxUnits) selected.pop();
      const length = () => selected.reduce((sum, c) => sum + c.unit.text.length, own.unit.text.length);
      while (kind !== 'list' && selected.length > 1 && length() > budget) selected.pop();
      if (length() <= budget) selected.push(own);
    }
  }
  // Readable order: the best quote first (it answers), then the others by passage rank and
  // position. A list shown as a run of items keeps its order; a list question answered by sentences
  // leads with the best one too (シュンペーター's five elements came after two lines of the
  // top passage's chapter plan: dev first quote 47.7 → 49.2 %, in-house 45.1 → 46.2 %).
  // The lead answers: for 「何社」 a quote with the figure asked for, for 「いつ」「何人」 one with the shape
  // of the answer, for 「どうなったの」「実績は」 one saying what came of it, for 「なんで」 one giving a
  // cause, unless it scores far below the best (「進出企業数360社」 comes before the sentence that only
  // names 神戸医療産業都市; a figure passed the asked-figure rule, so it may score lower).
  // A numbered title (「8. 福岡県飯塚市－米国カリフォルニア州シリコンバレー（IT）《98～02年度》」「2) LL事業の背景分析」)
  // says which case or part the lines below are on: it may be quoted, not lead (but a list's items are
  // numbered lines: 「１．身近な成功モデル創出による…」).
  const highestScore =
    (kind === 'list' ? undefined : highestOf(selected.filter((c) => !NUMBERED_TITLE.test(c.unit.text)))) ??
    highestOf(selected);
  const withAskedFigure = figure
    ? highestOf(
        selected.filter(
          (c) => figure.pattern.test(c.unit.text) || (c.tableUnit === figure.unit && /[0-9０-９]/.test(c.unit.text)),
        ),
      )
    : undefined;
  const withShape = highestOf(selected.filter((c) => hasShape(c.unit.text)));
  // 「一番広いのってどこ」: the line with the figures compared (「北上南部工業団地 197.7ha」), or saying which ranks
  // first, not the one naming the candidates.
  const withRanking =
    asksSuperlative(input.question) && !FIRST_IN_TIME.test(input.question)
      ? highestOf(selected.filter((c) => SAYS_SUPERLATIVE.test(c.unit.text) || MEASURED.test(c.unit.text)))
      : undefined;
  const withDating = highestOf(selected.filter((c) => datesAsked(c.unit.text)));
  // A lead saying what came of a case, or why, is one on the case the question names (when it names one).
  const onNamedCase = (c: Candidate) => names.length === 0 || c.named;
  // 「結局どうなったの」「実績は」: the sentence saying what came of it, not how it began — of the case the
  // question names (「飯塚市…終わったあとどうなったの」 is not answered by the survey's 「…継続が成果につながる」).
  const withOutcome =
    asksOutcome(input.question) || OUTCOME_LEAD_ASKED.test(input.question)
      ? highestOf(
          selected.filter(
            (c) =>
              SAYS_RESULT.test(c.unit.text) &&
              !AN_AIM.test(c.unit.text) &&
              !ASIDE_NOTE.test(c.unit.text) &&
              onNamedCase(c),
          ),
        )
      : undefined;
  // A size is read only of the pair a Japanese question names (a measured figure alone may be anyone's:
  // it's OWL's 「8万人の雇用」 for "How does Fraunhofer compare in size with AIST?").
  const withAspect =
    aspect && (pair || aspect === MONEY_SAID)
      ? highestOf(selected.filter((c) => aspect.test(normalizeForIndex(c.unit.text)) && onNamedCase(c)))
      : undefined;
  const withBoth = pair ? highestOf(selected.filter(rowOnBoth)) : undefined;
  // 「なんでだっけ」: the sentence giving the cause, not the one setting the scene.
  const changeAsked = CHANGE_ASKED.test(input.question);
  const withCause = WHY_ASKED.test(input.question.normalize('NFKC'))
    ? highestOf(
        selected.filter((c) => givesCause(c.unit.text, changeAsked) && !ASIDE_NOTE.test(c.unit.text) && onNamedCase(c)),
      )
    : undefined;
  const listRun =
    highestScore !== undefined &&
    (highestScore.unit.kind === 'item' || highestScore.unit.kind === 'row') &&
    selected.some(
      (c) => c !== highestScore && c.passage === highestScore.passage && c.unit.kind === highestScore.unit.kind,
    );
  // The first of these that scores at least its share of the best leads, else the best.
  const leads: [Candidate | undefined, number][] = [
    [withAskedFigure, LEAD_FIGURE_SHARE],
    [withDating, LEAD_SHAPE_SHARE],
    [withOutcome, LEAD_RESULT_SHARE],
    [withCause, LEAD_RESULT_SHARE],
    [withRanking, LEAD_SHAPE_SHARE],
    [withBoth, LEAD_RESULT_SHARE],
    [withAspect, LEAD_RESULT_SHARE],
    [withShape, LEAD_SHAPE_SHARE],
  ];
  const lead =
    (kind === 'list' && (family.length > 0 || listRun)) || !highestScore
      ? undefined
      : (leads.find(([c, share]) => c !== undefined && c.score >= highestScore.score * share)?.[0] ?? highestScore);
  selected.sort(
    (a, b) =>
      Number(b === lead) - Number(a === lead) ||
      Number(family.includes(b)) - Number(family.includes(a)) ||
      (family.includes(a) ? itemNumber(a.unit.text) - itemNumber(b.unit.text) : 0) ||
      a.rank - b.rank ||
      a.unit.start - b.unit.start,
  );

  const citations: Citation[] = [];
  const lines: string[] = [];
  // A list's item shown from its passage and again from the next chunk's continuation (「8. 長期的視点に
  // 立った国際交流」 twice) is quoted once.
  const quoted = new Set<string>();
  // A long row or item is quoted by the part that answers (`focusQuote`): the question's words it says,
  // and the shape of the answer.
  const partScore = (part: string): number => {
    const terms = new Set(input.tokenizer.terms(part));
    return conceptCoverage(queryWeights, (term) => terms.has(term)) + (hasShape(part) ? PART_SHAPE_BONUS : 0);
  };
  for (const merged of mergeContiguous(selected)) {
    const focused = focusQuote(merged.quote, partScore);
    const group = { ...merged, quote: focused.text, start: merged.start + focused.offset };
    const key = normalizeForIndex(group.quote).replace(/\s+/g, '');
    if (quoted.has(key)) continue;
    quoted.add(key);
    const n = citations.length + 1;
    citations.push(citationFor(n, group.passage.chunk, group.quote, input.reports, group.start));
    lines.push(`「${group.quote}」[${n}]`);
  }
  const intro = kind === 'list' && lines.length > 2 ? text.listIntro : text.intro;
  const body = lines.length === 1 ? lines[0]! : lines.map((line) => `・${line}`).join('\n');
  // Extractive quotes show where the answer is, not that it is complete: never claim certainty.
  const confidence = Math.max(0, Math.min(0.85, 0.2 + 0.65 * bestCoverage));
  return {
    question: input.question,
    lang: input.lang,
    text: `${intro}\n${body}`,
    abstained: false,
    abstainReason: null,
    confidence: Number(confidence.toFixed(2)),
    citations,
    related: [],
    suggestions: [],
    composer: 'extractive',
  };
}

/** A case of a list of cases: its place, a long dash, its partner (「10. 長崎県長崎市－韓国 大田広域市（…）」). */
const CASE_ENTRY = /^[^－―]{2,30}[－―]\s*\S/;

/**
 * "What is Innovate UK's annual budget?": the amount of a body the reports name in Latin letters is
 * said beside that name; 「2014/15年度における実際の予算は…」 of the HVM Catapult, in the passage that
 * mentions Innovate UK, is another body's. Whether a candidate's line or section names the body asked,
 * each word as written or as the reports translate it (「HVMカタパルト」 for "HVM Catapult"); always
 * true for other questions.
 */
function namesAmountHolder(input: ComposeInput): (c: Candidate) => boolean {
  const holder = input.lang === 'en' ? amountHolder(input.question) : amountHolderJa(input.question);
  if (!holder || input.corpusText === undefined) return () => true;
  // An English word as the lexicon translates it, or as the reports spell it in katakana (the query's
  // terms for it: "Fraunhofer" → フラウンホーファー).
  const spelled = (word: string) =>
    [...(input.query.concepts ?? [])].filter(([, concept]) => concept === word).map(([term]) => term);
  // A name the shelf writes, as it is or word by word in translation ("Digital Catapult": デジタル, カタパルト).
  const shelf = looseCorpus(input.corpusText);
  const forms =
    input.lang === 'en'
      ? holder
          .split(/[\s-]+/)
          .map((word) =>
            [word, ...loadLexicon().lookup(word.toLowerCase()), ...spelled(word.toLowerCase())].map(looseKey),
          )
      : [[looseKey(writtenHolder(holder, shelf))]];
  if (!forms.every((alternatives) => alternatives.some((form) => shelf.includes(form)))) return () => true;
  return (c) => {
    const line = c.passage.chunk.text.split('\n')[c.unit.line] ?? c.unit.text;
    // A table's title and first row name the bodies of its columns (「（図表19）HVMカタパルトの実績」 over
    // 「スタッフ数⇥約1,250名」); a piece of a cut table keeps them as its passage's context.
    const header = c.unit.kind === 'row' ? `${c.tableLabel ?? ''} ${c.passage.chunk.context ?? ''}` : '';
    const where = looseKey(`${line} ${unitSection(c).join(' ')} ${header}`);
    return forms.every((alternatives) => alternatives.some((form) => where.includes(form)));
  };
}

/**
 * 「ロボット革命イニシアティブ協議会って年間予算どれくらい」「LL事業って、国の予算は年間どのくらい」: the body
 * or programme, named by its kind (協議会, 機構, センター, 事業…), whose budget, income or staff a Japanese
 * question asks. (A sentence or two after the one naming the body does not name it: read so,
 * "Innovate UK's annual budget" took TSB's 2億ポンド.)
 */
function amountHolderJa(question: string): string | undefined {
  return AMOUNT_HOLDER_JA.exec(question.normalize('NFKC'))?.[1];
}
/**
 * A Japanese holder as a line would name it: whole when the shelf writes it so; else without its kind,
 * by what tells it apart (「細胞治療カタパルト」, which the shelf writes only as a field 「細胞治療、洋上再生
 * エネルギー…」: 細胞治療).
 */
function writtenHolder(holder: string, shelf: string): string {
  const stem = holder.replace(HOLDER_KIND, '');
  return shelf.includes(looseKey(holder)) || stem.length < 2 ? holder : stem;
}
/** The kinds of body that end a holder's name (「細胞治療カタパルト」 → カタパルト). */
const HOLDER_KINDS = '機構|協会|財団|協議会|委員会|研究所|組合|公社|センター|カタパルト|ファンド|事業';
const HOLDER_KIND = new RegExp(`(${HOLDER_KINDS})$`);
const AMOUNT_HOLDER_JA = new RegExp(
  `((?<![A-Za-z0-9'’])[A-Z][A-Za-z0-9'’&-]{1,20}|[\\p{Script=Han}\\p{Script=Katakana}ー・A-Za-z]{2,30}(?:${HOLDER_KINDS}))(?:って|は|の)[^。？?]{0,16}?(?:予算|資金|売上|収入|収益|職員|スタッフ|従業員|人員)`,
  'u',
);

/**
 * The body whose amount or staff an English question asks, named in capitals: "the budget of the
 * Halifax Partnership", "Innovate UK's overall annual budget", "how many staff does the AMRC employ".
 */
function amountHolder(question: string): string | undefined {
  const q = question.normalize('NFKC');
  const name = String.raw`([A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and)){0,5})`;
  const of = new RegExp(
    String.raw`\b(?:budget|funding|revenue|income|turnover|spending)\s+(?:of|for)\s+(?:the\s+)?${name}`,
  );
  const owned = new RegExp(
    String.raw`${name}['’]s?\s+(?:\w+\s+){0,2}(?:budget|funding|revenue|income|turnover|spending)\b`,
  );
  // "How many staff does the AMRC in Sheffield employ?" (not "for how many people does JETRO cover travel
  // costs": people it pays for, not its staff).
  const staffed = new RegExp(
    String.raw`\b[Hh]ow many\s+(?:\w+\s+)?(?:staff|employees|people|researchers|workers)\s+(?:does|did|do)\s+(?:the\s+)?${name}(?![\w'’.&-])(?!\s+(?:cover|pay|fund|support|invite|send|accept|reimburse|subsidi[sz]e)s?\b)`,
  );
  // "How much funding was allocated to the Medicines Technologies Catapult?"
  const given = new RegExp(
    String.raw`\b(?:budget|funding|money|grants?)\s+(?:was|were|is|are|has been|had been)\s+(?:allocated|given|granted|provided|awarded)\s+(?:to|for)\s+(?:the\s+)?${name}`,
  );
  const match = of.exec(q) ?? owned.exec(q) ?? staffed.exec(q) ?? given.exec(q);
  // "Germany's Mittelstand-Digital": the programme, not its country.
  const holder = match?.[1]
    ?.replace(/\s+(?:of|for|and)$/, '')
    .replace(/['’]s?$/, '')
    .replace(/^[A-Z][\w.-]*['’]s\s+/, '');
  // A question word caught at the start is no name ("What's the budget…").
  return holder && holder.length >= 4 && !/^(The|What|How|Which|Who)\b/.test(holder) ? holder : undefined;
}

/** A name compared without case, spaces or punctuation (「NRW Global Business」 as "nrwglobalbusiness"). */
function looseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’.,・\-–]/g, '');
}

/** The shelf's text as `looseKey` writes it, for the last shelf seen (one per server). */
let looseShelf: { text: string; key: string } | undefined;
function looseCorpus(text: string): string {
  if (looseShelf?.text !== text) looseShelf = { text, key: looseKey(text) };
  return looseShelf.key;
}

/** A figure asked per person or per company (「一人当たり」, "per employee"). */
const PER_UNIT_ASKED = /(当たり|あたり|\bper (capita|head|person|employee|worker|company|firm)\b)/i;
/**
 * 「人口ってどのくらい」, "what's the market size", 「補助金っていくら」: a figure of a measure the question names is said with
 * its word (「6,470人の雇用創出」 counts jobs, not the population; 「生産誘発効果1,093億円」 is no market).
 */
const NAMED_MEASURES: readonly {
  asks: RegExp;
  said: RegExp;
  /** The unit of the figure asked for which the measure is read (any when absent). */
  unit?: string;
}[] = [
  { asks: /(人口|\bpopulation\b)/i, said: /(人口|住民|人が(住|暮ら))/ },
  { asks: /(市場規模|\bmarket size\b)/i, said: /市場/ },
  // 「国から出た補助金って総額いくら」: a subsidy is said as one (not 「1,093億円の生産誘発効果」).
  {
    asks: /((補助金|助成金|交付金)(の(総)?額)?(は|って|が)?[、\s]*(総額|合計|全部で)?[、\s]*(いくら|どれ|どの|何[億万千百]*円)|\bamount of (subsid(y|ies)|grants?)\b|\bhow much (in )?(subsid(y|ies)|grants?)\b)/i,
    said: /(補助|助成|交付|給付)/,
  },
  // 「コンソーシアムの予算規模はいくら」, "what budget": money said as a budget, a cost or funds put in (not
  // 「医薬品一兆円産業の実現」, an industry's size).
  {
    unit: '円',
    asks: /(予算|\bbudget\b)/i,
    said: /(予算|(?<!消)費|資金|基金|ファンド|拠出|出資|補助|助成|交付|給付|投じ|投入|投資|支出|支援|負担)/,
  },
  // 「運営会社の年間の運営費いくら」, "running costs": the cost of running it, said as such (not the
  // subsidy a cluster won, 「5年間に40百万ユーロの補助金」).
  {
    unit: '円',
    asks: /(運営費|運営経費|維持費|ランニングコスト|\b(operating|running) costs?\b)/i,
    said: /(運営費|運営経費|維持費|経費|ランニングコスト|運営資金)/,
  },
  // 「運営会社の資本金っていくら」: capital is said as capital (not 「5年間に40百万ユーロの補助金」, nor 「50%ずつ出資」
  // with no amount).
  {
    unit: '円',
    asks: /(資本金|出資金|\b(share |paid-in )?capital\b)/i,
    said: /(資本金|出資金|資本)/,
  },
];
/** A count of members asked: 「何社加盟」「何人くらい入ってる」「会員数」. */
const MEMBERSHIP_ASKED = /(加盟|入っ|所属|会員|メンバー)/;
/** A line counting members: 「会員」「加盟」「からなる」「参加」. */
const MEMBERSHIP_SAID = /(加盟|会員|メンバー|参加|参画|所属|構成|からな|入会)/;
/** A figure said per something: 「従業員一人当たり」「1社あたり」. */
const PER_UNIT_SAID = /(当たり|あたり|当り|\/人|\/社)/;

/**
 * The count a question states of things it asks to be named: 「30分野に増やす計画、追加する分野って具体的に
 * どれ」, "grow … to 30 fields — which new fields are on that list?". Undefined unless it asks which.
 */
function statedCount(question: string): string | undefined {
  const q = question.normalize('NFKC');
  if (!ASKS_WHICH_ITEMS.test(q)) return undefined;
  const count = (COUNT_STATED.exec(q)?.[1] ?? COUNT_AFTER_NOUN.exec(q)?.[1])?.toLowerCase();
  if (!count) return undefined;
  const word = EN_NUMBERS.indexOf(count);
  return word >= 0 ? String(word) : count;
}
/**
 * 「30分野に増やす計画」「科学者4人」, "the four scientists": a count of things or people the question states.
 * People are counted with 人 and 名 (not 4人組), in English by a noun for people after the number.
 */
/** Things a stated count counts, before or after the number (「8分野」「支援機関8つ」). */
const STATED_COUNT_NOUNS = '分野|拠点|機関|研究所|大学|産業';
const COUNT_STATED = new RegExp(
  `(?<![0-9.])([0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:つの|の)?\\s*(${STATED_COUNT_NOUNS}|カ所|箇所|か所|項目|テーマ|プロジェクト|人(?!組)|名(?!称|前)|(?:fields|sites|centres|centers|institutes|projects|areas|(?:[a-z-]+\\s+)?(?:scientists|members|people|experts|professors|researchers))\\b)`,
  'i',
);
/** 「国の支援機関8つ」: the count after the noun. */
const COUNT_AFTER_NOUN = new RegExp(`(?:${STATED_COUNT_NOUNS})\\s*([0-9]{1,2})\\s*(?:つ|か所|カ所|校)`);
const ASKS_WHICH_ITEMS =
  /(具体的に(?:は)?[、\s]*(?:どれ|どこ|何|なに)|以外(?:は|って)?[、\s]*(?:どこ|どれ|何|なに|誰)|(?:分野|拠点|機関)名|名前|名称|リスト|一覧|誰|だれ|\bwhich\b[^?]{0,40}\b(?:are|were)\b|\bwho (?:are|were)\b|\b(?:list|names?)\b)/i;

/** A list ended by 等 or など a few characters before the count: 「…中小機構等の国の支援機関（８機関）」. */
function cutShort(count: string): RegExp {
  return new RegExp(`(等|など)[^。、]{0,14}?(?<![0-9.])${count}(?![0-9.])`);
}

/** A text saying the count (「30分野に増やす」; not the 30 of 「2030年」). */
function saysCount(text: string, count: string): boolean {
  return new RegExp(`(?<![0-9.])${count}(?![0-9.])`).test(text.normalize('NFKC'));
}

/**
 * A text listing things: three or more short nouns between 、 or ・ (「高付加価値製造、細胞治療、洋上再生
 * エネルギー」), not the ・ inside a katakana word (カタパルト・センター) nor clauses (「また、…は、」).
 */
function enumerates(text: string): boolean {
  const items = text
    .normalize('NFKC')
    .split(/[、,，]|(?<![\p{Script=Katakana}ー])・|・(?![\p{Script=Katakana}ー])/u)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && part.length <= 12 && !/\p{Script=Hiragana}/u.test(part.replace(/の/g, '')));
  return items.length >= 3;
}

/** A heading, or a case's entry in a list of cases (places, field, years) with no sentence of its own. */
function namesCaseOnly(candidate: Candidate): boolean {
  const text = candidate.unit.text.trim();
  if (candidate.unit.kind === 'heading') return true;
  // A table's row of case entries (「岩手地域－中国大連地域 (ものづくり基盤技術)⇥三重県－中国、瀋陽地域 (医療・
  // 健康・福祉) (H19は上海・瀋陽両地域対象であったが、H20より瀋陽地域のみ)」): each cell names a case.
  if (candidate.unit.kind === 'row') {
    const cells = text.split('\t').filter((cell) => cell.trim());
    return cells.length > 0 && cells.every((cell) => isCaseEntry(cell.trim()));
  }
  return isCaseEntry(text);
}
/** A case's list entry: its places and bracketed fields, no sentence (「5. 福井県－フランスリヨン市（繊維・産業資材）《01～03年度》」). */
function isCaseEntry(text: string): boolean {
  return (
    !/[。！？]/.test(text) && CASE_FIELDS.test(text) && CASE_ENTRY.test(text.replace(/^[0-9０-９]{1,2}[.．]\s*/, ''))
  );
}
/**
 * The bracketed fields after a case's places: its industry and years (「（繊維・産業資材）《01～03年度》」),
 * one level nested (「(IT関連産業(組込みソフト))」).
 */
const CASE_FIELDS = /(\s*([（(](?:[^（）()]|[（(][^（）()]*[)）])*[)）]|《[^《》]*》))+\s*$/;

const headingTermCache = new Map<string, Set<string>>();

/** The index terms of a heading (cached: headings repeat over every unit below them). */
function headingTerms(heading: string, tokenizer: Tokenizer): ReadonlySet<string> {
  let terms = headingTermCache.get(heading);
  if (!terms) {
    terms = new Set(tokenizer.terms(heading));
    if (headingTermCache.size >= 4000) headingTermCache.delete(headingTermCache.keys().next().value!);
    headingTermCache.set(heading, terms);
  }
  return terms;
}

const EMPTY_TERMS: ReadonlySet<string> = new Set();

/**
 * The section of a candidate's unit: a passage joined from chunks of several sections (「長野県諏訪地域－
 * 中国大連市」, then 「福島県—スウェーデン」) gives each unit its own.
 */
function unitSection(c: Candidate): string[] {
  return sectionAt(c.passage.chunk, c.unit.start);
}

/** A prefecture written before the city in it (「福岡県 北九州市」「長野県諏訪市」). */
const PREFECTURE_BESIDE = /\p{Script=Han}{1,3}[都道府県](?=\s*\p{Script=Han}{1,6}[市町村区])/gu;

/** A case's title without the bracketed place it ends with: 「株式会社スズキ（大分県大分市）」 → 「株式会社スズキ」. */
function withoutHome(title: string): string {
  return isCaseTitle(title) || isBoxTitle(title) ? title.replace(/\s*[（(][^（）()]*[)）]$/, '') : title;
}

/** Whether a text names a station (「新大阪駅」「大阪駅」) the question does not. */
function newStationNamer(question: string): (text: string) => boolean {
  const asked = normalizeForIndex(question);
  return (text) =>
    [...normalizeForIndex(text).matchAll(STATION)].some(
      (match) => !asked.includes(match[1]!) && !/^(各|同|当|最寄り?)$/.test(match[1]!),
    );
}
const STATION = /([\p{Script=Han}\p{Script=Katakana}ー]{1,10})駅/gu;

/**
 * The text less the names in brackets of other facilities (「楢葉遠隔技術開発センター」 beside the
 * 「福島ロボットテストフィールド」 asked about): the place in such a name is that facility's, not where
 * the thing asked about is.
 */
function withoutOtherFacilities(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  return text.replace(BRACKETED_FACILITY, (name) => (mentionsAny(normalizeForIndex(name), names) ? name : '「」'));
}
const BRACKETED_FACILITY = /「[^「」]{2,40}(センター|施設|研究所|フィールド|工場|団地|パーク|機構|協議会)」/g;

/** 「「聞いたことない」って答えた」「「…の構築」を挙げた」: an answer of a survey the question quotes. */
const CHOSEN_OPTION = /「([^」]{3,30})」(?:って|と|を)(?:答え|回答|挙げ|選)/;
/** Share of the quoted answer's character pairs a line needs (「聞いたことない」 is 「聞いたことがない」). */
const OPTION_SHARE = 0.6;

/** The line says the survey answer quoted (「聞いたことがない」), in its own words or nearly. */
function saysOption(text: string, option: string): boolean {
  const grams = charBigrams(normalizeForIndex(option));
  if (grams.length === 0) return true;
  const said = new Set(charBigrams(normalizeForIndex(text)));
  return grams.filter((gram) => said.has(gram)).length >= OPTION_SHARE * grams.length;
}

/**
 * 「…一時は空室率が4割に至る」 rates another measure than "what share of the workers settled": every
 * share the unit gives is named by a rate (空室率) whose words the question does not say.
 */
function ratesOtherMeasures(text: string, askedTerms: readonly string[]): boolean {
  const normalized = normalizeForIndex(text);
  const shares = [...normalized.matchAll(SHARE_FIGURE)];
  if (shares.length === 0) return false;
  return shares.every((share) => {
    const rate = NAMED_RATE.exec(normalized.slice(0, share.index))?.[1];
    return rate !== undefined && !askedTerms.some((term) => rate.includes(term) || term.includes(rate));
  });
}
/** A share: 「4割」「37%」. */
const SHARE_FIGURE = /[0-9][0-9.,]*\s*(%|割)/g;
/** A rate named right before its figure: 「空室率が約」「有効回答率:」 (its name, without 率). */
const NAMED_RATE = /([\p{Script=Han}\p{Script=Katakana}ー]{1,10})率(?:は|が|で|も|:)?\s*(?:約|およそ|最大|最低)?$/u;

/** Every section a passage spans. */
function passageSections(chunk: Chunk): string[] {
  return chunk.sectionStarts ? chunk.sectionStarts.flatMap(([, path]) => path) : chunk.section;
}

/**
 * How a question describes the company it asks for, as a report might write it in place of the
 * name: 「大手インフラ企業って」「総合電機メーカーは」 (two or more letters before 企業, メーカー, 会社),
 * 「地元のサプライヤーって」 (by its role).
 */
function describedCompany(question: string): RegExp | undefined {
  const normalized = normalizeForIndex(question);
  const match =
    /([\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:企業|メーカー|会社))(?:って|は|が|の(?:社名|名前|会社名))/u.exec(
      normalized,
    );
  // 「通信会社ってどこ」 is described by its kind (通信), whichever noun the report writes it with: 「通信事業者と
  // 連携協定を結び」 describes it and names none. 「運営会社って、どこがお金出して作ったの」 asks who made it,
  // not its name.
  const otherAsked = match && /^[、,\s]*(どこ|誰|だれ)が/.test(normalized.slice(match.index + match[0].length));
  // 「推進会議に入ってる地元のサプライヤーって、具体的にどこの会社」: companies described by their role,
  // which a report may write so and name none (「地域のサプライヤーを含む33団体が参加」).
  const role =
    /(サプライヤー|ベンダー|協力会社|取引先|コンサル)(?:ティング)?(?:会社|企業)?(?:って|は|が|の(?:社名|名前|会社名))/u.exec(
      normalized,
    );
  if (!match && role) return role[1] === 'コンサル' ? CONSULTANCY : new RegExp(role[1]!, 'u');
  if (match && !otherAsked) {
    const kind = match[1]!.replace(/(企業|メーカー|会社)$/, '');
    // A katakana kind may be the clipped form of the report's word: コンサル for コンサルティング.
    const clipped = /[\p{Script=Katakana}ー]$/u.test(kind) ? '[\\p{Script=Katakana}ー]{0,6}' : '';
    return new RegExp(`${escapeRegExp(kind)}${clipped}の?(${COMPANY_NOUN})`, 'u');
  }
  // 「島根県内で昔モーターの組立をやってた会社があるって話」: a company described by what it did. A unit
  // describes it when it says a company and every noun of the clause (モーター, 組立) in that order.
  const clause = DOER_CLAUSE.exec(normalized);
  const nouns = clause
    ? [...clause[1]!.matchAll(/\p{Script=Han}{2,}|[\p{Script=Katakana}ー]{2,}/gu)]
        .map((noun) => noun[0])
        .filter((noun) => !CLAUSE_ADVERB.test(noun))
    : [];
  return nouns.length >= 2
    ? new RegExp(`${nouns.map(escapeRegExp).join('.{0,20}?')}.{0,30}?(企業|会社|メーカー)`, 'u')
    : undefined;
}
/** A consultancy as a report writes it: 「外部コンサル」「コンサルティング会社」, not the service 「経営コンサルティング」. */
const CONSULTANCY = /コンサル(?!ティング)|コンサルティング(?:会社|企業|ファーム)/u;

/** The nouns a report writes a kind of company with: 「インフラ企業」「通信事業者」「電機メーカー」. */
const COMPANY_NOUN = '企業|メーカー|会社|事業者|業者';
/** A clause ending in a verb's past or present before 会社, 企業, メーカー: 「モーターの組立をやってた会社」. */
const DOER_CLAUSE =
  /(?:^|[、,。\s])([^、,。？?\s]{4,30}?(?:た|てる|ている|する))(?:会社|企業|メーカー)(?:が|って|は|の)/u;
/** Words of a clause that say when or how sure, not what was done. */
const CLAUSE_ADVERB = /^(昔|以前|過去|当時|実際|結局|本当|最近|現在|今|具体的)$/;

/**
 * "Which Swedish company partnered with…": the word before company, firm or manufacturer, in the
 * words the lexicon gives for it, before the Japanese noun (「スウェーデン企業」「インフラ企業」).
 */
function describedCompanyEn(question: string, translate: (word: string) => readonly string[]): RegExp | undefined {
  const word = /\bwhich (?:[a-z-]+ )?([a-z-]+) (?:company|firm|manufacturer|maker|carmaker|automaker)\b/i.exec(
    question.normalize('NFKC'),
  )?.[1];
  // "Which consulting firm": a consultancy, which a report may write 「外部コンサル」 and name none (as
  // 「どこのコンサル」 in Japanese).
  if (word && /^consult(ing|ancy|ants?)$/i.test(word)) return CONSULTANCY;
  const words = word
    ? translate(word)
        .map(normalizeForIndex)
        .filter((ja) => ja.length >= 2)
    : [];
  return words.length > 0 ? new RegExp(`(${words.map(escapeRegExp).join('|')})の?(企業|会社|メーカー)`) : undefined;
}

/**
 * Organisations a question asks for by their kind, each answered only by a name of that kind; the
 * first the question asks for counts. `thing` is what the reply says was not found (a bank: its own).
 */
const NAMED_KINDS: {
  asked: (question: string) => boolean;
  names: (text: string) => boolean;
  thing?: { ja: string; en: string };
}[] = [
  // 「どこの金融機関と組んで」: a bank, named as one; 「大手金融機関」 names none.
  { asked: asksForBank, names: namesBank },
  // 「国のどの省庁が認定」: a ministry, named as one; 「国、福島県、市町村」 names none.
  { asked: asksForMinistry, names: namesMinistry, thing: { ja: '省庁', en: 'ministry' } },
  // 「スウェーデンのどこの病院で臨床試験」: a hospital, named as one; 「スウェーデン企業と共同で」 names none.
  { asked: asksForHospital, names: namesHospital, thing: { ja: '病院', en: 'hospital' } },
];

/** The most characters of a table's cell that gives only a body's name (「ウォーリック製造グループ (WMG)」). */
const MAX_NAME_CELL = 40;

/**
 * The words of a name in Latin letters that tell it apart, lower-cased: acronyms (AMRC, HVM) and
 * words of four letters or more that are not a kind of body ("Medicines Technologies Catapult" →
 * medicines, technologies).
 */
function distinctiveWords(name: string): string[] {
  const words = name
    .split(/[\s.]+/)
    .filter((word) => /^[A-Z]{2,}$/.test(word) || (word.length >= 4 && !BODY_KIND_EN.test(word)));
  return (words.length > 0 ? words : [name]).map((word) => word.toLowerCase());
}
const BODY_KIND_EN =
  /^(the|catapults?|centres?|centers?|institutes?|institutions?|agenc(y|ies)|offices?|universit(y|ies)|clusters?|parks?|partnerships?|gmbh|group|network|programme|program|initiative|council|association|foundation|company|corporation|limited|ltd)$/i;

/** A period the question states by its first and last year. */
const YEAR_RANGE_ASKED =
  /\b(between|from) (fy ?)?(19|20)[0-9]{2} (and|to|until|through) (fy ?)?(19|20)[0-9]{2}\b|(19|20)[0-9]{2}年度?(から|[～〜~\-–])(fy)?(19|20)[0-9]{2}年度?/i;

/** On the question's topic, read in its context (its table, the sentence before it, its case's title). */
function inContext(candidate: Candidate, lang: 'ja' | 'en'): boolean {
  return candidate.contextCoverage >= MIN_FIGURE_COVERAGE[lang] && candidate.named;
}

function underHeading(candidate: Candidate, lang: 'ja' | 'en'): boolean {
  return candidate.headingCoverage >= MIN_FIGURE_COVERAGE[lang] && candidate.named;
}

/** Candidates that can answer a question asking for a place: on the topic by their own words, naming what it names. */
function onTopic(candidates: Candidate[], lang: 'ja' | 'en'): Candidate[] {
  return candidates.filter((candidate) => candidate.coverage >= MIN_FIGURE_COVERAGE[lang] && candidate.named);
}

/**
 * The numbers written in digits in a text, as written and scaled by the word after them:
 * 「2,000万ドル」 → 2000 and 20,000,000; "20 million" → 20 and 20,000,000.
 */
function statedValues(text: string): { value: number; scaled: number }[] {
  return [...withoutItemNumbers(text).normalize('NFKC').matchAll(SCALED_NUMBER)].map((match) => {
    const value = Number(match[1]!.replace(/,/g, ''));
    return { value, scaled: value * (SCALES[(match[2] ?? '').toLowerCase()] ?? 1) };
  });
}

const SCALED_NUMBER = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(兆|億|万|千|million|billion|thousand)?/gi;
const SCALES: Record<string, number> = {
  千: 1e3,
  万: 1e4,
  億: 1e8,
  兆: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/**
 * Years as the reply that says no figure was found for them writes them: 「2018年, 2019年」 (English: 2018,
 * 2019); a decade, given as 2020s, 「2020年代」 ("the 2020s").
 */
function yearLabels(years: readonly (number | string)[], lang: 'ja' | 'en'): string {
  return years
    .map((year) => {
      const decade = /s$/.test(String(year));
      const n = parseInt(String(year), 10);
      if (lang === 'en') return decade ? `the ${n}s` : String(n);
      return decade ? `${n}年代` : `${n}年`;
    })
    .join(', ');
}

function namingClause(names: readonly string[]): string {
  return names.length > 0 ? `naming ${names.map((name) => `「${name}」`).join('')} ` : 'on the topic ';
}

function highestOf(pool: readonly Candidate[]): Candidate | undefined {
  return pool.reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
}

function selectMmr(candidates: Candidate[], kind: QuestionKind, opts: Required<ExtractiveOptions>): Candidate[] {
  const budget = kind === 'list' ? opts.maxChars + 320 : opts.maxChars;
  const maxUnits = kind === 'list' ? Math.min(opts.maxListUnits, 5) : opts.maxUnits;
  const bestScore = Math.max(0, ...candidates.map((candidate) => candidate.score));
  // Units under the relative threshold are never picked; redundancy with the selection so far is
  // kept per unit and updated as units are selected (not recomputed for every pick).
  const pool = candidates
    .filter((candidate) => candidate.score >= bestScore * opts.minRelativeScore)
    .sort((a, b) => b.score - a.score);
  const redundancy = new Map<Candidate, number>(pool.map((candidate) => [candidate, 0]));
  const selected: Candidate[] = [];
  const quotedPassages = new Set<Passage>();
  let used = 0;
  while (selected.length < maxUnits && pool.length > 0) {
    let pick = -1;
    let pickValue = -Infinity;
    pool.forEach((candidate, i) => {
      // Prefer evidence from several passages (agreement, and a second chance when the first is off).
      const samePassage = kind !== 'list' && quotedPassages.has(candidate.passage) ? opts.samePassagePenalty : 0;
      const value = opts.mmrLambda * candidate.score - (1 - opts.mmrLambda) * redundancy.get(candidate)! - samePassage;
      if (value > pickValue) {
        pickValue = value;
        pick = i;
      }
    });
    if (pick < 0) break;
    const [chosen] = pool.splice(pick, 1);
    if (!chosen) break;
    if (selected.length > 0 && used + chosen.unit.text.length > budget) continue;
    if (redundancy.get(chosen)! > 0.6) continue;
    selected.push(chosen);
    quotedPassages.add(chosen.passage);
    used += chosen.unit.text.length;
    for (const candidate of pool) {
      const similarity = jaccard(chosen.gramIds, candidate.gramIds);
      if (similarity > redundancy.get(candidate)!) redundancy.set(candidate, similarity);
    }
  }
  return selected;
}

/** For list questions: gather the sibling items of the chosen list items from the same passage. */
function extendList(selected: Candidate[], candidates: Candidate[], maxItems: number): void {
  const anchor = selected.find((candidate) => candidate.unit.kind === 'item' || candidate.unit.kind === 'row');
  if (!anchor) return;
  const siblings = candidates
    .filter((c) => c.passage === anchor.passage && c.unit.kind === anchor.unit.kind && !selected.includes(c))
    .sort((a, b) => a.unit.start - b.unit.start);
  for (const sibling of siblings) {
    if (selected.length >= maxItems) break;
    selected.push(sibling);
  }
}

interface QuoteGroup {
  passage: Passage;
  quote: string;
  /** Offset of the quote in the passage text. */
  start: number;
}

/** What the shape of the answer (a figure, a date, a place) adds to a part of a long quote's score. */
const PART_SHAPE_BONUS = 0.5;

/** Units of one passage that follow each other (or share a line) become one verbatim quote. */
function mergeContiguous(selected: Candidate[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  let last: { group: QuoteGroup; start: number; end: number; candidate: Candidate } | undefined;
  for (const candidate of selected) {
    const text = candidate.passage.chunk.text;
    const between =
      last && last.candidate.passage === candidate.passage ? text.slice(last.end, candidate.unit.start) : undefined;
    // Merge only a unit that follows the previous one in the text (the best quote may come first).
    const follows = last !== undefined && candidate.unit.start >= last.end;
    if (last && follows && between !== undefined && /^[ \t\u3000]*$/.test(between)) {
      last.group.quote = text.slice(last.start, candidate.unit.start + candidate.unit.text.length);
      last.end = candidate.unit.start + candidate.unit.text.length;
      last.candidate = candidate;
      continue;
    }
    const group = { passage: candidate.passage, quote: candidate.unit.text, start: candidate.unit.start };
    groups.push(group);
    last = { group, start: candidate.unit.start, end: candidate.unit.start + candidate.unit.text.length, candidate };
  }
  return groups;
}
