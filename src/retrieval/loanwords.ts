/**
 * English words of an English question matched to the katakana loanwords the reports write for them:
 * "catapult" → カタパルト, "Fraunhofer" → フラウンホーファー, "smart specialisation" →
 * スマートスペシャリゼーション. The lexicon knows common loanwords but misses names and compounds,
 * and a report's own spelling of a borrowed term is the strongest clue to the passage using it.
 *
 * A loanword keeps the consonants of its English source, in order; its vowels are Japanese. So
 * both sides are reduced to a consonant skeleton: katakana through Hepburn romaji, English through a
 * few spelling-to-sound rules (c before e/i is s, -tion is ション, a non-rhotic r as in
 * パートナー is silent, l is r, v is b …), then voiced and voiceless consonants merge (d/t, g/k, z/j/s,
 * b/p/v) and vowels drop, keeping only whether the word opens with one. Where English spelling is
 * ambiguous (a g before e: "manage" マネジ- but "target" ターゲット) every reading is tried. The
 * corpus's katakana words are keyed by skeleton once; a question then costs a few map look-ups.
 */
import { romanize } from './romaji-names.js';

/** A corpus katakana word that sounds like English words of the question. */
export interface LoanwordMatch {
  /** The English word or phrase (lower case). */
  en: string;
  /** The katakana word as the corpus writes it (compounds keep their ・). */
  ja: string;
  /** How many English words it covers (a phrase is the more specific match). */
  words: number;
}

/** Skeletons shorter than this (consonants) match too many words: "data" t, "hub" hp. */
const MIN_CONSONANTS = 4;
/** Longest English phrase matched to one katakana compound ("advanced manufacturing partnership"). */
const MAX_PHRASE_WORDS = 3;
/** A skeleton shared by more corpus words than this (ー aside: センタ, センター) is not a clue: "class" クラス, クロス, グラス … */
const MAX_CANDIDATES = 3;

/**
 * Consonant classes: voiced and voiceless pairs merge (katakana borrows English voicing unevenly:
 * ビジネス for "business"), l and r merge; ch ('C') stays apart (チ for "-ture"); w and y are vowels.
 */
const CONSONANT_CLASS: Record<string, string> = {
  b: 'p',
  c: 'k',
  C: 'c',
  d: 't',
  f: 'f',
  g: 'k',
  h: 'h',
  j: 's',
  k: 'k',
  l: 'r',
  m: 'm',
  n: 'n',
  p: 'p',
  q: 'k',
  r: 'r',
  s: 's',
  t: 't',
  v: 'p',
  x: 'k',
  z: 's',
};

/**
 * The skeleton of a phonetic spelling: '_' when it opens with a vowel, then its consonant classes,
 * a class repeated only across a vowel (a doubled letter is one sound).
 */
function skeletonOf(phonetic: string): string {
  let out = /^[aeiouwy-]/.test(phonetic) ? '_' : '';
  let last = '';
  for (const letter of phonetic) {
    const cls = CONSONANT_CLASS[letter];
    if (!cls) {
      if (/[aeiouy]/.test(letter)) last = '';
      continue;
    }
    if (cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/** Skeleton of a katakana word (・ and ー ignored): フラウンホーファー → frnhf. */
export function katakanaSkeleton(katakana: string): string {
  const romaji = romanize(katakana.replace(/ヴ/g, 'ブ').replace(/[・ー]/g, ''))
    .replace(/sh/g, 's')
    .replace(/ch/g, 'C');
  return skeletonOf(romaji);
}

/**
 * The possible skeletons of an English word: "manage" → mns, "target" → tkt, "hubs" → hps or hp.
 * Where spelling cannot tell the sound every reading is kept: a g before e/i soft or hard ("manage",
 * "target"), ch as チ or ク ("venture", "technopolis"), gn as ニ or グナ ("Romagna", "signal").
 */
export function englishSkeletons(word: string, asName = false): string[] {
  // A plural borrows as its singular: "hubs" ハブ, "clusters" クラスター, "technologies" テクノロジー.
  const lower = word.toLowerCase();
  const singular = /[^aeiousy]s$/.test(lower)
    ? lower.slice(0, -1)
    : /ies$/.test(lower)
      ? `${lower.slice(0, -3)}y`
      : undefined;
  const readings = spellingSkeletons(lower, asName);
  return singular && !asName ? [...new Set([...readings, ...spellingSkeletons(singular)])] : readings;
}

function spellingSkeletons(word: string, asName = false): string[] {
  const spelled = word
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    // British -re is -er: centre, metre.
    .replace(/(?<=[^aeiou])re(s?)$/, 'er$1')
    .replace(/x/g, 'ks')
    .replace(/cc(?=[eiy])/g, 'ks')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/(?<=[aeiou])gh|wh/g, '-')
    .replace(/qu/g, 'k')
    // -tion, -sion, -cial: シ/ジ before a vowel.
    .replace(/[tc]i(?=[aeou])/g, 'si')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'C')
    // -ture: チャー ("manufacturing" マニュファクチャリング).
    .replace(/tu(?=r)/g, 'Cu')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/g(?=[eiy])/g, 'G')
    // A final silent e (manage, service): the consonant before it decides alone.
    .replace(/(?<=[^aeiou])e(s?)$/, '$1')
    // m before b/p is ン: "compact" コンパクト.
    .replace(/m(?=[bp])/g, 'n');
  // A name's r before a consonant may be sounded, as German names are borrowed (Paderborn パーダーボルン,
  // Nixdorf ニクスドルフ): `R`, read both ways (`eachR`).
  const w = (asName ? spelled.replace(/(?<=[aeiouy])r(?=[^aeiouy-])/g, 'R') : spelled)
    // An h or r after a vowel and before none is silent: パートナー, センター.
    .replace(/(?<=[aeiouy])[hr](?![aeiouy])/g, '-')
    .replace(/w/g, '-');
  const readings = [w];
  for (const [spelling, sounds] of asName ? [...NAME_AMBIGUOUS, ...AMBIGUOUS] : AMBIGUOUS) {
    if (!w.includes(spelling)) continue;
    for (const reading of readings.splice(0)) {
      for (const sound of sounds) readings.push(reading.replaceAll(spelling, sound));
    }
  }
  return [...new Set(readings.flatMap(eachR).map(skeletonOf))];
}

