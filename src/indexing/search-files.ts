/**
 * The search structures on disk: `search.json` (parameters, the bigram and trigram vocabularies,
 * the alias sources) and `search.bin` (the postings arrays, raw: for bigrams then trigrams, offsets
 * · ids · tfs · docLengths), so loading them is a parse of the vocabularies and typed-array views.
 */
import { endianness } from 'node:os';
import type { Bm25Arrays } from './bm25.js';
import type { SearchStructures } from './search-structures.js';

export const SEARCH_FILE = 'search.json';
export const SEARCH_ARRAYS_FILE = 'search.bin';

interface StoredPostings {
  k1: number;
  b: number;
  terms: string[];
  postings: number;
  documents: number;
}

interface StoredSearch {
  /** Byte order of search.bin (that of the machine that built it). */
  byteOrder: 'LE' | 'BE';
  ngram: StoredPostings;
  trigram: StoredPostings;
  aliasSources: number[];
}

const describe = ({ k1, b, terms, ids, docLengths }: Bm25Arrays): StoredPostings => ({
  k1,
  b,
  terms,
  postings: ids.length,
  documents: docLengths.length,
});

export function encodeSearchStructures(structures: SearchStructures): { json: string; arrays: Uint8Array } {
  const { ngram, trigram } = structures;
  const stored: StoredSearch = {
    byteOrder: endianness(),
    ngram: describe(ngram),
    trigram: describe(trigram),
    aliasSources: structures.aliasSources,
  };
  const parts = [ngram, trigram].flatMap(({ offsets, ids, tfs, docLengths }) => [offsets, ids, tfs, docLengths]);
  const arrays = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    arrays.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return { json: JSON.stringify(stored), arrays };
}

/** Throws (a plain Error, with what is wrong) when the two files do not fit together. */
export function decodeSearchStructures(json: string, arrays: Uint8Array, chunkCount: number): SearchStructures {
  const stored = JSON.parse(json) as StoredSearch;
  if (stored.byteOrder !== endianness()) throw new Error(`${SEARCH_ARRAYS_FILE} was written with another byte order`);
  if (!stored.ngram || !stored.trigram) throw new Error(`${SEARCH_FILE} lacks the bigram or trigram postings`);
  for (const { documents } of [stored.ngram, stored.trigram]) {
    if (documents !== chunkCount) throw new Error(`${SEARCH_FILE} describes ${documents} chunks, not ${chunkCount}`);
  }
  if (stored.aliasSources.some((i) => !Number.isInteger(i) || i < 0 || i >= chunkCount)) {
    throw new Error(`${SEARCH_FILE} names a chunk that does not exist`);
  }
  const size = ({ terms, postings, documents }: StoredPostings) => 4 * (terms.length + 1 + 2 * postings + documents);
  const expected = size(stored.ngram) + size(stored.trigram);
  if (arrays.byteLength !== expected)
    throw new Error(`${SEARCH_ARRAYS_FILE} has ${arrays.byteLength} bytes, not ${expected}`);
  // Typed-array views need 4-byte alignment; a fresh file buffer has it, a pooled slice may not.
  const bytes = arrays.byteOffset % 4 === 0 ? arrays : arrays.slice();
  let at = bytes.byteOffset;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number): T => {
    const view = make(bytes.buffer, at, length);
    at += 4 * length;
    return view;
  };
  const read = ({ k1, b, terms, postings, documents }: StoredPostings): Bm25Arrays => {
    const offsets = take((buffer, offset, length) => new Int32Array(buffer, offset, length), terms.length + 1);
    const ids = take((buffer, offset, length) => new Int32Array(buffer, offset, length), postings);
    const tfs = take((buffer, offset, length) => new Float32Array(buffer, offset, length), postings);
    const docLengths = take((buffer, offset, length) => new Float32Array(buffer, offset, length), documents);
    return { k1, b, terms, offsets, ids, tfs, docLengths };
  };
  const ngram = read(stored.ngram);
  const trigram = read(stored.trigram);
  return { ngram, trigram, aliasSources: stored.aliasSources };
}
