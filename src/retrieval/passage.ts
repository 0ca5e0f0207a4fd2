import type { Chunk } from '../chunking/chunk.js';

/** A retrieved chunk with its fused score and the signals behind it. */
export interface Passage {
  chunk: Chunk;
  /** Fused score (higher is better; comparable within one query only). */
  score: number;
  /** Normalized BM25 over kuromoji terms, 0..1 relative to the best hit. */
  lexical: number;
  /** Normalized BM25 over character bigrams, 0..1. */
  ngram: number;
  /** Cosine similarity of the dense vectors. */
  dense: number;
  /** Share of the query's (idf-weighted) terms that the passage contains. */
  coverage: number;
  /** Report prior, 0..1: how strongly the question names this chunk's report. */
  report?: number;
  /** Fused score of the best adjacent chunk (same report, seq ± 1) before smoothing. */
  neighbour?: number;
  /** Best share of the query's weighted terms inside one or two adjacent sentences. */
  window?: number;
  /** The same among the windows that hold the shape of the answer asked (0 when none does or none is asked). */
  shapedWindow?: number;
  /** Longest phrases shared with the question, 0..1 (see `RetrieverOptions.phraseWeight`). */
  phrase?: number;
  /**
   * Coverage of the query's terms weighted by their rarity among the chunks of the same title, minus
   * the mean of its siblings among the candidates (see `RetrieverOptions.siblingWeight`), -1..1.
   */
  sibling?: number;
  /** 1 when the passage has the shape of the answer the question word asks for (「何人」 → 14人), else 0. */
  shape?: number;
}
