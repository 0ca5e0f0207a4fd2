/**
 * The tokenizer loads kuromoji's dictionary with its own inflate and parsers, without the files'
 * zero padding (faster start-up, less memory); these tests hold them to kuromoji's own: same data
 * structures, same analyses.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getTokenizer,
  inflateDictionaryFile,
  type KuromojiTokenizerAdapter,
  MAX_SEGMENT_CHARS,
  parseTargetMap,
  tokenizerFromFiles,
  withoutPadding,
} from '../../src/text/kuromoji-tokenizer.js';
import { capSegments } from '../../src/text/sentences.js';

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('kuromoji/package.json'));
const dicPath = path.join(root, 'dict');

interface KuromojiTargetMap {
  target_map: Record<number, number[]>;
  loadTargetMap(buffer: Uint8Array): unknown;
}
const TokenInfoDictionary = require(path.join(root, 'src/dict/TokenInfoDictionary.js')) as new () => KuromojiTargetMap;
const InvokeDefinitionMap = require(path.join(root, 'src/dict/InvokeDefinitionMap.js')) as {
  load(buffer: Uint8Array): { map: { class_name: string }[]; lookup(name: string): number | null };
};

function inflate(file: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    inflateDictionaryFile(path.join(dicPath, file), (error, buffer) => (error ? reject(error) : resolve(buffer!)));
  });
}

function kuromojiTargetMap(bytes: Uint8Array): Record<number, number[]> {
  const dictionary = new TokenInfoDictionary();
  dictionary.loadTargetMap(bytes);
  return dictionary.target_map;
}

/** The entries of a target map as [key, values] pairs, in key order. */
function entries(map: Record<number, number[]>): [number, number[]][] {
  return Object.keys(map)
    .map((key) => [Number(key), [...map[Number(key)]!]] as [number, number[]])
    .sort((a, b) => a[0] - b[0]);
}

describe('parseTargetMap', () => {
  it('reads what kuromoji reads: repeated keys append, empty and negative counts add nothing, reads past the end give 0', () => {
    const ints = [3, 5, 2, 10, 11, 7, 0, 5, 1, 12, 9, -1, 8, 3, 13];
    const bytes = new Uint8Array(Int32Array.from(ints).buffer);
    expect(entries(parseTargetMap(bytes))).toEqual(entries(kuromojiTargetMap(bytes)));
    expect(entries(parseTargetMap(bytes))).toEqual([
      [5, [10, 11, 12]],
      [8, [13, 0, 0]],
    ]);
    // A trailing partial int is ignored by both.
    const ragged = new Uint8Array([...bytes, 1, 2]);
    expect(entries(parseTargetMap(ragged))).toEqual(entries(kuromojiTargetMap(ragged)));
  });

  it("equals kuromoji's map of the dictionary's words", async () => {
    const bytes = new Uint8Array(await inflate('tid_map.dat.gz'));
    const ours = parseTargetMap(bytes);
    const theirs = kuromojiTargetMap(bytes);
    const keys = Object.keys(theirs);
    expect(Object.keys(ours)).toEqual(keys);
    for (const key of keys) expect(ours[Number(key)]).toEqual(theirs[Number(key)]);
  });
});

