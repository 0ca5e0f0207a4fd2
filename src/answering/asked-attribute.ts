/**
 * The attribute a question asks the value of: the nouns right before its value word
 * (「延床面積ってどれくらい」 → 延床面積, 「標本誤差はどのくらい」 → 標本誤差, 「座長って誰」 → 座長). A report
 * that never says the attribute near the subject does not give its value, whatever figures its
 * passages hold: the near-miss check `attributeSaid` refuses then.
 */
import type { PosTokenizer } from './unseen-names.js';
import { STATIC_ALIASES } from '../retrieval/aliases.js';
import { GROWTH_VERB } from '../retrieval/question-kind.js';
import { ENGLISH_STOP_WORDS } from '../retrieval/query-analysis.js';
import { normalizeForIndex } from '../text/normalize.js';

export interface AskedAttribute {
  /** The nouns as the question writes them together (「延床面積」). */
  compound: string;
  /** Its words that say what is measured (「延床」「面積」); generic ones (数, 年, 規模) left out. */
  words: string[];
}

/**
 * Undefined when the question asks no value (「どんな」「どういう」 ask for a description), compares
 * (違い), or names only generic attributes (「件数は」「規模感は」).
 */
export function askedAttribute(question: string, tokenizer: PosTokenizer): AskedAttribute | undefined {
  // 「出荷額（売上）ベースだとどのくらい」「出荷額で見るとどれくらい」: the attribute, then a word of how it is
  // measured, before the value word; read as 「出荷額はどのくらい」.
  // 「閲覧数（PV）、2020年度は」: a gloss in Latin letters after the attribute is the attribute again.
  const text = normalizeForIndex(question).replace(MEASURED_BY, 'は').replace(LATIN_GLOSS, '');
  // 「どう違う」「比べて」「どのくらい差がある」 compare (not 「標本誤差」, a word of its own).
  if (/(違|比べ|比較|(?<!\p{Script=Han})差)/u.test(text)) return undefined;
  const tokens = tokenizer.tokens(text);
  let at = 0;
  const starts = tokens.map((token) => {
    const start = text.indexOf(token.surface_form, at);
    at = start + token.surface_form.length;
    return start;
  });
  for (let i = 0; i < tokens.length; i++) {
    if (!VALUE_WORD.test(text.slice(starts[i]))) continue;
    let j = i - 1;
    // 「人口って今どれくらい」「規模ってざっくりどのくらい」「不良品率って具体的に何%」: a word of when or how
    // roughly (or exactly) comes between.
    for (let skipped = -1; skipped !== j;) {
      skipped = j;
      while (j >= 0 && (tokens[j]!.pos === '副詞' || tokens[j]!.pos_detail_1 === '副詞可能')) j--;
      j = beforeAdverbialNi(tokens, j);
    }
    j = beforeAside(tokens, j);
    while (j >= 0 && tokens[j]!.pos === '助詞' && PARTICLE.test(tokens[j]!.surface_form)) j--;
    j = beforeYear(tokens, j);
    // 「栽培施設って、広さどのくらい」: a size said by an adjective's noun (広さ), which a report gives as 面積.
    const adjective = j >= 1 && tokens[j]!.surface_form === 'さ' && tokens[j - 1]!.pos === '形容詞';
    const measure = adjective ? MEASURE_NOUNS[`${tokens[j - 1]!.surface_form}さ`] : undefined;
    if (measure) return { compound: `${tokens[j - 1]!.surface_form}さ`, words: measure };
    const { nouns, before } = compoundEndingAt(tokens, j);
    const attribute = attributeOf(nouns);
    if (attribute) return attribute;
    // 「ページビュー、2020年度の実績っていくつ」: a bare figure's word is the figure of what comes before it.
    return nouns.length > 0 && nouns.every((noun) => FIGURE_OF.has(noun)) ? figureOf(tokens, before) : undefined;
  }
  return undefined;
}

