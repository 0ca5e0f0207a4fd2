import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { ErrorCode, IndexError } from '../../src/errors.js';
import { Bm25Index } from '../../src/indexing/bm25.js';
import { buildIndex } from '../../src/indexing/build-index.js';
import { MANIFEST_FILE } from '../../src/indexing/index-files.js';
import { indexTextOf } from '../../src/indexing/index-text.js';
import { loadIndex } from '../../src/indexing/load-index.js';
import { ManifestSchema } from '../../src/indexing/manifest.js';
import { openIndex } from '../../src/indexing/open-index.js';
import {
  decodeSearchStructures,
  encodeSearchStructures,
  SEARCH_ARRAYS_FILE,
  SEARCH_FILE,
} from '../../src/indexing/search-files.js';
import { computeSearchStructures } from '../../src/indexing/search-structures.js';
import { AliasTable } from '../../src/retrieval/aliases.js';
import { HybridRetriever } from '../../src/retrieval/hybrid-retriever.js';
import { loadLexicon } from '../../src/retrieval/lexicon.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { normalizeForIndex } from '../../src/text/normalize.js';
import { charBigrams, charTrigrams } from '../../src/text/tokenizer.js';
import { removeDir, tempDir, writeTinyCorpus } from '../fixtures/tiny-corpus.js';

const CHUNKS: Pick<Chunk, 'text' | 'section'>[] = [
  { text: '対日直接投資（FDI）は地域経済に雇用をもたらす。', section: ['調査の背景'] },
  { text: '自治体は外国企業の相談窓口を設ける。', section: ['自治体の役割'] },
  { text: '日本貿易振興機構（以下「ジェトロ」という）が支援する。', section: [] },
  { text: 'Ｆｒａｕｎｈｏｆｅｒ（フラウンホーファー）の応用研究', section: ['ドイツの事例', '研究機構'] },
  { text: '（注）数値は２０２０年度、１，２３４件。', section: ['注記'] },
];

function scoresOf(index: Bm25Index, query: string[]): number[] {
  const out = new Float64Array(index.size);
  index.score(new Map(query.map((term) => [term, 1])), out);
  return Array.from(out);
}

/** Everything an alias table answers, for comparing two tables. */
function aliasAnswers(table: AliasTable, probes: string[]): unknown {
  return { size: table.size, probes: probes.map((probe) => [table.aliasesOf(probe), table.match(probe)]) };
}

describe('computeSearchStructures', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  it('the bigram and trigram postings score as BM25 built from the chunks at load time did', () => {
    const structures = computeSearchStructures(CHUNKS);
    const texts = CHUNKS.map((chunk) => normalizeForIndex(indexTextOf(chunk)));
    const bigrams = Bm25Index.fromArrays(structures.ngram);
    const directBigrams = Bm25Index.build(texts.map(charBigrams));
    for (const query of [['直接', '投資'], ['自治', '治体', '窓口'], ['研究'], ['2020'], ['未知']]) {
      expect(scoresOf(bigrams, query)).toEqual(scoresOf(directBigrams, query));
    }
    const trigrams = Bm25Index.fromArrays(structures.trigram);
    const directTrigrams = Bm25Index.build(texts.map(charTrigrams));
    for (const query of [['直接投', '接投資'], ['自治体'], ['研究所'], ['未知数']]) {
      expect(scoresOf(trigrams, query)).toEqual(scoresOf(directTrigrams, query));
    }
  });

  it('the alias sources alone give the alias table of every chunk', () => {
    const { aliasSources } = computeSearchStructures(CHUNKS);
    expect(aliasSources).toEqual([0, 2, 3]);
    const probes = ['FDIとは', 'ジェトロの支援', '日本貿易振興機構', 'フラウンホーファーの研究', 'nri'];
    const all = AliasTable.fromCorpus(
      CHUNKS.map((chunk) => chunk.text),
      tokenizer,
    );
    const fromSources = AliasTable.fromCorpus(
      aliasSources.map((i) => CHUNKS[i]!.text),
      tokenizer,
    );
    expect(aliasAnswers(fromSources, probes)).toEqual(aliasAnswers(all, probes));
  });
});

