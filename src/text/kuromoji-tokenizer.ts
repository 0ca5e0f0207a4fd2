/**
 * kuromoji tokenizer: one shared instance, dictionary loaded once per process (~0.3 s,
 * ~150 MB RSS). Text is always cut into bounded segments first: kuromoji's analysis grows
 * faster than the text on long stretches without punctuation (its lattice builder is replaced by
 * a linear-time one, `kuromoji-lattice.ts`, but an unknown word is still grouped from every
 * position of a run).
 */
import { readFile } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { gunzip } from 'node:zlib';
import type kuromoji from 'kuromoji';
import { KUROMOJI_ROOT, kuromojiModule, useLinearLatticeBuilder, withKuromojiLattice } from './kuromoji-lattice.js';
import { normalizeForIndex } from './normalize.js';
import { capSegments } from './sentences.js';
import type { Tokenizer } from './tokenizer.js';

type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** Parts of speech that carry no content. */
const DROPPED_POS = new Set(['助詞', '助動詞', '記号', 'フィラー', '感動詞', '接続詞', 'その他']);
/** Noun subclasses that are grammatical rather than content (こと, もの, よう, これ…). */
const DROPPED_NOUN_DETAIL = new Set(['非自立', '代名詞', '接尾']);
/**
 * Suffixes that name a kind: 「内発型」「誘致先行型」 are types, and 「どういう型に分けてる？」 asks for them
 * (kuromoji reads 型 after a noun as a suffix).
 */
const KEPT_SUFFIXES = new Set(['型']);
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
  shared ??= loadTokenizer(inflateDictionaryFile);
  return shared;
}

/**
 * The dictionary files as kuromoji reads them, by file name (`base.dat.gz`, …): inflated, without
 * their zero padding, in shared memory, so that a tokenizer on another thread can use them as is.
 */
export type DictionaryFiles = Record<string, SharedArrayBuffer>;

/** A tokenizer over another tokenizer's `dictionaryFiles` (on a worker thread: nothing to read or inflate). */
export function tokenizerFromFiles(files: DictionaryFiles): Promise<KuromojiTokenizerAdapter> {
  return loadTokenizer((file, callback) => {
    const buffer = files[path.basename(file)];
    if (buffer) callback(null, buffer);
    else callback(new Error(`no dictionary file ${path.basename(file)}`));
  });
}

type LoadArrayBuffer = (file: string, callback: (error: Error | null, buffer?: ArrayBufferLike) => void) => void;

/** The parts of kuromoji's loader used here (kuromoji.builder() is the same with slower loading). */
interface DictionaryLoader {
  dic: { token_info_dictionary: TargetMapHolder; unknown_dictionary: TargetMapHolder };
  loadArrayBuffer: LoadArrayBuffer;
  load(callback: (error: Error | null, dic: kuromoji.DynamicDictionaries) => void): void;
}
interface TargetMapHolder {
  target_map: unknown;
  loadTargetMap(buffer: Uint8Array): unknown;
}
type DictionaryLoaderClass = new (dicPath: string) => DictionaryLoader;
type TokenizerClass = new (dic: kuromoji.DynamicDictionaries) => KuromojiTokenizer;

function loadTokenizer(loadFile: LoadArrayBuffer): Promise<KuromojiTokenizerAdapter> {
  const dicPath = path.join(KUROMOJI_ROOT, 'dict');
  const Loader = kuromojiModule<DictionaryLoaderClass>('loader/DictionaryLoader.js');
  const Tokenizer = kuromojiModule<TokenizerClass>('Tokenizer.js');
  const loader = new Loader(dicPath);
  const files: DictionaryFiles = {};
  loader.loadArrayBuffer = (file, callback) =>
    loadFile(file, (error, buffer) => {
      if (error || !buffer) return callback(error ?? new Error(`cannot read ${file}`));
      const name = path.basename(file);
      files[name] = inSharedMemory(withoutPadding(name, new Uint8Array(buffer)));
      callback(null, files[name]);
    });
  if (endianness() === 'LE') {
    for (const dictionary of [loader.dic.token_info_dictionary, loader.dic.unknown_dictionary]) {
      dictionary.loadTargetMap = function (this: TargetMapHolder, buffer: Uint8Array) {
        this.target_map = parseTargetMap(buffer);
        return this;
      };
    }
  }
  return new Promise((resolve, reject) => {
    loader.load((error, dic) => {
      if (error) return reject(new Error(`kuromoji: cannot load the dictionary from ${dicPath}: ${String(error)}`));
      const tokenizer = new Tokenizer(dic);
      useLinearLatticeBuilder(tokenizer);
      resolve(new KuromojiTokenizerAdapter(tokenizer, files));
    });
  });
}

