/**
 * Turns a staff question into weighted search terms: strips question phrasing (教えて, とは,
 * について, ですか, って何 …), keeps content words, adds character bigrams, and for English
 * questions translates content words with the offline English→Japanese lexicon.
 */

import { japaneseRatio, normalizeForIndex } from '../text/normalize.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { charBigrams } from '../text/tokenizer.js';
import type { AliasTable } from './aliases.js';
import type { Lexicon } from './lexicon.js';
import type { Loanwords } from './loanwords.js';
import { PLAIN_VERB_NOUNS } from './plain-verbs.js';
import { asksWhatReportCovers } from './report-questions.js';
import {
  answerShape,
  asksCourse,
  comparedPair,
  definedTerm,
  definitionGloss,
  FISCAL_YEAR,
  type QuestionKind,
  questionKind,
  statedItemCount,
} from './question-kind.js';
import type { RomajiNames } from './romaji-names.js';

export interface AnalyzedQuery {
  /** The question with question phrasing removed (for dense embedding and display). */
  core: string;
  /** What kind of answer the question wants (a list, a number, a definition …). */
  kind: QuestionKind;
  /** What the answer looks like when the question word says so (「何人」 → 14人, 「いつ」 → 1910年). */
  answerShape?: RegExp | undefined;
  /** A count of items the question states (「5つあったよね、何だっけ」 → 5つ, 五つ): `statedItemCount`. */
  itemCount?: RegExp | undefined;
  /** The two things a Japanese question compares (`comparedPair`: フラウンホーファー, 産総研). */
  compared?: [string, string];
  /** For a definition asked, the term glossed in brackets or by ＝ (`definitionGloss`). */
  gloss?: RegExp | undefined;
  lang: 'ja' | 'en';
  terms: Map<string, number>;
  /**
   * The ordinary English words of an English question ("pillars", "key"): kept as terms (an
   * English title in the reports may use them) but not counted in coverage — the Japanese text
   * never has them, so they would make every English question look poorly covered.
   */
  foreign?: Set<string>;
  grams: Map<string, number>;
  /**
   * Terms that stand for one word of the question together with others (see `concepts.ts`): term →
   * the key of its concept (the English word it translates, `alias:JETRO`). Terms not listed are
   * concepts of their own.
   */
  concepts?: Map<string, string>;
  /** Aliases found in the question and what they were expanded to (経産局 → 経済産業局). */
  aliases: { alias: string; expansions: string[] }[];
  /** An English question's Japanese names written in Latin letters, as the reports write them ("Suwa" → 諏訪). */
  romanized?: string[];
  /** Each of `romanized` → the question's word for it (諏訪 → Suwa), for an English reply to name it so. */
  romanizedFrom?: Map<string, string>;
  /** The question asks what a report covers as a whole (「NRIの報告書って何が書いてあるの？」). */
  overview?: boolean;
  /** The question asks how a case went, what was done or why (`asksCourse`), read from the whole question. */
  course?: boolean;
}

/** Words of an English question's chat preamble ("Quick one for a memo:"), which say nothing of its topic. */
const CHAT_PREAMBLE_WORDS =
  'quick|quickly|check|question|q|one|briefing|brief|before|after|the|a|an|my|our|for|meeting|memo|note|notes|' +
  "slide|slides|deck|delegation|boss|director|manager|call|tomorrow|today|sanity|heads|up|i['’]m|im|i|am|new|" +
  'here|on|to|this|team|just|got|sorry|hi|hello|hey|please|help|me|with|need|it|is|real|fast';