/** The noun compound whose last token is `j` (「出荷額」「生徒数」), and the index before it. */
function compoundEndingAt(tokens: readonly PosToken[], j: number): { nouns: string[]; before: number } {
  const nouns: string[] = [];
  while (j >= 0 && tokens[j]!.pos === '名詞' && WORD.test(tokens[j]!.surface_form)) {
    const token = tokens[j]!;
    // 「生徒数」「会員数」「出荷額」: a counter after a noun is part of what is measured.
    const counter = COUNTER_SUFFIX.test(token.surface_form) && j > 0 && isContentNoun(tokens[j - 1]!);
    if (NOT_ATTRIBUTE.has(token.pos_detail_1) && !counter) break;
    nouns.unshift(token.surface_form);
    j--;
  }
  return { nouns, before: j };
}

/** A compound's words that name what is measured (not 数, 実績, 年度); undefined when none does. */
function attributeOf(nouns: readonly string[]): AskedAttribute | undefined {
  const words = nouns.filter((word) => word.length >= 2 && WORD.test(word) && !GENERIC.has(word));
  return words.length > 0 ? { compound: nouns.join(''), words } : undefined;
}

/** Words that say only "the figure" (「実績」「数字」): the figure of the noun before them. */
const FIGURE_OF = new Set(['実績', '数字', '数値', '値']);

/**
 * The attribute before `…の実績` (token `j` its の): 「ページビューの実績」, 「ページビュー、2020年度の実績」 —
 * a year, set off by a comma or a particle, may come between.
 */
function figureOf(tokens: readonly PosToken[], j: number): AskedAttribute | undefined {
  if (tokens[j]?.surface_form !== 'の') return undefined;
  // beforeYear steps over a year and the comma or particle setting it off; else the noun is right before の.
  return attributeOf(compoundEndingAt(tokens, beforeYear(tokens, j - 1)).nouns);
}

/**
 * 「具体的に」「実際に」「正確に」: a word made an adverb by に (kuromoji's 副詞化) says how the value is
 * asked, not what. Returns the index before it, or `j` unchanged.
 */
function beforeAdverbialNi(tokens: readonly PosToken[], j: number): number {
  if (tokens[j]?.surface_form !== 'に' || tokens[j]!.pos_detail_1 !== '副詞化') return j;
  const before = tokens[j - 1];
  if (!before) return j;
  return before.surface_form === '的' && before.pos_detail_1 === '接尾' ? j - 3 : j - 2;
}

/** Sizes a question asks by an adjective's noun, with the words a report says them in. */
const MEASURE_NOUNS: Record<string, string[]> = {
  広さ: ['広さ', '面積'],
  高さ: ['高さ'],
  重さ: ['重さ', '重量'],
  深さ: ['深さ'],
};

/** A counter said after the noun it measures (「会員数」「出荷額」「販売量」「延滞率」). */
const COUNTER_SUFFIX = /^(数|額|量|高|率)$/;

type PosToken = ReturnType<PosTokenizer['tokens']>[number];

function isContentNoun(token: PosToken): boolean {
  return token.pos === '名詞' && !NOT_ATTRIBUTE.has(token.pos_detail_1) && WORD.test(token.surface_form);
}

/**
 * 「会員数って、2019年時点だと何社」: an aside of when, set off by a comma after the attribute's
 * particle, comes between the attribute and the value word. Returns the index before the aside (at
 * the particle), or `j` unchanged when there is none.
 */
function beforeAside(tokens: readonly PosToken[], j: number): number {
  // Not when the value word follows a noun or its particle: that is the attribute itself.
  const last = tokens[j];
  if (!last || last.pos === '名詞' || (last.pos === '助詞' && PARTICLE.test(last.surface_form))) return j;
  for (let k = j - 1; k >= 0 && j - k <= MAX_ASIDE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.pos_detail_1 === '読点') {
      const before = tokens[k - 1];
      return before && before.pos === '助詞' && PARTICLE.test(before.surface_form) ? k - 1 : j;
    }
    // Only words of when (「2019年時点だと」「現在で」): other nouns may be the attribute (「組織の規模で」).
    const ofWhen =
      token.pos_detail_1 === '数' ||
      token.pos_detail_1 === '接尾' ||
      token.pos === '助詞' ||
      token.pos === '助動詞' ||
      (token.pos === '名詞' && GENERIC.has(token.surface_form));
    if (!ofWhen) return j;
  }
  return j;
}
const MAX_ASIDE_TOKENS = 8;

