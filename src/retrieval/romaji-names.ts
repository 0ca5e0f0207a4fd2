/**
 * Japanese proper nouns as an English question writes them: "Shimane", "Aizu-Wakamatsu", "Kobe".
 * Built from the index's own vocabulary — each kanji term that kuromoji reads as a proper noun is
 * keyed by its Hepburn romanization with long vowels folded (コウベ → koube → kobe), so any report
 * added to the corpus brings its place and organisation names with it.
 */
import type { IpadicFeatures } from 'kuromoji';

/** What this module needs from the tokenizer: kuromoji tokens with readings. */
export interface ReadingTokenizer {
  tokens(text: string): IpadicFeatures[];
}

const KANA: Record<string, string> = {};
const add = (kana: string, romaji: string) => {
  for (const [i, ch] of Array.from(kana).entries()) KANA[ch] = romaji.split(' ')[i]!;
};
add('アイウエオ', 'a i u e o');
add('カキクケコ', 'ka ki ku ke ko');
add('ガギグゲゴ', 'ga gi gu ge go');
add('サシスセソ', 'sa shi su se so');
add('ザジズゼゾ', 'za ji zu ze zo');
add('タチツテト', 'ta chi tsu te to');
add('ダヂヅデド', 'da ji zu de do');
add('ナニヌネノ', 'na ni nu ne no');
add('ハヒフヘホ', 'ha hi fu he ho');
add('バビブベボ', 'ba bi bu be bo');
add('パピプペポ', 'pa pi pu pe po');
add('マミムメモ', 'ma mi mu me mo');
add('ヤユヨ', 'ya yu yo');
add('ラリルレロ', 'ra ri ru re ro');
add('ワヰヱヲン', 'wa i e o n');
add('ァィゥェォ', 'a i u e o');

/** Hepburn romanization of a katakana reading (ャュョ contract, ッ doubles, ー is dropped). */
export function romanize(reading: string): string {
  let out = '';
  const chars = Array.from(reading);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const small = { ャ: 'a', ュ: 'u', ョ: 'o' }[chars[i + 1] ?? ''];
    let syllable = KANA[ch] ?? '';
    if (small && syllable.endsWith('i')) {
      syllable = /^(shi|chi|ji)$/.test(syllable) ? syllable.slice(0, -1) + small : `${syllable.slice(0, -1)}y${small}`;
      i++;
    }
    if (ch === 'ッ') {
      const next = KANA[chars[i + 1] ?? ''] ?? '';
      out += next.startsWith('ch') ? 't' : (next[0] ?? '');
      continue;
    }
    out += syllable;
  }
  return out;
}

/** One spelling for the many romanizations of a name: Tōkyō / Toukyou / Tokyo, Gumma / Gunma. */
export function foldRomaji(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/m(?=[bmp])/g, 'n')
    .replace(/ou|oo|oh(?![aeiou])/g, 'o')
    .replace(/uu/g, 'u');
}

const MIN_KEY = 3;

export class RomajiNames {
  private constructor(private readonly names: Map<string, string[]>) {}

  /** `terms`: the distinct index terms; only kanji proper nouns are kept. */
  static fromTerms(terms: Iterable<string>, tokenizer: ReadingTokenizer): RomajiNames {
    const names = new Map<string, string[]>();
    for (const term of terms) {
      if (!/^\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}ヶ]*$/u.test(term)) continue;
      const tokens = tokenizer.tokens(term);
      if (tokens.length !== 1 || tokens[0]!.pos_detail_1 !== '固有名詞' || !tokens[0]!.reading) continue;
      const key = foldRomaji(romanize(tokens[0]!.reading));
      if (key.length < MIN_KEY) continue;
      const list = names.get(key) ?? [];
      if (!list.includes(term)) list.push(term);
      names.set(key, list);
    }
    return new RomajiNames(names);
  }

  /** Kanji names written as `word` ("Aizu-Wakamatsu": the whole word, then its parts). */
  lookup(word: string): string[] {
    const whole = this.names.get(foldRomaji(word));
    if (whole) return whole;
    const parts = word.split(/[-\s]+/).filter(Boolean);
    if (parts.length < 2) return [];
    return parts.flatMap((part) => this.names.get(foldRomaji(part)) ?? []);
  }

  /** Whether `word` as a whole is a name ("Tamagawa Seiki", not "Iizuka City"). */
  has(word: string): boolean {
    return this.names.has(foldRomaji(word));
  }

  get size(): number {
    return this.names.size;
  }
}