/** Question phrasing that says nothing about the topic. Longest forms first. */
const QUESTION_PHRASES = [
  // Casual framing: 結局, そもそも, ざっくり, ってどんな感じ, みたいだけど …
  /(って|は)?(どんな|どういう)(感じ|こと|もの|内容|話)(なの|ですか|でしょうか|か)?/g,
  /(結局|そもそも|ざっくり|ぶっちゃけ|要するに|ちなみに|実際のところ|ところで)(のところ|言うと|いうと)?/g,
  /みたい(だけど|なんだけど|だが|ですが)/g,
  /(って|とか)(いう|言う)?(のは|の)?/g,
  /(について|に関して|に関する|の件で)?(詳しく|ざっくり|簡単に|かんたんに)?(教えて|おしえて)(ください|下さい|ほしい|欲しい|もらえますか|くれる|くれ|よ|ね)?/g,
  /(を|が)?(知りたい|知りたいです|聞きたい|確認したい)/g,
  /(とは|って)(何|なに|なん)(ですか|でしょうか|だっけ|なの|か)?/g,
  /(は|って)?(何|なに|なん|どれ|どこ|いつ|誰|だれ)(ですか|でしょうか|だっけ|なの|か)/g,
  // 「やってたんだっけ」「出てたんだよね」: the ん goes with the ending (left behind it reads as a noun, たん).
  /((?:ん|の)だ(?:っけ|よね|よな|ろう)|ですか|でしょうか|ますか|ましたか|のか|かな|っけ|だっけ)/g,
  /(について|に関して)/g,
  /(レポート|報告書|資料)(だと|では|で|には|に|の中で)?/g,
  // "Quick check for a briefing: …", "I'm new here — …": an English preamble of chat words only
  // (not "Quick question on the Shimane study: …", which names the topic).
  new RegExp(`^\\s*(?:(?:${CHAT_PREAMBLE_WORDS})(?![a-z])[\\s,]*)+(?::|—|–|--?)\\s`, 'i'),
  /[?？!！。、]+/g,
];

/** Terms that frame a question rather than name its topic. */
const QUERY_STOP_TERMS = new Set([
  'レポート',
  '報告書',
  '資料',
  '文書',
  '中身',
  '内容',
  '具体',
  '具体的',
  '書く',
  '言う',
  '載る',
  '感じ',
  'ざっくり',
  '簡単',
  '詳しい',
  'ポイント',
  '整理',
  '挙げる',
  '述べる',
  '説明',
  '場合',
  'まとめる',
  'いくつ',
  'どういう',
  '結局',
  'そもそも',
  '実際',
  'やつ',
  'みたい',
  '出る',
  '主',
  'それぞれ',
  '分析',
  '示す',
  '挙がる',
  'どのくらい',
  'くらい',
  '程度',
  '今',
  '点',
  '的',
  // Interrogatives and casual endings the tokenizer keeps as words: 何というか → 何と, いくら,
  // なんで, どうして, 頼っちゃう → ちゃう.
  '何と',
  'いくら',
  'なんで',
  'どうして',
  'ちゃう',
  'じゃう',
  // Casual intensifiers (すごく気にする, めっちゃ多い) and the report itself (島根の報告では).
  'すごい',
  'めっちゃ',
  'ちゃんと',
  'しっかり',
  'とても',
  'かなり',
  '結構',
  '本当',
  'ほんと',
  '報告',
  // Who asks and why (「新人なので」「来月から担当になった」「明日のメモに入れたい」「上司に読んどけって」).
  '新人',
  '新任',
  '担当',
  '異動',
  '来月',
  '今月',
  '今度',
  '明日',
  'メモ',
  '上司',
  '一言',
  'もらえる',
  'とこ',
  // 「何％がラインか覚えてる？」: whether the asker remembers frames the question.
  '覚える',
]);

/**
 * Asides that frame a question, whose words then weigh as framing when the aside is said:
 * - the asker's reading: 「レポート初めて読むんだけど」「上司に読んどけって」 (「何と読むか」 asks how a word is read);
 * - hearsay: 「…補助金が減るって聞いたけど、何％が境目なの？」「…を狙えって話だったっけ」;
 * - the latest figure asked for: 「資料にある一番新しい数字で」「最新のデータだと」.
 */
const ASIDES: readonly { said: RegExp; words: ReadonlySet<string> }[] = [
  {
    said: /読(む|んで(る|いる|た)?|んだ|んどけ|め(って|と))(ん(だ|です))?(けど|けれど|ので|から|って|と言われ)/,
    words: new Set(['読む', '初めて']),
  },
  {
    said: /(って|と)(聞|聴)い(た|て(る|いる|ます))(ん(だ|です))?(けど|けれど|が|ので|から)/,
    words: new Set(['聞く']),
  },
  // 「まず用途を狙えって話だったっけ」「誘致したって話」: what was said, not a 話 of the reports.
  {
    said: /(って|という|っていう)話/,
    words: new Set(['話']),
  },
  {
    said: /((一番|いちばん|最も)新しい|最新の?)(数字|数値|データ|値)/,
    words: new Set(['一番', 'いちばん', '新しい', '最新', '数字', '数値', 'データ', '値']),
  },
];

