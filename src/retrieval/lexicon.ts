/**
 * Offline English→Japanese lexicon for English questions about Japanese reports. The data file
 * (`resources/en-ja-lexicon.json`) is derived from EDICT (EDRDG licence, CC BY-SA 4.0) restricted to
 * words the corpus uses, plus English glosses stated by the reports themselves (e.g.
 * 「ハイ・バリュー・マニュファクチャリング（HVM、高価値製造）」), and from ENAMDICT for the foreign names
 * the reports write (Aachen アーヘン). See resources/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Translation {
  en: string;
  ja: string;
  weight: number;
}

export class Lexicon {
  private readonly phrases: Map<string, string[]>;
  private readonly longest: number;
  private readonly foreignNames: Map<string, string[]>;

  /** `names`: foreign proper names (ENAMDICT), read only as names (`name`), never as words. */
  constructor(entries: Record<string, string[]>, names: Record<string, string[]> = {}) {
    this.phrases = new Map(Object.entries(entries).map(([en, ja]) => [en.toLowerCase(), ja]));
    this.longest = Math.max(1, ...[...this.phrases.keys()].map((key) => key.split(' ').length));
    this.foreignNames = new Map(Object.entries(names).map(([en, ja]) => [en.toLowerCase(), ja]));
  }

  /**
   * The reports' spellings of a foreign name as English writes it: "Aachen" → アーヘン, "Bavaria" →
   * バイエルン, "Dalian" → 大連 ([] for any other word).
   */
  name(written: string): readonly string[] {
    return (
      this.foreignNames.get(
        written
          .normalize('NFKC')
          .toLowerCase()
          .replace(/['’]s$/, ''),
      ) ?? []
    );
  }

  get size(): number {
    return this.phrases.size;
  }

  /** The Japanese equivalents of one English word or phrase ([] when the lexicon does not know it). */
  lookup(phrase: string): readonly string[] {
    return this.find(phrase.toLowerCase(), true) ?? [];
  }

  /**
   * A phrase's entry as written, as a plural's singular, or — its last word inflected — as the
   * verb's base form: "produced", "producing" → produce; "held" → hold.
   */
  private find(phrase: string, plural: boolean): readonly string[] | undefined {
    const found = this.phrases.get(phrase) ?? (plural ? this.phrases.get(singular(phrase)) : undefined);
    if (found) return found;
    const space = phrase.lastIndexOf(' ');
    const head = phrase.slice(0, space + 1);
    for (const base of baseForms(phrase.slice(space + 1))) {
      const entry = this.phrases.get(head + base);
      if (entry) return entry;
    }
    return undefined;
  }

  /**
   * Whether a word has a Japanese word (kanji or hiragana) among its equivalents — Advanced → 先進 —
   * not only transcriptions (Boeing → ボーイング).
   */
  hasNativeWord(word: string): boolean {
    return this.lookup(word).some((ja) => NATIVE.test(ja));
  }

  /** Japanese equivalents of the English words and phrases in `text` (longest match first). */
  translate(text: string): Translation[] {
    const written = text.normalize('NFKC').match(/[A-Za-z][A-Za-z0-9'’.-]*/g) ?? [];
    const words = written.map((word) =>
      word
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/[.'’]+$/, ''),
    ); // "Germany's" → germany
    const out: Translation[] = [];
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(this.longest, words.length - i); n >= 1 && !matched; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        // An acronym in capitals to its last letter ("RIPS") is no plural: "SMEs" is.
        const plural = !ALL_CAPITALS.test(written[i + n - 1]!);
        const ja = this.find(phrase, plural);
        if (ja) {
          // Multi-word matches are more specific than single words.
          ja.forEach((term, rank) => {
            out.push({ en: phrase, ja: term, weight: (n > 1 ? 1 : 0.8) / (1 + rank * 0.5) });
          });
          matched = n;
        }
      }
      // "next-generation", "world-class": a hyphenated word the lexicon lacks may be a phrase it has
      // (next generation → 次世代). Its parts alone are not read: "amorphous-alloy study" names the
      // report, and its parts' translations pulled other passages up (English MRR@10 0.752 → 0.727).
      if (!matched && words[i]!.includes('-')) {
        const phrase = words[i]!.replaceAll('-', ' ');
        this.lookup(phrase).forEach((term, rank) => out.push({ en: phrase, ja: term, weight: 1 / (1 + rank * 0.5) }));
      }
      i += matched || 1;
    }
    return out;
  }
}

const NATIVE = /[\p{Script=Han}\p{Script=Hiragana}]/u;
const ALL_CAPITALS = /^[A-Z]{2,}$/;

/**
 * The base forms an inflected English verb may have, most likely first: "located" → locate,
 * "appointed" → appoint, "planned" → plan, "applied" → apply, "producing" → produce; a few
 * irregular past forms.
 */
function baseForms(word: string): string[] {
  const irregular = IRREGULAR_PAST[word];
  if (irregular) return [irregular];
  const bases: string[] = [];
  if (word.endsWith('ied')) bases.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ed')) {
    bases.push(word.slice(0, -1), word.slice(0, -2));
    if (/(.)\1ed$/.test(word)) bases.push(word.slice(0, -3));
  } else if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    bases.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) bases.push(stem.slice(0, -1));
  }
  return bases.filter((base) => base.length >= MIN_BASE_LETTERS);
}

const MIN_BASE_LETTERS = 3;

const IRREGULAR_PAST: Record<string, string> = {
  spent: 'spend',
  held: 'hold',
  made: 'make',
  built: 'build',
  sold: 'sell',
  grew: 'grow',
  grown: 'grow',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  paid: 'pay',
  won: 'win',
  began: 'begin',
  begun: 'begin',
  chose: 'choose',
  chosen: 'choose',
  took: 'take',
  taken: 'take',
  brought: 'bring',
  bought: 'buy',
  sent: 'send',
};

function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const DATA_FILE = fileURLToPath(new URL('../../resources/en-ja-lexicon.json', import.meta.url));

let cached: Lexicon | undefined;

/** The bundled lexicon (empty when the data file is missing). */
export function loadLexicon(file = DATA_FILE): Lexicon {
  if (cached && file === DATA_FILE) return cached;
  const data = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as {
        entries: Record<string, string[]>;
        names?: Record<string, string[]>;
      })
    : { entries: {} };
  const lexicon = new Lexicon(data.entries, data.names);
  if (file === DATA_FILE) cached = lexicon;
  return lexicon;
}
