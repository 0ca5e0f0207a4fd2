/**
 * Names in a question that the reports never mention — a strong sign that the shelf does not
 * answer it (「中国製造2025とインダストリー4.0の違いは？」 when no report mentions 中国製造2025).
 * Only name-like runs count: a word followed by a number (中国製造2025), katakana words of four
 * or more characters, Latin words of three or more letters. Casual paraphrase is never a name.
 */
import {
  askedDecades,
  type AskedName,
  decadeForms,
  eraForms,
  isPrefectureName,
  prefectureKana,
  prefectureRomaji,
} from '../retrieval/question-kind.js';
import { STATIC_ALIASES } from '../retrieval/aliases.js';
import { loadLexicon } from '../retrieval/lexicon.js';
import { ownGlosses } from '../retrieval/query-analysis.js';
import { normalizeForIndex } from '../text/normalize.js';

/** Latin letters between Japanese characters of one run (「TSMC誘致」 → tsmc), not in 中国製造2025. */
const LATIN_IN_RUN = /(?<![a-z0-9.])[a-z]{3,}(?![a-z0-9.])/g;
/** A counter right after a run's number: the number counts (「ポイント8つ」「8項目」), it names nothing. */
const COUNTED_AFTER = /^(つ|個|点|項目|件|社|人|名|回|か所|カ所|箇所|分野|テーマ|倍|割)/;
/** 「既存OOOO国」「XXX社」: a blank to fill in, not a name. */
const PLACEHOLDER = /^(.)\1+$/;
const RUN = /[\p{Script=Han}\p{Script=Katakana}ー0-9a-z.・]+/gu;

/** A Latin word, then a space and a version number (「Society 5.0」「Industrie 4.0」). */
const VERSION_APART = /([a-z])\s+(?=[0-9]+\.[0-9]+(?![0-9.]))/g;

function nameLike(run: string, latin: boolean): boolean {
  // FY2019 is a fiscal year, not a name (the reports write 2019年度): `unseenYears` checks the year.
  if (/^fy[0-9]{2,4}$/.test(run)) return false;
  // 「URLって載ってる？」「メールかWebで」: words of asking how to reach someone, not names.
  if (/^(url|web|www|e?mail|pdf)$/.test(run)) return false;
  // 「RESASのスライドに出てくる…」: the report's own pages and slides, not something it should name.
  if (DOCUMENT_WORDS.has(run)) return false;
  return (
    /^[^0-9]+[0-9][0-9.]*$/.test(run) ||
    /^[\p{Script=Katakana}ー・]{4,}$/u.test(run) ||
    (latin && /^[a-z]{3,}$/.test(run))
  );
}

/** Words for a report's parts that staff point at (kuromoji tags スライド as a surname). */
const DOCUMENT_WORDS = new Set([
  'スライド',
  'ページ',
  'シート',
  'チャート',
  'パワポ',
  'パワーポイント',
  'デッキ',
  'レポート',
]);

/**
 * `corpusText` is the normalized (normalizeForIndex, whitespace removed) text of every passage.
 * In an English question ordinary English words are not names, so Latin words count only in
 * Japanese questions. With a tokenizer, a katakana word the dictionary knows as an ordinary word
 * (ダントツ, バラバラ, ギリギリ: casual speech) is not a name either; unknown words and proper nouns
 * (メタバース, ビオレギオ, リヨン) are.
 */
export function unseenNames(
  question: string,
  corpusText: string,
  lang: 'ja' | 'en' = 'ja',
  tokenizer?: PosTokenizer,
): string[] {
  // 「TSMC誘致」: a Latin name written onto a Japanese word is a name of its own.
  // 「Society 5.0」: a version number written apart is part of the name (the shelf's text has no spaces).
  // Not in English, whose ordinary words are no names ("Industry 4.0" may be the reports' インダストリー4.0).
  const written = normalizeForIndex(question);
  const normalized = lang === 'ja' ? written.replace(VERSION_APART, '$1') : written;
  const runs = [...normalized.matchAll(RUN)]
    // 「成功ポイント8つ」: a number counted by the word after it (8つ, 3社) ends no name.
    .map((match) =>
      COUNTED_AFTER.test(normalized.slice(match.index + match[0].length)) ? match[0].replace(/[0-9.]+$/, '') : match[0],
    )
    .flatMap((run) =>
      /[^\x00-\x7f]/.test(run)
        ? [run, ...(run.match(LATIN_IN_RUN) ?? []).filter((latin) => !PLACEHOLDER.test(latin))]
        : [run],
    );
  // 「LL（ローカル・トゥ・ローカル）事業」: the question's own reading of a name the reports write is no name
  // to look for (they write LL事業 without it).
  const glosses = ownGlosses(normalized, (phrase) => corpusText.includes(phrase)).map(({ reading }) => reading);
  return [
    ...new Set(
      runs.filter(
        (run) =>
          nameLike(run, lang === 'ja') &&
          !glosses.some((gloss) => gloss.includes(run)) &&
          !corpusText.includes(run) &&
          !clippedCompound(run, corpusText) &&
          !dottedInCorpus(run, corpusText) &&
          !aliasInCorpus(run, corpusText) &&
          !(tokenizer && (ordinaryWord(run, tokenizer) || compoundOfKnownWords(run, tokenizer, corpusText))),
      ),
    ),
  ];
}

/**
 * 「スマスペ」「パソコン」「インダ4.0」: a katakana compound clipped to the heads of its words, as staff shorten the
 * reports' long terms (スマート・スペシャリゼーション). Found when the corpus has a word starting with
 * the first part followed by one starting with the rest.
 */
function clippedCompound(run: string, corpusText: string): boolean {
  // 「インダ4.0」: a katakana word clipped before a number or Latin letters (インダストリー4.0).
  const clipped = /^([\p{Script=Katakana}ー]{3,})([0-9.A-Za-z]+)$/u.exec(run);
  if (clipped) {
    const tail = clipped[2]!.replace(/\./g, '\\.');
    return new RegExp(`${clipped[1]}[\\p{Script=Katakana}ー]+・?${tail}`, 'u').test(corpusText);
  }
  if (!/^[\p{Script=Katakana}ー]{4,6}$/u.test(run)) return false;
  for (let cut = 2; cut <= run.length - 2; cut++) {
    const head = new RegExp(`${run.slice(0, cut)}[\\p{Script=Katakana}ー]+・?${run.slice(cut)}`, 'u');
    if (head.test(corpusText)) return true;
  }
  return false;
}

/** 「クラスターマネジメント」: a katakana compound the reports write with a middle dot (クラスター・マネジメント). */
function dottedInCorpus(run: string, corpusText: string): boolean {
  if (!/^[\p{Script=Katakana}ー]{4,}$/u.test(run)) return false;
  for (let cut = 2; cut <= run.length - 2; cut++) {
    if (corpusText.includes(`${run.slice(0, cut)}・${run.slice(cut)}`)) return true;
  }
  return false;
}

