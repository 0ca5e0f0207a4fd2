/**
 * LSA embeddings trained on the corpus at index time: TF-IDF over kuromoji terms, reduced by a
 * truncated SVD (randomized range finder with power iterations, Halko et al. 2011). Offline, no
 * model download, deterministic (seeded). Exposed through LangChain's `Embeddings` interface.
 */
import { Embeddings } from '@langchain/core/embeddings';
import type { Tokenizer } from '../../text/tokenizer.js';

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

type SparseRow = { ids: Int32Array; values: Float64Array };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Orthonormalizes the columns of a column-major matrix in place (modified Gram–Schmidt). */
function orthonormalize(columns: Float64Array[]): void {
  for (let j = 0; j < columns.length; j++) {
    const v = columns[j]!;
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const u = columns[i]!;
        let dot = 0;
        for (let r = 0; r < v.length; r++) dot += u[r]! * v[r]!;
        for (let r = 0; r < v.length; r++) v[r]! -= dot * u[r]!;
      }
    }
    let norm = 0;
    for (let r = 0; r < v.length; r++) norm += v[r]! * v[r]!;
    norm = Math.sqrt(norm);
    if (norm > 1e-10) for (let r = 0; r < v.length; r++) v[r]! /= norm;
    else v.fill(0);
  }
}

/** Y = A X, with A sparse (rows = documents) and X column-major (terms × l). */
function multiplyA(rows: SparseRow[], x: Float64Array[]): Float64Array[] {
  return x.map((column) => {
    const out = new Float64Array(rows.length);
    rows.forEach((row, d) => {
      let sum = 0;
      for (let i = 0; i < row.ids.length; i++) sum += row.values[i]! * column[row.ids[i]!]!;
      out[d] = sum;
    });
    return out;
  });
}

/** Z = Aᵀ Y, with Y column-major (documents × l). */
function multiplyAt(rows: SparseRow[], y: Float64Array[], terms: number): Float64Array[] {
  return y.map((column) => {
    const out = new Float64Array(terms);
    rows.forEach((row, d) => {
      const weight = column[d]!;
      if (weight === 0) return;
      for (let i = 0; i < row.ids.length; i++) out[row.ids[i]!]! += row.values[i]! * weight;
    });
    return out;
  });
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi). Returns values and column vectors. */
function symmetricEigen(matrix: Float64Array[], size: number): { values: number[]; vectors: Float64Array[] } {
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: size }, (_, i) => {
    const row = new Float64Array(size);
    row[i] = 1;
    return row;
  });
  let scale = 0;
  for (let p = 0; p < size; p++) for (let q = 0; q < size; q++) scale += a[p]![q]! ** 2;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p]![q]! ** 2;
    // Converged relative to the matrix's size (an absolute bound may never be reached).
    if (off <= 1e-14 * scale) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = Array.from({ length: size }, (_, i) => a[i]![i]!);
  const vectors = Array.from({ length: size }, (_, j) => Float64Array.from(v, (row) => row[j]!));
  return { values, vectors };
}

function tfidfRow(terms: string[], index: Map<string, number>, idf: Float32Array): SparseRow {
  const counts = new Map<number, number>();
  for (const term of terms) {
    const id = index.get(term);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from(counts.keys());
  const values = Float64Array.from(ids, (id) => (1 + Math.log(counts.get(id)!)) * idf[id]!);
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i]! /= norm;
  return { ids, values };
}

export function trainLsa(documents: string[][], options: LsaOptions = {}): LsaModel {
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
  const l = Math.min(k + OVERSAMPLING, vocabulary.length, documents.length);
  const random = mulberry32(seed);
  let z: Float64Array[] = Array.from({ length: l }, () =>
    Float64Array.from({ length: vocabulary.length }, () => gaussian(random)),
  );
  let y = multiplyA(rows, z);
  orthonormalize(y);
  for (let i = 0; i < powerIterations; i++) {
    // y is orthonormal, so z = Aᵀy needs no re-orthonormalization (the terms side is the large
    // one: skipping it makes training several times faster); y = A z is orthonormalized again.
    z = multiplyAt(rows, y, vocabulary.length);
    y = multiplyA(rows, z);
    orthonormalize(y);
  }
  // B = Qᵀ A (l × terms); eigen-decompose B Bᵀ to get the right singular vectors.
  const b = multiplyAt(rows, y, vocabulary.length);
  const bbt = b.map(() => new Float64Array(l));
  for (let i = 0; i < l; i++) {
    const bi = b[i]!;
    for (let j = i; j < l; j++) {
      const bj = b[j]!;
      let sum = 0;
      for (let t = 0; t < bi.length; t++) sum += bi[t]! * bj[t]!;
      bbt[i]![j] = sum;
      bbt[j]![i] = sum;
    }
  }
  const { values, vectors } = symmetricEigen(bbt, l);
  const order = values
    .map((value, i) => ({ value, i }))
    .sort((p, q) => q.value - p.value)
    .slice(0, k);
  const projection = new Float32Array(vocabulary.length * k);
  const direction = new Float64Array(vocabulary.length);
  order.forEach(({ value, i }, column) => {
    const sigma = Math.sqrt(Math.max(value, 1e-12));
    const w = vectors[i]!;
    // Right singular vector v = Bᵀw/σ (accumulated row by row: contiguous memory access).
    direction.fill(0);
    for (let r = 0; r < l; r++) {
      const weight = w[r]!;
      const row = b[r]!;
      for (let t = 0; t < row.length; t++) direction[t]! += row[t]! * weight;
    }
    // Keeping √σ weights the directions by importance.
    const scale = Math.sqrt(sigma) / sigma;
    for (let t = 0; t < vocabulary.length; t++) projection[t * k + column] = direction[t]! * scale;
  });
  return { vocabulary, idf, projection, dimensions: k };
}

export class LsaEmbedder {
  private readonly index: Map<string, number>;
  constructor(readonly model: LsaModel) {
    this.index = new Map(model.vocabulary.map((term, i) => [term, i]));
  }

  /** Embeds already-tokenized terms (the index build reuses the terms it has). */
  embedTerms(terms: string[]): number[] {
    const { projection, dimensions, idf } = this.model;
    const row = tfidfRow(terms, this.index, idf);
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
