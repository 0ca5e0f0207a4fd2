/**
 * Loads a built index and checks it: format version, tokenizer, artifact hashes. Any damage is an
 * IndexError with a message that says what is wrong and how to fix it; `openIndex` (below) rebuilds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Chunk } from '../chunking/chunk.js';
import type { ReportMeta } from '../corpus/report.js';
import { ErrorCode, IndexError } from '../errors.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { Bm25Index } from './bm25.js';
import { CHUNKS_FILE, LSA_FILE, LSA_PROJECTION_FILE, VECTOR_DIR, VECTOR_FILES } from './build-index.js';
import { LsaEmbeddings, type LsaModel } from './embedders/lsa.js';
import { createOptionalEmbeddings, type EmbedderConfig } from './embedders/optional.js';
import { readArtifact, readManifest } from './index-files.js';
import { INDEX_FORMAT_VERSION, type Manifest, TOKENIZER_ID } from './manifest.js';
import { decodeSearchStructures, SEARCH_ARRAYS_FILE, SEARCH_FILE } from './search-files.js';
import type { SearchStructures } from './search-structures.js';
import type { StoredCorpus } from './stored-index.js';
import { VectorIndex } from './vector-index.js';

export interface LoadedIndex {
  manifest: Manifest;
  chunks: Chunk[];
  /** Index terms per chunk (same order as `chunks`). */
  terms: string[][];
  reports: Map<string, ReportMeta & { doc: string }>;
  vectors: VectorIndex;
  embeddings: Embeddings;
  /** BM25 over the character bigrams of each chunk's index text, as stored at build time. */
  ngramIndex?: Bm25Index;
  /** BM25 over the character trigrams of each chunk's index text, as stored at build time. */
  trigramIndex?: Bm25Index;
  /** Texts of the chunks that define aliases: `AliasTable.fromCorpus` of these equals that of all chunks. */
  aliasSourceTexts?: string[];
}

export async function loadIndex(
  indexDir: string,
  tokenizer: Tokenizer,
  embedderConfig?: EmbedderConfig,
): Promise<LoadedIndex> {
  const manifest = readManifest(indexDir);
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION || manifest.tokenizer !== TOKENIZER_ID) {
    throw new IndexError(
      ErrorCode.IndexMismatch,
      `index: ${indexDir} was built by another version of kotae (format ${manifest.formatVersion}, ${manifest.tokenizer}; this build needs format ${INDEX_FORMAT_VERSION}, ${TOKENIZER_ID}); rebuild with \`npx kotae index\``,
    );
  }
  for (const name of VECTOR_FILES) readArtifact(indexDir, manifest, name);
  let stored: StoredCorpus;
  try {
    stored = JSON.parse(readArtifact(indexDir, manifest, CHUNKS_FILE).toString('utf8')) as StoredCorpus;
  } catch (error) {
    if (error instanceof IndexError) throw error;
    throw new IndexError(ErrorCode.IndexCorrupt, `index: ${CHUNKS_FILE} in ${indexDir} is not valid JSON; rebuild`, {
      cause: error,
    });
  }
  const embeddings = await embeddingsFor(indexDir, manifest, tokenizer, embedderConfig);
  let vectors: VectorIndex;
  try {
    vectors = await VectorIndex.load(path.join(indexDir, VECTOR_DIR), embeddings);
  } catch (error) {
    throw new IndexError(ErrorCode.IndexCorrupt, `index: the vector index in ${indexDir} cannot be read; rebuild`, {
      cause: error,
    });
  }
  const chunks = stored.reports.flatMap((report) => report.chunks);
  let search: SearchStructures;
  let ngramIndex: Bm25Index;
  let trigramIndex: Bm25Index;
  try {
    search = decodeSearchStructures(
      readArtifact(indexDir, manifest, SEARCH_FILE).toString('utf8'),
      readArtifact(indexDir, manifest, SEARCH_ARRAYS_FILE),
      chunks.length,
    );
    ngramIndex = Bm25Index.fromArrays(search.ngram);
    trigramIndex = Bm25Index.fromArrays(search.trigram);
  } catch (error) {
    if (error instanceof IndexError) throw error;
    throw new IndexError(
      ErrorCode.IndexCorrupt,
      `index: the search structures in ${indexDir} cannot be read; rebuild`,
      {
        cause: error,
      },
    );
  }
  const reports = new Map(
    stored.reports.map(({ doc, title, publisher, author, date, topics }) => [
      doc,
      { doc, title, publisher, author, date, ...(topics ? { topics } : {}) },
    ]),
  );
  return {
    manifest,
    chunks,
    terms: stored.reports.flatMap((report) => report.terms),
    reports,
    vectors,
    embeddings,
    ngramIndex,
    trigramIndex,
    aliasSourceTexts: search.aliasSources.map((i) => chunks[i]!.text),
  };
}

async function embeddingsFor(
  indexDir: string,
  manifest: Manifest,
  tokenizer: Tokenizer,
  embedderConfig: EmbedderConfig | undefined,
): Promise<Embeddings> {
  if (manifest.embedder.kind === 'lsa') {
    const meta = JSON.parse(readArtifact(indexDir, manifest, LSA_FILE).toString('utf8')) as {
      vocabulary: string[];
      idf: number[];
      dimensions: number;
    };
    const bytes = readArtifact(indexDir, manifest, LSA_PROJECTION_FILE);
    const projection = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const model: LsaModel = {
      vocabulary: meta.vocabulary,
      idf: Float32Array.from(meta.idf),
      projection,
      dimensions: meta.dimensions,
    };
    if (projection.length !== model.vocabulary.length * model.dimensions) {
      throw new IndexError(ErrorCode.IndexCorrupt, `index: ${LSA_PROJECTION_FILE} has the wrong size; rebuild`);
    }
    return new LsaEmbeddings(model, tokenizer);
  }
  if (!embedderConfig || embedderConfig.kind !== manifest.embedder.kind) {
    throw new IndexError(
      ErrorCode.IndexMismatch,
      `index: ${indexDir} was built with the ${manifest.embedder.kind} embedder but KOTAE_EMBEDDER is ${embedderConfig?.kind ?? 'lsa'}; rebuild with \`npx kotae index\` or set KOTAE_EMBEDDER=${manifest.embedder.kind}`,
    );
  }
  return createOptionalEmbeddings(embedderConfig);
}

/** Reads only the manifest's file hashes, to tell whether the corpus changed since the build. */
export function readIndexedHashes(indexDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(indexDir, 'manifest.json'), 'utf8')) as Manifest;
  return new Map(manifest.files.map((file) => [file.doc, file.hash]));
}
