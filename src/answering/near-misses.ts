/**
 * Near misses: questions the reports almost answer. Each check reads what the question asks for —
 * contact details, where a body has its head office, the outcome of a case, whether a target was
 * met, a comparison with a
 * country, the date of an event, the reason something ended or was chosen (or put where it is), a
 * part of a total, a breakdown by a dimension, which ranks first, the amount one party bore, a
 * target date or figure, what someone said — and
 * looks for a quotable unit on the topic that gives it. When none does, the answer is a refusal
 * that says what was not found, with the nearest passages as related; when some do, they are
 * favoured so that they lead the answer.
 */
import { ATTRIBUTE_ALIASES, type AskedAttribute, attributeForms } from './asked-attribute.js';
import type { Candidate } from './candidate.js';
import { ABSTAIN_TEXT, figureName } from './abstention.js';
import { asWritten, mentionsAny } from './unseen-names.js';
import { isJapaneseRegionRow } from './table-context.js';
import { escapeRegExp, glosses } from './glosses.js';
import { STATIC_ALIASES } from '../retrieval/aliases.js';
import {
  AREA_FIGURE,
  askedCount,
  type AskedFigure,
  asksAchieved,
  askedExpansion,
  askedHappening,
  askedHappeningEn,
  AS_INTENT,
  askedBreakdown,
  askedCounter,
  askedFigure,
  TRAILING_NOUN,
  asksForCountry,
  asksForPrefecture,
  askedPart,
  askedPartEn,
  nounsOfPart,
  askedRank,
  asksInYen,
  asksForSite,
  askedMeasureUnit,
  asksSuccessor,
  SAYS_SUCCESSION,
  asksPlan,
  asksWhenFuture,
  SAYS_FUTURE,
  figureAskedOfCountry,
  SAYS_PERSON_SUCCESSION,
  SAYS_YEN,
  SAYS_FEE,
  SAYS_PROCEDURE,
  askedWhenEvent,
  asksWhen,
  CONTRAST_BREAK,
  eraYear,
  askedWhyEvent,
  askedBodyOf,
  asksFee,
  asksProcedure,
  asksTitle,
  SAYS_TITLE,
  asksPerMonth,
  SAYS_PER_MONTH,
  asksLanguage,
  saysLanguage,
  endsOrFalls,
  asksDuration,
  asksPeriodByItsEnds,
  DURATION,
  DATE_RANGE,
  KIND_SEPARATOR,
  asksWhySited,
  SAYS_SITING,
  asksApplicationDeadline,
  asksPersonSuccessor,
  asksDeadline,
  asksForContact,
  asksHeadquarters,
  asksTargetFigure,
  asksActualFigure,
  saysActualFigure,
  asksForYear,
  asksWhatSaid,
  asksOutcome,
  asksSuperlative,
  asksWhichOfTwo,
  comparedPair,
  COMPARISON_ASKED,
  CAUSE,
  namedOrdinals,
  writesOrdinal,
  comparedCountries,
  CONTACT,
  COUNTRY_COUNTER,
  namedFigure,
  namesCountry,
  namesPrefecture,
  SAYS_ACHIEVED,
  SAYS_HEADQUARTERS,
  SAYS_OUTCOME,
  SAYS_PLAN,
  SAYS_SPEECH,
  SAYS_SUPERLATIVE,
  SITE_COUNTER,
  STATES_DATE,
} from '../retrieval/question-kind.js';
import { normalizeForIndex } from '../text/normalize.js';

export interface NearMissInput {
  question: string;
  lang: 'ja' | 'en';
  /** The query's terms (an English question's translations among them); read by several checks. */
  queryTerms: readonly string[];
  candidates: readonly Candidate[];
  /** Names the question is about (`questionNames`). */
  names: readonly string[];
  /** Figures the question itself states (「174の企業・機関のうち」): no answer. */
  stated: ReadonlySet<number>;
  /** The question counts a kind of thing with a counter the counted-topic rule checks (「何社」). */
  countsTopic: boolean;
  /** A unit covers the question's words, read in its context, and names what it is about. */
  inContext: (candidate: Candidate) => boolean;
  /** The section path at a unit (a case's title among it). */
  sectionOf: (candidate: Candidate) => string[];
  /** Raises a unit that gives what is asked, so that it leads. */
  favour: (candidate: Candidate) => void;
  /** The question's own Latin spelling of a name it gives in Latin letters (諏訪 → Suwa), if any. */
  spelled?: (name: string) => string | undefined;
  /** The Japanese words the lexicon gives for an English word or phrase (English questions). */
  translate?: (words: string) => readonly string[];
  /** What the question asks the value of (`askedAttribute`), if it says; read only by the last check. */
  attribute?: () => AskedAttribute | undefined;
}

export interface NearMiss {
  /** Logged. */
  reason: string;
  /** Told to the user. */
  detail: string;
  /** Shown first among the related passages. */
  near?: readonly Candidate[];
}

/** The first near miss the question is, or undefined when the passages give what it asks for. */
export function findNearMiss(input: NearMissInput): NearMiss | undefined {
  for (const check of CHECKS) {
    const miss = check(input);
    if (miss) return miss;
  }
  return undefined;
}

type Check = (input: NearMissInput) => NearMiss | undefined;

/**
 * A check for the questions `asks` recognises: some unit on the topic must say it (match `saysIt`;
 * those then lead the answer), or the question is a near miss.
 */
function unitSaying(
  asks: (question: string) => boolean,
  saysIt: RegExp | ((text: string, input: NearMissInput) => boolean),
  reason: string,
  detail: (text: (typeof ABSTAIN_TEXT)['ja' | 'en'], lang: 'ja' | 'en') => string,
): Check {
  const said = typeof saysIt === 'function' ? saysIt : (text: string) => saysIt.test(text);
  return (input) =>
    asks(input.question)
      ? onTopicSaying(input, (text) => said(text, input), { reason, detail: detail(says(input), input.lang) })
      : undefined;
}

/** The near miss `miss` unless some unit on the topic says it (`said`); those then lead the answer. */
function onTopicSaying(
  input: NearMissInput,
  said: (text: string) => boolean,
  miss: NearMiss,
  of: (c: Candidate) => boolean = () => true,
): NearMiss | undefined {
  const giving = input.candidates.filter((c) => onTopOrInContext(input, c) && said(c.unit.text) && of(c));
  if (giving.length === 0) return miss;
  giving.forEach(input.favour);
  return undefined;
}

/**
 * Names as a reply quotes them, spelled as the question writes them (「IVI」, not the index's ivi):
 * 「長崎」「四川」 in Japanese, "Germany, Japan" in English.
 */
function quoteNames(names: readonly string[], input: NearMissInput): string {
  // An English reply names 諏訪 as the question did: Suwa.
  // Once each: 福島 and 福嶋 are both Fukushima.
  const written = [
    ...new Set(
      names.map((name) => asWritten(input.question, (input.lang === 'en' ? input.spelled?.(name) : undefined) ?? name)),
    ),
  ];
  return input.lang === 'ja' ? written.map((name) => `「${name}」`).join('') : written.join(', ');
}

/** 「問い合わせ先のメアドか電話番号って載ってる？」: a phone number, an address, an e-mail or a web address. */
const contactDetails: Check = (input) => {
  if (!asksForContact(input.question)) return undefined;
  // The contact of what is asked about: the unit or its section says a word of the question besides
  // the contact words (「it's OWLホームページ (http://…)」 is no website of America Makes).
  const topical = (c: Candidate) => {
    const where = normalizeForIndex([c.unit.text, ...input.sectionOf(c)].join(' '));
    return input.queryTerms.some((term) => term.length >= 2 && !CONTACT_WORD.test(term) && where.includes(term));
  };
  const giving = input.candidates.filter((c) => input.inContext(c) && CONTACT.test(c.unit.text) && topical(c));
  if (giving.length === 0) {
    return { reason: 'no passage on the topic gives contact details', detail: says(input).noContact };
  }
  giving.forEach(input.favour);
  return undefined;
};

/** An outcome asked in sales or earnings (「売上どうなった」「どれくらい売れたの」「ヨーロッパで売り出せたの」). */
const SALES_ASKED = /(売上|売り上げ|業績|収益|売れ|売り出)/;
/**
 * A sentence on sales or earnings: 販売 as what was sold (「販売額」「販売が伸び」「販売承認を取得」), not as a
 * trade someone plies (「収穫や販売を手掛ける業者」).
 */
const SAYS_SALES =
  /(売上|売り上げ|業績|収益|発売|販売(額|量|数|高|実績|台数|件数|店|網|先|承認|開始|(が|は|も)|を(開始|拡大|伸ば|始め|展開))|受注|増収|減収)/;

/** Words of a way to reach someone, which say nothing of whose it is. */
const CONTACT_WORD =
  /(ホームページ|ウェブ|サイト|ページ|URL|電話|番号|メール|アドレス|住所|連絡|問い?合わ?せ|窓口|所在)/i;

/**
 * 「練馬区とフランスの交流って、結局どんな成果が出たの？」: a sentence on that case (naming it, or under its
 * title) saying what came of it; the line listing the case does not.
 */
const outcome: Check = (given) => {
  if (!asksOutcome(given.question) || asksSeveralThings(given.question)) return undefined;
  // 「ドイツの「労働4.0」の議論って、最終的にどういう結論になったの」: a case the question quotes, as the
  // passages write it, when it names none kuromoji knows.
  const names = given.names.length > 0 ? given.names : quotedInPassages(given);
  if (names.length === 0) return undefined;
  const input = { ...given, names };
  // What the unit says of the case: all of it under the case's title or naming it; in a table's row,
  // only the cells naming it (「練馬区－フランス (アニメ)」⇥「千葉県－英国… (対象地域を拡大)」).
  const goingOn = goingOnFromNamed(input);
  const onCase = (c: Candidate): string => {
    // Under the case's section, or its label line (「飯塚市の例:」 / 「…試作品を商品化することに成功。」).
    if (mentionsAny(filedUnder(input, c), input.names)) return c.unit.text;
    // Going on from a sentence that names the case (「…亀山市は「…条例」を策定。」 / 「…2009年までに1,787戸が
    // 補助対象として新設された。」 / 「しかし、…空室率が4割に至る等の問題が発生」).
    if (goingOn.has(c)) return c.unit.text;
    return c.unit.text
      .split('\t')
      .filter((cell) => mentionsAny(normalizeForIndex(cell), input.names))
      .join('\t');
  };
  // 「その後売上どうなった？」: what came of the sales (「売上が10～20％増」), not any outcome (「…を発足」).
  // 「最初ギクシャクしてたって聞いたけど、結局どうなったの」: how it went, which 「信頼関係を次第に築くことが
  // できた」 tells too (not which deals were made).
  const said = SALES_ASKED.test(input.question)
    ? SAYS_SALES_ALL
    : HOW_IT_WENT.test(input.question)
      ? SAYS_OUTCOME_OR_ACHIEVED
      : SAYS_OUTCOME_ALL;
  // 「乳がんチェッカーをEUで販売するため、…臨床実験開始」 says the aim, not what came of it.
  const saysIt = (text: string) => saidNotAsAim(text, said);
  // A case named by its sides (「島根県とオーストリアの木質バイオマス」) is told of in a report naming them
  // all: another report's 「JETRO島根…実績」 is not about it.
  const ofCase = reportsNamingAll(input);
  if (
    input.candidates.some(
      (c) =>
        (ofCase === undefined || ofCase.has(c.passage.chunk.doc)) && onTopOrInContext(input, c) && saysIt(onCase(c)),
    )
  )
    return undefined;
  return { reason: 'no passage on the case says what came of it', detail: says(input).noOutcome };
};

/**
 * What the question quotes (「労働4.0」『…』) that a passage found writes, or what a passage quotes that the
 * question writes (「乳がんチェッカー」 asked unquoted), normalized.
 */
function quotedInPassages(input: NearMissInput): string[] {
  const quotes = (text: string) =>
    [...text.normalize('NFKC').matchAll(/[「『]([^」』]{2,20})[」』]/g)].map((match) => normalizeForIndex(match[1]!));
  // Each passage once: a passage's units are candidates one by one.
  const texts = [...new Set(input.candidates.map((c) => c.passage.chunk.text))];
  const passages = texts.map(normalizeForIndex);
  const question = normalizeForIndex(input.question);
  const asked = quotes(input.question).filter((term) => passages.some((text) => text.includes(term)));
  const quotedThere = texts.flatMap(quotes).filter((term) => term.length >= 4 && question.includes(term));
  return [...new Set([...asked, ...quotedThere])];
}

/** A word of `every` (a global pattern) in `text` not written as an aim (「販売するため」「商品化を目指し」). */
function saidNotAsAim(text: string, every: RegExp): boolean {
  return [...text.matchAll(every)].some(
    (match) => !AIM_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8)),
  );
}
const AIM_AFTER = /^(する|させる|の|を)?(ため|に向け|を目指|目的)/;
/** `SAYS_SALES` and `SAYS_OUTCOME` made global once, for `saidNotAsAim`. */
const SAYS_SALES_ALL = new RegExp(SAYS_SALES.source, 'g');
const SAYS_OUTCOME_ALL = new RegExp(SAYS_OUTCOME.source, 'g');
/** 「結局どうなったの」「うまくいったの」: how a case went, not a deal or a figure asked. */
const HOW_IT_WENT = /(結局|最終的に|その後)[、\s]*どう(なった|なって)|(うまく|上手く)(いった|いって|行った)/;
/** What came of it, or what it managed (「…築くことができた」「…に成功」). */
const SAYS_OUTCOME_OR_ACHIEVED = new RegExp(`${SAYS_OUTCOME.source}|ことができた|ことに成功`, 'g');

/**
 * 「it's OWLの中間評価、結果はどうだった」「スウェーデンでの臨床試験って結局どういう結果」「中間評価があったはず
 * だけど、どんな評価結果だったの」: the result of a trial,
 * a review or a test. A line on that event saying what it found or decided answers; one saying that it
 * took place (「中間評価がなされ」「臨床実験開始」), or the result of the case as a whole, does not.
 */
const eventResult: Check = (input) => {
  const q = input.question.normalize('NFKC');
  const asked = EVENT_RESULT_ASKED.exec(q);
  // "Did it's OWL pass its mid-term review, and what was the outcome?", "the outcome of its interim
  // evaluation": a review is written 評価 or 審査.
  const askedEn = asked ? undefined : EVENT_RESULT_ASKED_EN.exec(q);
  if (!asked && !askedEn) return undefined;
  const event = asked ? asked.slice(1).find(Boolean)! : askedEn!.slice(1).find(Boolean)!.toLowerCase();
  // A trial is written 試験, 実験 or 治験.
  const trial = asked ? TRIAL.test(event) : /trial|test/.test(event);
  const said = trial ? TRIAL : asked ? new RegExp(escapeRegExp(event)) : REVIEW;
  const giving = input.candidates.filter(
    (c) => onTopOrInContext(input, c) && said.test(c.unit.text) && RESULT_SAID.test(c.unit.text),
  );
  if (giving.length > 0) {
    giving.forEach(input.favour);
    return undefined;
  }
  return { reason: `no passage says what the ${event} found`, detail: says(input).noOutcome };
};
const EVENT = '(評価|審査|試験|実験|治験|検証|実証|選考|審議|交渉|入札)';
const EVENT_RESULT_ASKED = new RegExp(
  `${EVENT}[^。？?]{0,10}?(?:の)?(?:結果|成績)(?:は|って|が)?[、\\s]*(?:どう|どんな|どういう|出た|出て|わかる|分かる)|${EVENT}[^。？?]{0,10}?(?:結局)?[、\\s]*(?:どういう|どんな)結果|${EVENT}[^。？?]{0,20}?(?:どういう|どんな)(?:評価|審査|試験|実験)結果`,
);
const TRIAL = /(試験|実験|治験)/;
const REVIEW = /(評価|審査)/;
const EVENT_RESULT_ASKED_EN =
  /\b(review|evaluation|assessment|trial|test)s?\b[^?]{0,60}\b(?:outcome|result)s?\b|\b(?:pass|passed|fail|failed)\b[^?]{0,40}\b(review|evaluation|assessment|trial|test)s?\b|\b(?:outcome|result)s? of\b[^?]{0,60}\b(review|evaluation|assessment|trial|test)s?\b/i;
/** A line saying what a trial or a review found or decided (not that it took place). */
const RESULT_SAID =
  /(結果[、,はがとを]|合格|通過|承認|認証を?取得|取得し|判明|確認され|確認し|示され|認められ|有効性|効果が(あ|確|見)|継続が(決|認)|採択され|不採択|成功|失敗|高評価|評価され|精度)/;

/**
 * 「HVMカタパルトの本部ってどこ」, "where is it headquartered": a sentence on the body saying where its
 * head office is (「1949年(本部ミュンヘン)」); the cities of its centres do not say it. A sentence on
 * another body's secretariat (「クラスターの事務局を担っていたICRは…解散」 for TAMA協会's) does not either:
 * it names the body asked, or stands under a heading that does (a table's row is read under its header).
 */
const headquarters: Check = (input) => {
  if (!asksHeadquarters(input.question)) return undefined;
  const ofAsked = (c: Candidate) =>
    input.names.length === 0 ||
    c.unit.kind === 'row' ||
    mentionsAny(normalizeForIndex(c.unit.text), input.names) ||
    mentionsAny(headedBy(input, c), input.names);
  return onTopicSaying(
    input,
    (text) => SAYS_HEADQUARTERS.test(text),
    {
      reason: 'no passage says where the head office or secretariat is',
      detail: says(input).noHeadquarters,
    },
    ofAsked,
  );
};

