/**
 * The search structures on disk: `search.json` (parameters, the bigram vocabulary, the alias
 * sources) and `search.bin` (the postings arrays, raw, in the order offsets · ids · tfs ·
 * docLengths), so loading them is a parse of the vocabulary and four typed-array views.
 */
import { endianness } from 'node:os';
import type { SearchStructures } from './search-structures.js';

export const SEARCH_FILE = 'search.json';
export const SEARCH_ARRAYS_FILE = 'search.bin';

interface StoredSearch {
  /** Byte order of search.bin (that of the machine that built it). */
  byteOrder: 'LE' | 'BE';
  ngram: { k1: number; b: number; terms: string[]; postings: number; documents: number };
  aliasSources: number[];
}

export function encodeSearchStructures(structures: SearchStructures): { json: string; arrays: Uint8Array } {
  const { k1, b, terms, offsets, ids, tfs, docLengths } = structures.ngram;
  const stored: StoredSearch = {
    byteOrder: endianness(),
    ngram: { k1, b, terms, postings: ids.length, documents: docLengths.length },
    aliasSources: structures.aliasSources,
  };
  const parts = [offsets, ids, tfs, docLengths];
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
  const { k1, b, terms, postings, documents } = stored.ngram;
  if (stored.byteOrder !== endianness()) throw new Error(`${SEARCH_ARRAYS_FILE} was written with another byte order`);
  if (documents !== chunkCount) throw new Error(`${SEARCH_FILE} describes ${documents} chunks, not ${chunkCount}`);
  if (stored.aliasSources.some((i) => !Number.isInteger(i) || i < 0 || i >= chunkCount)) {
    throw new Error(`${SEARCH_FILE} names a chunk that does not exist`);
  }
  const expected = 4 * (terms.length + 1 + 2 * postings + documents);
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
  const offsets = take((buffer, offset, length) => new Int32Array(buffer, offset, length), terms.length + 1);
  const ids = take((buffer, offset, length) => new Int32Array(buffer, offset, length), postings);
  const tfs = take((buffer, offset, length) => new Float32Array(buffer, offset, length), postings);
  const docLengths = take((buffer, offset, length) => new Float32Array(buffer, offset, length), documents);
  return { ngram: { k1, b, terms, offsets, ids, tfs, docLengths }, aliasSources: stored.aliasSources };
}
