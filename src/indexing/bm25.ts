/**
 * A compact BM25 (Okapi) index over pre-tokenized documents. The postings of all terms share
 * three flat arrays (term t owns positions offsets[t]..offsets[t+1] of `ids` and `tfs`), so
 * scoring a query is a few tight loops and the index is stored and loaded as raw arrays.
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

/** The index as flat arrays (what is stored on disk). Doc ids of each term are ascending. */
export interface Bm25Arrays {
  k1: number;
  b: number;
  terms: string[];
  /** terms.length + 1 entries. */
  offsets: Int32Array;
  ids: Int32Array;
  tfs: Float32Array;
  docLengths: Float32Array;
}

export class Bm25Index {
  private readonly termIds: Map<string, number>;
  private readonly avgLength: number;
  readonly k1: number;
  readonly b: number;

  private constructor(private readonly arrays: Bm25Arrays) {
    this.k1 = arrays.k1;
    this.b = arrays.b;
    this.termIds = new Map(arrays.terms.map((term, t) => [term, t]));
    let total = 0;
    for (const length of arrays.docLengths) total += length;
    this.avgLength = arrays.docLengths.length ? total / arrays.docLengths.length : 1;
  }

  static build(documents: string[][], options: Bm25Options = {}): Bm25Index {
    const { k1, b } = { ...DEFAULT_BM25_OPTIONS, ...options };
    const termIds = new Map<string, number>();
    // Per term: document frequency, and the last document seen with its count so far there.
    const documentFrequency: number[] = [];
    const lastDocument: number[] = [];
    const countInLast: number[] = [];
    // (term, tf) for every distinct term of every document, in document order.
    const entryTerms: number[] = [];
    const entryTfs: number[] = [];
    const entryDocStarts = new Int32Array(documents.length + 1);
    documents.forEach((terms, id) => {
      const first = entryTerms.length;
      for (const term of terms) {
        let t = termIds.get(term);
        if (t === undefined) {
          t = termIds.size;
          termIds.set(term, t);
          documentFrequency.push(0);
          lastDocument.push(-1);
          countInLast.push(0);
        }
        if (lastDocument[t] === id) countInLast[t]!++;
        else {
          lastDocument[t] = id;
          countInLast[t] = 1;
          documentFrequency[t]!++;
          entryTerms.push(t);
        }
      }
      entryDocStarts[id + 1] = entryTerms.length;
      // Counts are final once the document is read.
      for (let e = first; e < entryTerms.length; e++) entryTfs.push(countInLast[entryTerms[e]!]!);
    });
    // Counting sort of the entries by term; documents stay ascending within a term.
    const offsets = new Int32Array(termIds.size + 1);
    for (let t = 0; t < documentFrequency.length; t++) offsets[t + 1] = offsets[t]! + documentFrequency[t]!;
    const next = offsets.slice(0, termIds.size);
    const ids = new Int32Array(entryTerms.length);
    const tfs = new Float32Array(entryTerms.length);
    for (let id = 0; id < documents.length; id++) {
      for (let e = entryDocStarts[id]!; e < entryDocStarts[id + 1]!; e++) {
        const at = next[entryTerms[e]!]!++;
        ids[at] = id;
        tfs[at] = entryTfs[e]!;
      }
    }
    const docLengths = Float32Array.from(documents, (terms) => terms.length);
    return new Bm25Index({ k1, b, terms: [...termIds.keys()], offsets, ids, tfs, docLengths });
  }

  /** An index from its arrays (as returned by `toArrays`, e.g. read back from disk). */
  static fromArrays(arrays: Bm25Arrays): Bm25Index {
    const { terms, offsets, ids, tfs } = arrays;
    if (offsets.length !== terms.length + 1 || ids.length !== tfs.length || offsets[terms.length] !== ids.length) {
      throw new Error('bm25: inconsistent postings arrays');
    }
    return new Bm25Index(arrays);
  }

  toArrays(): Bm25Arrays {
    return this.arrays;
  }

  static fromJSON(serialized: SerializedBm25): Bm25Index {
    const terms = Object.keys(serialized.postings);
    const offsets = new Int32Array(terms.length + 1);
    terms.forEach((term, t) => (offsets[t + 1] = offsets[t]! + serialized.postings[term]!.length / 2));
    const ids = new Int32Array(offsets[terms.length]!);
    const tfs = new Float32Array(ids.length);
    terms.forEach((term, t) => {
      const flat = serialized.postings[term]!;
      for (let i = 0; i < flat.length / 2; i++) {
        ids[offsets[t]! + i] = flat[2 * i]!;
        tfs[offsets[t]! + i] = flat[2 * i + 1]!;
      }
    });
    const { k1, b } = serialized;
    return Bm25Index.fromArrays({
      k1,
      b,
      terms,
      offsets,
      ids,
      tfs,
      docLengths: Float32Array.from(serialized.docLengths),
    });
  }

  toJSON(): SerializedBm25 {
    const { terms, offsets, ids, tfs, docLengths } = this.arrays;
    const postings: Record<string, number[]> = {};
    terms.forEach((term, t) => {
      const flat: number[] = [];
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) flat.push(ids[p]!, tfs[p]!);
      postings[term] = flat;
    });
    return { k1: this.k1, b: this.b, docLengths: Array.from(docLengths), postings };
  }

  get size(): number {
    return this.arrays.docLengths.length;
  }

  documentFrequency(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.arrays.offsets[t + 1]! - this.arrays.offsets[t]!;
  }

  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Ids of the documents that contain `term`. */
  postings(term: string): Int32Array {
    const t = this.termIds.get(term);
    if (t === undefined) return new Int32Array(0);
    const { offsets, ids } = this.arrays;
    return ids.subarray(offsets[t]!, offsets[t + 1]!);
  }

  /** Adds each term's weight into the slot of every document that contains the term. */
  addPresence(weights: Iterable<readonly [string, number]>, out: Float64Array): void {
    const { offsets, ids } = this.arrays;
    for (const [term, weight] of weights) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
        const id = ids[p]!;
        out[id] = out[id]! + weight;
      }
    }
  }

  /** Adds BM25 scores of the weighted query terms into `scores` (one slot per document). */
  score(query: Map<string, number>, scores: Float64Array): void {
    const { k1, b, avgLength } = this;
    const { offsets, ids, tfs, docLengths } = this.arrays;
    for (const [term, weight] of query) {
      const t = this.termIds.get(term);
      if (t === undefined) continue;
      const idf = this.idf(term) * weight;
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
        const id = ids[p]!;
        const tf = tfs[p]!;
        const norm = k1 * (1 - b + (b * docLengths[id]!) / avgLength);
        scores[id]! += (idf * (tf * (k1 + 1))) / (tf + norm);
      }
    }
  }
}