describe('search files', () => {
  it('decode(encode(structures)) gives the structures back', () => {
    const structures = computeSearchStructures(CHUNKS);
    const { json, arrays } = encodeSearchStructures(structures);
    expect(decodeSearchStructures(json, arrays, CHUNKS.length)).toEqual(structures);
    // A buffer that does not start on a 4-byte boundary (a slice of a larger one) is read too.
    const shifted = new Uint8Array(arrays.byteLength + 1).subarray(1);
    shifted.set(arrays);
    expect(decodeSearchStructures(json, shifted, CHUNKS.length)).toEqual(structures);
  });

  it('refuses files that do not fit the chunks or each other', () => {
    const { json, arrays } = encodeSearchStructures(computeSearchStructures(CHUNKS));
    expect(() => decodeSearchStructures(json, arrays, CHUNKS.length + 1)).toThrow(/chunks/);
    expect(() => decodeSearchStructures(json, arrays.subarray(4), CHUNKS.length)).toThrow(/bytes/);
  });
});

describe('an index with search structures', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  let corpusDir: string;
  let indexDir: string;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
    corpusDir = writeTinyCorpus();
    indexDir = tempDir('kotae-search-index-');
    await buildIndex({ corpusDir, indexDir, tokenizer });
  });
  afterAll(() => {
    removeDir(corpusDir);
    removeDir(indexDir);
  });

  it('lists both files with their hashes in the manifest and loads them', async () => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(indexDir, MANIFEST_FILE), 'utf8')));
    expect(manifest.artifacts[SEARCH_FILE]).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.artifacts[SEARCH_ARRAYS_FILE]).toMatch(/^[0-9a-f]{64}$/);
    const index = await loadIndex(indexDir, tokenizer);
    expect(index.ngramIndex?.size).toBe(index.chunks.length);
    expect(index.trigramIndex?.size).toBe(index.chunks.length);
    expect(index.aliasSourceTexts).toContain(index.chunks.find((chunk) => chunk.text.includes('（FDI）'))?.text);
  });

  it('the retriever ranks exactly as when it derives the structures itself', async () => {
    const index = await loadIndex(indexDir, tokenizer);
    expect(index.ngramIndex).toBeDefined();
    const { ngramIndex: _ngrams, trigramIndex: _trigrams, aliasSourceTexts: _aliases, ...withoutStructures } = index;
    const stored = new HybridRetriever(index, tokenizer, loadLexicon());
    const derived = new HybridRetriever(withoutStructures, tokenizer, loadLexicon());
    for (const question of [
      'FDIの目標は？',
      '自治体の役割',
      'アモルファス合金の課題',
      'ジェトロ',
      'ドイツのクラスター',
    ]) {
      expect(await stored.search(question, { k: 10 })).toEqual(await derived.search(question, { k: 10 }));
    }
  });

  it('GIVEN a damaged search.bin THEN loadIndex throws kotae_index_corrupt and openIndex rebuilds', async () => {
    const damaged = tempDir('kotae-search-damaged-');
    try {
      await buildIndex({ corpusDir, indexDir: damaged, tokenizer });
      writeFileSync(path.join(damaged, SEARCH_ARRAYS_FILE), Buffer.from('garbage'));
      const error = await loadIndex(damaged, tokenizer).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(IndexError);
      expect((error as IndexError).code).toBe(ErrorCode.IndexCorrupt);
      const index = await openIndex({ indexDir: damaged, corpusDir, tokenizer });
      expect(index.ngramIndex?.size).toBe(index.chunks.length);
    } finally {
      removeDir(damaged);
    }
  });
});
