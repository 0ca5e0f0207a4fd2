/**
 * LSA embeddings trained on the corpus at index time: TF-IDF over kuromoji terms, reduced by a
 * truncated SVD (randomized range finder with power iterations, Halko et al. 2011). Offline, no
 * model download, deterministic (seeded). Exposed through LangChain's `Embeddings` interface.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Tokenizer } from '../../text/tokenizer.js';
import { rightSingularProjection, type SparseRow } from './truncated-svd.js';

export interface LsaOptions {
  /** Output dimension. Default 96 (capped by corpus size); more costs build time for no gain on the dev set. */
  dimensions?: number;
  /** A term must occur in at least this many chunks. Default 2. */
  minDocFrequency?: number;
  /** Power iterations of the range finder. Default 2 (more = closer to the exact SVD, slower). */
  powerIterations?: number;
  /** Seed of the random projection. Default 42. */
  seed?: number;
}

/** Extra random directions of the range finder (Halko et al. suggest 5–10). */
const OVERSAMPLING = 8;

export const DEFAULT_LSA_OPTIONS = {
  dimensions: 96,
  minDocFrequency: 2,
  powerIterations: 2,
  seed: 42,
} satisfies Required<LsaOptions>;

export interface LsaModel {
  vocabulary: string[];
  idf: Float32Array;
  /** Row-major `vocabulary.length × dimensions` projection onto the top singular directions. */
  projection: Float32Array;
  dimensions: number;
}

/**
 * A row-major rows × columns matrix of standard normal samples (Box–Muller over mulberry32),
 * drawn column by column.
 */
function gaussianMatrix(rows: number, columns: number, seed: number): Float64Array {
  const out = new Float64Array(rows * columns);
  let state = seed >>> 0;
  // mulberry32: uniform in [0, 1).
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < rows; r++) {
      const u = Math.max(random(), 1e-12);
      out[r * columns + c] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    }
  }
  return out;
}

/** Log-scaled TF-IDF of the known terms, unit length; ids in order of first occurrence. */
function tfidfRow(terms: string[], index: Map<string, number>, idf: Float32Array): SparseRow {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = index.get(term);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = new Int32Array(counts.size);
  const values = new Float64Array(counts.size);
  let n = 0;
  for (const [id, count] of counts) {
    ids[n] = id;
    values[n++] = (1 + Math.log(count)) * idf[id]!;
  }
  let norm = 0;
  for (let i = 0; i < n; i++) norm += values[i]! * values[i]!;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < n; i++) values[i]! /= norm;
  return { ids, values };
}

export function trainLsa(documents: string[][], options: LsaOptions = {}): LsaModel {
  return trainLsaAndEmbed(documents, options).model;
}

/** Trains the model and embeds the training documents with it (as `LsaEmbedder.embedTerms` would). */
export function trainLsaAndEmbed(
  documents: string[][],
  options: LsaOptions = {},
): { model: LsaModel; vectors: number[][] } {
  const { dimensions, minDocFrequency, powerIterations, seed } = { ...DEFAULT_LSA_OPTIONS, ...options };
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = [...df.entries()]
    .filter(([, count]) => count >= minDocFrequency && count < documents.length * 0.5)
    .map(([term]) => term)
    .sort();
  const index = new Map(vocabulary.map((term, i) => [term, i]));
  const idf = Float32Array.from(vocabulary, (term) => Math.log(documents.length / df.get(term)!) + 1);
  const rows = documents.map((terms) => tfidfRow(terms, index, idf));
  const k = Math.max(1, Math.min(dimensions, vocabulary.length - 1, documents.length - 1));
  const width = Math.min(k + OVERSAMPLING, vocabulary.length, documents.length);
  const projection = rightSingularProjection(rows, vocabulary.length, {
    rank: k,
    width,
    powerIterations,
    start: gaussianMatrix(vocabulary.length, width, seed),
  });
  const model = { vocabulary, idf, projection, dimensions: k };
  return { model, vectors: rows.map((row) => project(row, model)) };
}

/** Unit-length projection of a TF-IDF row. */
function project(row: SparseRow, model: LsaModel): number[] {
  const { projection, dimensions } = model;
  const out = new Float64Array(dimensions);
  for (let i = 0; i < row.ids.length; i++) {
    const base = row.ids[i]! * dimensions;
    const weight = row.values[i]!;
    for (let d = 0; d < dimensions; d++) out[d]! += weight * projection[base + d]!;
  }
  let norm = 0;
  for (const value of out) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from(out, (value) => value / norm);
}

export class LsaEmbedder {
  private readonly index: Map<string, number>;
  constructor(readonly model: LsaModel) {
    this.index = new Map(model.vocabulary.map((term, i) => [term, i]));
  }

  /** Embeds already-tokenized terms (the index build reuses the terms it has). */
  embedTerms(terms: string[]): number[] {
    return project(tfidfRow(terms, this.index, this.model.idf), this.model);
  }
}

/** LangChain `Embeddings` over an LSA model and the shared tokenizer. */
export class LsaEmbeddings extends Embeddings {
  private readonly embedder: LsaEmbedder;
  constructor(
    model: LsaModel,
    private readonly tokenizer: Tokenizer,
  ) {
    super({});
    this.embedder = new LsaEmbedder(model);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embedder.embedTerms(this.tokenizer.terms(text)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedder.embedTerms(this.tokenizer.terms(text));
  }
}
