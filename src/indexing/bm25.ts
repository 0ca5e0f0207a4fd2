/**
 * A compact BM25 (Okapi) index over pre-tokenized documents. Postings are kept as parallel
 * arrays so that scoring a query is a few tight loops (sub-millisecond on a few thousand chunks).
 */
export interface Bm25Options {
  /** Term-frequency saturation. Default 1.2 (typical range 0.8–2.0). */
  k1?: number;
  /** Length normalization. Default 0.75 (0 = none, 1 = full). */
  b?: number;
}

export const DEFAULT_BM25_OPTIONS = { k1: 1.2, b: 0.75 } satisfies Required<Bm25Options>;

export interface SerializedBm25 {
  k1: number;
  b: number;
  docLengths: number[];
  /** term → [docId, tf, docId, tf, ...] */
  postings: Record<string, number[]>;
}

export class Bm25Index {
  private readonly postings = new Map<string, { ids: Int32Array; tfs: Float32Array }>();
  private readonly docLengths: Float32Array;
  private readonly avgLength: number;
  readonly k1: number;
  readonly b: number;

  private constructor(serialized: SerializedBm25) {
    this.k1 = serialized.k1;
    this.b = serialized.b;
    this.docLengths = Float32Array.from(serialized.docLengths);
    const total = serialized.docLengths.reduce((sum, length) => sum + length, 0);
    this.avgLength = serialized.docLengths.length ? total / serialized.docLengths.length : 1;
    for (const [term, flat] of Object.entries(serialized.postings)) {
      const n = flat.length / 2;
      const ids = new Int32Array(n);
      const tfs = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        ids[i] = flat[2 * i]!;
        tfs[i] = flat[2 * i + 1]!;
      }
      this.postings.set(term, { ids, tfs });
    }
  }

  static build(documents: string[][], options: Bm25Options = {}): Bm25Index {
    const { k1, b } = { ...DEFAULT_BM25_OPTIONS, ...options };
    const postings: Record<string, number[]> = Object.create(null);
    documents.forEach((terms, id) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = postings[term] ?? [];
        postings[term] = list;
        list.push(id, tf);
      }
    });
    return new Bm25Index({ k1, b, docLengths: documents.map((terms) => terms.length), postings });
  }

  static fromJSON(serialized: SerializedBm25): Bm25Index {
    return new Bm25Index(serialized);
  }

  toJSON(): SerializedBm25 {
    const postings: Record<string, number[]> = {};
    for (const [term, { ids, tfs }] of this.postings) {
      const flat: number[] = [];
      for (let i = 0; i < ids.length; i++) flat.push(ids[i]!, tfs[i]!);
      postings[term] = flat;
    }
    return { k1: this.k1, b: this.b, docLengths: Array.from(this.docLengths), postings };
  }

  get size(): number {
    return this.docLengths.length;
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.ids.length ?? 0;
  }

  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Adds BM25 scores of the weighted query terms into `scores` (one slot per document). */
  score(query: Map<string, number>, scores: Float64Array): void {
    const { k1, b, avgLength, docLengths } = this;
    for (const [term, weight] of query) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = this.idf(term) * weight;
      const { ids, tfs } = posting;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const norm = k1 * (1 - b + (b * docLengths[id]!) / avgLength);
        scores[id]! += (idf * (tf * (k1 + 1))) / (tf + norm);
      }
    }
  }
}