/**
 * 「RESASの閲覧数って、2020年度はどのくらい」: a year with its particle before the value word is when,
 * not what is measured; the attribute is before it (and its comma and particle). Returns the index
 * before the year, or `j` unchanged when `j` ends no year.
 */
function beforeYear(tokens: readonly PosToken[], j: number): number {
  let k = j;
  while (
    k >= 0 &&
    (tokens[k]!.pos_detail_1 === '数' ||
      (tokens[k]!.pos_detail_1 === '接尾' && /^(年|年度|月|時点)$/.test(tokens[k]!.surface_form)))
  )
    k--;
  // Digits and a counter at least (「2020年度」), not a bare number.
  if (j - k < 2 || tokens[j]!.pos_detail_1 !== '接尾') return j;
  // Set off by a comma (「アクセス数、2020年度は」), a particle (「閲覧数って2020年度は」) or both.
  const comma = k >= 0 && tokens[k]!.pos_detail_1 === '読点';
  if (comma) k--;
  const particle = (at: number) => at >= 0 && tokens[at]!.pos === '助詞' && PARTICLE.test(tokens[at]!.surface_form);
  if (!comma && !particle(k)) return j;
  while (particle(k)) k--;
  return k;
}

/**
 * The words a report may say an attribute with: the question's own and their aliases (「メンバー何社」
 * is answered by 「376の法人会員」).
 */
export function attributeForms(attribute: AskedAttribute): string[] {
  const words = [attribute.compound, ...attribute.words];
  return [
    ...new Set(words.flatMap((word) => [word, ...(STATIC_ALIASES[word] ?? []), ...(ATTRIBUTE_ALIASES[word] ?? [])])),
  ];
}

/**
 * Words a report says an attribute (or a part of a total) with that are too common to search by:
 * 「参加してる組織ってどれくらい」 is answered by 「65機関から142機関へ」, but 機関 in the query would rank
 * every 「…機関」 line; 「政府からの補助」 by 「①助成金19%」, but 助成 would outweigh 補助金 in 「…補助金どうなる」.
 */
export const ATTRIBUTE_ALIASES: Record<string, string[]> = {
  組織: ['機関', '団体'],
  補助: ['助成'],
  補助金: ['助成金'],
};

/**
 * What asks for a value: a counted or measured amount, a person, a date. 「いくつかに整理されてた」 says
 * "several", asking none.
 */
const VALUE_WORD = new RegExp(
  `^(何(?=[社回件人名箇カヶケ割%倍億万千百ヵ拠団校機施歳年月日位]|パーセント)|いくら|いくつ(?!か(?:に|の|は|が|を|ある|あっ))|どれ(くらい|ぐらい|だけ|ほど)|どの(くらい|ぐらい|程度)|どこまで(?=[、\\s]*${GROWTH_VERB})|誰|だれ|いつ)`,
);
/** 「（売上）ベースだと」「で見ると」 between an attribute and its value word (normalized text). */
const MEASURED_BY =
  /(?:\([^()]{1,10}\))?\s*(?:ベース(?:だと|では|で)?|(?:で|から)(?:見る|みる|見た|みた)(?:と|ら))(?=[、,\s]*(?:今|現在|いま)?[、,\s]*(?:どのくらい|どのぐらい|どれくらい|どれぐらい|どれだけ|いくら))/g;
