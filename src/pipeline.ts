/**
 * Assembles the retrieval pipeline: tokenizer → index (built or rebuilt when needed) → hybrid
 * retriever. Loaded once per process and shared by every surface.
 */
import type { Chunk } from './chunking/chunk.js';
import type { ReportMeta } from './corpus/report.js';
import type { EmbedderConfig } from './indexing/embedders/optional.js';
import type { LoadedIndex } from './indexing/load-index.js';
import { openIndex } from './indexing/open-index.js';
import type { Progress } from './indexing/progress.js';
import type { Logger } from './logging.js';
import { HybridRetriever } from './retrieval/hybrid-retriever.js';
import { loadLexicon } from './retrieval/lexicon.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from './text/kuromoji-tokenizer.js';
import { normalizeForIndex } from './text/normalize.js';

export interface Pipeline {
  index: LoadedIndex;
  retriever: HybridRetriever;
  tokenizer: KuromojiTokenizerAdapter;
  chunkById: Map<string, Chunk>;
  /** Position of each chunk (by id) in `index.chunks`. */
  chunkIndex: Map<string, number>;
  report(doc: string): (ReportMeta & { doc: string }) | undefined;
  /** BM25-style inverse document frequency of an index term over the chunks. */
  idf(term: string): number;
  /** The normalized text of every passage, whitespace removed (to check what the reports mention). */
  corpusText: string;
}

export interface PipelineOptions {
  indexDir: string;
  corpusDir?: string;
  embedder?: EmbedderConfig;
  logger?: Logger;
  progress?: Progress;
  /** Rebuild when the corpus changed since the index was built. Default false. */
  ifStale?: boolean;
}

export async function openPipeline(options: PipelineOptions): Promise<Pipeline> {
  // The dictionary loads while the index is read.
  const pendingTokenizer = getTokenizer();
  const index = await openIndex({ ...options, tokenizer: pendingTokenizer });
  const tokenizer = await pendingTokenizer;
  const retriever = new HybridRetriever(index, tokenizer, loadLexicon());
  // Only answering needs the corpus text: computed on first use, so `kotae search` never pays for it.
  let corpusText: string | undefined;
  return {
    get corpusText() {
      corpusText ??= normalizeForIndex(index.chunks.map((chunk) => chunk.text).join('\n')).replace(/\s+/g, '');
      return corpusText;
    },
    // The retriever's BM25 idf over the same chunk terms (no second document-frequency table).
    idf: (term) => retriever.idf(term),
    index,
    retriever,
    tokenizer,
    chunkById: new Map(index.chunks.map((chunk) => [chunk.id, chunk])),
    chunkIndex: new Map(index.chunks.map((chunk, i) => [chunk.id, i])),
    report: (doc) => index.reports.get(doc),
  };
}