/** The alias table, normalized as questions are (computed once, on first use). */
let normalizedAliases: [string, string[]][] | undefined;

/** A normalized text with the other names of the names it says (英国 → イギリス, 米国 → アメリカ). */
function withAliases(normalized: string): string {
  normalizedAliases ??= Object.entries(STATIC_ALIASES).map(([name, aliases]) => [
    normalizeForIndex(name),
    aliases.map(normalizeForIndex),
  ]);
  const others = normalizedAliases.filter(([name]) => normalized.includes(name)).flatMap(([, aliases]) => aliases);
  return [normalized, ...others].join(' ');
}

/** 「METI」「産総研」: a common abbreviation whose full form (経済産業省) the reports write. */
function aliasInCorpus(run: string, corpusText: string): boolean {
  return (STATIC_ALIASES[run] ?? []).some((full) => corpusText.includes(normalizeForIndex(full).replace(/\s+/g, '')));
}

/** A katakana run the dictionary knows as one ordinary word (not a proper noun). */
function ordinaryWord(run: string, tokenizer: PosTokenizer): boolean {
  if (!/^[\p{Script=Katakana}ー]+$/u.test(run)) return false;
  const tokens = tokenizer.tokens(run);
  return tokens.length === 1 && tokens[0]!.word_type === 'KNOWN' && tokens[0]!.pos_detail_1 !== '固有名詞';
}

/**
 * 「イノベーションアンケート」: a casual compound of long loanwords the reports use, each a word of its
 * own, names nothing new. 「メタバース」 (unknown) and 「スマートシティ」 (シティ is short) still may.
 */
function compoundOfKnownWords(run: string, tokenizer: PosTokenizer, corpusText: string): boolean {
  if (!/^[\p{Script=Katakana}ー]+$/u.test(run)) return false;
  const tokens = tokenizer.tokens(run);
  return (
    tokens.length >= 2 &&
    tokens.some((token) => token.surface_form.length >= MIN_COMPOUND_PART) &&
    tokens.every(
      (token) =>
        token.word_type === 'KNOWN' &&
        token.pos_detail_1 !== '固有名詞' &&
        token.surface_form.length >= MIN_COMPOUND_PART - 1 &&
        corpusText.includes(token.surface_form),
    )
  );
}

/**
 * The shortest loanword that counts as a word of its own in a compound (アンケート, マッチング), one
 * shorter beside it (マッチング・サイト); スマートシティ is no such compound (kuromoji reads スマート as a name).
 */
const MIN_COMPOUND_PART = 4;

/** Years (1900–2099) the question asks about that none of the given texts (passages, report dates) mention. */
export function unseenYears(question: string, passageTexts: string[]): string[] {
  const normalized = normalizeForIndex(question);
  const years = normalized.match(/(?<![0-9])(19|20)[0-9]{2}(?![0-9])/g) ?? [];
  if (years.length === 0) return [];
  // 「2020年代」: a decade, mentioned by any of its years (reported as 2020s).
  const decades = askedDecades(normalized);
  // The year as a number of its own: 「120,180千円」 (120180 once normalized) does not mention 2018.
  const texts = passageTexts.map(normalizeForIndex);
  return [...new Set(years)]
    .filter((year) => {
      // Or in an era: 「令和4年6月時点で」 mentions 2022.
      const forms = decades.has(Number(year))
        ? decadeForms(Number(year))
        : [`(?<![0-9])${year}(?![0-9])`, ...eraForms(Number(year))];
      const pattern = new RegExp(forms.join('|'), 'i');
      return !texts.some((text) => pattern.test(text));
    })
    .map((year) => (decades.has(Number(year)) ? `${year}s` : year));
}

/** What `unseenNounShare` needs from the tokenizer: kuromoji tokens with parts of speech. */
export interface PosTokenizer {
  tokens(text: string): {
    surface_form: string;
    pos: string;
    pos_detail_1: string;
    pos_detail_2?: string;
    pos_detail_3?: string;
    /** KNOWN for a dictionary word, UNKNOWN for one kuromoji made up. */
    word_type?: string;
  }[];
}

/** Noun kinds that name a topic (not 大事/一番/こと: adjectival stems, adverbial and dependent nouns). */
const TOPIC_NOUNS = new Set(['一般', '固有名詞', 'サ変接続']);

/**
 * The nouns of a text that name a topic, as written. Symbols kuromoji tags as nouns (a half-width
 * 「?」 is 名詞/サ変接続) are left out: a topic noun has a letter.
 */
export function topicNouns(text: string, tokenizer: PosTokenizer): string[] {
  return tokenizer
    .tokens(text)
    .filter((token) => token.pos === '名詞' && TOPIC_NOUNS.has(token.pos_detail_1) && /\p{L}/u.test(token.surface_form))
    .map((token) => token.surface_form);
}

/**
 * The share of the question's weighted terms that are topic nouns the reports never mention:
 * 「火星探査の予算は？」 → 火星, 探査 carry most of the question. Casual wording (うまくいく, なんで,
 * 処方箋 in a paraphrase) weighs little or is not a noun; a question mostly about things the shelf
 * never mentions is not answered by it.
 */
export function unseenNounShare(
  question: string,
  terms: ReadonlyMap<string, number>,
  idf: (term: string) => number,
  tokenizer: PosTokenizer,
  corpusText: string,
): { share: number; nouns: string[] } {
  const unseen = new Set(
    topicNouns(normalizeForIndex(question), tokenizer).filter(
      (noun) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(noun) && !corpusText.includes(noun),
    ),
  );
  let total = 0;
  let missing = 0;
  for (const [term, weight] of terms) {
    const w = weight * idf(term);
    total += w;
    if (unseen.has(term)) missing += w;
  }
  return { share: total > 0 ? missing / total : 0, nouns: [...unseen] };
}

/**
 * A name as the question writes it (「TSMC」「IVI」「Power America」), for a reply to quote: names are
 * kept normalized (tsmc), which only NFKC and lower case separate from the question's spelling.
 */
export function asWritten(question: string, name: string): string {
  const asked = question.normalize('NFKC');
  const at = asked.toLowerCase().indexOf(name);
  if (at >= 0) return asked.slice(at, at + name.length);
  // 「Society 5.0」, read as society5.0: written with its spaces.
  const spaced = new RegExp([...name].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'i');
  return spaced.exec(asked)?.[0] ?? name;
}

/** Whether a normalized text (`normalizeForIndex`) mentions any of the names (`questionNames`). */
export function mentionsAny(normalizedText: string, names: readonly string[]): boolean {
  return names.some((name) => {
    if (normalizedText.includes(name)) return true;
    // 「デジタル・イノベーション・ハブ」 is written 「デジタルイノベーションハブ」 too.
    if (name.includes('・') && normalizedText.replace(/・/g, '').includes(name.replace(/・/g, ''))) return true;
    // 「ひろしま連携応援ファンド」「いわて産業振興センター」: bodies write their prefecture in kana, and
    // 「OKINAWA型産業振興プロジェクト」 in Latin letters.
    const kana = prefectureKana(name);
    if (kana === undefined) return false;
    return normalizedText.includes(kana) || romajiWord(name).test(normalizedText);
  });
}