/** A word or two in Latin letters in brackets after a word (「閲覧数（PV）」), normalized text. */
const LATIN_GLOSS = /(?<=[\p{Script=Han}\p{Script=Katakana}ー])\([A-Za-z][A-Za-z0-9 .&-]{0,15}\)/gu;
/** Particles between the attribute and the value word (not で, に: 「どの順番で、どれくらいの期間で」). */
const PARTICLE = /^(は|って|が|を|の|も|とか)$/;
/** Pronouns, numbers and suffixes name no attribute. */
const NOT_ATTRIBUTE = new Set(['代名詞', '数', '非自立', '接尾']);
/** A word of kanji or katakana (not 「)、」「?」 or a Latin name). */
const WORD = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;
/** Attributes every figure has, words of time and scope, kinds of value: they say nothing of what is measured. */
const GENERIC = new Set([
  '数',
  '額',
  '件数',
  '金額',
  '人数',
  // 「自腹組も入れると総勢何人」: everyone counted, said by the count itself (「自費参加を含めて24名」).
  '総勢',
  '総数',
  '総額',
  '合計',
  // 「財政支援ってトータルどのくらい」: the sum of what is asked, not what is measured.
  'トータル',
  '累計',
  '全部',
  '全体',
  '規模',
  '規模感',
  '割合',
  '比率',
  '程度',
  '実績',
  // 「効果ってどのくらい出た」: whatever the result is measured in (「生産性が最大27%向上」).
  '効果',
  // 「広島県自体はどのくらい出資してる」: the one asked about itself, not what is measured.
  '自体',
  '自身',
  '予算',
  '名前',
  '時期',
  '年度',
  '年間',
  '時点',
  '現在',
  '当時',
  '最近',
  '今度',
  '今後',
  '新規',
  '最初',
  '最後',
  '毎年',
  '通常',
  '普通',
  '平均',
  '全国',
  '実際',
  '結局',
  '具体',
  '大体',
  '会社',
  '企業',
  '事業',
  '相手',
  '見込み',
  '案件',
  // The kind of value, not what is measured: 「西暦何年」「人物は誰」.
  '西暦',
  '和暦',
  '年号',
  '元号',
  '年代',
  '日付',
  '日時',
  '年月日',
  '人物',
  '学者',
  '人名',
  '氏名',
  '数字',
  '数値',
  '場所',
  '地名',
  // 「境目は何％」: the threshold is the value asked, said by the figures themselves (「55%以上」).
  '境目',
  '境界',
  'ボーダー',
  '線引き',
  'しきい値',
  '閾値',
]);

/**
 * The attribute an English question asks the value of: the head noun after "what is the" or "how
 * many" ("what's the average salary of…" → salary, "how many employees does…" → employees), with
 * the Japanese words the lexicon gives for it. Undefined for generic heads (number, amount, year).
 */