/** `bytes` in a SharedArrayBuffer of its own (a copy unless it already is one). */
function inSharedMemory(bytes: Uint8Array): SharedArrayBuffer {
  if (
    bytes.buffer instanceof SharedArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes.buffer;
  }
  const copy = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/**
 * kuromoji's map from a dictionary word to its entries (`TokenInfoDictionary.loadTargetMap`):
 * int32 count, then per key: key, n, n values. The same map, read as one Int32Array view instead
 * of byte by byte (reads past the end give 0, as in kuromoji's reader).
 */
export function parseTargetMap(buffer: Uint8Array): Record<number, number[]> {
  if (buffer.byteOffset % 4 !== 0) buffer = buffer.slice();
  const ints = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength >> 2);
  const read = (i: number) => (i < ints.length ? ints[i]! : 0);
  // ~330,000 keys: the array is sized once and each list allocated at its length (fewer and
  // smaller objects than growing them, which matters for the garbage collector at start-up).
  let largestKey = 0;
  for (let i = 1; i < ints.length; i += 2 + Math.max(0, read(i + 1))) largestKey = Math.max(largestKey, read(i));
  const map: Record<number, number[]> = new Array<number[]>(largestKey + 1);
  for (let i = 1; i < ints.length;) {
    const key = read(i);
    const count = read(i + 1);
    i += 2;
    if (count <= 0) continue;
    const values = map[key];
    if (values) for (let v = 0; v < count; v++) values.push(read(i + v));
    else {
      const list = new Array<number>(count);
      for (let v = 0; v < count; v++) list[v] = read(i + v);
      map[key] = list;
    }
    i += count;
  }
  return map;
}

/** The unknown-word classes file, zero-padded to 1 MB in kuromoji's dictionary. */
const INVOKE_DEFINITIONS_FILE = 'unk_invoke.dat.gz';
/**
 * Files kuromoji reads only through its ByteBuffer at given positions, where a read past the end
 * gives 0, as the padding does: ~35 MB of zeros after their content (the unknown-word files are
 * 10 MB each for under 2 KB of content) can go.
 */
const ZERO_PADDED_FILES = new Set(['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz']);

/** A dictionary file without the zero padding kuromoji's analysis never needs. */
export function withoutPadding(name: string, bytes: Uint8Array): Uint8Array {
  if (name === INVOKE_DEFINITIONS_FILE) return bytes.subarray(0, invokeDefinitionsLength(bytes));
  if (ZERO_PADDED_FILES.has(name)) return bytes.subarray(0, lengthWithoutTrailingZeros(bytes));
  return bytes;
}

/**
 * The length of the character classes in `unk_invoke.dat`, without the zero padding after them.
 * kuromoji reads the padding as ~150,000 extra nameless classes that no character refers to
 * (character classes are looked up by the ids of cat_map and by name, and the real classes come
 * first): dropping it changes no analysis and saves their creation.
 * Entry: is_always_invoke (1 byte), is_grouping (1), max_length (int32), name (NUL-terminated).
 */
function invokeDefinitionsLength(bytes: Uint8Array): number {
  let at = 0;
  while (at + 1 < bytes.length) {
    const name = at + 6;
    if (name >= bytes.length || bytes[name] === 0) break;
    const end = bytes.indexOf(0, name);
    if (end < 0) return bytes.length;
    at = end + 1;
  }
  return at;
}