/**
 * 「NEXTAって何の略？正式名称は？」: a passage that says what the abbreviation stands for
 * (「…システム（RESAS）」「HVM（High Value Manufacturing）」). One that only uses it
 * (「島根県内企業及びNEXTAによる…」) does not.
 */
const expansion: Check = (input) => {
  const term = askedExpansion(input.question);
  if (!term) return undefined;
  // Any sentence of the passages may say it, on the question's words or not (「…支援グループ (UNTAG) の下で」).
  const passages = new Set(input.candidates.map((c) => c.passage));
  const statesIt = (text: string) => glosses(text, term) || inApposition(text, term);
  if (![...passages].some((passage) => statesIt(normalizeForIndex(passage.chunk.text)))) {
    return { reason: 'no passage says what the abbreviation stands for', detail: says(input).noExpansion(term) };
  }
  input.candidates.filter((c) => statesIt(normalizeForIndex(c.unit.text))).forEach(input.favour);
  return undefined;
};

/**
 * 「NEXTAって、何の組織だっけ」: what body an abbreviation names. A passage that glosses it (「NEXTA（…）」
 * 「…機構、NEXTA」) or says what it is (「NEXTAは…を担う組織」) answers; lines that only use the name
 * (「NEXTAによる海外見本市への出展支援」) do not.
 */
const bodyDescribed: Check = (input) => {
  const term = askedBodyOf(input.question);
  if (!term) return undefined;
  const key = escapeRegExp(normalizeForIndex(term));
  // 「NEXTAは…を担う組織」, or before it: 「アーヘン市立の地域密着型経済開発機関であるAGIT」.
  const statesWhat = new RegExp(`${key}(は|とは|:|：)[^。]{0,60}${KIND_OF_BODY}|${KIND_OF_BODY}(である|たる)${key}`);
  const describes = (text: string) => glosses(text, term) || inApposition(text, term) || statesWhat.test(text);
  const passages = new Set(input.candidates.map((c) => c.passage));
  if ([...passages].some((passage) => describes(normalizeForIndex(passage.chunk.text)))) return undefined;
  return { reason: `no passage says what body ${term} is`, detail: says(input).noBody(term) };
};

/** The words that say what kind of body something is (組織, 機関, 公社…). */
const KIND_OF_BODY = '(組織|団体|機関|法人|協会|財団|機構|センター|会社|公社|組合)';

/** 「…王立建築家協会、RIAIである」: the abbreviation set after its full name. */
function inApposition(normalizedText: string, term: string): boolean {
  const key = normalizeForIndex(term);
  return new RegExp(`[\\p{Script=Han}\\p{Script=Katakana}ー]、${escapeRegExp(key)}(?![a-z0-9])`, 'u').test(
    normalizedText,
  );
}

/** "Who took over from Korder?": a sentence on the topic saying who succeeded whom (後任, 就任, 交代). */
const personSuccessor = unitSaying(
  asksPersonSuccessor,
  SAYS_PERSON_SUCCESSION,
  'no passage says who took over',
  (text) => text.noPerson,
);

/**
 * 「地域企業イノベーション支援事業、2021年度からは何て事業に衣替えしたの？」: a sentence on the topic
 * saying what took over (後継, 移行, 改称, 「（現…）」); the programme's own description does not.
 */
const successor = unitSaying(
  // A person's successor is `personSuccessor`'s to check (「後任として…」 says it, with no 後継 or 移行).
  (question) => asksSuccessor(question) && !asksPersonSuccessor(question),
  SAYS_SUCCESSION,
  'no passage says what succeeded it',
  (text) => text.noSuccessor,
);

/**
 * 「今治タオル、これから海外に直営店を出す計画ってある？」: a sentence on the topic saying what is
 * planned (計画, 予定, 今後, 方針); what was done (「販売店を展開」) does not say what is to come.
 */
const planSaid = unitSaying(
  asksPlan,
  SAYS_FUTURE,
  'no passage on the topic says what is planned',
  (text) => text.noPlan,
);

/** When a plan is for: a year, a fiscal year, a month, a season or 「年内」「来年」. */
const PLANNED_TIME = /((19|20)[0-9]{2}|令和|平成|年度|[0-9]+月|年内|来年|今年|上期|下期|上半期|下半期|春|夏|秋|冬)/;

/** "When will RESAS release the new menu?": a date for what is still to come is said as planned. */
const futureDate = unitSaying(
  asksWhenFuture,
  // A plan with its time (「2022年度に追加する予定」); 「人材育成の検討を推進」 says no when.
  (text) => SAYS_FUTURE.test(text) && PLANNED_TIME.test(text.normalize('NFKC')),
  'no passage on the topic says when it is planned',
  (text) => text.noPlannedDate,
);

/**
 * 「新規設立企業50社って目標、実際に達成できたの？」: a sentence on the topic saying the target was met
 * or missed (「…の目標を達成」); the sentence setting the target does not say.
 */
const achieved = unitSaying(
  asksAchieved,
  // Said as met, not as what a rule pushes clusters toward (「目標を達成しようとするインセンティブ」);
  // 「いまどこまで達成してる？」 is answered by a figure reached so far (「すでに6,500人の新規雇用」),
  // whether a target was met in the end (「最終的に」, "ultimately") is not.
  (text, input) =>
    (saidAsDone(text, EVERY_ACHIEVED) && (TARGET_WORD.test(text) || SAYS_MET.test(text))) ||
    (!ASKS_FINAL.test(input.question) && SO_FAR.test(text) && COUNTED_FIGURE.test(text)),
  'no passage says whether the target was met',
  (text) => text.noAchieved,
);

const EVERY_ACHIEVED = new RegExp(SAYS_ACHIEVED.source, 'g');
/** 「上回る」「超えた」 say a target was met only of a target (not 「廃業率が開業率を上回る傾向」). */
const TARGET_WORD = /(目標|計画|見込み|予想|想定|ノルマ)/;
/** Words that say a target was (or was not) met by themselves. */
const SAYS_MET = /(達成|未達|クリア)/;
/** Whether a target was met in the end, not how far it has come. */
const ASKS_FINAL = /(最終的|結局|\bin the end\b|\bfinal(ly)?\b|\bultimately\b|\beventually\b|\bby the end\b)/i;

/**
 * Some match of `every` (a global pattern) in the text is said as done, not as an aim or a plan
 * (「販売するため」「設置することで…合意」: `AS_INTENT` right after it).
 */
function saidAsDone(text: string, every: RegExp): boolean {
  const body = normalizeForIndex(text).replace(/\s+/g, '');
  return [...body.matchAll(every)].some(
    (match) =>
      !AS_INTENT.test(body.slice(match.index + match[0].length)) && !FORECAST_BEFORE.test(body.slice(0, match.index)),
  );
}

/** An estimate the act is said by: 「試算によれば1,800の新規雇用を創出し…としている」 is a projection, not done. */
const FORECAST_BEFORE = /(試算|予測|推計|見通し|見込み)(によれば|によると|では)[^。]*$/;

/**
 * 「乳がんチェッカー、結局EUで販売までいけた？」: a sentence on the topic saying the act (販売) as done, not
 * only as an aim (「EUで販売するため、…臨床実験開始」) or a plan; 「販売承認」 no passage says at all.
 */
