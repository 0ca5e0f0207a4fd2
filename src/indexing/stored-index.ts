/** The analysed corpus as persisted in `chunks.json`: reports, their chunks and each chunk's terms. */
import type { Chunk } from '../chunking/chunk.js';
import type { ReportMeta } from '../corpus/report.js';

export interface StoredReport extends ReportMeta {
  doc: string;
  hash: string;
  chunks: Chunk[];
  /** Index terms of each chunk (same order as `chunks`); reused when the file has not changed. */
  terms: string[][];
}

export interface StoredCorpus {
  /** INDEX_FORMAT_VERSION of the build that wrote it. */
  formatVersion: number;
  tokenizer: string;
  /** analysisFingerprint() of the build that wrote it: chunks are reused only under the same code. */
  analysis?: string;
  reports: StoredReport[];
}