export function askedAttributeEn(
  question: string,
  translate: (word: string) => readonly string[],
): AskedAttribute | undefined {
  const q = question.normalize('NFKC').toLowerCase();
  const match =
    /\bwhat(?:'s| is| was| are| were)\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|for|in|at|does|did|do|that|per)\b/.exec(
      q,
    ) ??
    /\bhow many\s+((?:[a-z-]+\s+){0,1}?[a-z-]+)\s+(?:does|did|do|are|were|have|has|is|was|work)\b/.exec(q) ??
    // "What's Kitakami city's current population?", "what was RESAS's page-view count in FY2020?": the
    // attribute after a possessive, ending the clause.
    /\bwhat(?:'s| is| was| are| were)\s+(?:the\s+)?[^?]{2,60}?'s\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*(?:[?.]|$|\b(?:now|today|as of|(?:in|for) (?:fy\s*|fiscal (?:year )?)?(?:19|20)[0-9]{2})\b)/.exec(
      q,
    ) ??
    // "How big is Tokushima's LED Valley promotion fund, in yen?", "how large was it in terms of annual
    // shipment value?": the noun ending the clause.
    /\bhow (?:much|big|large)\s+(?:is|was|are|were)\s+[^?]*?\b((?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?:,|\?|$)/.exec(q) ??
    // "How much money was in the LED Valley promotion fund that…": what the money was in.
    /\bhow much (?:money )?(?:is|was|are|were) (?:there )?in (?:the )?(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:that|which|for|of|used)\b/.exec(
      q,
    ) ??
    // "How much did Imabari towel production grow?": the measure that grew or fell.
    /\bhow much\b[^?]{0,30}?\b(?:did|has|have|had|does|do|is|was)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:actually\s+|really\s+)?(?:grow|grown|increase|increased|rise|risen|fall|fallen|decline|declined|drop|dropped|change|changed|expand|expanded)\b/.exec(
      q,
    );
  // "what was the number back in 2005": framing words (back, then, now) are no attribute.
  const words = (match?.[1]?.split(/\s+/) ?? []).filter((word) => !ENGLISH_STOP_WORDS.has(word));
  // "how many spin-off companies": a generic head (companies) is counted by its modifier (spin-off).
  const head = GENERIC_EN.has(words.at(-1) ?? '') && words.length > 1 ? words.at(-2) : words.at(-1);
  if (!head || GENERIC_EN.has(head) || PLAIN_MODIFIERS_EN.has(head) || head.length < 4) return undefined;
  // "business meetings" is 商談, not a 会議: a two-word phrase the lexicon knows says the attribute.
  // So is "market share", though its head (share) is generic: not the market's words (市場).
  const phrase = words.length > 1 ? words.slice(-2).join(' ') : undefined;
  const phraseTranslations = phrase ? translate(phrase) : [];
  // "the total area of the industrial park" is a size (面積), not a region (地域, エリア).
  const measured = head === 'area' && /\b((total|land|floor|site|gross) area|area of)\b/.test(q);
  const translations = measured
    ? ['面積', '広さ']
    : phraseTranslations.length > 0
      ? phraseTranslations
      : translateHyphened(head, translate);
  // "budget" is 予算: a generic attribute, whatever else the lexicon gives for it.
  if (translations.some((word) => GENERIC.has(word))) return undefined;
  // An acronym the reports write too ("page views" → ページビュー, PV: 「715万PV」).
  // A katakana word of two letters (hotel → イン) is part of too many others (オンライン, インテル) to tell.
  const said = translations.filter(
    (word) =>
      (WORD.test(word) || /^[A-Z]{2,}$/.test(word)) &&
      word.length >= (/^[\p{Script=Katakana}ー]+$/u.test(word) ? 3 : 2),
  );
  // "annual shipment value" is told as such (its head value is generic, shipment says what is valued).
  const compound = phraseTranslations.length > 0 ? phrase! : head === words.at(-1) ? head : `${head} ${words.at(-1)}`;
  return said.length > 0 ? { compound, words: said } : undefined;
}

/** "page-view" as "page view" when the lexicon has only the spaced form. */
function translateHyphened(word: string, translate: (word: string) => readonly string[]): readonly string[] {
  const found = translate(word);
  return found.length > 0 || !word.includes('-') ? found : translate(word.replace(/-/g, ' '));
}

/**
 * English words before a noun that say how or which, not what: "how many new companies", "the
 * actual satisfaction score" (the measure asked is then named by the noun itself).
 */
export const PLAIN_MODIFIERS_EN: ReadonlySet<string> = new Set(
  (
    'the a an its their what new average total annual actual current latest exact estimated other more many ' +
    'such different major main overall'
  ).split(' '),
);

/** English heads every figure has, or that name no attribute. */
const GENERIC_EN = new Set(
  (
    'number numbers amount amounts figure figures total count size share level rate value year years date ' +
    'time name names role purpose goal target aim idea point points way ways kind kinds type types result ' +
    'results outcome outcomes reason reasons main key difference differences companies firms people ' +
    'organisations organizations institutions centres centers cities countries regions programme program ' +
    'programs programmes project projects report reports study times occasions'
  ).split(' '),
);