const happened: Check = (input) => {
  // An English question's act in the words the reports say it with: "go on sale" → 販売, 発売.
  const asked = input.lang === 'en' ? askedHappeningEn(input.question) : askedHappening(input.question);
  const acts = (typeof asked === 'string' ? [asked] : (asked ?? [])).map(normalizeForIndex);
  if (acts.length === 0) return undefined;
  // 「ちゃんと回答集まったの？回収率いくつだっけ」: a figure asked beside it answers both (the figure rules
  // check it); the yes/no sentence is no near miss of its own.
  if (FIGURE_ASKED_TOO.test(input.question.normalize('NFKC'))) return undefined;
  const everyAct = new RegExp(acts.map((act) => act.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const saysDone = (text: string) => saidAsDone(text, everyAct);
  // Said of what the question names, by the sentence or its section: a passage listing several
  // cases (諏訪's 「販売会社設立」 beside 福島's 乳がんチェッカー) says it of each its own.
  // With no name, by another word of the question (「乳がんチェッカー」 beside 販売, not 諏訪's 「販売会社」).
  const others = input.queryTerms
    .map((term) => normalizeForIndex(term))
    .filter((term) => term.length >= 2 && !acts.some((act) => act.includes(term) || term.includes(act)));
  // A body asked by its kind (「CPS推進協議会って結局設立されたの」) is named: not 「…連絡協議会が設立され」.
  const body = ASKED_BODY.exec(input.question.normalize('NFKC'))?.[1];
  const ofIt = (c: Candidate) => {
    const where = normalizeForIndex(`${input.sectionOf(c).join(' ')} ${c.unit.text}`);
    if (input.names.length > 0) return mentionsAny(where, input.names);
    return body !== undefined ? where.includes(body) : others.some((term) => where.includes(term));
  };
  const giving = input.candidates.filter((c) => onTopOrInContext(input, c) && ofIt(c) && saysDone(c.unit.text));
  if (giving.length === 0) return { reason: 'no passage says whether it happened', detail: says(input).noHappened };
  giving.forEach(input.favour);
  return undefined;
};

/** A figure asked in another clause: 「回収率いくつ」「何件」「どのくらい」, "how many", "how much". */
const FIGURE_ASKED_TOO =
  /[？?][^？?]*(いくつ|いくら|何(件|社|人|名|%|割|パーセント)|どのくらい|どれくらい|どれだけ|\bhow (many|much)\b)/i;

/**
 * 「it's OWLとAllianz Industrie 4.0、参加企業数はどっちが多い？」: each thing compared needs a figure said
 * of it; a footnote naming Allianz Industrie 4.0 without one compares nothing.
 */
const figureOfEach: Check = (input) => {
  const sides = comparedSides(input.question);
  if (!sides) return undefined;
  // A side's Latin and katakana words the passages write, and the names the question gives it
  // (「北上の工業団地と四日市の工業団地」: 北上, 四日市).
  // A two-letter acronym of an English question's side (LL, whose passage names it) is a word of its
  // own, not the letters of another (Allianz).
  const mentions = (text: string, word: string) =>
    word.length >= 3 ? text.includes(word) : new RegExp(`(?<![a-z])${word}(?![a-z])`).test(text);
  const corpusWords = (side: string) => [
    // 「V-RESAS」 is one word, not RESAS's.
    ...[...normalizeForIndex(side).matchAll(/[a-z](?:-?[a-z]){2,}|[\p{Script=Katakana}ー]{4,}/gu)]
      .map((match) => match[0])
      .concat(
        input.lang === 'en'
          ? [...side.normalize('NFKC').matchAll(/\b[A-Z]{2}\b/g)].map((match) => match[0].toLowerCase())
          : [],
      )
      .filter(
        (word) =>
          !GENERIC_SIDE_WORDS.has(word) &&
          input.candidates.some((c) => mentions(c.passage.chunk.text.toLowerCase(), word)),
      ),
    ...input.names.filter((name) => {
      if (/^[a-z]/.test(name)) return false;
      // An English side names 広島 as Hiroshima.
      const spelled = input.spelled?.(name);
      const written = normalizeForIndex(side);
      return written.includes(name) || (spelled !== undefined && written.includes(normalizeForIndex(spelled)));
    }),
  ];
  // What is compared, when the question says: an area (「敷地面積でいうとどっちが広い」) is given in ha,
  // a number of members (「参加してる企業・機関の数」) with their counter — not a budget in ドル.
  // A price (「工業用水の料金はどっちが安い」) in money.
  // Jobs created (「雇用をたくさん生んだ」) and staff (「職員数」) are counted in people; page views (「アクセス数」)
  // in PV or visits.
  const measure = MEASURES_COMPARED.find(([asked]) => asked.test(input.question))?.[1];
  // A table's row gives its figures in the unit its header states (「[単位:件数]」 over 「九州	5	1 … 45」).
  const ofMeasure = (c: Candidate, text: string) =>
    !measure || measure.test(normalizeForIndex(text)) || (c.tableUnit !== undefined && measure.test(`1${c.tableUnit}`));
  // A figure, not a version in a name (「インダストリー4.0」「Industrie 4.0」), a footnote's number, a chart's
  // number (「【図表11】浜松市 …出荷額の推移」 gives no figure) nor a date.
  const figured = (text: string) =>
    (
      normalizeForIndex(text)
        .replace(/[a-z\p{Script=Katakana}ー]\s*[0-9]+\.[0-9]|\(?注\s*[0-9]+\)?|(図表|図|表)\s*[0-9]+(-[0-9]+)?/gu, '')
        .match(COUNT) ?? []
    ).length > 0;
  // "France's competitiveness poles": an English side with no name of its own is named by its
  // capitalised words' katakana translations the passages write (フランス); not by "Japan's" (日本), which
  // the Japanese reports leave unsaid (「産業技術総合研究所」).
  const translatedWords = (side: string) =>
    input.lang === 'en' && input.translate
      ? [...side.matchAll(/\b[A-Z][a-z]{2,}\b/g)]
          .map(([word]) => input.translate!(word)[0])
          .filter(
            (ja): ja is string =>
              ja !== undefined &&
              /^[\p{Script=Katakana}ー]{2,}$/u.test(ja) &&
              input.candidates.some((c) => c.passage.chunk.text.includes(ja)),
          )
      : [];
  // 「NRIの報告書で、北上市と…」「…出荷額の伸び、阿南市と…」: the side is what follows the topic's comma.
  const sideWords = sides.map((side) => {
    const own = corpusWords(withoutTopic(side));
    return own.length > 0 ? own : translatedWords(withoutTopic(side));
  });
  const missing = sides.filter((_, i) => {
    const words = sideWords[i]!;
    // An English side is named in Latin letters its figures' lines may write in katakana
    // (Fraunhofer, フラウンホーファー): a line is the side's when the passage names it before the line,
    // and, in a passage on both sides, names it last (「ドイツ（バイエルン州）クラスター政策 … 新規に発足した
    // プロジェクトは1,100件以上」, then 「フランス 競争力拠点政策 …」). A Japanese side is named by the line.
    const namesSide = (c: Candidate) => {
      const line = normalizeForIndex(`${c.label}\n${c.unit.text}`);
      if (words.every((w) => mentions(line, w))) return true;
      if (input.lang !== 'en') return false;
      const passage = compactPassage(c.passage);
      const at = passage.indexOf(normalizeForIndex(c.unit.text).replace(/\s+/g, ''));
      if (at < 0) return words.every((w) => mentions(passage, w));
      // Where the passage last names the side (by any of its spellings: フラウンホーファー, Fraunhofer) before the line.
      const lastBefore = (ws: string[]) =>
        Math.max(-1, ...ws.map((w) => lastMention(passage, w.replace(/\s+/g, ''), at)));
      const own = lastBefore(words);
      // A table's row may give both sides' figures, one a column (「職員数⇥約23,000人⇥約5,100人」).
      const columns = c.unit.kind === 'row' && c.unit.text.split('\t').length >= 3;
      return (
        own >= 0 && (columns || sideWords.every((other, j) => j === i || other.length === 0 || lastBefore(other) < own))
      );
    };
    return (
      words.length > 0 &&
      !input.candidates.some((c) =>
        namesSide(c)
          ? figured(c.unit.text) && ofMeasure(c, c.unit.text)
          : // A table's row gives the side's figure in the column its header names (「項目⇥フラウンホーファー
            // 研究機構⇥産業技術総合研究所」 over 「職員数⇥約23,000人⇥約5,100人」).
            columnOf(c, (header) => words.every((w) => mentions(header, w))).some(
              (cell) => figured(cell) && ofMeasure(c, cell),
            ),
      )
    );
  });
  if (missing.length === 0) return undefined;
  const named = quoteNames(
    // Named as the question names the side, without the topic before it (「…案件の割合、九州」: 九州).
    missing.map(withoutTopic),
    input,
  );
  return { reason: `no passage gives a figure of ${missing.join(', ')}`, detail: says(input).noCountryFigure(named) };
};
/** Each passage's index text without spaces, read once per chunk (many candidates and checks share one). */
function compactPassage(passage: Candidate['passage']): string {
  let text = COMPACT_PASSAGES.get(passage.chunk);
  if (text === undefined) {
    text = normalizeForIndex(passage.chunk.text).replace(/\s+/g, '');
    COMPACT_PASSAGES.set(passage.chunk, text);
  }
  return text;
}
const COMPACT_PASSAGES = new WeakMap<Candidate['passage']['chunk'], string>();

/**
 * Where `text` last mentions `word` at or before `at` (-1 if not): a two-letter acronym (LL) as a word
 * of its own, not the letters of another (Allianz), as `figureOfEach` reads it.
 */
function lastMention(text: string, word: string, at: number): number {
  if (word.length >= 3) return text.lastIndexOf(word, at);
  const own = new RegExp(`(?<![a-z])${escapeRegExp(word)}(?![a-z])`, 'g');
  let last = -1;
  for (const match of text.slice(0, at + word.length).matchAll(own)) last = match.index;
  return last;
}

/**
 * The cells of a table's row under the header cells that `heads` accepts (the header: the last line of
 * the labels above the row with as many cells, or one fewer); none when the row is no such table's.
 */
function columnOf(c: Candidate, heads: (header: string) => boolean): string[] {
  if (c.unit.kind !== 'row' || c.tableLabel === undefined) return [];
  const cells = c.unit.text.split('\t');
  // A header without the row labels' empty cell (「⇥フラウンホーファー研究機構⇥産業技術総合研究所」, kept
  // after the table's title) heads the columns after the first.
  const found = c.tableLabel
    .split('\n')
    .map((line) => line.split('\t'))
    .findLast((line) => line.length === cells.length || line.length === cells.length - 1);
  if (!found) return [];
  const header = found.length === cells.length ? found : ['', ...found];
  return cells.filter((_, i) => i > 0 && heads(normalizeForIndex(header[i]!)));
}

/** A compared side without the topic the question puts before it (「…案件の割合、九州」: 九州). */
function withoutTopic(side: string): string {
  return side.replace(/^.*[、,]\s*/, '').trim();
}

const AREA_ASKED = /(面積|広さ|広い|狭い|\b(area|acreage|larger site)\b)/i;
/** Jobs created or people employed (「職員数」, "staff headcount"): counted in people. */
const JOBS_ASKED =
  /(雇用|職員|スタッフ|人員|従業員|社員|人数|\b(jobs|employment|staff|headcount|employees|workforce|personnel)\b)/i;
const JOBS = /[0-9][0-9,]*\s*(万|千)?\s*(人|名)/;
/** Patents held or filed, counted in 件 (「特許件数は25,963件」: `CASE_COUNT`). */
const PATENTS_ASKED = /(特許|\bpatents?\b)/i;
const PRICE_ASKED = /(料金|価格|値段|単価|費用|コスト|安い|安く|\b(price|cost|fee|cheaper)s?\b)/i;
/** 「相談の件数」「誘致件数」: a number of cases, counted in 件. */
const CASES_ASKED = /(件数|何件|\bnumber of (cases|inquiries|enquiries|projects)\b|\b(more|fewer) (new )?projects\b)/i;
const CASE_COUNT = /[0-9][0-9,]*\s*件/;
/** Money spent or given, asked in English: "more funding", "spend more" (a share of it is a rate). */
const FUNDING_ASKED = /\b(funding|funded|budgets?|spen[dt]|spending|grants?|subsid)/i;
const PRICE =
  /[0-9][0-9,.]*\s*(兆|億|百万|千万|万|千)?\s*(円|ドル|ユーロ|ポンド|yen|dollars?|euros?|pounds?)|[$€£¥]\s*[0-9]/i;
/** A rate (「伸び率」「空室率」, "growth rate"), given in per cent, 割 or points; not 効率 (efficiency). */
const RATE_ASKED = /((?<![効確能])率|割合|(認知|満足|普及|浸透|知名)度|\b(rates?|percentage|ratio|awareness)\b)/i;
const RATE = /[0-9][0-9,.]*\s*(%|％|割|ポイント|pt)/;
const MEMBERS_ASKED =
  /(企業|機関|会員|団体|参加者|メンバー)[^、。？?]{0,6}数|\b(how many|more|fewer|number of) ([a-z-]+ ){0,2}(members|companies|firms|organi[sz]ations|institutions|participants|partners)\b/i;
/** 「アクセス数はどっちが多い」, "more page views": a count of visits or views (「715万PV」), not a launch year. */
const VIEWS_ASKED = /(アクセス|閲覧|ページビュー|PV|\b(page views|visits|visitors|hits|access(es)?)\b)/i;
const VIEWS = /[0-9][0-9,.]*\s*(万|千|億)?\s*(PV|件|回|人|アクセス|view|visit)/i;
/** 「海外オフィスの数はどっちが多い」, "more offices": a number of offices or sites, not 「0件」 of inquiries. */
const OFFICES_ASKED =
  /(オフィス|事務所|拠点|支所|支部|支店|店舗|窓口)[^、。？?]{0,4}数|\b(how many|number of|more) ([a-z-]+ )?(offices|branches|sites|locations)\b/i;
const OFFICES = new RegExp(
  `[0-9][0-9,]*\\s*(${SITE_COUNTER}|拠点|事務所|オフィス|支所|支店|店舗|研究所|都市|${COUNTRY_COUNTER})`,
);
const MEMBERS = /[0-9][0-9,]*\s*(社|機関|団体|者|人|名|件|校|カ所|箇所|拠点|会員|の(企業|機関|会員|団体))/;

/** 「税収効果」, "tax revenue": a tax take, said as one (「税収効果52億円」), not any sum of money. */
const TAX_ASKED = /(税収|\btax[- ](revenues?|receipts|take|income)\b)/i;
const TAX = /税収[^。、]{0,8}[0-9]/;

/**
 * What two sides are compared by, the first the question asks (a tax take, an area, jobs, patents,
 * members, offices, a price or funding, cases, a rate, page views), and how a figure of it is written.
 */
const MEASURES_COMPARED: readonly (readonly [asked: RegExp, said: RegExp])[] = [
  [TAX_ASKED, TAX],
  [AREA_ASKED, AREA_FIGURE],
  [JOBS_ASKED, JOBS],
  [PATENTS_ASKED, CASE_COUNT],
  [MEMBERS_ASKED, MEMBERS],
  [OFFICES_ASKED, OFFICES],
  [PRICE_ASKED, PRICE],
  [FUNDING_ASKED, PRICE],
  [CASES_ASKED, CASE_COUNT],
  [RATE_ASKED, RATE],
  [VIEWS_ASKED, VIEWS],
];
/** Words of a compared side that name no one thing (「クラスター」 is everywhere). */
const GENERIC_SIDE_WORDS = new Set([
  'クラスター',
  'インダストリー',
  'industrie',
  'industry',
  'cluster',
  'プロジェクト',
]);

/**
 * "How does X's unemployment rate compare with Y's?": X and Y, each with a measure the question names;
 * not a report's name after ("… with AIST's in the JRI report").
 */
const MEASURE_COMPARED_EN =
  /\bhow (?:does|do|did|has|have) (?:the )?([^?]{2,60}?)['’]s? (?:[a-z-]+ ){0,2}?[a-z-]+ (?:compare|compared) (?:with|to|against) (?:the )?([^?]{2,60}?)(?:['’]s?)?(?:\s+in (?:the |its )?[^?]{0,40})?\s*\?/i;

/** "Did A receive more funding than B?": A, then B after "than". */
const MORE_THAN_EN =
  /^\s*(?:did|does|do|has|have|had|is|was|were)\s+(?:the\s+)?([^?]{2,60}?)\s+(?:receive|get|got|attract|create|spend|spent|employ|have|has|had|hold|file|raise)\w*\s+(?:more|fewer|less|a (?:larger|bigger|higher))\b[^?]{0,40}?\bthan\s+(?:the\s+)?([^?]{2,60}?)(?:['’]s?)?\s*\?/i;
/** "How does A stack up against B in funding?" */
const STACKED_AGAINST_EN =
  /\bhow (?:does|do|did) (?:the )?([^?]{2,60}?) (?:stack|measure) up (?:against|with|to) (?:the )?([^?]{2,60}?)(?:['’]s?)?(?:\s+in [^?]{2,60})?\s*\?/i;

/** "How do A and B compare in …": the two sides, before what they are compared in. */
const PAIR_COMPARED_EN = /\bhow (?:do|did) (?:the )?([^?,]{2,50}?) and (?:the )?([^?,]{2,50}?) compare\b/i;

/** 「V-RESASって本家のRESASと比べてどれくらい見られてるの」: how far one is from the other. */
const DEGREE_AGAINST = /と(?:比べ|比較し)て[、\s]*(?:どれ|どの)(?:くらい|ぐらい|だけ|程度)/;

/** The two things 「XとY、…どっちが多い」 compares, as written, or undefined. */
function comparedSides(question: string): string[] | undefined {
  const q = question.normalize('NFKC');
  // "How does North Rhine-Westphalia's unemployment rate compare with Halifax's?": a measure of each.
  const measured = MEASURE_COMPARED_EN.exec(q);
  if (measured) return [measured[1]!, measured[2]!];
  // "How do Fraunhofer and AIST compare in the number of patents they file?": each side, by the measure.
  const pairCompared = PAIR_COMPARED_EN.exec(q);
  if (
    pairCompared &&
    MEASURES_COMPARED.some(([asked]) => asked.test(q.slice(pairCompared.index + pairCompared[0].length)))
  )
    return [pairCompared[1]!, pairCompared[2]!];
  // "Did it's OWL receive more federal funding than Allianz Industrie 4.0?", "How does it's OWL stack up
  // against Allianz Industrie 4.0 in funding?": one side set against the other by a measure.
  const moreThan = MORE_THAN_EN.exec(q) ?? STACKED_AGAINST_EN.exec(q);
  if (moreThan && MEASURES_COMPARED.some(([asked]) => asked.test(q))) return [moreThan[1]!, moreThan[2]!];
  if (!asksWhichOfTwo(question) && !DEGREE_AGAINST.test(q)) return undefined;
  // "Which has attracted more foreign companies: NRW.Global Business or AGIT?": the sides after it.
  const either = /[:,]\s*(?:the\s+)?([^:,?]{2,60}?)\s+or\s+(?:the\s+)?([^:,?]{2,60}?)\s*\?\s*$/i.exec(q);
  if (either) return [either[1]!, either[2]!];
  // "Did JETRO spend more per year on the LL programme or on the RIT programme?"
  const onEither =
    /\b(?:on|to|for|in|at|by|from) (?:the )?([^?]{2,50}?) or (?:(?:on|to|for|in|at|by|from) )?(?:the )?([^?]{2,50}?)\s*\?\s*$/i.exec(
      q,
    );
  if (onEither) return [onEither[1]!, onEither[2]!];
  // "Does the paper say whether the UK's Catapult centres or the US IMIs have created more jobs?"
  const whether =
    /\bwhether (?:the )?([^?]{2,50}?) or (?:the )?([^?]{2,50}?) (?:has|have|had|is|are|was|were|did|does|do|hold|holds|file|files|created?|attract(?:ed|s)?|spen[dt]|employ(?:ed|s)?)\b/i.exec(
      q,
    );
  if (whether) return [whether[1]!, whether[2]!];
  // 「カタパルトの平均在職期間って、フラウンホーファーの7年と比べて長いの？短いの？」: the topic, and what it is
  // set against.
  const against = /^(.{2,40}?)(?:って|は)[、\s]*(.{2,40}?)と(?:比べ|比較し)(?:て|ると|たら)/.exec(q);
  if (against) return [against[1]!, against[2]!];
  // 「GNT企業の数と特許の出願数って、地方と三大都市圏でそれぞれどっちが多い」: the pair right before どっち
  // is what is compared; the pair before it, what they are compared by.
  const beforeWhich = SIDES_BEFORE_WHICH.exec(q);
  if (beforeWhich && beforeWhich.index > 0) return [beforeWhich[1]!, beforeWhich[2]!];
  // 「九州と関東だとどっちが高い」: the second side ends where the comparison starts.
  const pair = JOINED_SIDES.exec(q);
  // "Between Halifax and Yorkshire & the Humber, which…": the sides without the preposition.
  // 「it's OWLと、バーデン・…のAllianz」: a comma after と starts no side.
  // 「誘致件数で比べると、アーヘン側と島根側でどれくらい差がある」: the pair after the topic.
  return pair
    ? [pair[1]!.replace(/^(between|comparing|of|for)\s+/i, ''), pair[2]!.replace(/^[、,\s]+/, '')]
    : comparedPair(question);
}

/**
 * 「LL事業と後のRIT事業、どっちの方が成果が出やすかったって評価されてる？」: which of two did better, by no
 * measure a figure gives (`asksWhichOfTwo` reads those), is said in a line naming both; lines on one
 * of them alone (「LL事業期間内で終わらない…交流活動の継続が成果につながる」) judge neither against the other.
 */
const judgedOfTwo: Check = (input) => {
  const q = input.question.normalize('NFKC');
  if (asksWhichOfTwo(q)) return undefined;
  const keys = input.lang === 'ja' ? judgedSidesJa(q) : judgedSidesEn(q);
  if (!keys || keys.length < 2 || keys[0] === keys[1]) return undefined;
  const both = input.candidates.some((c) => {
    if (!onTopOrInContext(input, c)) return false;
    const text = normalizeForIndex(`${c.unit.text}\n${c.tableLabel ?? ''}`);
    return keys.every((key) => text.includes(key));
  });
  if (both) return undefined;
  return {
    reason: `no passage on the topic sets ${keys[0]} against ${keys[1]}`,
    detail: says(input).noCompared(
      input.lang === 'ja'
        ? `「${asWritten(input.question, keys[0]!)}」と「${asWritten(input.question, keys[1]!)}」`
        : `${asWritten(input.question, keys[0]!)} and ${asWritten(input.question, keys[1]!)}`,
    ),
  };
};

/**
 * The two sides of 「LL事業と後のRIT事業、どっちの方が…」, or of 「RIT事業のほうがLL事業より成果が出やすいって
 * 結論になってる？」 (one judged over the other, asked yes or no), as index keys.
 */
function judgedSidesJa(q: string): string[] | undefined {
  // 「LL事業って、欧州相手とアジア相手でどっちの方が」: the pair right before どっち.
  const sides = WHICH_OF_TWO.test(q) ? (JOINED_SIDES.exec(q) ?? SIDES_BEFORE_WHICH.exec(q)) : JUDGED_OVER.exec(q);
  if (!sides) return undefined;
  const written = [withoutTopic(sides[1]!).trim(), withoutTopic(sides[2]!).trim()];
  const keys = written
    .map((side) => normalizeForIndex(SIDE_NAME.exec(side)?.[0] ?? ''))
    .filter((key) => key.length >= 2);
  if (keys.length < 2) return keys;
  // 「アジア相手の案件と欧州相手の案件」「欧州相手とアジア相手」: sides sharing their head are told apart by what
  // comes before it.
  const shared = commonSuffix(written[0]!, written[1]!);
  if (keys[0] !== keys[1] && !SHARED_HEAD.test(shared)) return keys;
  return written
    .map((side) =>
      normalizeForIndex(SIDE_NAME.exec(side.slice(0, side.length - shared.length).replace(/の$/, ''))?.[0] ?? ''),
    )
    .filter((key) => key.length >= 2);
}

/** A shared head that names what both sides are (相手, 案件), not a shared ending of two names (事業). */
const SHARED_HEAD = /^の?[\p{Script=Han}\p{Script=Katakana}ー]*?(相手|向け|案件|側)$/u;

/** The longest ending two texts share. */
function commonSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/**
 * "Which did better on results, the LL program or the RIT program?", "Between the LL programme and the RIT
 * programme, which one had more…": two sides named by their Latin names (LL, RIT), which the reports
 * write so too.
 */
function judgedSidesEn(q: string): string[] | undefined {
  if (!WHICH_OF_TWO_EN.test(q)) return undefined;
  const sides = LATIN_SIDES_EN.exec(q) ?? LATIN_SIDES_BETWEEN_EN.exec(q);
  return sides ? [sides[1]!.toLowerCase(), sides[2]!.toLowerCase()] : undefined;
}
/** "Which did better", "which was more successful": which of two, judged. */
const WHICH_OF_TWO_EN =
  /\bwhich\b[^?]{0,40}\b(did|was|were|had|has|performed|fared)\b[^?]{0,40}\b(better|worse|more|less|higher|lower)\b/i;
/** "Between JETRO's LL programme and the RIT programme, which one…": two sides named in capitals, set out first. */
const LATIN_SIDES_BETWEEN_EN =
  /\b[Bb]etween (?:[A-Za-z]+'s |the )?([A-Z][A-Z0-9-]+)(?: [a-z]+)? and (?:[A-Za-z]+'s |the )?([A-Z][A-Z0-9-]+)\b/;
/** "…, the LL program or the RIT program?": the same, joined by "or" at the end. */
const LATIN_SIDES_EN = /\b(?:the )?([A-Z][A-Z0-9-]+)(?: [a-z]+)? or (?:the )?([A-Z][A-Z0-9-]+)(?: [a-z]+)?\s*\??\s*$/;

/** 「RIT事業のほうがLL事業より」: one side judged over the other. */
const JUDGED_OVER = /(?:^|[、,。？?\s])([^、,。？?\s]{2,30}?)の(?:ほう|方)が([^、,。？?\s]{2,30}?)より/;
/** 「どっちの方が」「どちらが」「どっちだった」: which of two. */
const WHICH_OF_TWO = /(どっち|どちら)(の方|のほう)?[、\s]*(が|は|だ|な)/;
/**
 * 「九州と関東だとどっちが高い」「LL事業と後のRIT事業、どっちの方が」「広島県と群馬県を比べたら」: two sides
 * joined by と before the question (not a verb's と: 「地域別に見ると、九州と関東って」).
 */
const JOINED_SIDES =
  /^(.{2,40}?)(?:(?<![るた])と|\band\b)(.{2,60}?)(?:、|,|の(?:参加|数|規模)|[でを]比べ|を比較|では|だと|って|は)/;
/** 「…って、地方と三大都市圏でそれぞれどっちが」: the two sides right before どっち, set off by で. */
const SIDES_BEFORE_WHICH =
  /([^、,。？?とで]{1,20}?)と([^、,。？?とで]{1,20}?)(?:で|では|だと)(?:それぞれ)?[、\s]*(?:どっち|どちら)/;
/** The name that ends a side (「後のRIT事業」 → RIT事業). */
const SIDE_NAME = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・.&'’-]+$/u;

/**
 * 「韓国の戦略とインダストリー4.0を比べると？」: a comparison with a country none of the passages on the
 * topic discusses is not in the reports, though the country is named elsewhere on the shelf.
 */
const comparedCountry: Check = (input) => {
  const discussed = (country: string) =>
    input.candidates.some((c) => onTopOrInContext(input, c) && countryNames(country).test(c.unit.text));
  const missing = comparedCountries(input.question, input.queryTerms).filter((country) => !discussed(country));
  if (missing.length === 0) return undefined;
  const named = missing.map((country) => (input.lang === 'ja' ? `「${country}」` : country)).join('');
  return { reason: `no passage on the topic discusses ${missing.join(', ')}`, detail: says(input).noCompared(named) };
};

/**
 * 「知らない中小企業の割合、日本だとドイツと比べて多いの？」, "44% of German SMEs had never heard of it. How
 * does Japanese SMEs' awareness compare?": Japan's own share, set against another's, needs a
 * percentage said of Japan on the topic; Germany's 44% compares nothing. (`comparedCountry` leaves
 * Japan aside: the reports discuss it everywhere.)
 */
const homeShareCompared: Check = (input) => {
  const q = input.question.normalize('NFKC');
  if (!(RATE_ASKED.test(q) || SHARE_WORD.test(q) || RATE.test(q))) return undefined;
  const onTopic = input.candidates.filter(
    (c) => onTopOrInContext(input, c) && RATE.test(normalizeForIndex(c.unit.text)),
  );
  const compared = COMPARES(q) && JAPAN_AS_SIDE.test(q);
  // 「知らない中小企業の割合って、日本だとどのくらい？」 compares nothing but sets Japan apart: the shares on
  // the topic that are another country's (「ドイツ国内の中小企業…の44%」) are not Japan's. (Naming the other
  // country too, it is `figureOfCountry`'s.)
  const setApart =
    JAPAN_SET_APART.test(q) &&
    !figureAskedOfCountry(q) &&
    onTopic.length > 0 &&
    onTopic.every((c) => namesCountry(c.unit.text) && !HOME_COUNTRY.test(c.unit.text));
  if (!compared && !setApart) return undefined;
  if (onTopic.some((c) => HOME_COUNTRY.test(c.unit.text))) return undefined;
  return {
    reason: 'no passage on the topic gives a share for Japan',
    detail: says(input).noCountryFigure(input.lang === 'ja' ? '「日本」' : 'Japan'),
  };
};
/** 「日本だと」「日本では」「日本の場合」「わが国の中小企業では」: Japan set apart as what a figure is asked of. */
const JAPAN_SET_APART = /(日本|わが国|我が国)(の[^、。？?]{0,12}?)?(だと|では|の場合)/;
/** A share asked by what it measures (「認知度」, "awareness") or as a share. */
const SHARE_WORD = /(認知度|\b(share|proportion|awareness)\b)/i;
/** A comparison asked, or a degree set against another (「差」「多いの？少ないの？」「ドイツより多い？」). */
const COMPARES = (question: string) =>
  COMPARISON_ASKED.test(question) || /(差|多いの|少ないの|高いの|低いの|より(多|少な|高|低)い)/.test(question);
/** Japan as one side compared (「日本だと」「日本の中小企業」, "Japanese SMEs"), not a body named for it (日本総研). */
const JAPAN_AS_SIDE =
  /(日本|わが国|我が国)(だと|では|は|って|の(中小)?企業|と比べ|のほう|の方)|\bJapan(ese)? (SMEs?|small|companies|firms|manufacturers)\b|\bin Japan\b/i;

/**
 * 「聞いたことないって答えたドイツの大企業って何％」, "what share of large German firms": a figure asked of
 * companies of one size is said of that size. A passage giving it only for another size (「ドイツ国内の
 * 中小企業（従業員100～499人）の44%が…」) gives another figure.
 */
const companySize: Check = (input) => {
  const q = input.question.normalize('NFKC');
  const asked = COMPANY_SIZES.filter(({ asked }) => asked.test(q));
  if (asked.length !== 1 || !FIGURE_ASKED.test(q)) return undefined;
  const size = asked[0]!;
  const withFigure = input.candidates.filter(
    (c) => onTopOrInContext(input, c) && COUNTED_FIGURE.test(c.unit.text.normalize('NFKC')),
  );
  if (withFigure.some((c) => size.said.test(c.unit.text))) return undefined;
  const others = withFigure.filter((c) =>
    COMPANY_SIZES.some((other) => other !== size && other.said.test(c.unit.text)),
  );
  if (others.length === 0) return undefined;
  return {
    reason: `the figures on the topic are said of companies of another size than ${size.name}`,
    detail: says(input).noCountryFigure(input.lang === 'ja' ? `「${size.name}」` : size.name),
    near: others,
  };
};
/** Companies by size, as a question asks them and as a report says them. */
const COMPANY_SIZES: readonly { name: string; asked: RegExp; said: RegExp }[] = [
  {
    name: '大企業',
    asked: /大企業|大手企業|\b(large|big|major)( [a-z]+)? (companies|firms|enterprises|corporations)\b/i,
    said: /大企業|大手/,
  },
  // "Mid-sized firms" are 中堅 or 中小 (「中小企業（従業員100～499人）」): no size of its own.
  { name: '中堅企業', asked: /中堅企業/, said: /中堅/ },
  {
    name: '中小企業',
    asked: /中小企業|小規模企業|\bSMEs?\b|\bsmall (and|&) medium|\bsmall (companies|firms|businesses)\b/i,
    said: /中小|小規模|零細/,
  },
];
/** A figure asked: a share, a count. */
const FIGURE_ASKED =
  /(何\s*[%％割社件人]|何パーセント|どれ(くらい|ぐらい)|どの(くらい|ぐらい)|割合|\bhow many\b|\bwhat (share|percentage|proportion)\b)/i;

/**
 * 「アンケートは2007年11〜12月だったけど、訪問インタビューの方はいつ実施したの？」: the date the asker already
 * knows (before けど) does not date the other thing asked; a passage giving only that date is a near miss.
 */
const knownDateOnly: Check = (input) => {
  const q = input.question.normalize('NFKC');
  const split = CONTRAST_BREAK.exec(q);
  if (!split || !asksWhen(q.slice(split.index))) return undefined;
  const knownClause = normalizeForIndex(q.slice(0, split.index));
  const known = new Set(datesIn(knownClause));
  if (known.size === 0) return undefined;
  // The words of what is asked, its subject after けど (訪問, インタビュー; not アンケート, nor 実施).
  const subject = ASKED_SUBJECT.exec(normalizeForIndex(q.slice(split.index + split[0].length)))?.[1] ?? '';
  const asked = input.queryTerms.filter(
    (term) => term.length >= 2 && subject.includes(term) && !knownClause.includes(term),
  );
  if (asked.length === 0) return undefined;
  const dating = input.candidates
    .filter(
      (c) =>
        onTopOrInContext(input, c) &&
        mentionsAny(normalizeForIndex(`${input.sectionOf(c).join(' ')} ${c.unit.text}`), asked),
    )
    .map((c) => ({ c, dates: datesIn(c.unit.text) }))
    .filter(({ dates }) => dates.length > 0);
  if (dating.some(({ dates }) => dates.some((date) => !known.has(date) && !known.has(date.slice(0, 4)))))
    return undefined;
  return {
    reason: 'the passages give only the date the question already states',
    detail: says(input).noDate,
    near: dating.map(({ c }) => c),
  };
};
/** The subject of a clause: 「訪問インタビューの方は」 → 訪問インタビュー. */
const ASKED_SUBJECT = /^[、\s]*([^、。？?]{2,30}?)(?:の方|のほう)?(?:は|って|が|も)/;
/**
 * The years (with their month when said) a text gives, as 西暦: 「2007年11〜12月」 → 2007-11 and 2007,
 * 「平成20年度」 → 2008, 「《04～06年度》」 → 2006 (not 「12年間」, a length of time).
 */
function datesIn(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(YEAR_MONTH)].flatMap((m) => {
    const year = m[1] ? Number(m[1]) : m[2] ? eraYear(m[2], m[3]!) : Number(m[4]) + (Number(m[4]) >= 50 ? 1900 : 2000);
    return m[5] ? [`${year}-${Number(m[5])}`, String(year)] : [String(year)];
  });
}
const YEAR_MONTH =
  /(?:((?:19|20)[0-9]{2})|(昭和|平成|令和)([0-9]{1,2})|(?<![0-9])([0-9]{2}))\s*年(?!間)(?:度)?\s*(?:([0-9]{1,2})\s*月)?/g;

/**
 * 「条例っていつ廃止されたの？」: a date answers only if it is said of the event asked about (「2003年に条例を
 * 策定」 dates the enactment); a passage that never says the event does not.
 */
const eventDate: Check = (input) => {
  const event = askedWhenEvent(input.question);
  if (!event) return undefined;
  const everyEvent = new RegExp(event.source, 'g');
  // Said as done, not as an aim: 「グローバルカレッジを設置することで…合意」 dates an agreement, not an opening.
  const onEvent = input.candidates.filter((c) => onTopOrInContext(input, c) && saidAsDone(c.unit.text, everyEvent));
  // 「何年何月に設立」 asks for the month too, 「日付までわかる？」 the day.
  const date = /何日|日付/.test(input.question) ? DAY : /何月/.test(input.question) ? MONTH : EVENT_DATE;
  // The sentence saying the event of the body asked about, when there is one, dates it: not another
  // founding in its passage (「…manorda（マノルダ）いわて株式会社を設立。」 beside 「1986年、…財団が設立」).
  // Among them, those naming most of what the question names: 「岩手銀行の出資により…manorda…を設立」
  // over 「1986年、…「岩手県高度技術振興協会」が設立」, which says 岩手 only.
  // A name the question quotes (「北上市産業ビジョン」) is one too: 「2003年、北上市は「北上市工業振興計画」を
  // 策定」 dates another plan of the same city.
  const quoted = [...input.question.matchAll(/「([^」]{2,30})」/g)].map((match) => normalizeForIndex(match[1]!));
  const namesSaid = (c: Candidate) =>
    [...input.names, ...quoted].filter((name) => mentionsAny(normalizeForIndex(c.unit.text), [name])).length;
  // 「2004年に…「it's OWL e.V」が設立された」 dates that body, not its sibling the question names (it's
  // OWL Clustermanagement GmbH): each event the unit says is of a bracketed name that shares a word
  // with the question but is not the name it says.
  const asked = looseName(input.question);
  const sibling = (name: string) =>
    !asked.includes(looseName(name)) &&
    name.split(/[\s・]+/).some((word) => looseName(word).length >= 3 && asked.includes(looseName(word)));
  // 「神戸医療産業都市推進機構って何年に設立」: 「1999年には…「神戸医療産業都市構想研究会」が設立され」 founds
  // another body, named by its own kind (研究会, not 機構).
  const askedBody = ASKED_BODY.exec(input.question.normalize('NFKC'))?.[1];
  const otherBody = (name: string) =>
    askedBody !== undefined && BODY_KIND.test(name) && !name.includes(askedBody) && !askedBody.includes(name);
  const ofOthers = (c: Candidate) => {
    const text = c.unit.text.normalize('NFKC');
    const events = [...text.matchAll(everyEvent)];
    return (
      events.length > 0 &&
      events.every((match) => {
        const before = text.slice(0, match.index);
        // 「1947年設立の坂城工友会」: the body named right after the event is the one it founded.
        const after = BODY_AFTER.exec(text.slice(match.index + match[0].length))?.[1];
        if (after !== undefined && askedBody !== undefined && !after.includes(askedBody) && !askedBody.includes(after))
          return true;
        const bracketed = /「([^「」]{2,40})」[^、。「」]{0,6}$/.exec(before);
        if (bracketed !== null) return sibling(bracketed[1]!) || otherBody(bracketed[1]!);
        const body = BODY_BEFORE.exec(before);
        return body !== null && otherBody(body[1]!);
      })
    );
  };
  const datable = onEvent.filter((c) => !ofOthers(c));
  const most = Math.max(0, ...datable.map(namesSaid));
  // When no such sentence names what the question does, one under a heading (or in an article) naming it
  // may (「グスタフ・マーラー」's 「…が完成。」), or one referring back to it in a passage naming it
  // (「同条例は2008年に廃止された。」); not another case's on a slide of several (a Canadian cluster's
  // 設置 does not date Vitagora).
  const underNamedHeading = (c: Candidate) =>
    mentionsAny(headedBy(input, c), input.names) ||
    (REFERS_BACK.test(c.unit.text) && mentionsAny(normalizeForIndex(c.passage.chunk.text), input.names));
  // With no proper name, the body the question dates by its kind (「CPS推進協議会って…いつ発足」): another
  // body's founding (「平成12年に…発足したフォーラム富山「創薬」」) does not date it.
  // A short title line right above the unit names it too (「いわて自動車関連産業集積促進協議会」 over
  // 「• 2007年、…産学官ネットワーク組織として設立。」).
  const titleAbove = (c: Candidate) => {
    const previous = c.passage.chunk.text.split('\n')[c.unit.line - 1] ?? '';
    return previous.length <= MAX_TITLE_LINE ? normalizeForIndex(previous) : '';
  };
  const namesBody = (c: Candidate) =>
    askedBody === undefined ||
    [normalizeForIndex(c.unit.text), headedBy(input, c), titleAbove(c)].some((text) => text.includes(askedBody)) ||
    (REFERS_BACK.test(c.unit.text) && normalizeForIndex(c.passage.chunk.text).includes(askedBody));
  // 「北上市が企業立地課を作ったのって何年」: the body asked about, not another founded in the same city
  // (「1997年に…が産業業務団地（オフィスアルカディア北上）を設立」).
  const naming = (
    most > 0
      ? datable.filter((c) => namesSaid(c) === most)
      : datable.filter((c) => input.names.length === 0 || underNamedHeading(c))
  ).filter(namesBody);
  // 「広島大学とアリゾナ州立大学のグローバルカレッジっていつ開設」: a founding that names one of three
  // (「…広島大学、広島県…からなる「ひろしま自動車産学官連携推進会議」が設置された」) is another's.
  const ofAnother = input.names.length >= 3 && most * 2 < input.names.length;
  if (!ofAnother && naming.some((c) => date.test(c.unit.text))) return undefined;
  const detail = asksForYear(input.question) ? says(input).noFigure(figureName('年', input.lang)) : says(input).noDate;
  return { reason: 'no passage dates the event asked about', detail, near: onEvent };
};

/** A line this short above a unit may be its title. */
const MAX_TITLE_LINE = 40;

/** 「同条例」「同クラスター」「当該事業」: a noun referring back to the one named before (not 共同, 同時, 同年). */
const REFERS_BACK =
  /(?<![\p{Script=Han}])(同|当該)(?!時|様|じ|年|月|日|等|一|士|意|行|期|程度|規模)[\p{Script=Han}\p{Script=Katakana}]/u;

/** The kinds of body a name ends with (推進機構, 研究所; 会 covers 研究会, 協議会, 諏訪大連会; 課 a city's section). */
const BODY_KINDS = '(?:機構|協会|財団|研究所|組合|公社|センター|会|課)';
/** The letters of a body's name: kanji, katakana, ー and ・. */
const NAME_LETTER = '[\\p{Script=Han}\\p{Script=Katakana}ー・]';
/** A body's name: kanji and katakana ending with its kind. */
const BODY_NAME = `${NAME_LETTER}{2,40}${BODY_KINDS}`;
const BODY_KIND = new RegExp(`${BODY_KINDS}$`);
/** The body a question asks the date of, as its topic: 「神戸医療産業都市推進機構って何年に設立」. */
const ASKED_BODY = new RegExp(`(${BODY_NAME})(?:って|は|が|を)`, 'u');
/** A body named right after an event: 「設立の坂城工友会」 (any body: 会, 団 and 社 too). */
const BODY_AFTER = new RegExp(`^(?:さ|され|し|した)?の(${NAME_LETTER}{1,30}(?:${BODY_KINDS}|団|社))`, 'u');
/** A body named just before an event, unbracketed: 「…協議会が設立され」. */
const BODY_BEFORE = new RegExp(`(${BODY_NAME})(?:が|は|を)?[^、。「」]{0,6}$`, 'u');

/** A name compared loosely: 「it's OWL e.V」 as "its owl e.v", whatever the quotes, spaces and case. */
function looseName(text: string): string {
  return normalizeForIndex(text)
    .toLowerCase()
    .replace(/[\s'’‘`]/g, '');
}

/**
 * 「ICRってなんで解散したの？」「スウェーデンを選んだ理由」: the passage saying it ended or was chosen
 * (「ICRは2020年３月に解散。」) answers only if it says why; a sentence on the event that gives no
 * cause is a near miss.
 */
const reasonGiven: Check = (input) => {
  const event = askedWhyEvent(input.question);
  if (!event) return undefined;
  // The best passages' sentences saying it happened count even if they do not repeat the name the
  // question uses (「TOHOKUものづくりコリドーの事務局やってたICR」: the line says インテリジェントコスモス研究機構).
  const saying = input.candidates.filter(
    (c) => (input.inContext(c) || c.rank < TOP_PASSAGES) && event.test(c.unit.text),
  );
  // Of the body asked about, when some of them name it: another body's dissolution 「…機能が充実して
  // きたことから、2017年に…バイオものづくり中部は解散」 does not say why ICR was dissolved.
  const ofNamed = saying.filter((c) =>
    mentionsAny(`${normalizeForIndex(c.unit.text)} ${filedUnder(input, c)}`, input.names),
  );
  const said = ofNamed.length > 0 ? ofNamed : saying;
  // No passage says it ended or fell (「77まで減った」 where the reports give the figure only): then
  // none says why.
  if (said.length === 0 && endsOrFalls(event)) {
    return { reason: 'no passage says that it ended or fell', detail: says(input).noEvent };
  }
  if (said.length === 0 || said.some((c) => CAUSE.test(c.unit.text))) return undefined;
  return { reason: 'the passages say it happened but not why', detail: says(input).noReason, near: said };
};

/**
 * 「なんでわざわざ大崎上島に建てたの」: a site is answered by a sentence on the topic that says why it was
 * chosen (「自然災害の少なさ…などを考慮して決定」), not by the lines saying where it is.
 */
const siteReason: Check = (input) => {
  if (!asksWhySited(input.question)) return undefined;
  // Of what the question names, when some unit does (a unit filed under the case counts).
  const sited = input.candidates.filter(
    (c) =>
      onTopOrInContext(input, c) &&
      SAYS_SITING.test(c.unit.text) &&
      (input.names.length === 0 ||
        mentionsAny(`${normalizeForIndex(c.unit.text)} ${filedUnder(input, c)}`, input.names)),
  );
  if (sited.some((c) => SITE_CAUSE.test(c.unit.text))) return undefined;
  return { reason: 'the passages say where but not why there', detail: says(input).noReason, near: sited };
};

/**
 * Why a place was chosen: a cause, or what the place offers. Not a purpose (「…を検証するために…
 * ヤングスタウンに設立」) nor what the founding answered (「計画を受け、…設立」): those say why the body
 * was set up, not why there.
 */
const SITE_CAUSE =
  /((?<!する)ため|ことから|ことにより|により|によって|に伴い|に伴う|を機に|を契機|背景|理由|原因|要因|きっかけ|契機|ので|から[、,]|結果|影響|判断|考慮|強み|近接|魅力|利点|メリット)/;

/**
 * 「174の企業・機関のうち、大学とか研究機関っていくつ」: a sentence giving a number other than the total
 * answers only if it gives the part — it breaks the total down (「うち中小企業629社」「71拠点のうち…39拠点」)
 * or says the part's words beside its number; 「…など174の企業・機関が参加して、46のプロジェクト」 does
 * neither. (A count with a counter, 「…のうち、スコットランドの企業って何社」, is the counted rule's.)
 */
const partOfTotal: Check = (input) => {
  const part =
    input.lang === 'ja'
      ? input.countsTopic
        ? undefined
        : askedPart(input.question)
      : input.translate
        ? askedPartEn(input.question)
        : undefined;
  if (!part) return undefined;
  // 「…のうち…割合ってどのくらい」 of a whole the question does not count: a share is given as one
  // (「割合は68%」「約3割」); a count answers only a part of a stated total.
  const shareAsked =
    input.lang === 'ja' && input.stated.size === 0 && SHARE_OF_PART.test(input.question.normalize('NFKC'));
  // The part's own words as written (大学, 研究機関), not their terms: 「応用研究プロジェクト」 is no 研究機関.
  // An English part (universities) in the words the lexicon gives for it (大学).
  const words = (
    input.lang === 'ja'
      ? normalizeForIndex(part).split(KIND_SEPARATOR)
      : part
          .split(/\s+(?:or|and|versus|vs\.?)\s+/)
          // "foreign-owned", which the lexicon lacks, by its words (foreign: 海外, 外資).
          .flatMap((phrase) => {
            const whole = input.translate!(phrase);
            return whole.length > 0
              ? whole
              : phrase.split(/[\s-]+/).flatMap((word) => (word.length >= 4 ? input.translate!(word) : []));
          })
          .map(normalizeForIndex)
  )
    .map((word) => word.replace(/(の|って|は)$/, '').trim())
    .filter((word) => word.length >= 2)
    // 「政府からの補助」: a part said with a particle whose last noun has another common name is named by
    // that noun or that name too (助成: 「①助成金19%」); not by a plain noun (企業 of 「県外から誘致してきた企業」).
    .flatMap((word) => {
      const head = /(の|から|による|への)/.test(word) ? TRAILING_NOUN.exec(word)?.[0] : undefined;
      const aliases = head ? (ATTRIBUTE_ALIASES[head] ?? STATIC_ALIASES[head]) : undefined;
      return head && aliases ? [word, head, ...aliases] : [word];
    })
    // 「新しい事業を始めた割合」: a share of a part said by what it did is named by its nouns (事業), which
    // a report writes in its own words around them (「新事業に取り組んだ者の割合は68%」).
    .flatMap((word) => (shareAsked && SAID_BY_VERB.test(word) ? nounsOfPart(word) : [word]));
  if (words.length === 0) return undefined;
  // A count of people (「大学の代表など18名」) is no part of a total of bodies.
  const people = /(人|名|people|staff|employees)/i.test(input.question);
  // The part is counted as its total is: of 「EDIHsを211箇所」, 「ドイツで…5地域」 is no part.
  // The counters the stated total is written with in a text (「718社」; "718 … Companies").
  const statedCounters = (text: string, counted: RegExp, counter: (word: string) => string) =>
    [...normalizeForIndex(text).matchAll(counted)]
      .filter((match) => input.stated.has(Number(match[1]!.replace(/,/g, ''))))
      .map((match) => counter(match[2]!));
  const totalCounters = new Set(input.candidates.flatMap((c) => statedCounters(c.unit.text, COUNTED, sameCounter)));
  // Or as the question counts it (「718社のうち」, "Of the 718 … Companies") when no passage found says it;
  // "174 companies and institutions" counts two kinds at once, by no one counter.
  if (totalCounters.size === 0) {
    const english = new Set([...input.question.toLowerCase().matchAll(EN_COUNTED_NOUN)].map((m) => EN_COUNTERS[m[1]!]));
    for (const counter of [
      ...statedCounters(input.question, COUNTED, sameCounter),
      ...(english.size === 1 ? statedCounters(input.question, COUNTED_EN, (word) => EN_COUNTERS[word]!) : []),
    ])
      totalCounters.add(counter);
  }
  const counterAgrees = (after: string) => {
    if (totalCounters.size !== 1) return true;
    const counter = COUNTER.exec(after)?.[1];
    return counter === undefined || totalCounters.has(sameCounter(counter));
  };
  const givesPart = (text: string) => {
    const normalized = normalizeForIndex(text);
    const counts = [...normalized.matchAll(COUNT)].filter(
      (match) =>
        !input.stated.has(Number(match[0].replace(/,/g, ''))) &&
        (people || !/^\s*(人|名)/.test(normalized.slice(match.index + match[0].length))) &&
        counterAgrees(normalized.slice(match.index + match[0].length)) &&
        (!shareAsked || SHARE_AFTER.test(normalized.slice(match.index + match[0].length))),
    );
    if (counts.length === 0) return false;
    if (BREAKDOWN.test(normalized)) return true;
    // The part is named before its count (「うち日本企業10社」「大学が30機関」), not after another count
    // (「200社超 (主な日本企業は富士電機…」 lists some, it does not count them).
    return counts.some((match) =>
      words.some((word) =>
        normalized.slice(Math.max(0, match.index - PART_WINDOW - word.length), match.index).includes(word),
      ),
    );
  };
  // A table's rows count what its stated unit says (「[単位:件数]」: LL projects), not the total's 社.
  const otherTotal = (c: Candidate) =>
    c.unit.kind === 'row' &&
    c.tableUnit !== undefined &&
    totalCounters.size === 1 &&
    !totalCounters.has(sameCounter(c.tableUnit));
  // A share's sentence seldom names the case again (「卒塾後に新事業に取り組んだ者の割合は68％」 under RIPS).
  const inScope = (c: Candidate) => (shareAsked ? onTopOrInContext(input, c) : input.inContext(c));
  const giving = input.candidates.filter((c) => inScope(c) && givesPart(c.unit.text) && !otherTotal(c));
  if (giving.length === 0)
    return {
      reason: `no passage gives the part 「${part}」`,
      // 「そのうち…補助金はいくら」 asks an amount, not a count.
      detail: /(いくら|金額)/.test(input.question)
        ? says(input).noFigure(`「${part}」の金額`)
        : SHARE_OF_PART.test(input.question.normalize('NFKC'))
          ? says(input).noShareOf(asWritten(input.question, part))
          : says(input).noCounted(asWritten(input.question, part)),
    };
  giving.forEach(input.favour);
  return undefined;
};

/**
 * 「America Makesの参加142機関って、大学と企業それぞれ何機関ずつ？」「360社って、医薬品・医療機器・再生医療
 * とかでどういう内訳」「7センター、AMRCとかNCCとかそれぞれの年間予算」: a total broken down into kinds the
 * question names. Each kind needs a figure said beside it; 「民間企業、大学・研究機関、非営利団体等の参加が
 * …142機関」 lists the kinds, then the total.
 */
const kindsEach: Check = (input) => {
  if (input.lang !== 'ja') return undefined;
  const kinds = eachKind(input.question);
  if (!kinds) return undefined;
  // A kind by any of its words (「政府の助成」: 「①助成金19%」), read just before a count the question
  // does not state. Each unit's text and counts are read once, for every kind.
  const kindWords = kinds.map(
    (kind) => normalizeForIndex(kind).match(/\p{Script=Han}{2,}|[\p{Script=Katakana}ー]{2,}|[a-z]{2,}/gu) ?? [kind],
  );
  const counted = input.candidates
    .filter((c) => input.inContext(c))
    .map((c) => {
      const normalized = normalizeForIndex(c.unit.text);
      const at = [...normalized.matchAll(COUNT)]
        .filter((match) => !input.stated.has(Number(match[0].replace(/,/g, ''))))
        .map((match) => match.index);
      return { normalized, at };
    });
  const missing = kinds.filter(
    (kind, k) =>
      !counted.some(({ normalized, at }) =>
        at.some((index) => {
          const before = normalized.slice(Math.max(0, index - PART_WINDOW - kind.length), index);
          return kindWords[k]!.some((word) => before.includes(word));
        }),
      ),
  );
  if (missing.length === 0) return undefined;
  return {
    reason: `no passage counts ${missing.join(', ')} on its own`,
    detail: says(input).noBreakdown(`${kinds.join('・')}別`),
  };
};

/**
 * The kinds 「XとYそれぞれ何機関ずつ」「X・Y・Zとかでどういう内訳」 name, as written, after the total the
 * question states; undefined without a total, or with fewer than two kinds.
 */
function eachKind(question: string): string[] | undefined {
  const q = question.normalize('NFKC');
  const match = EACH_KIND.exec(q);
  if (!match || !/[0-9]/.test(q.slice(0, match.index))) return undefined;
  const kinds = match[1]!
    .replace(/(って|は|が)$/, '')
    .split(KIND_SEPARATOR)
    .map((kind) => kind.trim())
    .filter((kind) => kind.length >= 2);
  return kinds.length >= 2 ? kinds : undefined;
}
const EACH_KIND =
  /[、,\s]([^、,。？?\s]{4,40}?)(?:とか|など)?(?:で|の)?[、\s]*(?:それぞれ|(?:どういう|どんな|どのような)内訳)/u;

/**
 * 「LL事業の200件、相手国別だとどこが一番多かった？」「業種別の内訳は出てる？」: figures broken down by
 * that dimension — a line with a figure that names a country, a sector, a year (「九州	5	1…」 for
 * ブロック別); a table by sector does not break the cases down by country.
 */
const breakdownBy: Check = (input) => {
  const breakdown = askedBreakdown(input.question);
  if (!breakdown) return undefined;
  const giving = input.candidates.filter(
    (c) =>
      onTopOrInContext(input, c) &&
      COUNTED_FIGURE.test(c.unit.text) &&
      breakdown.said.test(c.unit.text.replace(NO_PREFECTURE, '')) &&
      // 「中国	5	3…	22」 in a table of Japan's regions counts the 中国 region, not the country.
      !(breakdown.abroad && c.unit.kind === 'row' && isJapaneseRegionRow(c.passage.chunk.text, c.unit.text)),
  );
  if (giving.length > 0) return undefined;
  return {
    reason: `no passage breaks the figures down by ${breakdown.dimension}`,
    detail: says(input).noBreakdown(input.lang === 'ja' ? `${breakdown.dimension}別` : breakdown.dimension),
  };
};

/** 「47都道府県別DX施策一覧」「各県」「同県」: words ending in 県 that name no prefecture. */
const NO_PREFECTURE = /都道府県|[各全両同他当本隣]県/g;

/**
 * 「イギリスのカタパルトで一番予算が大きいのはどこ」: a sentence saying which ranks first (最大, 首位), or
 * figures a reader can compare (a table's row, a sentence with several figures); a passage on the
 * topic giving one budget does not.
 */
const superlative: Check = (input) => {
  if (!asksSuperlative(input.question)) return undefined;
  // Figures of the kind the question compares by, if it names one (「職員数が一番多い」: people), or
  // years when it asks which came first or last (「いちばん最近造成されたのはどこ」).
  const clause = superlativeClause(input.question);
  const kind = namedFigure(input.question) ?? datedSuperlative(clause) ?? ratedSuperlative(clause);
  const figures = kind ? new RegExp(kind.pattern.source, 'g') : FIGURES;
  // A figure of that kind, or in a table whose unit is that kind (「[単位:件数]」 rows of bare numbers).
  const ofKind = (c: Candidate) =>
    kind
      ? kind.pattern.test(c.unit.text) || (c.tableUnit === kind.unit && FIGURE.test(c.unit.text))
      : COMPARABLE.test(c.unit.text);
  // Lines with a figure (of the kind) each, in one passage (「後藤野工業団地 140.4ha」「北上南部工業団地
  // 197.7ha」), compare too.
  // Without a measure named, lines compare when their figures count the same thing (「140.4ha」
  // 「197.7ha」), not a survey's 「対象数：200テーマ」「発送数：183件」「有効回答率：71.6%」.
  const figured = kind ? countPerPassage(input.candidates, ofKind) : sameUnitLines(input.candidates);
  // Rows with a figure of the kind, in one passage: a table of several things compared. A table
  // with one row of the kind (「スタッフ数 約1,250名 1,577名」, one body's staff in two years)
  // compares no two of the things asked about.
  const rowsOfKind = countPerPassage(input.candidates, (c) => c.unit.kind === 'row' && ofKind(c));
  // A superlative said of the measure asked (「最大の予算」), not of something else on the page
  // (「イギリスの最高峰の科学者」 does not say which centre has the largest budget).
  // The measure is the one the superlative's own clause names (「一番多かった悩みって何？アンケートで何件
  // くらい？」 asks which worry was commonest, then a count).
  const clauseKind = namedFigure(clause);
  const measure =
    clauseKind?.word && /\p{Script=Han}/u.test(clauseKind.word) ? clauseKind.word.replace(/数$/, '') : undefined;
  const superlativeOfKind = (c: Candidate) =>
    SAYS_SUPERLATIVE.test(c.unit.text) &&
    (!clauseKind ||
      clauseKind.pattern.test(c.unit.text) ||
      (c.tableUnit === clauseKind.unit && FIGURE.test(c.unit.text)) ||
      (measure !== undefined && c.unit.text.includes(measure)));
  // "Which of Fraunhofer's 66 institutes", 「10案件のうち」: figures rank the members of a set the question
  // sizes only when there are enough of them (a table of three bodies ranks none of the 66 institutes).
  const setSize = rankedSetSize(clause);
  const enough = (count: number) => count >= Math.max(MIN_COMPARED_FIGURES, Math.min(setSize ?? 0, MAX_SET_COMPARED));
  const ranksByFigures = (c: Candidate) =>
    !measureOverPeriods(c) &&
    ((c.unit.kind === 'row' &&
      ofKind(c) &&
      (!kind || enough(rowsOfKind.get(c.passage) ?? 0) || enough(c.unit.text.match(figures)?.length ?? 0))) ||
      // A sentence of several figures compares them (「HVMが1億ポンド、デジタルが3千万ポンド…」), unless they
      // are the numbered parts of one whole (「①助成金19%（28.8百万ポンド）、②民間からの収入48%（75百万
      // ポンド）…」), which rank none of the centres asked about.
      (enough(c.unit.text.match(figures)?.length ?? 0) &&
        (c.unit.kind === 'row' || (c.unit.text.match(NUMBERED_PART)?.length ?? 0) < 2)) ||
      (ofKind(c) && enough(figured.get(c.passage) ?? 0)));
  // 「成果が一番大きかった案件」「いちばん成果が出たクラスター」, "the most successful": a judgement, which no
  // figures on the page make.
  const judged = !kind && JUDGED_SUPERLATIVE.test(clause.normalize('NFKC'));
  // Which came first or last: a sentence saying so, or a table of dated rows (history sentences each
  // have a year, and compare nothing).
  const dated = kind === DATED;
  const ranks = (c: Candidate) =>
    superlativeOfKind(c) ||
    (dated && SAYS_FIRST_OR_LAST.test(c.unit.text)) ||
    (dated && c.unit.kind === 'row' && ofKind(c) && (rowsOfKind.get(c.passage) ?? 0) >= MIN_COMPARED_FIGURES) ||
    (!dated && !judged && ranksByFigures(c));
  // A sentence of the best passages saying which is first answers (「ポルトガルの最高峰は…ピコ山」).
  // Figures to compare must be on the topic: a table's rows, read under their header, may be anywhere
  // in the passages found; a sentence or a line of figures must say the question's words itself.
  // A table of Japan's regions (「九州	5	1	3…」) ranks no countries abroad.
  const country = asksForCountry(input.question);
  // Figures that rank prefectures name them (「東京都が12.5件、大阪府が10.1件」, a table's rows of
  // prefectures); a survey's 「約4,700社を対象に」 and 「有効回答数＝957社」 rank none.
  const prefecture = asksForPrefecture(input.question);
  // Figures that rank countries name them, in the line or its table's header: a table of a survey's
  // respondents (「地域企業⇥100⇥20…」) ranks none.
  const figuresOnTopic = (c: Candidate) =>
    (!prefecture || namesPrefecture(c.unit.text)) &&
    (!country || namesCountry(c.unit.text) || (c.unit.kind === 'row' && namesCountry(c.tableLabel ?? ''))) &&
    (c.unit.kind === 'row'
      ? (input.inContext(c) || (c.rank < TABLE_PASSAGES && c.named)) &&
        !(country && isJapaneseRegionRow(c.passage.chunk.text, c.unit.text))
      : input.inContext(c));
  const ranking = input.candidates.filter(
    (c) => (superlativeOfKind(c) && onTopOrInContext(input, c)) || (figuresOnTopic(c) && ranks(c)),
  );
  if (ranking.length === 0) return { reason: 'no passage says which ranks first', detail: says(input).noRank };
  for (const c of ranking) if (SAYS_SUPERLATIVE.test(c.unit.text)) input.favour(c);
  // Rows of one figure each (「北上南部工業団地 197.7ha」): the row holding the largest (or smallest) one
  // answers which ranks first.
  const top = extremeRow(
    ranking.filter((c) => c.unit.kind === 'row'),
    ASKS_LEAST.test(input.question),
  );
  if (top && !ranking.some((c) => SAYS_SUPERLATIVE.test(c.unit.text))) input.favour(top);
  return undefined;
};

/** The most members of a sized set that figures must rank (「200件の中で」 cannot need 200 rows). */
const MAX_SET_COMPARED = 10;

/**
 * 「成果が一番大きかった」「一番成功した」, "the most successful": a judgement. (「評価が最も高い」 and "the
 * best" may be read off a survey's shares.)
 */
const JUDGED_SUPERLATIVE =
  /(成果が?[、\s]*(一番|いちばん|最も)?[、\s]*大き|(一番|いちばん|最も)[、\s]*(成功|成果(が|を)?[、\s]*(出|上げ|挙げ|あげ)|(うまく|上手く)いっ)|成果(が|を)?[、\s]*(一番|いちばん|最も)[、\s]*(出|上げ|挙げ|あげ)|\bmost successful\b)/i;

/**
 * The size of the set a superlative ranks the members of, when the question says it: "which of
 * Fraunhofer's 66 institutes", "of the 174 organisations", 「LL事業200件の中で」「10案件のうち」.
 */
function rankedSetSize(clause: string): number | undefined {
  const q = clause.normalize('NFKC');
  const size =
    /\b(?:which|what|who) of (?:the |its |their |[A-Za-z][\w'’.-]*['’]s )?([0-9][0-9,]*) /i.exec(q) ??
    // A counter or a noun of up to eight characters between: 「200件の中で」「10案件のうち」.
    /([0-9][0-9,]*)\s*[^\s、。0-9]{0,8}?(?:の|ある)?(?:うち|中で|なかで)/.exec(q);
  return size ? Number(size[1]!.replace(/,/g, '')) : undefined;
}

/**
 * 「いちばん最近造成された工業団地」「一番古い」「最も早く」: which came first or last is told by dates
 * (「北上南部工業団地（1990年）」), not by the sizes beside the names. Japanese only: `asksSuperlative`
 * takes no English "earliest" ("most recent" asks for the latest figure).
 */
function datedSuperlative(clause: string): AskedFigure | undefined {
  return DATED_SUPERLATIVE.test(clause.normalize('NFKC')) ? DATED : undefined;
}
const DATED_SUPERLATIVE = /(一番|いちばん|最も|もっとも)(最近|最新|新し|古|早|遅|最初|最後|初め)/;
/** 「最初に設立された」「初の」「第1号」「最新の」: a sentence saying which came first or last. */
const SAYS_FIRST_OR_LAST = /(最初|初めて|初の|第[1１一]号|最新|最後|最も(古|新し)|一番(古|新し)|皮切り)/;
const DATED: AskedFigure = {
  unit: '年',
  pattern: /(?<![0-9０-９])(19|20)[0-9]{2}(?![0-9０-９])|(令和|平成|昭和)[0-9元]/,
};

/** 「①」「②」: the numbered parts of a sentence. */
const NUMBERED_PART = /[\u2460-\u2473\u2776-\u277f]/g;

/**
 * A row of one body's results over the years (「収入合計	224百万ポンド	218百万ポンド」 under 「内容	2013-2014
 * 2014-2015」): its figures compare years of one measure, and its neighbours are other measures, so
 * the table ranks none of the centres a question compares.
 */
function measureOverPeriods(c: Candidate): boolean {
  if (c.unit.kind !== 'row' || !c.tableLabel) return false;
  // The label ends with the table's first row, its header: the cells after the first name the columns.
  const header = c.tableLabel.split('\t').slice(1);
  const periods = header.filter((cell) => PERIOD_CELL.test(cell.normalize('NFKC').trim()));
  if (periods.length < 2 || periods.length < header.length) return false;
  return MEASURE_LABEL.test(c.unit.text.split('\t')[0]!);
}
const PERIOD_CELL = /^(FY\s*)?(19|20)[0-9]{2}\s*(年度?)?\s*([-–/～~]\s*((19|20)?[0-9]{2})\s*(年度?)?)?$/i;
/** The label of a row giving a measure (「収入合計」「経済効果」「スタッフ数」「支援先企業」), not a thing measured. */
const MEASURE_LABEL = /(収入|支出|予算|効果|予測|見込|割合|比率|合計|総計|総額|[数額率]|規模|企業$)/;

/**
 * 「回答率が一番高い地方局」, "the highest response rate": which ranks first by a rate is told by rates
 * (「71.6%」), not by the counts of a table beside them.
 */
function ratedSuperlative(clause: string): AskedFigure | undefined {
  return RATE_ASKED.test(clause.normalize('NFKC')) ? RATED : undefined;
}
const RATED: AskedFigure = { unit: '%', pattern: RATE };

/** 「一番小さい」「最も少ない」, "the smallest": the first is the least. */
const ASKS_LEAST = /(小さ|少な|低|狭|短|安|最小|最少|最低|\b(smallest|fewest|lowest|least|cheapest|shortest)\b)/i;

/** Of rows giving one figure each, the one with the largest value (the smallest when `least`). */
function extremeRow(rows: readonly Candidate[], least: boolean): Candidate | undefined {
  let best: { row: Candidate; value: number } | undefined;
  for (const row of rows) {
    const figures = row.unit.text.match(FIGURES) ?? [];
    if (figures.length !== 1) continue;
    const value = Number(figures[0]!.normalize('NFKC').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (!best || (least ? value < best.value : value > best.value)) best = { row, value };
  }
  return best?.row;
}

/**
 * 「医薬品生産額、2位はどこの県？」: a passage naming that rank (「2位」「次いで」), or a table's rows
 * a reader can compare; 「11年連続全国1位」 does not say who came second.
 */
const rankBelowFirst: Check = (input) => {
  const rank = askedRank(input.question);
  if (!rank) return undefined;
  const rows = countPerPassage(input.candidates, (c) => c.unit.kind === 'row' && FIGURE.test(c.unit.text));
  const ranking = input.candidates.filter(
    (c) =>
      onTopOrInContext(input, c) &&
      (rank.test(c.unit.text) || (c.unit.kind === 'row' && (rows.get(c.passage) ?? 0) >= MIN_COMPARED_FIGURES)),
  );
  if (ranking.length === 0)
    return { reason: 'no passage says which holds the rank asked', detail: says(input).noRankBelowFirst };
  for (const c of ranking) if (rank.test(c.unit.text)) input.favour(c);
  return undefined;
};

/**
 * 「どのキャンパスに置く予定」「どこの会場でやってる」: a unit on the topic must name a site of that kind
 * (a campus, a hall, a building), not just the town.
 */
const siteNamed = unitSaying(
  asksForSite,
  /(キャンパス|会場|会館|ホール|ドーム|アリーナ|ビル(?![ドダ])|建物|敷地|工業団地|\b(campus|venue|building|hall)\b)/i,
  'no passage on the topic names the site asked for',
  (t) => t.noSite,
);

/** 「年会費っていくら」, "is there a fee": a line on the topic saying what a member or a user pays. */
const feeSaid = unitSaying(asksFee, SAYS_FEE, 'no passage on the topic gives a fee', (t) => t.noFee);

/**
 * 「J-Bridge、どうやって登録すればいい」「応募資格とか必要書類ってある？」: a line on the topic saying how to take
 * part (a procedure, the forms, who may apply); one saying what the platform is for does not.
 */
const procedureSaid = unitSaying(
  // 「締切と申請方法ってどうなってる？」: a deadline given answers in part; the deadline's rule checks it.
  (question) => asksProcedure(question) && !asksApplicationDeadline(question),
  SAYS_PROCEDURE,
  'no passage on the topic says how to apply or register',
  (t) => t.noProcedure,
);

/**
 * 「大砂雅子さんって、ジェトロでどういう役職の人」: a line on the person giving a title (部長, 教授, 議長);
 * the cover naming her department (「ジェトロ 産業技術部 / 大砂雅子」) does not.
 */
const titleSaid = unitSaying(
  asksTitle,
  SAYS_TITLE,
  'no passage on the topic gives the title asked about',
  (t) => t.noTitle,
);

/** 「月にどのくらい見られてる」, "a month": a figure per month on the topic; a year's figure is none. */
const perMonth = unitSaying(
  asksPerMonth,
  SAYS_PER_MONTH,
  'no passage on the topic gives a figure per month',
  (t, lang) => t.noFigure(lang === 'ja' ? '月あたりの数値' : 'monthly figure'),
);

/** 「何語に対応してる」, "which languages": a line on the topic naming a language. */
const languageNamed = unitSaying(asksLanguage, saysLanguage, 'no passage on the topic names a language', (t, lang) =>
  t.noThing(lang === 'ja' ? '言語' : 'language'),
);

/** 「日本円でいうといくら？」, "what is that in yen": an amount in yen on the topic; kotae converts no currency. */
const amountInYen = unitSaying(asksInYen, SAYS_YEN, 'no passage on the topic gives the amount in yen', (t) => t.noYen);

/** 「面積って何ヘクタール」, "cost per kilogram": a figure in that unit, or per it, on the topic. */
const measureInUnit: Check = (input) => {
  // 「一番広いのはどこ？何ha？」: which is largest is the superlative rule's to check.
  const unit = asksSuperlative(input.question) ? undefined : askedMeasureUnit(input.question);
  if (!unit) return undefined;
  return onTopicSaying(input, (text) => unit.said.test(normalizeForIndex(text)), {
    reason: `no passage on the topic gives a figure in ${unit.name.en}`,
    detail: says(input).noUnit(unit.name[input.lang]),
  });
};

/**
 * 「ドイツは44%だけど、日本の中小企業だとその割合は何%？」: the figure must be said of the country asked
 * about (in the unit or its section); Germany's 44% does not answer for Japan.
 */
const figureOfCountry: Check = (input) => {
  const asked = figureAskedOfCountry(input.question);
  if (!asked) return undefined;
  const names = countryNames(asked.country);
  // A section on Japan (「わが国への示唆」) may quote Germany's figure: the unit then names Germany.
  const others = asked.others.map(countryNames);
  const saidOfCountry = (c: Candidate) =>
    names.test(c.unit.text) ||
    (names.test(input.sectionOf(c).join(' ')) && !others.some((other) => other.test(c.unit.text)));
  const giving = input.candidates.filter(
    (c) => onTopOrInContext(input, c) && asked.shape.test(c.unit.text) && saidOfCountry(c),
  );
  if (giving.length === 0) {
    const reason = `no passage on the topic gives the figure for ${asked.country}`;
    return { reason, detail: says(input).noCountryFigure(asked.country) };
  }
  giving.forEach(input.favour);
  return undefined;
};
/**
 * 「今治タオルって国内でシェアどれくらい？」: a share said of what the question names (in the unit or
 * under its title); another company's 「防塵マスクの国内シェアは50％」 on the same page does not answer.
 */
const shareOfNamed: Check = (input) => {
  if (!SHARE_ASKED.test(input.question)) return undefined;
  // An English question's things in the words the reports use: "N95 mask" is a マスク, "dust mask" (a phrase
  // the lexicon knows) a 防塵マスク.
  const question = normalizeForIndex(
    input.lang === 'en' && input.translate
      ? [input.question, ...englishPhrases(input.question).flatMap(input.translate)].join(' ')
      : input.question,
  );
  const figureAsked = SHARE_FIGURE_ASKED.test(question);
  // The figure may be on a line of its own beside the unit (a slide's 「…世界」 / 「シェアは約10% (2008)」).
  const saysShare = (c: Candidate) =>
    SAYS_SHARE.test(c.unit.text) && (!figureAsked || SHARE_FIGURE.test(compactPassage(c.passage)));
  // A share said of what the question asks, or of nothing named: not one said of another thing
  // (「防塵マスクの国内シェアは50％近く」).
  const ofAsked = (text: string) => {
    const thing = SHARE_OF_THING.exec(normalizeForIndex(text))?.[1];
    return thing === undefined || question.includes(thing);
  };
  if (input.names.length === 0) {
    // 「アモルファス合金モーターって国内シェアどのくらい」, naming no case: a share on the topic, of what is asked.
    const onTopic = input.candidates.filter((c) => onTopOrInContext(input, c) && saysShare(c) && ofAsked(c.unit.text));
    if (onTopic.length > 0 || !input.candidates.some((c) => SAYS_SHARE.test(c.unit.text))) return undefined;
    return { reason: 'no passage gives the share of what is asked', detail: says(input).noShare };
  }
  // 「N95マスク「ハイラック350型」の国内シェア」: 「防塵マスクの国内シェアは50％近く」 is the share of another
  // thing of the same kind (マスク), not of the one asked.
  const ofSibling = (text: string) => {
    const thing = SHARE_OF_THING.exec(normalizeForIndex(text))?.[1];
    if (thing === undefined || question.includes(thing)) return false;
    const kind = /(\p{Script=Katakana}[\p{Script=Katakana}ー]+|\p{Script=Han}{2})$/u.exec(thing)?.[1];
    return kind !== undefined && kind !== thing && question.includes(kind);
  };
  // Named by the unit or its section, or — a share on the topic, of what is asked — by its passage (a slide
  // on Emilia-Romagna whose bullet says 「…包装機械の80%が輸出用であり、世界シェアは約10%」; not
  // 「防塵マスクの国内シェアは50％」 on a page about 今治タオル).
  const giving = input.candidates.filter(
    (c) => saysShare(c) && !ofSibling(c.unit.text) && saidOfNamed(input, c, () => ofAsked(c.unit.text)),
  );
  if (giving.length === 0)
    return { reason: 'no passage gives the share of what is named', detail: says(input).noShare };
  giving.forEach(input.favour);
  return undefined;
};
/**
 * A unit says its figure of what the question names: the unit or its section names it, or — a unit on the
 * topic (and `onTopic` too) — its passage does.
 */
function saidOfNamed(input: NearMissInput, c: Candidate, onTopic: () => boolean = () => true): boolean {
  return (
    mentionsAny(normalizeForIndex(`${c.unit.text} ${input.sectionOf(c).join(' ')}`), input.names) ||
    (onTopOrInContext(input, c) && onTopic() && mentionsAny(normalizeForIndex(c.passage.chunk.text), input.names))
  );
}

/** An English question's words and pairs of words, as the lexicon may translate them ("dust mask"). */
function englishPhrases(question: string): string[] {
  const words = question.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? [];
  return words.flatMap((word, i) => (i + 1 < words.length ? [word, `${word} ${words[i + 1]}`] : [word]));
}

/** 「中小企業って何割」「何％くらい占めてる」: a share asked of a part, not its count. */
const SHARE_OF_PART = /(何割|何%|何パーセント|割合|比率|\b(percentage|proportion|share|fraction)\b)/i;
/** What follows a figure given as a share (「68%」「約3割」「2/3」「3分の1」). */
const SHARE_AFTER = /^\s*(%|割|パーセント|ポイント|\/\s*[0-9]|分の)/;
/** Words said by a verb (「始めた」「誘致してきた」), not a noun phrase (「研究機関」). */
const SAID_BY_VERB = /\p{Script=Hiragana}{2,}|[をがにで]/u;

/**
 * 「民間航空機部門って、全社売上の何割くらい占めてるの？」: a proportion of a whole, given as one (「83%」
 * 「約3割」「3分の1」) said of what the question names; a growth (「民間航空機部門の売上が10～20％増」) is none.
 */
const proportionOfWhole: Check = (input) => {
  if (
    input.lang !== 'ja' ||
    SHARE_ASKED.test(input.question) ||
    !PROPORTION_ASKED.test(input.question.normalize('NFKC'))
  )
    return undefined;
  const giving = input.candidates.filter(
    (c) =>
      PROPORTION.test(normalizeForIndex(c.unit.text)) &&
      (input.names.length === 0 ? onTopOrInContext(input, c) : saidOfNamed(input, c)),
  );
  if (giving.length === 0) return { reason: 'no passage gives the proportion asked', detail: says(input).noProportion };
  giving.forEach(input.favour);
  return undefined;
};
const PROPORTION_ASKED = /(何割|何%|何パーセント|割合|比率)[^。？?]{0,10}占め|占め(る|て)[^。？?]{0,6}(割合|比率)/;
/** A proportion (「83%」「約3割」「3分の1」「過半」), not a change (「10～20%増」「5%アップ」). */
const PROPORTION =
  /[0-9][0-9.]*\s*(%|割|パーセント)(?!\s*(増|減|アップ|ダウン|上昇|低下|成長|伸び|改善|向上|拡大|縮小|up|down))|[0-9一二三四五六七八九]\s*分の\s*[0-9一二三四五六七八九]|半数|半分|過半/;

/** 「国内シェア」, "market share", "Imabari's share of the domestic towel market". */
const SHARE_ASKED = /(シェア|占有率)|\bmarket share\b|\bshare of\b[^?.]{0,60}\bmarkets?\b/i;
const SAYS_SHARE = /(シェア|占有率|を占め)/;
/**
 * "What global market share does it hold", 「シェアってどのくらい」: the share's figure is asked, which
 * 「グローバルで高シェアを有する」 does not give; a rank (「国内シェアトップ」「世界2位」) does.
 */
const SHARE_FIGURE_ASKED =
  /シェア[^。？?]{0,8}(何|どのくらい|どれくらい|どのぐらい|どれぐらい|いくつ|いくら)|\bwhat\b[^?.]{0,30}\bshare\b|\bhow (big|large|high)\b[^?.]{0,30}\bshare\b/i;
const SHARE_FIGURE =
  /(シェア|占有率)[^。]{0,12}?([0-9][0-9.]*(%|割|パーセント)|トップ|首位|[0-9一二三]位|No\.?1|ナンバーワン|一番)|[0-9][0-9.]*(%|割)[^。]{0,6}を占め/;
/** What a share is of, when said: 「防塵マスクの国内シェア」 → 防塵マスク. */
const SHARE_OF_THING =
  /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9]{2,15})の(?:国内|世界|国際|全国|市場)*(?:シェア|占有率)/u;

/**
 * 「ERVETって、銀行の出資比率はどのくらい？」: the ratio of one party (銀行) must be written beside its
 * name (「銀行(20%)」「銀行が2割」); 「エミリア・ロマーニャ州(80%)、銀行や中小企業団体…が出資」 gives the
 * region's, not the banks'.
 */
const ratioOfParty: Check = (input) => {
  if (input.lang !== 'ja') return undefined;
  const party = PARTY_RATIO.exec(input.question.normalize('NFKC'))?.[1];
  if (!party) return undefined;
  const attached = (text: string) =>
    besideName(text, party, RATIO_WINDOW, (before, after) => RATIO.test(after) || RATIO_BEFORE.test(before));
  const giving = input.candidates.filter((c) => onTopOrInContext(input, c) && attached(c.unit.text));
  if (giving.length === 0)
    return { reason: `no passage gives the ratio of 「${party}」`, detail: says(input).noFigure(`「${party}」の比率`) };
  giving.forEach(input.favour);
  return undefined;
};
/**
 * 「整備費、福島県はどのくらい負担してる？」「広島県自体はいくら出資してる？」: the amount one party put in
 * is said beside its name (「広島県が約40億円の出資」); a total cost, or another party's share, is not.
 */
const amountOfParty: Check = (input) => {
  if (input.lang !== 'ja') return undefined;
  const party = PARTY_AMOUNT.exec(input.question.normalize('NFKC'))?.groups?.party;
  if (!party) return undefined;
  const attached = (text: string) =>
    besideName(text, party, AMOUNT_WINDOW, (before, after) => {
      const around = `${before}${party}${after}`;
      return PRICE.test(around) || RATIO.test(around);
    });
  const giving = input.candidates.filter((c) => onTopOrInContext(input, c) && attached(c.unit.text));
  if (giving.length === 0)
    return {
      reason: `no passage gives the amount of 「${party}」`,
      detail: says(input).noFigure(`「${party}」の負担額`),
    };
  giving.forEach(input.favour);
  return undefined;
};
/**
 * Whether `said` holds, at some place a text names `name`, of the `window` characters before and
 * after it (spaces and line breaks aside).
 */
function besideName(
  text: string,
  name: string,
  window: number,
  said: (before: string, after: string) => boolean,
): boolean {
  const normalized = normalizeForIndex(text).replace(/\s+/g, '');
  for (let at = normalized.indexOf(name); at >= 0; at = normalized.indexOf(name, at + 1)) {
    const before = normalized.slice(Math.max(0, at - window), at);
    if (said(before, normalized.slice(at + name.length, at + name.length + window))) return true;
  }
  return false;
}

/** A public party (県, 市, 国, 州 …) and how much it bore or put in. */
const PARTY_AMOUNT =
  /(?<party>\p{Script=Han}{1,6}(?:県|府|都|市|町|村|州|国|政府|省))(?:自体|自身|側)?(?:は|が|って|の)[、\s]*(?:どのくらい|どれくらい|どれだけ|いくら|何億円?|何万円?|何円)[^。？?]{0,4}(?:負担|出資|拠出|出して|出した|払って|払った)/u;
/** Characters around the party's name within which its amount is written. */
const AMOUNT_WINDOW = 15;

/**
 * 「銀行の出資比率」「県の負担割合」: the party whose stake is asked (not 「研究開発をやってる企業の割合」, a
 * share of a population that a chart gives by region).
 */
const PARTY_RATIO = /([\p{Script=Han}\p{Script=Katakana}ー]{2,8})の(?:(?:出資|負担|持ち株)(?:比率|割合)|持ち分|持分)/u;
/** A ratio: 20%, 2割; and one written just before the party (「20%を銀行が」). */
const RATIO = /[0-9０-９][0-9０-９.．]*\s*(%|％|割)/;
const RATIO_BEFORE = new RegExp(`${RATIO.source}を?$`);
/** Characters after (or before) the party's name within which its ratio is written. */
const RATIO_WINDOW = 10;

/** Japan as the reports write it when comparing it with another country (not ドイツ国内). */
const HOME_COUNTRY = /(日本|(?<![\p{Script=Katakana}ー\p{Script=Han}])国内|わが国|我が国|本邦)/u;

/** The sentence of a question that says the superlative (the whole question when none does). */
function superlativeClause(question: string): string {
  return question.split(/(?<=[？?。!！])/).find((clause) => asksSuperlative(clause)) ?? question;
}

/**
 * A date set as a deadline (「2030年までに」「2025年度を目途に」「2020年の実現を目指す」「目標年次：2030年」),
 * not a date a plan was announced (「2012年7月に…計画を打ち出した」) nor a past period (「2010年頃までの施策例」).
 */
const TARGET_DATE =
  /[0-9０-９]+\s*年度?\s*(頃|ごろ)?\s*(まで(?!の)|を?めど|を?目[途処標]|に向け|の(達成|実現|完成)|を目指|に(完成|開設|設立|達成|実現)(する|予定|を目指))|(目標|予定|計画)(年|年次|時期)[はをが:：\s]*[0-9０-９]+\s*年/;

/**
 * 「「医薬品一兆円産業」って、何年までに達成する目標？」: a date set as a target or a plan (「2030年までに」
 * 「目標」「予定」); the years of a committee's meetings do not answer it.
 */
const deadline = unitSaying(
  asksDeadline,
  // 「45カ所まで増やすって目標、何年までに」: the date is set for the target the question states, said
  // with it; 「2030年までに30分野に増やす計画」 dates another target.
  (text, input) =>
    TARGET_DATE.test(text) &&
    (input.stated.size === 0 ||
      [...normalizeForIndex(text).matchAll(COUNT)].some((match) =>
        input.stated.has(Number(match[0].replace(/,/g, ''))),
      )),
  'no passage sets a date as the target asked about',
  (text) => text.noDate,
);

/** 「締切と申請方法ってどうなってる？」: a deadline is a date said as one (「締切：2009年1月30日」). */
const applicationDeadline = unitSaying(
  asksApplicationDeadline,
  (text) => /(締切|締め切|〆切|期限|期日|募集期間|応募期間|受付期間)/.test(text) && STATES_DATE.test(text),
  'no passage gives the deadline asked about',
  (text) => text.noDate,
);

/**
 * 「受講期間どれくらい」「何年くらい続けてくれるの」, "how long is the training": a passage on the topic
 * gives a length of time or a range of dates; 「2012年より９期にわたって開講」 gives neither.
 */
const DATE_RANGE_AS_PERIOD = new RegExp(`(?:${DATE_RANGE.source})(?!\\s*(?:年度?)?の)`);
/** 「派遣期間」「受講期間」: a period named by the act it lasts for (two kanji before 期間). */
const PERIOD_OF_ACT = /(?<!\p{Script=Han})(\p{Script=Han}{2})期間/u;
/** 「最長で何年間」「上限は」, "the maximum number of years": the limit a rule sets. */
const LIMIT_ASKED = /(最長|最大|上限|\b(maximum|max|longest|at most|up to)\b)/i;
const durationGiven = unitSaying(
  // "how much … and for how long": the figure answers the question's other part.
  // 「どの順番でどれくらいの期間で進める想定」 asks a plan's steps, whose slides give their periods as fragments.
  (question) => asksDuration(question) && !asksSeveralThings(question) && !/(順番|順序)/.test(question),
  (text, input) => {
    const normalized = text.normalize('NFKC');
    // A range of dates as a period (「98～02年度」「2001年度から2005年度まで実施」), not one naming a group
    // (「2012～2017年度の卒塾生」: who graduated then, not how long the course runs). Not for the longest
    // period a rule allows (「1案件あたり最長で何年間」): one case's dates do not say it.
    // 「1回の派遣期間って何年くらい」: the length of that act, said with it (not 「10年間の用地無償貸与」).
    const act = PERIOD_OF_ACT.exec(input.question.normalize('NFKC'))?.[1];
    if (act && !normalized.includes(act)) return false;
    return DURATION.test(normalized) || (!LIMIT_ASKED.test(input.question) && DATE_RANGE_AS_PERIOD.test(normalized));
  },
  'no passage on the topic gives a length of time',
  (text) => text.noDuration,
);

/**
 * 「調査って、いつからいつまでの期間でやってたの？」「何年度から何年度まで」, "what period did it run": a
 * passage on the topic gives a range of dates or a length of time; a description of the study gives neither.
 */
const periodGiven = unitSaying(
  (question) => asksPeriodByItsEnds(question) && !asksSeveralThings(question),
  (text) => {
    const normalized = text.normalize('NFKC');
    return DATE_RANGE.test(normalized) || DURATION.test(normalized) || PERIOD_SAID.test(normalized);
  },
  'no passage on the topic gives the period asked about',
  (text) => text.noDate,
);
/** 「2007年11月から」「2019年度より」「以降」: a period said by its start. */
const PERIOD_SAID = /[0-9]{2,4}\s*(年度?|年[0-9]{1,2}月)\s*(から|より|以降|～|〜)/;

/**
 * 「会津大のAOI会議、今後は年何回に増やす目標？」: a figure set as a target, a plan or a forecast
 * (「2030年までに…30分野にまで増やす計画」「4,221億ユーロに増大するとの予測」); the figure achieved so far
 * (「2019年度開催実績：310回」) does not answer it, nor an earlier target reported met.
 */
const targetFigure: Check = (input) => {
  if (!asksTargetFigure(input.question)) return undefined;
  // 「何テーマくらいまで増やす目標」: a figure with the counter asked (not 「専門家1名…を目指す」). An English
  // noun's counter is a guess ("Catapult centres" are counted in 分野): not checked.
  const counter = input.lang === 'ja' ? askedCounter(input.question) : undefined;
  // 「製造品出荷額でどれくらいを目標に」: the figure asked, in its unit (an amount of money, not 「5年に1度…
  // 基本計画が策定」).
  const figure = input.lang === 'ja' && !counter ? askedFigure(input.question) : undefined;
  return onTopicSaying(
    input,
    (text) =>
      SAYS_PLAN.test(text) &&
      // 「2010年、「LED関連企業100社集積」の目標を達成。」 reports an old target met, not the one now set.
      !TARGET_MET.test(text) &&
      (!counter || counter.test(text.normalize('NFKC'))) &&
      (!figure || figure.pattern.test(text.normalize('NFKC'))) &&
      [...normalizeForIndex(text).matchAll(COUNT)].some(
        (match) => !input.stated.has(Number(match[0].replace(/,/g, ''))),
      ),
    { reason: 'no passage sets the figure asked for as a target or a plan', detail: says(input).noTarget },
  );
};

/**
 * 「it's OWLで新しく設立された企業って、実際のところ何社になった？」: a figure on the topic given as it came
 * about; 「新規設立企業50社…という目標を掲げている」 sets a target.
 */
const actualFigure: Check = (input) => {
  if (!asksActualFigure(input.question)) return undefined;
  // A count of what is asked, with its counter (not 「50%ずつ出資して設立」).
  const shape = askedCount(input.question);
  const giving = input.candidates.filter(
    (c) =>
      onTopOrInContext(input, c) &&
      (!input.countsTopic || c.countsTopic) &&
      (!shape || shape.test(c.unit.text)) &&
      [...normalizeForIndex(c.unit.text).matchAll(COUNT)].some(
        (match) => !input.stated.has(Number(match[0].replace(/,/g, ''))),
      ),
  );
  // A count said as reached so far (「すでに6,500人の新規雇用…を生み出している」) answers "so far", not
  // 「最終的に」 (in the end).
  const final = /(最終的|\bin the end\b|\bfinal(ly)?\b)/i.test(input.question);
  if (!final && giving.some((c) => SO_FAR.test(c.unit.text))) return undefined;
  // The count that best matches the question (「新規設立企業50社」 over 「企業26社」 for 新しく設立された企業).
  const best = giving.reduce<Candidate | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
  if (!best || saysActualFigure(best.unit.text)) return undefined;
  return {
    reason: 'no passage gives the figure as it came about, only as a target or a plan',
    detail: says(input).noActual,
    near: giving,
  };
};

/** A figure said as reached by now: 「すでに…生み出している」「これまでに」「累計」「実績」. */
const SO_FAR = /(すでに|既に|これまでに|累計|実績)/;

/** A target reported as met: 「…の目標を達成。」「目標をクリアした」 (not 「目標を達成する計画」). */
const TARGET_MET = /目標(を|は)?(達成|クリア)(し|。|$)/;

/**
 * 「石狩市長って、どんなコメントしてる？」: a sentence on that person reporting what they said (「…」と述べ,
 * によれば); a sentence about their role does not.
 */
const whatSaid: Check = (input) => {
  if (!asksWhatSaid(input.question)) return undefined;
  const saying = input.candidates.filter(
    (c) =>
      input.inContext(c) &&
      SAYS_SPEECH.test(c.unit.text) &&
      (input.names.length === 0 ||
        mentionsAny(normalizeForIndex(`${input.sectionOf(c).join(' ')} ${c.unit.text}`), input.names)),
  );
  if (saying.length > 0) return undefined;
  return { reason: 'no passage reports what was said', detail: says(input).noSpeech };
};

/**
 * A figure with its unit (a count, an amount, an area: 「北上南部工業団地 197.7ha」), or a table's number
 * cell: not a footnote's or a figure's label (「（注２）」「図表21」).
 */
const COUNTED_FIGURE =
  /[0-9０-９][0-9０-９,.]*\s*(%|％|割|社|件|億|万|千|円|ドル|ユーロ|ポンド|人|名|者|カ所|か所|ヵ所|箇所|拠点|テーマ|プロジェクト|ha(?![a-z])|ヘクタール|㎡|m2|m²|平方|坪|km|トン)|(^|[\t ])[0-9０-９][0-9０-９,.]*([\t ]|$)/;

/**
 * 「何をやって、うまくいったの？」, "what did the city do, and what came of it?": a question that asks
 * something besides its outcome is answered by that part when no outcome is reported.
 */
function asksSeveralThings(question: string): boolean {
  // "How long does it keep supporting … — how many years?": one length of time, asked twice.
  const q = question.normalize('NFKC').replace(SAME_LENGTH_AGAIN, '');
  const ja = q.match(/(何を|何が|どんな|どう(やって|いう)|どの(よう|ように))/g)?.length ?? 0;
  const en = q.match(/\b(what|how|which)\b/gi)?.length ?? 0;
  return ja + en >= 2;
}

const SAME_LENGTH_AGAIN = /(?<=\bhow long\b.*)\bhow many (years|months|weeks|days)\b/gi;

/**
 * 「先進技術センターの延床面積ってどれくらい？」「アンケートの標本誤差はどのくらい？」: the passages found for
 * the question never say the attribute asked (nor what it stands for), so none gives its value —
 * whatever other figures they hold. Checked last: the checks above say more precisely what is missing.
 */
const attributeSaid: Check = (input) => {
  const attribute = input.attribute?.();
  if (!attribute) return undefined;
  const forms = attributeForms(attribute);
  // 「戸数」「台数」 are said as a count with the counter: 「1,787戸」.
  const counters = attribute.words.filter((word) => /^\p{Script=Han}数$/u.test(word)).map((word) => word[0]!);
  const counted = counters.length > 0 ? new RegExp(`[0-9０-９][0-9０-９,，.]*\\s*(${counters.join('|')})`) : undefined;
  const normalizedForms = forms.map((form) => normalizeForIndex(form));
  /** The text (normalized, without whitespace) says the attribute. */
  const saysIt = (text: string) => normalizedForms.some((form) => saysAttribute(text, form));
  const compact = (text: string) => normalizeForIndex(text).replace(/\s+/g, '');
  const saidIn = (candidates: readonly Candidate[]) =>
    [...new Set(candidates.map((c) => c.passage.chunk.text))]
      .map(compact)
      .some((text) => saysIt(text) || counted?.test(text));
  // Said of the question's subject, in a passage naming it: Halifax's 人口 is not 北上市's.
  const named = input.candidates.filter((c) => c.named);
  // "How much did towel production grow?": a change asked in figures is said with one (「生産数量が大幅に
  // 増加」 says it grew, not by how much).
  if (ASKS_CHANGE_FIGURE.test(input.question.normalize('NFKC')) && saidIn(named)) {
    const withFigure = named.filter(
      (c) => onTopOrInContext(input, c) && saysChangeFigure(c.unit.text) && saysIt(compact(c.unit.text)),
    );
    if (withFigure.length > 0) return undefined;
    return {
      reason: `no passage gives the change in 「${attribute.compound}」 as a figure`,
      detail: says(input).noFigure(
        input.lang === 'ja' ? `「${attribute.compound}」の増減` : `change in ${attribute.compound}`,
      ),
    };
  }
  if (saidIn(named)) {
    // "How big is Tokushima's LED Valley promotion fund?": the report names the fund (「LEDバレー推進ファンドで
    // 研究開発助成」) but gives no figure for it; the amounts beside it are the industry's. Asked how
    // large, some unit must give a figure and say the attribute (or head a table that does).
    // 「ファンド総額どれくらい」: so is the sum of a thing asked in Japanese.
    if (
      !HOW_LARGE_EN.test(input.question) &&
      !(HOW_LARGE_JA.test(input.question) && /(総額|金額|規模)$/.test(attribute.compound))
    )
      return undefined;
    const withValue = named.filter(
      (c) =>
        COUNTED_FIGURE.test(c.unit.text) &&
        (saysIt(compact(c.unit.text)) || (c.tableLabel !== undefined && saysIt(compact(c.tableLabel)))),
    );
    if (withValue.length > 0) return undefined;
    return {
      reason: `no passage gives a figure for 「${attribute.compound}」`,
      detail: says(input).noFigure(
        input.lang === 'ja' ? `「${attribute.compound}」の数値` : `figure for the ${attribute.compound}`,
      ),
    };
  }
  const asked = input.lang === 'ja' ? `「${attribute.compound}」` : attribute.compound;
  if (input.names.length > 0 && saidIn(input.candidates)) {
    const subject = quoteNames(input.names, input);
    return {
      reason: `no passage naming ${input.names.join(', ')} says 「${attribute.compound}」`,
      detail: says(input).noAttribute(input.lang === 'ja' ? `${subject}の${asked}` : `${asked} of ${subject}`),
    };
  }
  return { reason: `no passage says 「${attribute.compound}」`, detail: says(input).noAttribute(asked) };
};

/** "How much / how big / how large is …": a size asked in English. */
const HOW_LARGE_EN = /\bhow (much|big|large)\b/i;
/** 「総額どれくらい」「規模はいくら」: a size asked in Japanese (read only of a sum or a scale). */
const HOW_LARGE_JA = /(どれくらい|どのくらい|どれぐらい|どのぐらい|いくら|どれだけ|どの程度)/;

/**
 * 「来場者数、前の年と比べてどれくらい増えた？」: by how much something changed is said with a change
 * (「10社⇒150社」「2倍」), not with the level of one year (「2019年の…来場者数27,841人」).
 */
const changeAsFigure: Check = (input) =>
  ASKS_CHANGE_FIGURE.test(input.question.normalize('NFKC'))
    ? onTopicSaying(input, saysChangeFigure, {
        reason: 'no passage on the topic gives a change as a figure',
        detail: says(input).noFigure(input.lang === 'ja' ? '増減の数値' : 'figure for the change'),
      })
    : undefined;

function saysChangeFigure(text: string): boolean {
  const undated = text.normalize('NFKC').replace(YEAR, '');
  return COMPARABLE.test(undated) && SAYS_CHANGE.test(undated);
}

/**
 * "How much did it grow", "by what percentage did it rise", 「どれくらい増えた」「何%伸びた」「どのくらいまで改善した」:
 * by how much a measure changed.
 */
const ASKS_CHANGE_FIGURE =
  /\b(how much|by what (percentage|percent|margin|factor)|what percentage)\b[^?]{0,80}\b(grow|grown|increase|increased|rise|risen|fall|fallen|decline|declined|drop|dropped|expand|expanded|improve|improved|reduce|reduced|shorten|shortened|bring down|brought down|lowered)\b|\b(grow|grew|grown|increase|increased|rise|rose|risen|fall|fell|fallen|decline|declined|drop|dropped|expand|expanded|improve|improved|reduce|reduced|shorten|shortened|bring down|brought down|lowered)\b[^?]{0,80}\bby how much\b|(どれくらい|どのくらい|どれぐらい|どのぐらい|何%|何割|何倍)[^？?。]{0,6}(増え|伸び|減っ|増加|減少|拡大|縮小|成長|改善|向上|低下|上昇|短縮|削減)/i;

/** A year (「2019年」「2010年度」「1990年代」), which dates a figure and is no figure of a change. */
const YEAR = /(19|20)[0-9]{2}\s*(年度|年代|年)/g;
/**
 * A sentence giving a change, not only a level (「来場者数27,841人」, 「年々規模を拡大」): one figure to
 * another (「10社⇒150社」「1万人から3万人に」), or a figure with the growth or fall beside it (「2倍」「15%増」
 * 「最大27%向上」「増加し、1,200社に」). Read with the years taken out (`saysChangeFigure`).
 */
const SAYS_CHANGE = new RegExp(
  [
    '[0-9０-９][^。]{0,12}(⇒|→|➡|から|より|to)[^。]{0,12}[0-9０-９]',
    '[0-9０-９][0-9０-９,.]*\\s*[^0-9０-９\\s。、]{0,4}(増|減|倍|伸び|向上|改善|上昇|低下|下落|短縮|削減|アップ|ダウン)',
    '(増|減|伸び|拡大|縮小|成長|向上|改善|上昇|低下|短縮|削減)[^。]{0,10}[0-9０-９]',
    '\\b(from|grew|grown|increased?|rose|risen|fell|fallen|declined?|dropped|up|down)\\b[^.]{0,30}[0-9]',
  ].join('|'),
  'i',
);

/**
 * The text says the attribute itself, not only a measure derived from it: 「人口成長率」「人口密度」
 * 「売上高比率」 do not say how large the 人口 or 売上高 is.
 */
function saysAttribute(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!DERIVED_MEASURE.test(text.slice(at + form.length))) return true;
  }
  return false;
}
const DERIVED_MEASURE = /^((成長|増加|減少|増減|伸び|変化)?率|密度|比(率)?|当たり|あたり)/;

/** Figures in one sentence, or lines with a figure in one passage, from which a reader can tell which is largest. */
const MIN_COMPARED_FIGURES = 3;
const FIGURE = /[0-9０-９]/;
/**
 * Figures a reader can compare: not a year (「2017～2019年合計」), a month or a day (「2月16日～22日」),
 * a label's number (「例３」「図表5」), nor the denominator of a rate (「100事業所当たり」「人口10万人あたり」),
 * which every figure of the sentence shares.
 */
const COMPARABLE_SOURCE =
  '(?<![0-9０-９,.]|例|図表|表|注|第|No)(?!(?:19|20)[0-9]{2}\\s*(?:年|[～〜~\\-–]))[0-9０-９][0-9０-９,.]*(?![0-9０-９,.]|\\s*[月日]|万?(?:人|事業所|社|世帯|者)?(?:当たり|あたり))';
const FIGURES = new RegExp(COMPARABLE_SOURCE, 'g');
const COMPARABLE = new RegExp(COMPARABLE_SOURCE);
/**
 * 「産業クラスター計画の第Ⅳ期ってどういう内容」「次の4号ファンドの話は出てる？」, "the 10th Catapult
 * centre": a numbered stage, fund or edition is what the question is about. Passages on the plan's
 * 第Ⅰ〜Ⅲ期 or the 3号ファンド do not say anything of the one asked; some passage found must write its
 * number (in digits, kanji or roman numerals; in Japanese with the same counter).
 */
const ordinalNamed: Check = (input) => {
  const asked = namedOrdinals(input.question);
  if (asked.length === 0) return undefined;
  const texts = [...new Set(input.candidates.map((c) => c.passage))].map(
    (passage) => `${passage.chunk.section.join(' ')}\n${passage.chunk.text}`,
  );
  const missing = asked.filter((ordinal) => !texts.some((text) => writesOrdinal(text, ordinal)));
  if (missing.length === 0) return undefined;
  const labels = missing.map(({ text }) => text);
  return {
    reason: `no passage found writes ${labels.join(', ')}`,
    detail: says(input).noAttribute(labels.join(input.lang === 'ja' ? '・' : ', ')),
  };
};

const CHECKS: readonly Check[] = [
  ordinalNamed,
  expansion,
  bodyDescribed,
  contactDetails,
  headquarters,
  siteNamed,
  personSuccessor,
  successor,
  planSaid,
  futureDate,
  eventResult,
  outcome,
  achieved,
  happened,
  comparedCountry,
  homeShareCompared,
  judgedOfTwo,
  companySize,
  figureOfEach,
  eventDate,
  knownDateOnly,
  reasonGiven,
  siteReason,
  partOfTotal,
  kindsEach,
  breakdownBy,
  rankBelowFirst,
  superlative,
  feeSaid,
  procedureSaid,
  titleSaid,
  perMonth,
  languageNamed,
  amountInYen,
  measureInUnit,
  figureOfCountry,
  shareOfNamed,
  proportionOfWhole,
  ratioOfParty,
  amountOfParty,
  deadline,
  applicationDeadline,
  durationGiven,
  periodGiven,
  targetFigure,
  actualFigure,
  whatSaid,
  attributeSaid,
  // After the attribute's check, which names the measure that did not change in figures.
  changeAsFigure,
];

/** How many sentences after one naming a case still speak of it without naming it again. */
const GOES_ON_UNITS = 3;

/** A sentence telling what happened (「…新設された。」「…問題が発生したとの指摘」), not a lesson (「…が成果につながる」). */
const TELLS_WHAT_HAPPENED = /(た|ている|ていた)(との|という|[。」）)]|\s*$)/;

/**
 * The units that tell what happened within a few sentences after one naming the case, in their
 * passage; a table's row (a list of cases, 「石川県－台湾 (IT)」) is no sentence on a case.
 */
function goingOnFromNamed(input: NearMissInput): Set<Candidate> {
  const byPassage = new Map<Candidate['passage'], Candidate[]>();
  for (const c of input.candidates) {
    const units = byPassage.get(c.passage);
    if (units) units.push(c);
    else byPassage.set(c.passage, [c]);
  }
  const goingOn = new Set<Candidate>();
  for (const units of byPassage.values()) {
    units.sort((a, b) => a.unit.start - b.unit.start);
    let named = -Infinity;
    units.forEach((c, i) => {
      if (i - named <= GOES_ON_UNITS && c.unit.kind !== 'row' && TELLS_WHAT_HAPPENED.test(c.unit.text)) goingOn.add(c);
      if (c.unit.kind !== 'row' && mentionsAny(normalizeForIndex(c.unit.text), input.names)) named = i;
    });
  }
  return goingOn;
}

/**
 * The reports among the passages found that name each of the question's names (in a passage's text
 * or sections); undefined when the question has one name, or no report names them all.
 */
function reportsNamingAll(input: NearMissInput): Set<string> | undefined {
  // "the Shimane–Texas exchange": an English question's other side is a foreign name the lexicon
  // writes in katakana (テキサス), not among its Japanese names.
  const names = [...input.names, ...foreignSides(input)];
  if (names.length < 2) return undefined;
  const named = new Map<string, Set<string>>();
  // Each passage once (the candidates are its units).
  for (const chunk of new Set(input.candidates.map((c) => c.passage.chunk))) {
    const text = normalizeForIndex(`${chunk.section.join(' ')} ${chunk.text}`);
    const found = named.get(chunk.doc) ?? new Set<string>();
    for (const name of names) if (mentionsAny(text, [name])) found.add(name);
    named.set(chunk.doc, found);
  }
  const all = new Set([...named].filter(([, found]) => found.size === names.length).map(([doc]) => doc));
  return all.size > 0 ? all : undefined;
}

/** Capitalized words inside an English question that the lexicon writes as one katakana name. */
function foreignSides(input: NearMissInput): string[] {
  if (input.lang !== 'en' || !input.translate) return [];
  const sides = [...input.question.matchAll(/(?<=[\s–—\-/(])[A-Z][a-z]{2,}\b/g)].flatMap(([word]) => {
    const ja = input.translate!(word);
    return ja.length === 1 && /^[\p{Script=Katakana}ー]+$/u.test(ja[0]!) ? [ja[0]!] : [];
  });
  return [...new Set(sides)].filter((side) => !input.names.includes(side));
}

/** What a unit is filed under, normalized: its section path and its label line (「飯塚市の例:」). */
/** The title of the unit's report (or article) and its headings, normalized: what it is filed under. */
function headedBy(input: NearMissInput, c: Candidate): string {
  return normalizeForIndex([c.passage.chunk.title, ...input.sectionOf(c)].join('\n'));
}

function filedUnder(input: NearMissInput, c: Candidate): string {
  return normalizeForIndex(`${input.sectionOf(c).join(' ')} ${c.label}`);
}

function says(input: NearMissInput) {
  return ABSTAIN_TEXT[input.lang];
}

/**
 * A unit in context, or any unit of the best passages that names what the question names (a
 * sentence there may leave out its subject, not the passage its case).
 */
function onTopOrInContext(input: NearMissInput, c: Candidate): boolean {
  return input.inContext(c) || (c.rank < TOP_PASSAGES && c.named);
}

/** The passages whose table rows may compare figures for a superlative asked. */
const TABLE_PASSAGES = 5;

/** The best passages, any sentence of which may say what the question asks of its topic. */
const TOP_PASSAGES = 2;

/**
 * A country as reports write it: the query aliases (アメリカ or 米国, イギリス or 英国) and the formal
 * names no question abbreviates to (韓国 or 大韓民国); Japan also as わが国 and 国内.
 */
function countryNames(country: string): RegExp {
  if (country === '日本') return HOME_COUNTRY;
  return new RegExp([country, ...(STATIC_ALIASES[country] ?? []), ...(FORMAL_NAMES[country] ?? [])].join('|'));
}
const FORMAL_NAMES: Record<string, string[]> = {
  韓国: ['大韓民国'],
  アメリカ: ['合衆国'],
  米国: ['合衆国'],
  ドイツ: ['独国'],
  中国: ['中華人民共和国'],
  台湾: ['台北'],
};

/** Candidates per passage that pass `test` (lines of figures, rows of a table). */
function countPerPassage(
  candidates: readonly Candidate[],
  test: (c: Candidate) => boolean,
): Map<Candidate['passage'], number> {
  const counts = new Map<Candidate['passage'], number>();
  for (const c of candidates) if (test(c)) counts.set(c.passage, (counts.get(c.passage) ?? 0) + 1);
  return counts;
}

/** Per passage, the most of its lines whose figures have one unit (「197.7ha」: ha; 「131件」: 件). */
function sameUnitLines(candidates: readonly Candidate[]): Map<Candidate['passage'], number> {
  const perUnit = new Map<Candidate['passage'], Map<string, number>>();
  for (const c of candidates) {
    const units = new Set([...c.unit.text.matchAll(FIGURE_UNIT)].map((m) => m[1]!));
    if (units.size === 0) continue;
    const counts = perUnit.get(c.passage) ?? new Map<string, number>();
    for (const unit of units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
    perUnit.set(c.passage, counts);
  }
  return new Map([...perUnit].map(([passage, counts]) => [passage, Math.max(...counts.values())]));
}
/** A comparable figure and its unit: the letters (or %) right after it. */
const FIGURE_UNIT = new RegExp(`${COMPARABLE_SOURCE}\\s*([\\p{L}%]{1,2})`, 'gu');

/**
 * The date of an event: a year of three or four digits or of an era, a month, a century — not a
 * count of years (「会社設立50年を機に」 is an anniversary, 「3年間」 a duration).
 */
const EVENT_DATE =
  /(?<![0-9０-９])[0-9０-９]{3,4}\s*年(?!間)|(?<![0-9０-９])[0-9０-９]{1,2}\s*月(?!間)|[0-9０-９]+\s*世紀|(明治|大正|昭和|平成|令和)\s*[0-9０-９元]/;

/** A month of a date: 「2021年4月」「4月1日」. */
const MONTH = /[0-9０-９]{1,2}\s*月/;
/** A day of a date: 「4月1日」. */
const DAY = /[0-9０-９]{1,2}\s*日/;

/** A count: not a year, a duration, a date or an ordinal (「12年間の経験」「第2期」). */
const COUNT = /[0-9][0-9,]*(?:\.[0-9]+)?(?![0-9,.]*\s*(年|か月|ヶ月|カ月|月|日|歳|時間|位|期|次|号|条|章))/g;
/** A sentence breaking a total down: 「うち中小企業629社」「71拠点のうち」「内訳」. */
const BREAKDOWN = /(うち|内訳)/;
/** The counter after a count: 「211箇所」 → 箇所. */
const COUNTER_WORDS = `社|件|${SITE_COUNTER}|名|人|機関|団体|校|拠点|者|${COUNTRY_COUNTER}|国|地域|プロジェクト|テーマ`;
const COUNTER = new RegExp(`^\\s*(${COUNTER_WORDS})`);
/** "718 Regional Future-Driving Companies": an English total's noun, as the counter it is counted by. */
const EN_COUNTERS: Record<string, string> = { companies: '社', firms: '社', institutions: '機関', projects: '件' };
const COUNTED_EN = /([0-9][0-9,]*)\s+(?:[a-z'-]+\s+){0,4}?(companies|firms|institutions|projects)\b/g;
const EN_COUNTED_NOUN = /\b(companies|firms|institutions|projects)\b/g;
const COUNTED = new RegExp(`([0-9][0-9,]*)\\s*(${COUNTER_WORDS})`, 'g');
const SITES = new RegExp(`^${SITE_COUNTER}$`);
const COUNTRIES = new RegExp(`^${COUNTRY_COUNTER}$`);
/** 箇所, か所, カ所 and 拠点 are one counter; カ国 and 国 another. */
function sameCounter(counter: string): string {
  return SITES.test(counter) || counter === '拠点' ? '箇所' : COUNTRIES.test(counter) ? '国' : counter;
}
/** Characters either side of a number within which the words of the part asked for must be. */
const PART_WINDOW = 12;
