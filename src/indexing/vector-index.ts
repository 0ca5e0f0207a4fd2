/**
 * Dense index: hnswlib-node through LangChain's HNSWLib store. LangChain never sets `ef` (the
 * search beam, hnswlib's default 10 gives poor recall), so it is set here on build and load.
 * HNSWLib scores are cosine *distances*; `search` returns similarities (1 - distance).
 */

import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

/** Search beam width; ≥ k, larger = better recall, slower. */
export const HNSW_EF = 200;

export class VectorIndex {
  /** Chunk index of each hnswlib label, read from the label's stored document once. */
  private readonly chunkOfLabel = new Map<number, number>();

  private constructor(readonly store: HNSWLib) {
    store.index.setEf(HNSW_EF);
  }

  static async build(embeddings: EmbeddingsInterface, vectors: number[][], ids: number[]): Promise<VectorIndex> {
    const dimensions = vectors[0]?.length ?? 1;
    const store = new HNSWLib(embeddings, { space: 'cosine', numDimensions: dimensions });
    await store.addVectors(
      vectors,
      ids.map((id) => new Document({ pageContent: '', metadata: { i: id } })),
    );
    return new VectorIndex(store);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    return new VectorIndex(await HNSWLib.load(directory, embeddings));
  }

  save(directory: string): Promise<void> {
    return this.store.save(directory);
  }

  /** The `k` nearest chunks as [chunk index, cosine similarity], best first. */
  async search(vector: number[], k: number): Promise<[number, number][]> {
    // hnswlib's search, as LangChain's similaritySearchVectorWithScore runs it, without its
    // document lookup for every neighbour of every query.
    const { index, docstore } = this.store;
    const { neighbors, distances } = index.searchKnn(vector, Math.min(k, index.getCurrentCount()));
    return neighbors.map((label, r) => {
      let chunk = this.chunkOfLabel.get(label);
      if (chunk === undefined) {
        chunk = docstore.search(String(label)).metadata['i'] as number;
        this.chunkOfLabel.set(label, chunk);
      }
      return [chunk, 1 - distances[r]!];
    });
  }
}