/**
 * The language a question is asked in (and answered in): English when it is mostly Latin letters,
 * not counting what it quotes or glosses in brackets ("Who was the first CEO of the Hiroshima fund
 * operator (ひろしまイノベーション推進機構)?" is English).
 */
export function questionLanguage(question: string): 'ja' | 'en' {
  const unquoted = question.replace(QUOTED, ' ');
  const text = /[a-z]{2}/i.test(unquoted) ? unquoted : question;
  if (japaneseRatio(text) < 0.2 && /[a-z]{2}/i.test(text)) return 'en';
  // "Who was the first president of ひろしまイノベーション推進機構 (…)? I need the name.": an English sentence
  // around a Japanese name, begun in English and framed by English function words.
  const words = text.match(/[a-z']+/gi) ?? [];
  const framing = words.filter((word) => ENGLISH_STOP_WORDS.has(word.toLowerCase())).length;
  return /^\s*[a-z]+\s/i.test(text) && framing >= MIN_ENGLISH_FRAMING ? 'en' : 'ja';
}

/** English function words that make a question English whatever Japanese name it holds. */
const MIN_ENGLISH_FRAMING = 4;

/** A span in brackets or quotes: （…）, (…), 「…」, 『…』, "…", “…”. */
const QUOTED = /[（(][^）)]*[）)]|「[^」]*」|『[^』]*』|"[^"]*"|“[^”]*”/g;

/** English function words: they would only match the English bibliography of the reports. */
export const ENGLISH_STOP_WORDS = new Set(
  (
    'a an the of in on at to for from by with about as and or but if then than so that this these those it its is are ' +
    'was were be been being do does did done have has had what which who whom whose when where why how many much ' +
    'there their they them he she his her we our you your i me my can could would should will shall may might must ' +
    'into over under between among any some all each every other such not no yes very more most also just like ' +
    'make made get got see saw say said tell told describe explain list give main kind kinds sort sorts way terms ' +
    'out up off put itself themselves roughly actually exactly quick quickly really ' +
    'after before per according need needs getting gets question questions briefing memo gist onboarding one-liner ' +
    'mr please here back go one set across far never try trying tried'
  ).split(' '),
);

/**
 * The question without its phrasing. With `words` (the question's words in order, e.g. kuromoji
 * surface forms) a phrase is stripped only where it starts and ends on word boundaries, so the
 * patterns do not cut into the topic: 作っているか keeps 作って (te-form, not the topic marker って),
 * なかなか keeps its かな, によって keeps its って.
 */
export function stripQuestionPhrasing(question: string, words?: readonly string[]): string {
  const boundaries = words ? wordBoundaries(question, words) : undefined;
  // Phrases become spaces of the same length, so offsets stay those of the question.
  let core = question;
  for (const pattern of QUESTION_PHRASES) {
    core = core.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest[rest.length - 2] as number;
      if (boundaries && !(boundaries.has(offset) && boundaries.has(offset + match.length))) return match;
      return ' '.repeat(match.length);
    });
  }
  return core.replace(/\s+/g, ' ').trim() || question.trim();
}

/** Offsets in `text` where a word starts or ends (words found in order; ones not found are skipped). */
function wordBoundaries(text: string, words: readonly string[]): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  let at = 0;
  for (const word of words) {
    if (!word) continue;
    const found = text.indexOf(word, at);
    if (found < 0) continue;
    boundaries.add(found);
    at = found + word.length;
    boundaries.add(at);
  }
  return boundaries;
}

/**
 * The readings a question gives in brackets of names the reports write, when the reports never write
 * the reading (「LL（ローカル・トゥ・ローカル）事業」: ローカル・トゥ・ローカル), each with the text it stands in.
 */
export function ownGlosses(
  question: string,
  corpusHas: (phrase: string) => boolean,
): { written: string; name: string; reading: string }[] {
  return [...question.matchAll(OWN_GLOSS)]
    .map(([written, name, reading]) => ({ written, name: name!, reading: reading! }))
    .filter(
      ({ name, reading }) =>
        corpusHas(normalizeForIndex(name)) && !corpusHas(normalizeForIndex(reading).replace(/\s+/g, '')),
    );
}
/**
 * A name, then a reading in katakana in brackets: 「LL（ローカル・トゥ・ローカル）」 (not a description: 「RIPS（中小企業の
 * 経営者向けの塾）」 says what to look for).
 */
