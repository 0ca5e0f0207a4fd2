/**
 * Hybrid retrieval: BM25 over kuromoji terms + BM25 over character bigrams + dense vectors
 * (hnswlib), fused by a weighted sum of max-normalized scores, then re-scored by query-term
 * coverage. Weights were tuned on the dev questions (`npm run eval`).
 */
import type { Chunk } from '../chunking/chunk.js';
import { Bm25Index } from '../indexing/bm25.js';
import type { LoadedIndex } from '../indexing/load-index.js';
import { indexTextOf } from '../indexing/index-text.js';
import { normalizeForIndex } from '../text/normalize.js';
import { charBigrams, type Tokenizer } from '../text/tokenizer.js';
import type { Lexicon } from './lexicon.js';
import type { Passage } from './passage.js';
import { type AnalyzedQuery, analyzeQuery } from './query-analysis.js';

export interface RetrieverOptions {
  /** Weight of BM25 over kuromoji terms. Default 1.0. */
  lexicalWeight?: number;
  /** Weight of BM25 over character bigrams. Default 0.6. */
  ngramWeight?: number;
  /** Weight of dense cosine similarity. Default 0.5. */
  denseWeight?: number;
  /** Weight of query-term coverage. Default 0.3. */
  coverageWeight?: number;
  /** Dense neighbours fetched per query. Default 60. */
  denseCandidates?: number;
}

export const DEFAULT_RETRIEVER_OPTIONS = {
  lexicalWeight: 1.0,
  ngramWeight: 0.6,
  denseWeight: 0.5,
  coverageWeight: 0.3,
  denseCandidates: 60,
} satisfies Required<RetrieverOptions>;

export interface SearchOptions {
  k?: number;
  /** Already-analysed query (the answer composer reuses it). */
  analyzed?: AnalyzedQuery;
}

export class HybridRetriever {
  readonly chunks: Chunk[];
  private readonly termSets: Set<string>[];
  private readonly lexical: Bm25Index;
  private readonly ngrams: Bm25Index;
  private readonly options: Required<RetrieverOptions>;

  constructor(
    readonly index: LoadedIndex,
    readonly tokenizer: Tokenizer,
    readonly lexicon?: Lexicon,
    options: RetrieverOptions = {},
  ) {
    this.options = { ...DEFAULT_RETRIEVER_OPTIONS, ...options };
    this.chunks = index.chunks;
    this.termSets = index.terms.map((terms) => new Set(terms));
    this.lexical = Bm25Index.build(index.terms);
    this.ngrams = Bm25Index.build(index.chunks.map((chunk) => charBigrams(normalizeForIndex(indexTextOf(chunk)))));
  }

  analyze(question: string): AnalyzedQuery {
    return analyzeQuery(question, this.tokenizer, this.lexicon);
  }

  async search(question: string, options: SearchOptions = {}): Promise<Passage[]> {
    const k = options.k ?? 10;
    const query = options.analyzed ?? this.analyze(question);
    const n = this.chunks.length;
    if (n === 0) return [];
    const { lexicalWeight, ngramWeight, denseWeight, coverageWeight, denseCandidates } = this.options;

    const lexical = new Float64Array(n);
    this.lexical.score(query.terms, lexical);
    const ngram = new Float64Array(n);
    this.ngrams.score(query.grams, ngram);
    const dense = new Float64Array(n);
    if (denseWeight > 0) {
      try {
        const vector = await this.index.embeddings.embedQuery(query.core);
        for (const [i, similarity] of await this.index.vectors.search(vector, denseCandidates)) dense[i] = similarity;
      } catch {
        // A failing optional embedder leaves lexical retrieval working.
      }
    }
    const maxLexical = max(lexical) || 1;
    const maxNgram = max(ngram) || 1;
    const termIdf = [...query.terms].map(([term, weight]) => [term, weight * this.lexical.idf(term)] as const);
    const totalIdf = termIdf.reduce((sum, [, w]) => sum + w, 0) || 1;

    const passages: Passage[] = [];
    for (let i = 0; i < n; i++) {
      if (lexical[i] === 0 && ngram[i] === 0 && dense[i] === 0) continue;
      const terms = this.termSets[i]!;
      let covered = 0;
      for (const [term, w] of termIdf) if (terms.has(term)) covered += w;
      const coverage = covered / totalIdf;
      const l = lexical[i]! / maxLexical;
      const g = ngram[i]! / maxNgram;
      const d = dense[i]!;
      passages.push({
        chunk: this.chunks[i]!,
        score: lexicalWeight * l + ngramWeight * g + denseWeight * d + coverageWeight * coverage,
        lexical: l,
        ngram: g,
        dense: d,
        coverage,
      });
    }
    passages.sort((a, b) => b.score - a.score);
    return passages.slice(0, k);
  }
}

function max(values: Float64Array): number {
  let best = 0;
  for (const value of values) if (value > best) best = value;
  return best;
}