/** A katakana name of two to four letters and a company's or an institute's suffix (オリィ研究所). */
const COMPANY_KATAKANA_NAME =
  /(?<![\p{Script=Katakana}ー・])[\p{Script=Katakana}ー]{2,4}(研究所|工業|製作所|電機|精機|光学|技研|商事|製薬)/gu;

/** A prefecture's name as a Latin word (「OKINAWA型」, not 「okinawan」), built once per name. */
function romajiWord(prefecture: string): RegExp {
  let word = romajiWords.get(prefecture);
  if (!word) romajiWords.set(prefecture, (word = new RegExp(`(?<![a-z])${prefectureRomaji(prefecture)}(?![a-z])`)));
  return word;
}
const romajiWords = new Map<string, RegExp>();

/**
 * The proper nouns a Japanese question is about (kuromoji 固有名詞, two or more kanji/katakana)
 * that the reports do mention, countries aside: 「飯塚市のLLがうまくいった理由は？」 → 飯塚. A quote that mentions none
 * of them, in a passage that mentions none of them either, is about something else.
 */
export function questionNames(question: string, tokenizer: PosTokenizer, corpusText: string): string[] {
  const names = new Set<string>();
  const text = normalizeForIndex(question);
  let offset = 0;
  for (const token of tokenizer.tokens(text)) {
    const surface = token.surface_form;
    const start = text.indexOf(surface, offset);
    offset = start + surface.length;
    if (token.pos !== '名詞' || token.pos_detail_1 !== '固有名詞' || NOT_A_NAME.test(surface)) continue;
    // A country (日本, ドイツ) is a whole report's subject, written わが国 or 独 as often as by name.
    if (token.pos_detail_3 === '国') continue;
    // 「つくば市」「ひたちなか市」: a city the dictionary knows is a name in hiragana too (not 「ひろしま」 of
    // 「ひろしまイノベーション推進機構」, a body's name in kana).
    const kanaPlace =
      token.pos_detail_2 === '地域' &&
      /^\p{Script=Hiragana}{3,}$/u.test(surface) &&
      /^[市町村]/.test(text.slice(offset));
    if (!(kanaPlace || /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u.test(surface)) || !corpusText.includes(surface))
      continue;
    // kuromoji reads インダス|トリー and クラ|スター: a piece of a longer katakana word is no name.
    if (katakanaPiece(surface, text[start - 1] ?? '', text[offset] ?? '')) continue;
    names.add(surface);
  }
  // 「ファルマバレーセンター」「ゴー・クラスター」: a long katakana name kuromoji does not tag, which the
  // reports mention but seldom. 「インダストリー」「クラスター」 are everywhere and name no one case.
  // A run followed by digits or letters is part of a longer name (インダストリー4.0), a topic.
  const rare = Math.floor(corpusText.length / CHARS_PER_RARE_MENTION);
  const seldom = (name: string) => {
    const count = occurrences(corpusText, name, rare + 1);
    return count > 0 && count <= rare;
  };
  for (const match of text.matchAll(/[\p{Script=Katakana}ー・]{5,}/gu)) {
    if (/[0-9a-z.]/.test(text[match.index + match[0].length] ?? '')) continue;
    const name = match[0].replace(/^・+|・+$/g, '');
    if (
      name.length >= 5 &&
      !NOT_A_NAME.test(name) &&
      !ordinaryWord(name, tokenizer) &&
      seldom(name) &&
      !clippedWord(corpusText, name)
    ) {
      names.add(name);
    }
  }
  // 「オリィ研究所」「ミラック光学」: a short katakana name kuromoji breaks up, before a company's or an
  // institute's suffix, names the company when the shelf writes the whole seldom.
  for (const match of text.matchAll(COMPANY_KATAKANA_NAME)) {
    const name = match[0];
    if (seldom(name) && !clippedWord(corpusText, name)) names.add(name);
  }
  // 「九州のK-RIP」: an acronym of four or more capitals the shelf mentions seldom names the body
  // (the passage on K-RIP's エコ塾 need not say 九州). RIT, LL: too short; a word (Fraunhofer), the
  // reports write in katakana.
  for (const match of question
    .normalize('NFKC')
    .matchAll(/(?<![A-Za-z0-9])[A-Z][A-Z0-9-]{2,}[A-Z0-9](?![A-Za-z0-9])/g)) {
    const acronym = match[0].toLowerCase();
    if (seldom(acronym)) names.add(acronym);
  }
  // 「IVIって参加企業何社」: a three-letter acronym the shelf writes once or twice, in brackets after the
  // body's name (「…イニシアティブ (IVI)」), names that body (GDP, KPI, RIT are written often and name a
  // measure or a programme; 「（資料）Fraunhofer IAO」 labels a source).
  for (const match of question.normalize('NFKC').matchAll(/(?<![A-Za-z0-9])[A-Z]{3}(?![A-Za-z0-9])/g)) {
    const acronym = match[0].toLowerCase();
    if (bracketedBodyAcronym(corpusText, acronym)) names.add(acronym);
  }
  // "the Power America institute": capitalised words the shelf writes together, seldom, are one body's
  // name, though each is an English word the lexicon translates.
  for (const match of [
    ...question.normalize('NFKC').matchAll(LATIN_NAME),
    ...question.normalize('NFKC').matchAll(LATIN_NAME_IN_JAPANESE),
  ]) {
    // The shelf's text has no spaces (「poweramerica」); a passage's has them, as the name is kept.
    const name = normalizeForIndex(match[0]);
    const written = name.replace(/\s+/g, '');
    if (seldom(written) && writtenAsName(corpusText, written, true)) names.add(name);
  }
  // 「NRW.Global Businessって…」: a three-letter acronym that begins a longer Latin name is that body's,
  // however often the reports on it say it (RIT, LL alone are programmes, seldom named so).
  for (const match of question.normalize('NFKC').matchAll(/(?<![A-Za-z0-9])([A-Z]{3})(?=[.\s]*[A-Z][a-z])/g)) {
    const acronym = match[1]!.toLowerCase();
    if (corpusText.includes(acronym)) names.add(acronym);
  }
  // 「manordaいわてって…」, "when was manorda iwate founded": a Latin word the shelf writes seldom, as the
  // body's own name; not one it only glosses in brackets after the katakana (「フラウンホーファー研究機構
  // (Fraunhofer-Gesellschaft)」), which passages on the body seldom repeat. In an English question, only
  // a word that is no English word (the lexicon does not know it).
  // An English question may quote the reports' Japanese term (「…companies (地域未来牽引企業)」): it is
  // English when Latin letters outnumber Japanese characters.
  const japaneseChars = text.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu)?.length ?? 0;
  const english = (text.match(/[a-z]/gi)?.length ?? 0) > japaneseChars;
  // A hyphenated name is named by its first word (「Mittelstand-Digital」: mittelstand, not "digital",
  // which DMDII's row says too; 「Kansai-3D」: kansai).
  for (const match of text.matchAll(/(?<![a-z0-9-])[a-z]{4,}(?![a-z0-9])/g)) {
    const word = match[0];
    if (english && translatedWord(word, corpusText)) continue;
    if (seldom(word) && writtenAsName(corpusText, word)) names.add(word);
  }
  // 「いわて産業振興センターってスタッフ何人」: a body the reports name in brackets (「いわて産業振興センター」),
  // which kuromoji reads as ordinary words; a figure said of another センター does not answer it.
  for (const body of bracketedBodies(corpusText)) if (text.includes(body)) names.add(body);
  // 「石川とテグのLL、ミッション派遣は何回？諏訪とか福島は回数載ってたけど」: the cases of an aside are
  // what the question sets its own against, not what it is about.
  const main = text.split(ASIDE).join('\n');
  // A Latin word of a longer Latin name found as well ("america" of "america makes") is that name.
  const whole = [...names].filter(
    (name) =>
      !(/^[a-z]+$/.test(name) && [...names].some((other) => other !== name && other.split(/[\s-]/).includes(name))),
  );
  const asked = whole.filter((name) => main.includes(name));
  return asked.length > 0 ? asked : whole;
}