describe('withoutPadding', () => {
  it('keeps every character class kuromoji reads from the dictionary, and drops only the nameless padding', async () => {
    const full = new Uint8Array(await inflate('unk_invoke.dat.gz'));
    const trimmed = withoutPadding('unk_invoke.dat.gz', full);
    expect(trimmed.byteLength).toBeLessThan(full.byteLength);
    expect(full.subarray(trimmed.byteLength).every((byte) => byte === 0)).toBe(true);
    const all = InvokeDefinitionMap.load(full);
    const kept = InvokeDefinitionMap.load(trimmed.slice());
    const named = all.map.filter((characterClass) => characterClass.class_name !== '');
    expect(kept.map).toEqual(named);
    expect(kept.map.map((c) => c.class_name)).toEqual(
      expect.arrayContaining(['DEFAULT', 'SPACE', 'KANJI', 'HIRAGANA', 'KATAKANA', 'ALPHA', 'NUMERIC']),
    );
    for (const { class_name } of named) expect(kept.lookup(class_name)).toBe(all.lookup(class_name));
  });

  it('cuts only trailing zeros, and only from the files kuromoji reads through its ByteBuffer', async () => {
    for (const file of ['tid.dat.gz', 'tid_pos.dat.gz', 'unk.dat.gz', 'unk_pos.dat.gz']) {
      const full = new Uint8Array(await inflate(file));
      const trimmed = withoutPadding(file, full);
      expect(trimmed.byteLength).toBeLessThan(full.byteLength);
      expect(trimmed[trimmed.byteLength - 1]).not.toBe(0);
      expect(full.subarray(trimmed.byteLength).every((byte) => byte === 0)).toBe(true);
    }
    const ragged = new Uint8Array([1, 2, 3, 0, 0, 0, 0, 0, 0]);
    expect([...withoutPadding('tid.dat.gz', ragged)]).toEqual([1, 2, 3]);
    // Tables indexed by character code keep their zeros.
    const table = new Uint8Array(await inflate('unk_compat.dat.gz'));
    expect(withoutPadding('unk_compat.dat.gz', table)).toBe(table);
  });

  it('leaves character classes without padding as they are', () => {
    const entry = Uint8Array.from([1, 0, 2, 0, 0, 0, ...Buffer.from('KANJI'), 0]);
    expect(withoutPadding('unk_invoke.dat.gz', entry).byteLength).toBe(entry.length);
  });
});

describe('the tokenizer', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  let reference: kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
    reference = await new Promise((resolve, reject) => {
      kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
    });
  });

  it("analyses text exactly as kuromoji's own loader would", () => {
    const texts = [
      '産業クラスター政策は、地域の中堅企業や大学がネットワークを形成し、新事業を生み出す。',
      '対日直接投資（FDI）残高を2030年までに100兆円とする目標。',
      'ＡＢＣ株式会社とАБВ、αβγ、１２３４円、ｶﾀｶﾅ半角のｺﾝﾋﾟｭｰﾀ',
      'Fraunhofer-Gesellschaft（フラウンホーファー研究機構）の受託研究は約3割。',
      '🙂絵文字と𠮷野家、〜・・・「」『』【】',
      '　全角スペース\tタブ  半角スペース',
    ];
    for (const text of texts) {
      // tokens() hands kuromoji one bounded segment at a time.
      const expected = capSegments(text, MAX_SEGMENT_CHARS).flatMap((segment) => reference.tokenize(segment));
      expect(tokenizer.tokens(text)).toEqual(expected);
    }
  });

  it('a tokenizer over its dictionary files (as a worker thread builds one) analyses the same', async () => {
    expect(Object.values(tokenizer.dictionaryFiles).every((file) => file instanceof SharedArrayBuffer)).toBe(true);
    const copy = await tokenizerFromFiles(tokenizer.dictionaryFiles);
    for (const text of ['産業クラスター政策と地域の中小企業。', 'ＦＤＩ（対日直接投資）は２０３０年に１００兆円。']) {
      expect(copy.tokens(text)).toEqual(tokenizer.tokens(text));
      expect(copy.terms(text)).toEqual(tokenizer.terms(text));
    }
  });

  it('a question analysed again (as each answering step does) gets the same analysis, whatever callers did with the last', () => {
    const question = '産業クラスターの成功要因は何ですか？';
    const expected = capSegments(question, MAX_SEGMENT_CHARS).flatMap((segment) => reference.tokenize(segment));
    const terms = [...tokenizer.terms(question)];
    tokenizer.tokens(question).pop();
    tokenizer.terms(question).pop();
    expect(tokenizer.tokens(question)).toEqual(expected);
    expect(tokenizer.terms(question)).toEqual(terms);
    // The tokens themselves are shared between calls: read-only.
    expect(() => {
      tokenizer.tokens(question)[0]!.surface_form = '';
    }).toThrow(TypeError);
  });

  it('terms with a segment cache are the terms without one', () => {
    const cache = new Map<string, string[]>();
    const texts = ['自治体の役割\n自治体は相談窓口を設ける。', '自治体の役割\n外国企業の誘致を進める。'];
    for (const text of texts) expect(tokenizer.terms(text, cache)).toEqual(tokenizer.terms(text));
    expect(cache.get('自治体の役割')).toEqual(tokenizer.terms('自治体の役割'));
  });
});
