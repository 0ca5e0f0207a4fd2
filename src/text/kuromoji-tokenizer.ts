/**
 * kuromoji tokenizer: one shared instance, dictionary loaded once per process (~0.5 s,
 * ~330 MB RSS). Text is always cut into bounded segments first, because kuromoji's lattice is
 * quadratic on long stretches without punctuation.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { normalizeForIndex } from './normalize.js';
import { capSegments } from './sentences.js';
import type { Tokenizer } from './tokenizer.js';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** Parts of speech that carry no content. */
const DROPPED_POS = new Set(['助詞', '助動詞', '記号', 'フィラー', '感動詞', '接続詞', 'その他']);
/** Noun subclasses that are grammatical rather than content (こと, もの, よう, これ…). */
const DROPPED_NOUN_DETAIL = new Set(['非自立', '代名詞', '接尾']);
/** Verbs and adjectives too general to help ranking. */
const STOP_TERMS = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'れる',
  'られる',
  'できる',
  'いう',
  'おる',
  'くる',
  'いく',
  'みる',
  'おく',
  'よい',
  'ない',
  'せる',
  'させる',
  'やる',
  'もらう',
  'くれる',
  'ほしい',
  '思う',
  '考える',
  '教える',
  '知る',
  'わかる',
  '分かる',
  'ください',
  '下さい',
  '何',
  'なん',
  'どう',
  'どの',
  'どれ',
  'どこ',
  'いつ',
  'だれ',
  '誰',
  'なぜ',
  'どんな',
]);

/** Maximum segment length handed to kuromoji. */
export const MAX_SEGMENT_CHARS = 120;

let shared: Promise<KuromojiTokenizerAdapter> | undefined;

/** The process-wide tokenizer (dictionary loaded on first call only). */
export function getTokenizer(): Promise<KuromojiTokenizerAdapter> {
  shared ??= loadKuromoji().then((inner) => new KuromojiTokenizerAdapter(inner));
  return shared;
}

function loadKuromoji(): Promise<KuromojiTokenizer> {
  const require = createRequire(import.meta.url);
  const dicPath = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(new Error(`kuromoji: cannot load the dictionary from ${dicPath}: ${String(error)}`));
      else resolve(tokenizer);
    });
  });
}

export class KuromojiTokenizerAdapter implements Tokenizer {
  constructor(private readonly inner: KuromojiTokenizer) {}

  /** Raw kuromoji tokens of bounded segments (for callers that need parts of speech). */
  tokens(text: string): kuromoji.IpadicFeatures[] {
    const out: kuromoji.IpadicFeatures[] = [];
    for (const segment of capSegments(text, MAX_SEGMENT_CHARS)) out.push(...this.inner.tokenize(segment));
    return out;
  }

  terms(text: string): string[] {
    const terms: string[] = [];
    for (const segment of capSegments(normalizeForIndex(text), MAX_SEGMENT_CHARS)) {
      for (const token of this.inner.tokenize(segment)) {
        const term = toTerm(token);
        if (term) terms.push(term);
      }
    }
    return terms;
  }
}

function toTerm(token: kuromoji.IpadicFeatures): string | undefined {
  if (DROPPED_POS.has(token.pos)) return undefined;
  if (token.pos === '名詞' && DROPPED_NOUN_DETAIL.has(token.pos_detail_1)) return undefined;
  if ((token.pos === '動詞' || token.pos === '形容詞') && token.pos_detail_1 !== '自立') return undefined;
  const base = token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form;
  const term = foldLongVowel(base.trim());
  if (!term || STOP_TERMS.has(term)) return undefined;
  // Lone hiragana or a single ASCII letter carries nothing for ranking.
  if (/^[\u3040-\u309F]$/.test(term) || /^[a-z]$/.test(term)) return undefined;
  if (/^[\p{P}\p{S}\s]+$/u.test(term)) return undefined;
  return term;
}

/**
 * Katakana long-vowel variants: コンピューター ≈ コンピュータ, サーバー ≈ サーバ. A trailing ー on a
 * katakana word of 4+ characters is dropped (JIS Z 8301 style).
 */
export function foldLongVowel(term: string): string {
  if (term.length >= 4 && /^[\u30A0-\u30FF]+ー$/.test(term)) return term.slice(0, -1);
  return term;
}