/** A three-letter acronym the shelf writes at most this often names one body (IVI, WMG), not a measure (GDP). */
const MAX_SHORT_ACRONYM_MENTIONS = 2;

/**
 * Whether the shelf writes a three-letter acronym at most `MAX_SHORT_ACRONYM_MENTIONS` times, once in
 * brackets after a name (「…イニシアティブ(ivi)」). Read with indexOf on every answer's path: a regex over
 * the whole shelf per acronym cost 0.4–0.9 ms a question.
 */
function bracketedBodyAcronym(corpusText: string, acronym: string): boolean {
  let count = 0;
  let bracketed = false;
  let at = corpusText.indexOf(acronym);
  while (at >= 0) {
    const before = corpusText[at - 1] ?? '';
    const after = corpusText[at + acronym.length] ?? '';
    // Counted where it is no letters inside a word ("activities"): the shelf's text has no spaces, so a
    // mention may run on from the word before (「it'sowl」) but not on both sides.
    if (LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) {
      at = corpusText.indexOf(acronym, at + 1);
      continue;
    }
    if (++count > MAX_SHORT_ACRONYM_MENTIONS) return false;
    if (
      /[(（]/.test(before) &&
      /[)）]/.test(after) &&
      NAME_BEFORE_BRACKET.test(corpusText.slice(Math.max(0, at - 4), at - 1))
    ) {
      bracketed = true;
    }
    at = corpusText.indexOf(acronym, at + acronym.length);
  }
  return bracketed;
}
const LATIN_OR_DIGIT = /[a-z0-9]/;
/** The end of a name an acronym glosses in brackets: kanji, katakana or Latin letters. */
const NAME_BEFORE_BRACKET = /^[\p{Script=Han}\p{Script=Katakana}ー・a-z]{3}$/u;

/** Two to four capitalised Latin words in a row ("Power America", "Allianz Industrie"), not at a sentence's start. */
const LATIN_NAME = /(?<=[a-z,]\s+|\s['"‘“(])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}(?![A-Za-z])/g;
/**
 * The same written in a Japanese sentence, which may open with it: 「America Makesって…」 (words joined by
 * spaces: a hyphenated name, 「Mittelstand-Digital」, is named by its first word).
 */
const LATIN_NAME_IN_JAPANESE =
  /(?<=^|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、「『\s])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?=\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}」』、])/gu;

/** The names of bodies the reports write in brackets (「いわて産業振興センター」「水素利活用協議会」), normalized. */
function bracketedBodies(corpusText: string): readonly string[] {
  if (bodiesOf?.corpusText !== corpusText) {
    const names = [...corpusText.matchAll(BRACKETED_BODY)].map((match) => match[1]!);
    bodiesOf = { corpusText, names: [...new Set(names)] };
  }
  return bodiesOf.names;
}
let bodiesOf: { corpusText: string; names: string[] } | undefined;
const BRACKETED_BODY =
  /「([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,24}(?:センター|協議会|機構|財団|公社|協会|研究所|会議))」/gu;

/** A clause granting something before or after the question proper: 「…は載ってたけど」「…だったが、」. */
const ASIDE = /[^、。？?！!\n]*(?:けど|けれど|けれども|けども|だが|ですが)(?:[、。…!！]|$)/g;

/**
 * A katakana name mentioned at most once per this many characters of the shelf names a case, not
 * a topic: on the five reports (196k characters, 9 mentions) ファルマバレーセンター (4) is rare;
 * エコシステム (14), スタートアップ (26) and クラスター (330) are not.
 */
const CHARS_PER_RARE_MENTION = 20000;

