/**
 * The index manifest: what was indexed and how. Load refuses an index whose format, tokenizer or
 * embedder differ from this build's, with a message saying what differs and how to fix it.
 */
import { z } from 'zod/v4';

/**
 * Bump when the on-disk layout or the analysis (chunking, terms) changes. 14: an index built before it
 * lacks the footnotes' citing sentences in its n-gram index (the build's helper thread dropped them).
 * 15: a figure cut from its counter across lines (「1,787」 / 「戸が…」) is joined.
 */
export const INDEX_FORMAT_VERSION = 15;
export const TOKENIZER_ID = 'kuromoji-ipadic/terms-v8';

export const ManifestSchema = z.object({
  formatVersion: z.number().int(),
  createdAt: z.string(),
  tokenizer: z.string(),
  /**
   * Fingerprint of the chunking and analysis code (analysisFingerprint). A different one re-analyses
   * the corpus on the next build; a loaded index still serves meanwhile (it is self-consistent).
   */
  analysis: z.string().optional(),
  /** Absolute path of the corpus directory it was built from (used to rebuild a damaged index). */
  corpusDir: z.string(),
  embedder: z.object({ kind: z.string(), model: z.string().nullable(), dimensions: z.number().int().positive() }),
  files: z.array(z.object({ doc: z.string(), hash: z.string(), chunks: z.number().int().nonnegative() })),
  /** Hash of sources.json and the sidecar metadata files (see metadataHash). */
  metaHash: z.string(),
  skipped: z.array(z.object({ doc: z.string(), reason: z.string(), hash: z.string() })),
  chunkCount: z.number().int().nonnegative(),
  /** sha256 of every other file of the index, to detect a corrupt or partial index. */
  artifacts: z.record(z.string(), z.string()),
});
export type Manifest = z.infer<typeof ManifestSchema>;