const OWN_GLOSS = /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・]{2,})[（(]([\p{Script=Katakana}ー・]{4,40})[）)]/gu;

/** The question without the readings `ownGlosses` finds. */
function withoutOwnGlosses(question: string, corpusHas: (phrase: string) => boolean): string {
  return ownGlosses(question, corpusHas).reduce((q, { written, name }) => q.replace(written, name), question);
}

export function analyzeQuery(
  question: string,
  tokenizer: Tokenizer,
  lexicon?: Lexicon,
  aliases?: AliasTable,
  /** Japanese names by their romanization, looked up for English questions only (built on first use). */
  romajiNames?: () => RomajiNames | undefined,
  /** The corpus's katakana words by sound, matched for English questions only (built on first use). */
  loanwords?: () => Loanwords | undefined,
  /**
   * The reports' index text (lines joined), read for English questions only: whether they write a phrase
   * in Latin letters ("america makes"), and the compounds a name of several words stands for.
   */
  corpusText?: () => string,
): AnalyzedQuery {
  const lang = questionLanguage(question);
  const corpusHas = corpusText ? (phrase: string) => corpusText().includes(phrase) : undefined;
  // 「LL（ローカル・トゥ・ローカル）事業」: the asker's own reading of a name the reports write is not searched
  // for (its ローカル would find 「ローカルイノベーション支援事業」).
  const asked =
    lang === 'ja' && corpusHas && /[(（]/.test(question) ? withoutOwnGlosses(question, corpusHas) : question;
  const surfaces = (tokenizer as Partial<SurfaceTokenizer>).tokens?.(asked).map((token) => token.surface_form);
  const core = stripQuestionPhrasing(asked, surfaces);
  const terms = new Map<string, number>();
  const grams = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, weight: number) =>
    map.set(key, Math.max(map.get(key) ?? 0, weight));
  // A term joins the concept of the word it was first added for (an English word's translations
  // join that word, so "Aizu" and 会津 are one); the question's own words are their own.
  const concepts = new Map<string, string>();
  const addFor = (concept: string, term: string, weight: number) => {
    if (!terms.has(term)) concepts.set(term, concept);
    add(terms, term, weight);
  };

  // In an English question only names (JETRO, AMP, Fraunhofer) can match the Japanese reports
  // directly; ordinary English words would match their English bibliographies instead.
  const names = lang === 'en' ? englishNames(core, lexicon, corpusHas) : undefined;
  const foreign = new Set<string>();
  const normalized = question.normalize('NFKC');
  const asides = ASIDES.filter((aside) => aside.said.test(normalized));
  for (const term of tokenizer.terms(core)) {
    if (ENGLISH_STOP_WORDS.has(term)) continue;
    if (names && /^[a-z]/.test(term) && !names.has(term)) {
      add(terms, term, ENGLISH_WORD_WEIGHT);
      foreign.add(term);
      continue;
    }
    // Framing words still count a little: they may be the topic ("ポイント" in a list question).
    const framing = QUERY_STOP_TERMS.has(term) || asides.some((aside) => aside.words.has(term));
    add(terms, term, framing ? 0.2 : 1);
  }
  // 「いつ始まった」 also matches 「開始」 (`PLAIN_VERB_NOUNS`), a little less than the verb itself.
  if (lang === 'ja') {
    for (const [verb, nouns] of PLAIN_VERB_NOUNS) {
      const weight = terms.get(verb);
      if (weight === undefined) continue;
      for (const noun of nouns) addFor(verb, noun, weight * PLAIN_VERB_NOUN_WEIGHT);
    }
  }
  // "2014-15", 「2015/16年度」: a fiscal year written as its first year and the second's last two
  // digits; the reports' tables write both years in full (「2014-2015」).
  for (const year of secondYears(question)) add(terms, year, 1);
  // "IMIs", "KPIs", "SMEs": an acronym in the plural is the acronym the reports write (IMI).
  for (const match of core.matchAll(PLURAL_ACRONYM)) {
    const acronym = match[1]!.toLowerCase();
    if (corpusHas?.(acronym) ?? true) addFor(match[0].toLowerCase(), acronym, 1);
  }
  // 「どこの国と」「どの企業が」「何という会社」: the noun names the kind of answer, which the passage
  // need not repeat (スウェーデン answers どこの国); it counts like framing.
  for (const category of askedCategories(question)) {
    for (const term of tokenizer.terms(category))
      if (terms.has(term)) terms.set(term, Math.min(terms.get(term)!, CATEGORY_WEIGHT));
  }
  const gramSource = names ? [...names].join(' ') : core;
  for (const gram of charBigrams(normalizeForIndex(gramSource))) add(grams, gram, 1);

  const aliasHits = aliases?.match(core) ?? [];
  for (const hit of aliasHits) {
    // The full form counts as much as the alias itself: the reports mostly use the full form. The
    // alias's own words belong to the same concept.
    const concept = `alias:${hit.alias}`;
    for (const term of cachedTerms(tokenizer, hit.alias)) if (terms.has(term)) concepts.set(term, concept);
    for (const term of hit.terms) addFor(concept, term, 1);
    for (const gram of hit.grams) add(grams, gram, 0.7);
  }

  const romanized: string[] = [];
  const romanizedFrom = new Map<string, string>();
  /** A name of the question, as the reports write it, read from `word` (its terms and grams count fully). */
  const addName = (name: string, word: string) => {
    romanized.push(name);
    if (!romanizedFrom.has(name)) romanizedFrom.set(name, word);
    for (const term of cachedTerms(tokenizer, name)) addFor(word.toLowerCase(), term, 1);
    for (const gram of charBigrams(normalizeForIndex(name))) add(grams, gram, 1);
  };
  if (lang === 'en' && romajiNames) {
    // "Shimane", "Aizu-Wakamatsu": Japanese names written in Latin letters are the strongest clue.
    const names = romajiNames();
    // A run of capitalised words that is one name ("Tamagawa Seiki": 多摩川精機) is read whole, any
    // other run ("Iizuka City") word by word.
    const runs = names ? [...core.matchAll(CAPITALISED_RUN)].map((match) => match[0]) : [];
    const words = runs.flatMap((run) => (/\s/.test(run) && !names!.has(run) ? run.split(/\s+/) : [run]));
    for (const word of words) for (const name of names!.lookup(word)) addName(name, word);
    // "Shizuoka Cancer Center" is 静岡がんセンター: a run with a Japanese name, written in the reports
    // word by word, is one name of the question (a fact asked of it must be said of it).
    if (names && lexicon && corpusText) {
      for (const run of runs) {
        for (const { name, from } of compoundNames(run, names, lexicon, corpusText)) {
          if (romanized.includes(name)) continue;
          romanized.push(name);
          romanizedFrom.set(name, from);
        }
      }
    }
  }

  if (lang === 'en' && lexicon) {
    // "Aachen" アーヘン, "Bavaria" バイエルン, "Dalian" 大連: foreign names as the reports write them,
    // which no reading of the Latin letters finds (a German ch, a Latin name, a Chinese city).
    // A run of capitalised words is read whole first ("Silicon Valley"), then word by word.
    for (const run of core.matchAll(CAPITALISED_RUN)) {
      const whole = lexicon.name(run[0]);
      const found = whole.length > 0 ? [{ word: run[0], names: whole }] : [];
      if (found.length === 0)
        for (const word of run[0].split(/[\s-]+/)) {
          const spelled = lexicon.name(word);
          if (spelled.length > 0) found.push({ word, names: spelled });
        }
      for (const { word, names: spelled } of found)
        for (const name of spelled) if (!romanized.includes(name)) addName(name, word);
    }
  }

  // English words (also inside Japanese questions: "FDI", "cluster") with their Japanese terms, read once.
  const translated = lexicon ? lexicon.translate(core) : [];

  if (lang === 'en' && loanwords) {
    // "catapult" カタパルト, "smart specialisation" スマートスペシャリゼーション: the reports' own
    // spelling of a borrowed term, which the lexicon may lack (names, compounds).
    const table = loanwords();
    // "industrial clusters" is 産業集積 to the lexicon: neither word is then read by its sound
    // (インダストリアル, クラスター), which would outweigh the phrase.
    const inPhrases = new Set(translated.filter(({ en }) => en.includes(' ')).flatMap(({ en }) => en.split(' ')));
    // Words right before a number ("Industrie 4.0"), read once.
    const beforeNumber = new Set([...core.matchAll(/([A-Za-z][A-Za-z'’-]*)\s*[0-9]/g)].map((m) => m[1]!.toLowerCase()));
    // Capitalised words no dictionary knows are names, which may be German (Heinz Nixdorf, Paderborn).
    const foreignNames = new Set(
      [...core.matchAll(/(?<!^)\b[A-Z][a-z]{2,}\b/g)]
        .map((match) => match[0].toLowerCase())
        .filter((word) => !lexicon?.lookup(word).length),
    );
    for (const { en, ja, words } of table ? table.match(englishContentWords(core), foreignNames) : []) {
      if (words === 1 && lexicon && !borrowable(lexicon.lookup(en))) continue;
      if (
        en
          .toLowerCase()
          .split(' ')
          .every((word) => inPhrases.has(word))
      )
        continue;
      const weight = words > 1 ? LOANWORD_PHRASE_WEIGHT : LOANWORD_WEIGHT;
      for (const term of cachedTerms(tokenizer, ja)) addFor(en.toLowerCase(), term, weight);
      for (const gram of charBigrams(normalizeForIndex(ja))) add(grams, gram, weight * 0.7);
      // "Mizutani Valve" → ミズタニバルブ: a name of the question, found in the reports by its sound, is
      // one of its Japanese names (a figure asked of it must then be said of it).
      // A name opening with a word no dictionary knows: of several words (Mizutani Valve; not
      // "Leading-Edge Cluster" → リーディング) or of one (Fraunhofer, Youngstown), though not a word
      // before a number ("Industrie 4.0" is a topic, インダストリー4.0, not a body).
      const first = en.split(' ')[0]!.toLowerCase();
      if (
        names?.has(first) &&
        !(words === 1 && beforeNumber.has(first)) &&
        !lexicon?.lookup(first).length &&
        !romanized.includes(ja)
      ) {
        romanized.push(ja);
        romanizedFrom.set(ja, en);
      }
    }
  }

  if (lexicon) {
    for (const { en, ja, weight } of translated) {
      // "according to", "once": a phrase of framing words only says nothing of the topic.
      if (en.split(' ').every((word) => ENGLISH_STOP_WORDS.has(word))) continue;
      const w = lang === 'en' ? weight : weight * 0.5;
      for (const term of cachedTerms(tokenizer, ja)) addFor(en.toLowerCase(), term, w);
      for (const gram of charBigrams(normalizeForIndex(ja))) add(grams, gram, w * 0.7);
    }
  }
  const compared = lang === 'ja' ? comparedPair(question) : undefined;
  const kind = questionKind(question);
  // 「島根のアモルファスの資料に出てくるRACIって何」: the term asked to be defined is what the passage must
  // have; the words placing it (島根, アモルファス) are in every passage of its report.
  const defined = kind === 'definition' ? definedTerm(question) : undefined;
  for (const term of defined ? cachedTerms(tokenizer, defined) : []) {
    if (terms.has(term)) terms.set(term, terms.get(term)! * DEFINED_TERM_WEIGHT);
  }
  return {
    core,
    kind,
    answerShape: answerShape(question),
    itemCount: statedItemCount(question),
    gloss: definitionGloss(question),
    lang,
    terms,
    ...(foreign.size > 0 ? { foreign } : {}),
    grams,
    ...(concepts.size > 0 ? { concepts } : {}),
    aliases: aliasHits.map(({ alias, expansions }) => ({ alias, expansions })),
    ...(romanized.length > 0 ? { romanized, romanizedFrom } : {}),
    ...(asksWhatReportCovers(question, lang) ? { overview: true } : {}),
    ...(compared ? { compared } : {}),
    ...(asksCourse(question) ? { course: true } : {}),
  };
}

/** "2014-15" → 2015: the second year of a fiscal year written short, in full. */
function secondYears(question: string): string[] {
  const years = [...question.normalize('NFKC').matchAll(FISCAL_YEAR)]
    .filter((match) => match[2]!.length === 2)
    .map((match) => `${match[1]!.slice(0, 2)}${match[2]}`);
  return [...new Set(years)];
}

/** Weight of a noun naming the kind of answer asked for (JSQuAD unchanged: ±1 question of 4,442). */
const CATEGORY_WEIGHT = 0.5;

/**
 * Factor on the weight of the term a definition question asks about (staff sets: 18 questions ranked
 * better, one worse; rounds 234–238 MRR@10 +0.008; JSQuAD R@1 −0.0002). A factor of 5 ranked 4 more
 * better and 3 worse.
 */
const DEFINED_TERM_WEIGHT = 3;
/** Weight of a noun standing for a plain verb of the question (see `PLAIN_VERB_NOUNS`). */
const PLAIN_VERB_NOUN_WEIGHT = 0.8;

/** The nouns after a question word that name the kind of answer: 「どこの国」 → 国, 「どの企業」 → 企業. */
function askedCategories(question: string): string[] {
  const q = question.normalize('NFKC');
  return [
    ...q.matchAll(/(?:どこの|どの|何という|なんという|何て|いずれの)([\p{Script=Han}\p{Script=Katakana}ー]{1,6})/gu),
  ].map((match) => match[1]!);
}

/** A run of capitalised words in an English question: a name's words ("Tamagawa Seiki", "Aizu-Wakamatsu"). */
const CAPITALISED_RUN = /[A-Z][a-z]+(?:(?:-[A-Za-z]|\s+[A-Z])[a-z]+)*/g;

/** A tokenizer that also gives the words of a text as written (kuromoji's surface forms). */
interface SurfaceTokenizer {
  tokens(text: string): { surface_form: string }[];
}

/** Terms of lexicon translations, cached per tokenizer (a handful of English words recur across questions). */
const translationTerms = new WeakMap<Tokenizer, Map<string, string[]>>();
const MAX_CACHED_TRANSLATIONS = 5000;

function cachedTerms(tokenizer: Tokenizer, text: string): string[] {
  let cache = translationTerms.get(tokenizer);
  if (!cache) {
    cache = new Map();
    translationTerms.set(tokenizer, cache);
  }
  let terms = cache.get(text);
  if (!terms) {
    terms = tokenizer.terms(text);
    if (cache.size >= MAX_CACHED_TRANSLATIONS) cache.clear();
    cache.set(text, terms);
  }
  return terms;
}

/** Weight of an ordinary English word of an English question (its translations carry the meaning). */
/** An acronym with a plural s: 「IMIs」 → IMI. */
const PLURAL_ACRONYM = /\b([A-Z]{2,})s\b/g;
const ENGLISH_WORD_WEIGHT = 0.3;

/** Weight of a corpus loanword an English word sounds like, and of one an English phrase sounds like. */
const LOANWORD_WEIGHT = 0.8;
const LOANWORD_PHRASE_WEIGHT = 1;

/**
 * Whether an English word may be a loanword, by its lexicon translations: when the lexicon knows it
 * only by native words ("regions" 地域, "jobs" 雇用) a katakana word that sounds alike (ライセンス,
 * サービス) is a coincidence. Phrases are always tried: the lexicon knows "specialisation" as 特化,
 * the reports write "smart specialisation" スマートスペシャリゼーション.
 */
function borrowable(translations: readonly string[]): boolean {
  return translations.length === 0 || translations.some((ja) => /^[ァ-ヺー・]+$/.test(ja));
}

/**
 * The words of an English question in order, lower case, with '' for each function word (a phrase
 * does not run across one): "the smart specialisation of regions" → ['', 'smart', 'specialisation', '', 'regions'].
 */
function englishContentWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).flatMap((token) =>
    // An acronym is read letter by letter, not by its sound: "SME owners" is no シーメンス.
    ACRONYM.test(token)
      ? ['']
      : token
          .toLowerCase()
          .replace(/['’]s?$/, '')
          .split(/[-'’]/)
          .map((word) => (ENGLISH_STOP_WORDS.has(word) ? '' : word)),
  );
}

const ACRONYM = /^[A-Z]{2,}s?$/;

/** At most this many spellings of a name's words are tried, and so many translations of each word. */
const MAX_COMPOUND_SPELLINGS = 64;
/** A compound name is read within this many characters of its Japanese name's kanji. */
const MAX_COMPOUND_CHARS = 40;
const MAX_WORD_TRANSLATIONS = 4;

/**
 * The Japanese names a run of capitalised words stands for, word by word: a Japanese name's kanji
 * (Shizuoka → 静岡) then the lexicon's translations (Cancer → がん, Center → センター), joined and
 * found as written in the reports (静岡がんセンター, 福島ロボットテストフィールド). Only spans of two
 * words or more holding a Japanese name, the longest first; a spelling is pruned as soon as the
 * reports do not write its beginning. Spellings are looked for around the name's kanji only (a
 * compound holds them), not in the whole shelf each time.
 */
export function compoundNames(
  run: string,
  names: RomajiNames,
  lexicon: Lexicon,
  corpusText: () => string,
): { name: string; from: string }[] {
  const words = run.split(/\s+/);
  const options = words.map((word) => {
    const kanji = names.lookup(word);
    return { kanji, forms: [...kanji, ...lexicon.lookup(word.toLowerCase()).slice(0, MAX_WORD_TRANSLATIONS)] };
  });
  if (words.length < 2 || !options.some((option) => option.kanji.length > 0)) return [];
  const text = corpusText();
  const around = new Map<string, string>();
  const textAround = (kanji: string) => {
    let near = around.get(kanji);
    if (near === undefined) {
      const key = normalizeForIndex(kanji);
      const windows: string[] = [];
      for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1))
        windows.push(text.slice(Math.max(0, at - MAX_COMPOUND_CHARS), at + key.length + MAX_COMPOUND_CHARS));
      around.set(kanji, (near = windows.join('\n')));
    }
    return near;
  };
  const found: { name: string; from: string }[] = [];
  const used = new Set<number>();
  for (let length = words.length; length >= 2; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const span = options.slice(start, start + length);
      if (!span.some((option) => option.kanji.length > 0) || span.some((_, i) => used.has(start + i))) continue;
      const near = span.flatMap((option) => option.kanji.map(textAround)).join('\n');
      let spellings = [''];
      for (const { forms } of span) {
        spellings = spellings
          .flatMap((prefix) => forms.map((form) => normalizeForIndex(prefix + form)))
          .filter((spelling) => near.includes(spelling))
          .slice(0, MAX_COMPOUND_SPELLINGS);
        if (spellings.length === 0) break;
      }
      if (spellings.length === 0) continue;
      found.push({ name: spellings[0]!, from: words.slice(start, start + length).join(' ') });
      for (let i = start; i < start + length; i++) used.add(i);
    }
  }
  return found;
}

/**
 * Lower-cased names of an English question: acronyms and capitalised words not opening the
 * sentence, unless the lexicon translates the word into Japanese words (Advanced → 先進) and the
 * reports do not write the name it is part of in Latin letters ("America Makes" they do).
 */
function englishNames(text: string, lexicon?: Lexicon, corpusHas?: (phrase: string) => boolean): Set<string> {
  const names = new Set<string>();
  // Runs of two or more capitalised words the reports write as they are: names, word by word.
  const written = new Set<number>();
  // A run the reports do not write ("Leading-Edge Cluster Competition", 先端クラスター競争 there) is a
  // name translated: its dictionary words are matched by their translations, not as names.
  const translatedRun = new Set<number>();
  for (const run of text.matchAll(/\b[A-Z][A-Za-z0-9'’-]*(?:\s+[A-Z][A-Za-z0-9'’-]*)+/g)) {
    const into = corpusHas?.(normalizeForIndex(run[0])) ? written : translatedRun;
    for (let at = run.index; at < run.index + run[0].length; at++) into.add(at);
  }
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9'’-]*/g)) {
    const word = m[0].replace(/['’]s$/, '');
    const sentenceStart = m.index === 0 || /[.?!]\s*$/.test(text.slice(0, m.index));
    if (ENGLISH_STOP_WORDS.has(word.toLowerCase())) continue;
    // "Advanced Technology Center" is 先進技術センター in the reports: a capitalized word the lexicon
    // translates into Japanese words is matched by its translations, not as a name.
    if (!written.has(m.index) && !/[A-Z].*[A-Z]/.test(word) && lexicon?.hasNativeWord(word)) continue;
    if (
      translatedRun.has(m.index) &&
      // An acronym (JETRO, OWL) is written as it is.
      !word.split(/[-']/).some((part) => /[A-Z]/.test(part.slice(1))) &&
      lexicon &&
      word.split(/[-']/).every((part) => part.length > 0 && lexicon.lookup(part.toLowerCase()).length > 0)
    )
      continue;
    if (/[A-Z].*[A-Z]/.test(word) || (/^[A-Z]/.test(word) && !sentenceStart)) {
      for (const part of word.toLowerCase().split(/[-']/)) if (part) names.add(part);
    }
  }
  return names;
}