/** Each `R` silent or sounded, one by one (a name has few): 「パーダーボルン」 sounds the second only. */
function eachR(reading: string): string[] {
  const at = reading.indexOf('R');
  if (at < 0) return [reading];
  const head = reading.slice(0, at);
  return eachR(reading.slice(at + 1)).flatMap((tail) => [`${head}-${tail}`, `${head}r${tail}`]);
}

/** A name's z, as in "zone" ズ or as German writes it ツ (Heinz ハインツ). */
const NAME_AMBIGUOUS: [string, string[]][] = [['z', ['z', 'ts']]];

/** Spellings with two sounds in loanwords, and both. */
const AMBIGUOUS: [string, string[]][] = [
  ['G', ['j', 'g']],
  ['C', ['C', 'k']],
  ['gn', ['n', 'gn']],
];

export class Loanwords {
  private constructor(private readonly bySkeleton: Map<string, string[]>) {}

  /**
   * Katakana words of the corpus texts, keyed by skeleton. A compound written with ・ is kept whole
   * (for English phrases) and by its parts.
   */
  static fromTexts(texts: Iterable<string>): Loanwords {
    const words = new Set<string>();
    for (const text of texts) {
      for (const [run] of text.normalize('NFKC').matchAll(/[ァ-ヺー]+(?:・[ァ-ヺー]+)*/g)) {
        words.add(run);
        if (run.includes('・')) for (const part of run.split('・')) words.add(part);
      }
    }
    const bySkeleton = new Map<string, string[]>();
    for (const word of words) {
      if (!/^[ァ-ヺ]/.test(word)) continue;
      const key = katakanaSkeleton(word);
      if (key.length < MIN_CONSONANTS) continue;
      const list = bySkeleton.get(key) ?? [];
      list.push(word);
      bySkeleton.set(key, list);
    }
    return new Loanwords(bySkeleton);
  }

  get size(): number {
    return this.bySkeleton.size;
  }

  /**
   * Corpus katakana words that `words` (an English question's content words, in order, lower
   * case; '' where a function word stood) sound like: each word, and phrases of up to three adjacent
   * words against compounds. `names` (of `words`) are read as foreign names too (Heinz ハインツ,
   * Paderborn パーダーボルン).
   */
  match(words: readonly string[], names: ReadonlySet<string> = new Set()): LoanwordMatch[] {
    // A phrase's skeletons are its words' joined: each word is rewritten once.
    const skeletons = words.map((word) =>
      word ? [...new Set([...englishSkeletons(word), ...(names.has(word) ? englishSkeletons(word, true) : [])])] : [],
    );
    const out: LoanwordMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      let keys: string[] = [''];
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= words.length && words[i + n - 1]; n++) {
        const next = skeletons[i + n - 1]!;
        // A word without consonants ("EU", "a") adds no sound: "mention EU" is no phrase for マンション.
        if (n > 1 && next.some((part) => part.replace('_', '') === '')) break;
        keys = keys.flatMap((key) => next.map((part) => key + (key ? part.replace('_', '') : part)));
        const en = words.slice(i, i + n).join(' ');
        for (const ja of this.lookup(keys)) out.push({ en, ja, words: n });
      }
    }
    return out;
  }

  private lookup(keys: readonly string[]): string[] {
    const found = new Set<string>();
    for (const key of keys) {
      if (key.length < MIN_CONSONANTS) continue;
      const candidates = this.bySkeleton.get(key) ?? [];
      const distinct = new Set(candidates.map((ja) => ja.replace(/ー/g, '')));
      if (distinct.size <= MAX_CANDIDATES) for (const ja of candidates) found.add(ja);
    }
    return [...found];
  }
}
