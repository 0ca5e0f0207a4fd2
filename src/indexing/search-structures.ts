/**
 * Structures the retriever would otherwise derive from the chunk texts at every start, computed
 * once at build time: BM25 postings over the character bigrams and trigrams of each chunk's index text, and
 * which chunks define an alias (the only texts `AliasTable.fromCorpus` finds anything in, so the
 * table built from them alone is the same).
 */
import type { Chunk } from '../chunking/chunk.js';
import { AliasTable } from '../retrieval/aliases.js';
import { normalizeForIndex } from '../text/normalize.js';
import { charBigrams, charTrigrams, type Tokenizer } from '../text/tokenizer.js';
import { type Bm25Arrays, Bm25Index } from './bm25.js';
import { indexTextOf } from './index-text.js';

export interface SearchStructures {
  /** BM25 over `charBigrams(normalizeForIndex(indexTextOf(chunk, { citations: true })))`, one document per chunk. */
  ngram: Bm25Arrays;
  /** BM25 over `charTrigrams(normalizeForIndex(indexTextOf(chunk)))`. */
  trigram: Bm25Arrays;
  /** Positions (in chunk order) of the chunks whose text defines at least one alias. */
  aliasSources: number[];
}

/** Alias definitions are found without analysing any text: the tokenizer is never called. */
const NO_TOKENIZER: Tokenizer = {
  terms() {
    throw new Error('search structures: the tokenizer is not available here');
  },
};

export function computeSearchStructures(
  chunks: Pick<Chunk, 'text' | 'section' | 'context' | 'citedBy'>[],
): SearchStructures {
  const texts = chunks.map((chunk) => normalizeForIndex(indexTextOf(chunk, { citations: true })));
  const ngram = Bm25Index.build(texts.map(charBigrams)).toArrays();
  const trigram = Bm25Index.build(texts.map(charTrigrams)).toArrays();
  const aliasSources: number[] = [];
  chunks.forEach((chunk, i) => {
    if (AliasTable.fromCorpus([chunk.text], NO_TOKENIZER, false).size > 0) aliasSources.push(i);
  });
  return { ngram, trigram, aliasSources };
}