function lengthWithoutTrailingZeros(bytes: Uint8Array): number {
  let end = bytes.length;
  if (bytes.byteOffset % 4 === 0) {
    // Four bytes at a time over the (long) padding.
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    while (end > words.length * 4 && bytes[end - 1] === 0) end--;
    if (end === words.length * 4) {
      let word = words.length;
      while (word > 0 && words[word - 1] === 0) word--;
      end = word * 4;
    }
  }
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

/**
 * Reads and inflates one dictionary file into an ArrayBuffer of exactly its content, as kuromoji's
 * own Node loader does, but in a single zlib call on the thread pool: the output buffer is sized
 * from the gzip trailer, where kuromoji's loader inflates 100 MB in 16 KB steps, each a round trip
 * through the main thread, and then copies the result once more.
 */
export function inflateDictionaryFile(
  file: string,
  callback: (error: Error | null, buffer?: ArrayBuffer) => void,
): void {
  readFile(file, (readError, compressed) => {
    if (readError) return callback(readError);
    // ISIZE, the last 4 bytes of a gzip member: the inflated size modulo 2^32.
    const inflatedSize = compressed.length >= 18 ? compressed.readUInt32LE(compressed.length - 4) : 0;
    gunzip(compressed, { chunkSize: Math.max(64 * 1024, inflatedSize) }, (error, inflated) => {
      if (error) return callback(error);
      const owned = inflated.byteOffset === 0 && inflated.buffer.byteLength === inflated.byteLength;
      callback(null, owned ? (inflated.buffer as ArrayBuffer) : new Uint8Array(inflated).buffer);
    });
  });
}

/**
 * Texts up to this long (a question) keep their tokens for a while: answering one question
 * analyses it several times over (query terms, the dense query, the names and topic nouns the
 * composer checks), and kuromoji is the costliest step of an answer.
 */
const RECENT_TEXT_CHARS = 256;
/** Recent texts whose tokens are kept (enough for the questions in flight on a busy server). */
const RECENT_TEXTS = 64;
/**
 * Terms are small, so many more texts keep them, up to a passage's length: the composer reads the
 * same sentences of the same reports for one question after another (a passage grows into its
 * neighbours differently each time, its sentences stay the same). Kept, they make a new question's
 * answer 3–4 times faster; the whole corpus's sentences take about 15 MB.
 */
const RECENT_TERMS_TEXT_CHARS = 1024;
const RECENT_TERMS_TEXTS = 32_768;

export class KuromojiTokenizerAdapter implements Tokenizer {
  /** Term (or null: none) of each dictionary word seen so far, by word id. */
  private readonly knownTerms = new Map<number, string | null>();
  /** Recent short texts → their tokens (frozen: shared by every caller) and their terms. */
  private readonly recentTokens = new Map<string, readonly kuromoji.IpadicFeatures[]>();
  private readonly recentTerms = new Map<string, readonly string[]>();

  constructor(
    private readonly inner: KuromojiTokenizer,
    /** The dictionary it analyses with (kuromoji reads these very buffers). */
    readonly dictionaryFiles: DictionaryFiles,
  ) {}

  /** `run()` with kuromoji's own (quadratic) lattice builder: `npm run bench` compares the two. */
  withKuromojiLattice<T>(run: () => T): T {
    return withKuromojiLattice(this.inner, run);
  }

  /** Raw kuromoji tokens of bounded segments (for callers that need parts of speech). */
  tokens(text: string): kuromoji.IpadicFeatures[] {
    const recent = this.recentTokens.get(text);
    if (recent) return [...recent];
    const out: kuromoji.IpadicFeatures[] = [];
    for (const segment of capSegments(text, MAX_SEGMENT_CHARS)) out.push(...this.inner.tokenize(segment));
    if (text.length <= RECENT_TEXT_CHARS)
      remember(
        this.recentTokens,
        text,
        out.map((token) => Object.freeze(token)),
      );
    return out;
  }

  /**
   * Content-word terms of `text`. Kuromoji analyses each segment on its own, so with a
   * `segmentCache` a segment seen before (a section title indexed with every chunk of its section,
   * a recurring header) reuses its terms instead of going through kuromoji again.
   */
  terms(text: string, segmentCache?: Map<string, string[]>): string[] {
    // The index build brings its own segment cache; it never asks for the same text again.
    const remembered = !segmentCache && text.length <= RECENT_TERMS_TEXT_CHARS;
    const recent = remembered ? this.recentTerms.get(text) : undefined;
    if (recent) return [...recent];
    const terms: string[] = [];
    for (const segment of capSegments(normalizeForIndex(text), MAX_SEGMENT_CHARS)) {
      let segmentTerms = segmentCache?.get(segment);
      if (!segmentTerms) {
        segmentTerms = this.segmentTerms(segment);
        segmentCache?.set(segment, segmentTerms);
      }
      for (const term of segmentTerms) terms.push(term);
    }
    if (remembered) remember(this.recentTerms, text, [...terms], RECENT_TERMS_TEXTS);
    return terms;
  }

  private segmentTerms(segment: string): string[] {
    const terms: string[] = [];
    for (const token of this.inner.tokenize(segment)) {
      let term: string | null | undefined;
      if (token.word_type === 'KNOWN') {
        // A dictionary word's term depends only on its entry: computed once per word.
        term = this.knownTerms.get(token.word_id);
        if (term === undefined) {
          term = toTerm(token) ?? null;
          this.knownTerms.set(token.word_id, term);
        }
      } else term = toTerm(token);
      if (term) terms.push(term);
    }
    return terms;
  }
}

/** Adds to a map kept as a small first-in-first-out cache (insertion order: oldest first). */
function remember<T>(recent: Map<string, T>, text: string, value: T, capacity = RECENT_TEXTS): void {
  if (recent.size >= capacity) recent.delete(recent.keys().next().value!);
  recent.set(text, value);
}

function toTerm(token: kuromoji.IpadicFeatures): string | undefined {
  if (DROPPED_POS.has(token.pos)) return undefined;
  if (
    token.pos === '名詞' &&
    DROPPED_NOUN_DETAIL.has(token.pos_detail_1) &&
    !(token.pos_detail_1 === '接尾' && KEPT_SUFFIXES.has(token.surface_form))
  )
    return undefined;
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