/** Whether the shelf writes a Latin word in its Japanese text, not only as a gloss: 「manorda（マノルダ）いわて」. */
function writtenAsName(corpusText: string, word: string, quoted = false): boolean {
  for (let at = corpusText.indexOf(word); at >= 0; at = corpusText.indexOf(word, at + word.length)) {
    // Run on from Japanese (「として、manorda（マノルダ）いわて」), not after a bracket, a colon or a
    // source label (「（資料）Fraunhofer IAO」「（FhG：Fraunhofer Gesellschaft）」). A table cell runs on
    // from the one before in the shelf's text, which has no whitespace (「…2015年1月poweramerica」).
    // `quoted`: a name may also be quoted (「“Allianz Industrie 4.0”がある」).
    // A case's title under a box title (「＜…を解決する事例＞」 / 「Global Mobility Service株式会社」) runs on
    // from its closing bracket.
    const before = corpusText[at - 1] ?? '';
    if (/^$|[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}、。「『・>】]/u.test(before)) return true;
    if (quoted && /["“'‘]/.test(before)) return true;
  }
  return false;
}

/**
 * A word of an English question the lexicon translates — unless the reports only gloss it, as a
 * name, by what it is (「Vitagora(クラスター運営組織)」: the name is written in Latin letters); a name
 * they transcribe (Catapult, カタパルト) is written in katakana, and passages on it never say the word.
 */
function translatedWord(word: string, corpusText: string): boolean {
  const translations = loadLexicon().lookup(word);
  if (translations.length === 0) return false;
  const glossed = (ja: string) => corpusText.includes(`${word}(${normalizeForIndex(ja).replace(/\s+/g, '')}`);
  return !translations.every(glossed) || translations.some((ja) => /^[\p{Script=Katakana}ー・]+$/u.test(ja));
}

/**
 * 「クラスターコンペ」: a katakana run the shelf writes only as the head of a longer word (「…コンペティション」)
 * is the question's clipping of that word, which passages on the case need not write (「…競争プログラム」).
 */
function clippedWord(corpusText: string, run: string): boolean {
  for (let at = corpusText.indexOf(run); at >= 0; at = corpusText.indexOf(run, at + run.length)) {
    if (!/[\p{Script=Katakana}ー]/u.test(corpusText[at + run.length] ?? '')) return false;
  }
  return true;
}

/** How often `needle` occurs in `text`, counting up to `limit`. */
function occurrences(text: string, needle: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < limit; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** The kind of place a where-question asks for (`true`: any region, `false`: any name). */
export type PlaceKind = boolean | 'city' | 'municipality' | 'japanese-city' | 'prefecture' | 'country' | 'named-place';

const HOME_COUNTRY = new Set(['日本', '我が国', 'わが国', '国内']);

/**
 * Whether a text names a place the question does not mention: a proper noun (kuromoji knows
 * バーゼル, 大連, ミラノ as regions), or a katakana word it does not know (シュトラースブルク, イエナ).
 * With `regionsOnly`, a proper noun counts only if kuromoji knows it as a region (not 「Google」),
 * and 日本, which Japanese reports name everywhere, does not count; with 'city', nor does a
 * country; with 'municipality', only a name written with 市, 町 or 村; with 'japanese-city', only a
 * name in kanji (a city in a prefecture: not the バーゼル of a symposium's name); with 'prefecture',
 * only one of Japan's 47 (「どこの都道府県」 is not answered by 三大都市圏); with 'country', only a country
 * or a place abroad, not written in kanji (イングランド; 「どこの国で開催」 is not answered by 中部地域); with
 * 'named-place', any but an organisation (「地名で知りたい」: 伊豆, which kuromoji files as a surname). The
 * question is normalized once.
 */
export function newPlaceNamer(
  question: string,
  tokenizer: PosTokenizer,
): (text: string, regionsOnly?: PlaceKind) => boolean {
  // 「英国のどこに置かれる」: イギリス is the country the question names, no answer.
  const asked = withAliases(normalizeForIndex(question));
  return (text, regionsOnly = false) =>
    nameTokens(text, tokenizer).some(
      (name) =>
        (!regionsOnly ||
          // kuromoji files a lone 「等」 as a name too.
          (regionsOnly === 'named-place' && !name.organisation && (name.region || name.normalized.length >= 2)) ||
          (regionsOnly === 'prefecture' && isPrefectureName(name.normalized)) ||
          (regionsOnly === 'country' && (name.country || (name.region && !/\p{Script=Han}/u.test(name.normalized)))) ||
          (regionsOnly !== 'prefecture' &&
            regionsOnly !== 'country' &&
            name.region &&
            !(regionsOnly !== true && (name.country || name.province || name.continent)) &&
            (regionsOnly !== 'municipality' || name.municipal) &&
            (regionsOnly !== 'japanese-city' || /\p{Script=Han}/u.test(name.normalized)))) &&
        !asked.includes(name.normalized) &&
        // 「日本国内の産業集積事例」: Japan is where every case of the shelf is, unless a country is asked.
        !(regionsOnly !== 'country' && HOME_COUNTRY.has(name.normalized)) &&
        // 「島根県」 is the 島根 the question names (a city, 「富山市」, is not 富山 the prefecture).
        !(
          /[県府都]$/.test(name.normalized) &&
          isPrefectureName(name.normalized) &&
          asked.includes(name.normalized.slice(0, -1))
        ) &&
        // 「北九州市」 is the 北九州 the question names: no prefecture is called so.
        !(
          /[市町村区]$/.test(name.normalized) &&
          name.normalized.length >= 3 &&
          asked.includes(name.normalized.slice(0, -1)) &&
          !isPrefectureName(`${name.normalized.slice(0, -1)}県`)
        ),
    );
}

interface NameToken {
  normalized: string;
  /** kuromoji knows it as a region (other than 日本), or it is an unknown katakana word. */
  region: boolean;
  /** kuromoji knows it as a country (韓国, スイス). */
  country: boolean;
  /** A prefecture, state or province (神奈川県, テキサス州): no city either. */
  province: boolean;
  /** A continent or a part of the world (欧州, 東南アジア, 中東): no city either (「欧州最大の研究機関」). */
  continent: boolean;
  /** Written with a municipality's suffix (南相馬市, 楢葉町): a region (浜通り) is none. */
  municipal: boolean;
  /** kuromoji knows it as an organisation (通商産業省): no place's name. */
  organisation: boolean;
}

/**
 * A country named as where a product comes from or whose style it is (日本酒, 中国製, 台湾産), or a
 * one-letter country that begins another word (米菓, which kuromoji reads as 米|菓): no place said.
 */
function namesProductOf(surface: string, next: ReturnType<PosTokenizer['tokens']>[number] | undefined): boolean {
  if (!next) return false;
  if (next.pos_detail_1 === '接尾' && /^(酒|製|産|風|式|流|系)$/.test(next.surface_form)) return true;
  return surface.length === 1 && next.pos_detail_1 === '一般' && /^\p{Script=Han}$/u.test(next.surface_form);
}

/**
 * The proper nouns and unknown katakana words of a text. Passages are immutable while serving and
 * a where-question checks every quotable unit of its top passages: kuromoji runs once per unit text
 * (a bounded cache), not once per question.
 */
function nameTokens(text: string, tokenizer: PosTokenizer): NameToken[] {
  let names = nameCache.get(text);
  if (!names) {
    const tokens = tokenizer.tokens(text);
    names = tokens
      .map((token, i) => ({ token, before: tokens[i - 1], next: tokens[i + 1], gloss: glossAt(tokens, i) }))
      .filter(
        ({ token }) =>
          token.pos_detail_1 === '固有名詞' ||
          (token.word_type === 'UNKNOWN' && KATAKANA_WORD.test(token.surface_form)),
      )
      .map(({ token, before, next, gloss }) => ({
        // 「JETRO×県」: kuromoji keeps a sign glued to an unknown word (JETRO×), which is still JETRO.
        normalized: normalizeForIndex(token.surface_form).replace(EDGE_SIGNS, ''),
        // kuromoji guesses an unknown katakana word's kind (ハノーファー: 組織); it may be a place when
        // a place's suffix follows it (シュトラースブルク市) or it stands alone (a table's cell 「イエナ」,
        // an article's title), not inside a sentence (「５Gのコラボにより」, オプトエレクトロニクス).
        // A run of ordinary loanwords (コネクテッド・デジタル・エコノミー, a field's name) is none.
        region:
          (token.word_type === 'UNKNOWN' && KATAKANA_WORD.test(token.surface_form)
            ? next?.pos_detail_2 === '地域' ||
              // 「オハイオ州ヤングスタウン」「ノースカロライナ州ローリー」: a town after its state.
              PROVINCE.test(before?.surface_form ?? '') ||
              (standsAlone(before) && standsAlone(next) && !gloss && !ofOrdinaryWords(token.surface_form, tokenizer))
            : token.pos_detail_1 !== '固有名詞') ||
          (token.pos_detail_2 === '地域' &&
            !HOME_COUNTRY.has(token.surface_form) &&
            // 「江戸時代」「江戸期」 name an era, not a place.
            !/^(時代|期|幕府)$/.test(next?.surface_form ?? '')),
        country: token.pos_detail_3 === '国' && !namesProductOf(token.surface_form, next),
        province: PROVINCE.test(next?.surface_form ?? ''),
        continent: CONTINENT.test(token.surface_form),
        organisation: token.pos_detail_2 === '組織',
        municipal: /^(市|町|村|区)$/.test(next?.surface_form ?? '') || /(市|町|村)$/.test(token.surface_form),
      }));
    if (nameCache.size >= MAX_CACHED_TEXTS) nameCache.delete(nameCache.keys().next().value!);
    nameCache.set(text, names);
  }
  return names;
}

/** Signs at either end of a token: 「JETRO×」. */
const EDGE_SIGNS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A katakana word in brackets right after a kanji noun that is no place: the noun's reading in
 * loanwords (「個別大量生産（マス・カスタマイゼーション）」「公益企業（シュタットベルケ）」), not a place.
 */
function glossAt(tokens: ReturnType<PosTokenizer['tokens']>, i: number): boolean {
  const noun = tokens[i - 2];
  return (
    /^[（(]$/.test(tokens[i - 1]?.surface_form ?? '') &&
    noun !== undefined &&
    noun.pos === '名詞' &&
    noun.pos_detail_2 !== '地域' &&
    /\p{Script=Han}$/u.test(noun.surface_form) &&
    // 「見本市（ハノーファー・メッセ）」: a fair, like a city (市), is named after its place.
    !/[市町村州県]$/.test(noun.surface_form)
  );
}

/** A ・ run with a part that is a common loanword kuromoji knows (デジタル, エコノミー): a phrase, not a name. */
function ofOrdinaryWords(surface: string, tokenizer: PosTokenizer): boolean {
  return (
    surface.includes('・') && surface.split('・').some((part) => part.length >= 3 && ordinaryWord(part, tokenizer))
  );
}

/** No token, or a space, a tab, a bracket or a separator: a word beside it stands on its own. */
function standsAlone(token: { pos: string; surface_form: string } | undefined): boolean {
  return !token || token.pos === '記号' || /^[\s・、，,／/]+$/.test(token.surface_form);
}

const nameCache = new Map<string, NameToken[]>();
/** Enough for every quotable unit of the reports (about 10,000), so a warmed server keeps them all. */
const MAX_CACHED_TEXTS = 16_384;

/**
 * Reads the places, organisations and persons a text names ahead of any question (the composer's
 * warm-up, for every sentence of the reports): kuromoji's analysis of a sentence is the costly part.
 */
export function warmNameCaches(text: string, tokenizer: PosTokenizer): void {
  nameTokens(text, tokenizer);
  entityTokens(text, tokenizer);
}

/**
 * The last noun of an organisation's name: 「諏訪大連会」「ドイツエンジニア協会」「東北経済産業局」. After
 * another noun, these name one (商工会議所, 産業振興課); the weak ones only with a proper noun or
 * two nouns before them (「支援機構」「共同研究センター」 name a kind, 「都道府県委員会」 one body).
 */
const ORGANISATION_SUFFIX =
  /(協会|財団|大学|病院|研究所|製作所|銀行|会議所|組合|公社|協議会|省|庁|局|課|株式会社|（株）|\(株\)|コーポレーション|カンパニー|ホールディングス)$/;
const WEAK_ORGANISATION_SUFFIX = /^(会|機構|センター|社|法人|工業|グループ|研究会|推進会議|クラスター)$/;
/**
 * Organisations that are not companies: 「徳島大学」「北上川流域地域産業活性化協議会」「内閣府」 do not
 * answer 「どこの会社」.
 */
const BODY_SUFFIX =
  /(協会|財団|大学|病院|学部|研究所|会議所|組合|公社|協議会|委員会|省|庁|府|局|課|機構|センター|研究会|推進会議|クラスター|機関|団|会)$/;
/** A company's legal form, written before or after its name: 「株式会社小松製作所」「多摩川精機（株）」. */
const LEGAL_FORM = /^(株式会社|\(株\))|(株式会社|\(株\))$/g;
/** A name (NFKC) after or before a legal form: 「(株)立花エレテック」「辻製油株式会社」. */
const LEGAL_NAME =
  /(?:株式会社|\(株\))\s?([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・&]{2,20})|([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・&]{2,20})\s?(?:株式会社|\(株\))/gu;
/** 「四川省」「バイエルン州」: a province after a place's name is a place, not a ministry. */
const PROVINCE = /^(省|州|県|府)$/;
/** A river, mountain, lake, bay or island kuromoji tags as a name but not as a region: 北上川, 富士山. */
const GEOGRAPHIC = /\p{Script=Han}(川|山|湖|湾|島|半島|平野|盆地|高原|海峡)$/u;
/** Parts of the world kuromoji tags as regions like any city: 欧州, 東南アジア, 北米, 中東. */
const CONTINENT =
  /^(欧州|欧米|ヨーロッパ|(東|西|北|中|南|東南|中央)?(アジア|ヨーロッパ)|アフリカ|北米|南米|中南米|北アメリカ|南アメリカ|中東|オセアニア|環太平洋|大洋州)$/;
/** A katakana word (or full name with ・) kuromoji does not know. */
const KATAKANA_WORD = /^[\p{Script=Katakana}ー・]{2,}$/u;
/** A foreign person's full name in katakana: 「ジョン・ニーダム」. */
const FULL_NAME = /^[\p{Script=Katakana}ー]+・[\p{Script=Katakana}ー・]+$/u;
/** Capitalized English words that begin a sentence, not a name. */
const ENGLISH_FUNCTION_WORD =
  /^(The|This|That|These|Those|And|For|From|With|Its|Our|Their|There|When|Where|What|Which)$/;
const PERSON_IN_BRACKETS =
  /(?:市長|町長|村長|知事|所長|会長|社長|代表|理事長|学長|委員長|議長|総裁|首相|大統領|監督|局長|部長|氏)[（(]([^（）()、。\s]{2,12})[)）]/g;
const ERA = /^(明治|大正|昭和|平成|令和)$/;
/**
 * Common nouns kuromoji's dictionary files as names: 「自社のみで困難な…」「55の製品が上市」「キーパーソンって誰」
 * name none.
 */
const NOT_A_NAME = /^(自社|社会|上市|キーパーソン)$/;
/** Words after a person's name: 「コーダー氏」「山田教授」. After any noun, an honorific names a person. */
const PERSON_TITLE =
  /^(氏|さん|教授|准教授|博士|所長|会長|社長|理事長|学長|座長|委員長|知事|市長|大臣|大統領|首相|国王|女王|王|皇帝)$/;
const HONORIFIC = /^(氏|さん|教授|准教授|博士)$/;
/** Bodies whose members an honorific follows (「大学教授」): no person's name. */
const HONOURED_BODY = /(大学|大|学部|研究科|研究所|企業|会社)$/;

export interface EntityToken {
  normalized: string;
  person: boolean;
  /** An organisation that is no company (a university, a council, a ministry). */
  body?: boolean;
  /** A katakana word kuromoji does not know, alone: perhaps a name, perhaps a loanword. */
  weak?: boolean;
}

/**
 * Whether a text names an organisation or a person the question does not: a proper noun that is
 * not a place (シーメンス, 小松製作所), a word kuromoji does not know (ダルハウジー, COVE), a name
 * with a person's title (コーダー氏), or a compound ending as organisations do that holds a proper
 * noun (諏訪大連会, ドイツエンジニア協会). 「スイス企業」「イタリア人デザイナー」 name nobody. For a
 * person, only a person's name counts; for a company, no university or council; with `strong`, a
 * lone unknown katakana word does not (for anyone, it may be a person's name: アリストテレス).
 * 「多摩川精機（株）」 is the 多摩川精機 the question names.
 */
export function newEntityNamer(
  question: string,
  tokenizer: PosTokenizer,
): (text: string, wanted?: AskedName, strong?: boolean) => boolean {
  const asked = normalizeForIndex(question);
  const isNew = (name: string) => {
    const bare = name.replace(LEGAL_FORM, '');
    // 「ミズタニバルブ工業（株）」 is the ミズタニバルブ the question names, by its trade name's core.
    const core = bare.replace(TRADE_SUFFIX, '');
    return !asked.includes(name) && !(bare && asked.includes(bare)) && !(core.length >= 3 && asked.includes(core));
  };
  return (text, wanted = 'organisation', strong = false) =>
    entityTokens(text, tokenizer).some(
      (entity) =>
        (wanted !== 'person' || entity.person) &&
        !(wanted === 'company' && entity.body) &&
        !(strong && wanted !== 'anyone' && entity.weak) &&
        isNew(entity.normalized),
    );
}

/** Nouns of an area after a place's name: 「阪神地域」「京浜地区」「首都圏」. */
const AREA_NOUN = /^(地域|地区|圏|地方|エリア|沿線|間)$/;

/** The trade a company's name ends with: 工業, 製作所, 精機… (「ミズタニバルブ工業」). */
const TRADE_SUFFIX = /(工業|産業|製作所|商事|電機|精機|化学|製薬|技研|興業)$/;

/** The organisations and persons a text names, normalized (what `newEntityNamer` looks for). */
export function entityTokens(text: string, tokenizer: PosTokenizer): EntityToken[] {
  let entities = entityCache.get(text);
  if (entities) return entities;
  entities = [];
  const tokens = tokenizer.tokens(text);
  let compound: typeof tokens = [];
  const closeCompound = () => {
    const last = compound.at(-1);
    const whole = compound.map((t) => t.surface_form).join('');
    const named = compound.some((token) => token.pos_detail_1 === '固有名詞' || token.word_type === 'UNKNOWN');
    const place =
      compound.slice(0, -1).every((token) => token.pos_detail_2 === '地域') && PROVINCE.test(last?.surface_form ?? '');
    // 「関連企業（100社）」: a count of companies names none.
    const count = /^[0-9０-９,，.．一二三四五六七八九十百千万数約]+社$/.test(whole);
    // 「A社が核となり」「B社」: a report's stand-in for a company it does not name is no name.
    const anonymous = /^([A-ZＡ-Ｚ]|[○◯〇×某])(社|氏|大学|病院)$/.test(whole);
    if (
      compound.length >= 2 &&
      last &&
      !place &&
      !count &&
      !anonymous &&
      (ORGANISATION_SUFFIX.test(whole) ||
        (WEAK_ORGANISATION_SUFFIX.test(last.surface_form) &&
          // 「石油化学工業」「自動車工業」 are industries: a company's 工業 follows a name (ミズタニバルブ工業).
          (named || (compound.length >= 3 && last.surface_form !== '工業'))))
    ) {
      entities!.push({ normalized: normalizeForIndex(whole), person: false, body: BODY_SUFFIX.test(whole) });
    }
    compound = [];
  };
  tokens.forEach((token, i) => {
    const surface = token.surface_form;
    const next = tokens[i + 1]?.surface_form ?? '';
    const titled = PERSON_TITLE.test(next);
    const honoured = HONORIFIC.test(next);
    if (token.pos === '名詞') compound.push(token);
    else closeCompound();
    // 平成 is an era, 「創」 a piece of 創薬; kuromoji reads クラ|スター: a piece of a katakana word is no name.
    // 「ノースカロライナ州ローリー」: a name right after a state's or a prefecture's suffix is its city,
    // though kuromoji knows ローリー as a person's name.
    const afterPlace = tokens[i - 1]?.pos_detail_1 === '接尾' && tokens[i - 1]?.pos_detail_2 === '地域';
    // 「阪神淡路大震災」「阪神地域」: kuromoji's company 阪神 names a region there, before a place or an area.
    const beforePlace =
      token.pos_detail_2 === '組織' &&
      ((tokens[i + 1]?.pos_detail_2 === '地域' && tokens[i + 2]?.pos_detail_1 === '一般') || AREA_NOUN.test(next));
    const properName =
      token.pos_detail_1 === '固有名詞' &&
      token.pos_detail_2 !== '地域' &&
      !afterPlace &&
      !beforePlace &&
      token.word_type !== 'UNKNOWN' &&
      surface.length >= 2 &&
      !ERA.test(surface) &&
      !NOT_A_NAME.test(surface) &&
      !GEOGRAPHIC.test(surface) &&
      !katakanaPiece(surface, tokens[i - 1]?.surface_form ?? '', next);
    // RIT, LL, GaN: programmes and terms (kuromoji calls unknown capitals organisations); a name of
    // four or more capitals (AMRC, COVE) or a capitalized word (Siemens) may be one.
    const unknownName =
      token.word_type === 'UNKNOWN' &&
      (KATAKANA_WORD.test(surface) ||
        /^[A-Z][A-Z0-9&.-]{3,}$/.test(surface) ||
        (/^[A-Z][a-z]{2,}$/.test(surface) && !ENGLISH_FUNCTION_WORD.test(surface) && !englishWord(surface, tokenizer)));
    // 「かつ」 read as a name is a conjunction: a name has a kanji, katakana or Latin letter.
    if (!/[\p{Script=Han}\p{Script=Katakana}A-Za-z]/u.test(surface)) return;
    // 「浜松市長」「同社社長」 name a place's or a company's head, not a person: a title makes a person
    // of a name only; an honorific (「コーダー氏」) of any noun.
    const region = token.pos_detail_2 === '地域' || afterPlace;
    // 「大学教授」「名古屋大教授」: a university's (or a company's) professor, not a name.
    const honouredNoun =
      honoured && token.pos === '名詞' && /\p{L}{2}/u.test(surface) && !region && !HONOURED_BODY.test(surface);
    // 「バーゼル・シュタット」: a run with a part kuromoji knows as a region is a place.
    const parts = unknownName && surface.includes('・') ? namePartTokens(surface, tokenizer) : undefined;
    if (parts?.some(isRegion)) return;
    if (properName || unknownName || honouredNoun) {
      entities!.push({
        normalized: normalizeForIndex(surface),
        // A katakana word kuromoji does not know is, alone, as often a loanword (コモディティ,
        // ウエルネス) as a name (アリストテレス): weak, and no person. Before an honorific or a title
        // (コーダー氏) or as a full name (ジョン・ニーダム) it is a name.
        weak: unknownName && !honouredNoun && !titled && /^[\p{Script=Katakana}ー]+$/u.test(surface),
        person:
          honouredNoun ||
          (titled && !region) ||
          (token.pos_detail_2 === '人名' &&
            !((KATAKANA_WORD.test(surface) || KATAKANA_WORD.test(next)) && beginsCompound(tokens, i))) ||
          (parts !== undefined && fullName(surface, parts, tokens[i + 1])),
        body: token.pos_detail_2 === '組織' && BODY_SUFFIX.test(surface),
      });
    }
  });
  closeCompound();
  // 「党員市長（高砂政郎）」: a name kuromoji does not know, in brackets after a person's role.
  for (const match of text.matchAll(PERSON_IN_BRACKETS))
    entities.push({ normalized: normalizeForIndex(match[1]!), person: true });
  // 「(株)立花エレテック」「辻製油株式会社」: a name with a company's legal form is a company's.
  for (const match of text.normalize('NFKC').matchAll(LEGAL_NAME))
    entities.push({ normalized: normalizeForIndex(match[1] ?? match[2]!), person: false });
  // 「ルンド大学」「ISA (Invest in Sweden Agency)」: a name inside a body's name (a university, an
  // agency) is that body's, no company of its own.
  const bodies = entities.filter((entity) => entity.body).map((entity) => entity.normalized);
  for (const match of text.normalize('NFKC').matchAll(LATIN_BODY)) bodies.push(normalizeForIndex(match[1]!));
  for (const entity of entities) {
    if (
      !entity.body &&
      !entity.person &&
      bodies.some((body) => body !== entity.normalized && body.includes(entity.normalized))
    )
      entity.body = true;
  }
  if (entityCache.size >= MAX_CACHED_TEXTS) entityCache.delete(entityCache.keys().next().value!);
  entityCache.set(text, entities);
  return entities;
}

const entityCache = new Map<string, EntityToken[]>();

/** An English body's name in brackets: 「ISA (Invest in Sweden Agency)」. */
const LATIN_BODY =
  /[（(]([A-Z][A-Za-z]*(?:\s+[A-Za-z]+)*\s+(?:Agency|Institute|Council|Association|University|Ministry|Organi[sz]ation|Foundation|Society|Board|Office|Department|Authority|Commission|Centre|Center))[)）]/g;

/**
 * A katakana word kuromoji's dictionary has as a name, at `i`, that begins a longer noun: スマート of
 * 「スマートＱＯＬ」「ふくいスマートエネルギー」 is the loanword, no person (「スミスは」「スミス氏」 are); nor
 * is a surname before a katakana noun (上田 of 「長野・上田スマートデバイスクラスター」, a city's name).
 */
function beginsCompound(tokens: ReturnType<PosTokenizer['tokens']>, i: number): boolean {
  const next = tokens[i + 1];
  return next?.pos === '名詞' && next.pos_detail_1 !== '接尾' && next.pos_detail_2 !== '人名';
}

/**
 * A katakana run with ・ kuromoji does not know is a foreign person's full name (アマルティア・セン,
 * ヨハネス・ゲンスフライシュ), unless it is a place (「ノルトライン・ヴェストファーレン州」) or a term
 * (ハイ・バリュー・マニュファクチャリング: a part it knows as words, or longer than names are).
 */
function fullName(
  surface: string,
  parts: ReturnType<PosTokenizer['tokens']>[],
  next: { pos_detail_2?: string } | undefined,
): boolean {
  if (!FULL_NAME.test(surface) || next?.pos_detail_2 === '地域') return false;
  return surface.split('・').every((part, i) => {
    if (part.length > MAX_NAME_PART) return false;
    // A part kuromoji reads as known words (ハイ, バリュー, リップ|ペ) is no name.
    return !parts[i]!.every((token) => token.word_type === 'KNOWN' && token.pos_detail_2 !== '人名');
  });
}

/** The tokens of each part of a ・ run (バーゼル / シュタット). */
function namePartTokens(surface: string, tokenizer: PosTokenizer): ReturnType<PosTokenizer['tokens']>[] {
  return surface.split('・').map((part) => tokenizer.tokens(part));
}

/** A part kuromoji knows as a region (バーゼル of バーゼル・シュタット, スウェーデン of スウェーデン・スコーネ). */
function isRegion(part: ReturnType<PosTokenizer['tokens']>): boolean {
  return part.length === 1 && part[0]!.pos_detail_2 === '地域';
}

/** The longest part of a katakana full name: ゲンスフライシュ (8); マニュファクチャリング (11) is a term. */
const MAX_NAME_PART = 10;

/**
 * A capitalized English word that the lexicon translates into a Japanese word (President → 大統領,
 * University → 大学), a loanword kuromoji knows as a common noun (Cluster → クラスター) or a place
 * (Sweden → スウェーデン), not only a transcription of a name (Boeing → ボーイング): no organisation.
 */
function englishWord(word: string, tokenizer: PosTokenizer): boolean {
  const lexicon = loadLexicon();
  return (
    lexicon.hasNativeWord(word) ||
    lexicon.lookup(word).some((ja) => ordinaryWord(ja, tokenizer) || knownPlace(ja, tokenizer))
  );
}

/** A word kuromoji knows as one place (スウェーデン for Sweden, in 「ISA (Invest in Sweden Agency)」): no organisation. */
function knownPlace(word: string, tokenizer: PosTokenizer): boolean {
  const tokens = tokenizer.tokens(word);
  return tokens.length === 1 && tokens[0]!.pos_detail_2 === '地域';
}

/** 「クラ」 of クラスター: a katakana token with katakana right before or after it. */
function katakanaPiece(surface: string, before: string, after: string): boolean {
  const katakana = /[\p{Script=Katakana}ー]/u;
  return katakana.test(surface) && (katakana.test(before.at(-1) ?? '') || katakana.test(after[0] ?? ''));
}
