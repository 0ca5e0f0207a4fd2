/**
 * corpus → chunks → terms → BM25 inputs + dense vectors → files in the index directory.
 * Files whose hash has not changed reuse their chunks and terms from the previous build, so only
 * new or changed reports go through kuromoji again.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { chunkReport } from '../chunking/chunker.js';
import { loadCorpus, metadataHash } from '../corpus/load-corpus.js';
import type { Logger } from '../logging.js';
import type { KuromojiTokenizerAdapter } from '../text/kuromoji-tokenizer.js';
import { startBuildHelper } from './build-helper.js';
import { LsaEmbeddings, type LsaModel, trainLsaAndEmbed } from './embedders/lsa.js';
import { createOptionalEmbeddings, type EmbedderConfig } from './embedders/optional.js';
import { MANIFEST_FILE, readArtifact, readManifest, sha256, writeAtomic } from './index-files.js';
import { indexTextOf } from './index-text.js';
import { analysisFingerprint } from './analysis-fingerprint.js';
import { INDEX_FORMAT_VERSION, type Manifest, TOKENIZER_ID } from './manifest.js';
import { type Progress, silentProgress } from './progress.js';
import { encodeSearchStructures, SEARCH_ARRAYS_FILE, SEARCH_FILE } from './search-files.js';
import type { StoredCorpus, StoredReport } from './stored-index.js';
import { VectorIndex } from './vector-index.js';

export interface BuildOptions {
  /** Rebuild even when nothing changed (a damaged index). Default false. */
  force?: boolean;
  corpusDir: string;
  indexDir: string;
  tokenizer: KuromojiTokenizerAdapter;
  embedder?: EmbedderConfig;
  progress?: Progress;
  logger?: Logger;
  /** Analyse on two threads when the machine has two cores and the work is large enough. Default true. */
  parallel?: boolean;
}

export interface BuildResult {
  manifest: Manifest;
  reused: number;
  analysed: number;
  ms: number;
}

export const CHUNKS_FILE = 'chunks.json';
export const LSA_FILE = 'lsa.json';
export const LSA_PROJECTION_FILE = 'lsa.bin';
export const VECTOR_DIR = 'vectors';
export const VECTOR_FILES = ['hnswlib.index', 'args.json', 'docstore.json'].map((name) => `${VECTOR_DIR}/${name}`);

function previousReports(indexDir: string): Map<string, StoredReport> {
  try {
    const stored = JSON.parse(readFileSync(path.join(indexDir, CHUNKS_FILE), 'utf8')) as StoredCorpus;
    // Chunks are reused only when chunking and analysis are exactly those of this build.
    if (
      stored.tokenizer !== TOKENIZER_ID ||
      stored.formatVersion !== INDEX_FORMAT_VERSION ||
      stored.analysis !== analysisFingerprint()
    )
      return new Map();
    return new Map(stored.reports.map((report) => [report.doc, report]));
  } catch {
    return new Map();
  }
}

export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const progress = options.progress ?? silentProgress;
  const { reports, skipped } = loadCorpus(options.corpusDir);
  for (const skip of skipped) options.logger?.warn({ doc: skip.doc }, skip.reason);
  const current = upToDate(options, reports, skipped);
  if (current) return { manifest: current, reused: reports.length, analysed: 0, ms: Date.now() - started };
  const previous = previousReports(options.indexDir);

  // Chunk everything first: the helper thread needs the chunk texts from the start.
  const stored: StoredReport[] = [];
  const toAnalyse: StoredReport[] = [];
  for (const report of reports) {
    const old = previous.get(report.doc);
    const { lines: _lines, ...meta } = report;
    if (old && old.hash === report.hash) {
      stored.push({ ...old, ...meta, chunks: old.chunks.map((chunk) => ({ ...chunk, title: meta.title })) });
      continue;
    }
    const analysed: StoredReport = { ...meta, chunks: chunkReport(report), terms: [] };
    stored.push(analysed);
    toAnalyse.push(analysed);
  }
  const chunks = stored.flatMap((report) => report.chunks);
  const texts = toAnalyse.flatMap((report) => report.chunks.map((chunk) => indexTextOf(chunk)));
  const helper = startBuildHelper(
    chunks,
    texts,
    options.tokenizer,
    options.parallel === undefined ? {} : { parallel: options.parallel },
  );

  progress.start('analysing passages', texts.length);
  const analysedTerms = await helper.analyse(progress);
  progress.stop();
  let next = 0;
  for (const report of toAnalyse) {
    report.terms = analysedTerms.slice(next, next + report.chunks.length);
    next += report.chunks.length;
  }
  const reused = reports.length - toAnalyse.length;

  const terms = stored.flatMap((report) => report.terms);
  const artifacts: Record<string, string> = {};
  artifacts[CHUNKS_FILE] = writeAtomic(
    path.join(options.indexDir, CHUNKS_FILE),
    JSON.stringify({
      formatVersion: INDEX_FORMAT_VERSION,
      tokenizer: TOKENIZER_ID,
      analysis: analysisFingerprint(),
      reports: stored,
    } satisfies StoredCorpus),
  );

  // Dense vectors: an optional neural embedder when configured and working, else LSA.
  let embedder: Manifest['embedder'];
  let embeddings: Embeddings;
  let vectors: number[][] | undefined;
  if (options.embedder && options.embedder.kind !== 'lsa') {
    try {
      embeddings = await createOptionalEmbeddings(options.embedder);
      progress.start(`embedding with ${options.embedder.kind}`, chunks.length);
      vectors = [];
      for (let i = 0; i < chunks.length; i += 64) {
        const batch = chunks.slice(i, i + 64);
        vectors.push(...(await embeddings.embedDocuments(batch.map((chunk) => indexTextOf(chunk)))));
        progress.tick(batch.length);
      }
      progress.stop();
      embedder = {
        kind: options.embedder.kind,
        model: options.embedder.model ?? null,
        dimensions: vectors[0]?.length ?? 1,
      };
    } catch (error) {
      progress.stop();
      options.logger?.warn(
        { err: error instanceof Error ? error.message : String(error) },
        `embedder ${options.embedder.kind} failed; using the built-in LSA embedder instead`,
      );
      vectors = undefined;
    }
  }
  if (!vectors) {
    const { model, vectors: lsaVectors } = trainLsaAndEmbed(terms);
    embeddings = new LsaEmbeddings(model, options.tokenizer);
    vectors = lsaVectors;
    embedder = { kind: 'lsa', model: null, dimensions: model.dimensions };
    Object.assign(artifacts, writeLsa(options.indexDir, model));
  } else {
    rmSync(path.join(options.indexDir, LSA_FILE), { force: true });
    rmSync(path.join(options.indexDir, LSA_PROJECTION_FILE), { force: true });
  }

  const vectorIndex = await VectorIndex.build(
    embeddings!,
    vectors,
    chunks.map((_, i) => i),
  );
  const vectorDir = path.join(options.indexDir, VECTOR_DIR);
  await vectorIndex.save(vectorDir);
  for (const name of VECTOR_FILES) artifacts[name] = sha256(readFileSync(path.join(options.indexDir, name)));
  const search = encodeSearchStructures(await helper.searchStructures());
  artifacts[SEARCH_FILE] = writeAtomic(path.join(options.indexDir, SEARCH_FILE), search.json);
  artifacts[SEARCH_ARRAYS_FILE] = writeAtomic(path.join(options.indexDir, SEARCH_ARRAYS_FILE), search.arrays);

  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    tokenizer: TOKENIZER_ID,
    analysis: analysisFingerprint(),
    corpusDir: path.resolve(options.corpusDir),
    embedder: embedder!,
    files: stored.map((report) => ({ doc: report.doc, hash: report.hash, chunks: report.chunks.length })),
    skipped,
    metaHash: metadataHash(options.corpusDir),
    chunkCount: chunks.length,
    artifacts,
  };
  writeAtomic(path.join(options.indexDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return { manifest, reused, analysed: reports.length - reused, ms: Date.now() - started };
}

function writeLsa(indexDir: string, model: LsaModel): Record<string, string> {
  return {
    [LSA_FILE]: writeAtomic(
      path.join(indexDir, LSA_FILE),
      JSON.stringify({ vocabulary: model.vocabulary, idf: Array.from(model.idf), dimensions: model.dimensions }),
    ),
    [LSA_PROJECTION_FILE]: writeAtomic(
      path.join(indexDir, LSA_PROJECTION_FILE),
      new Uint8Array(model.projection.buffer, model.projection.byteOffset, model.projection.byteLength),
    ),
  };
}

/**
 * The existing manifest when the index already reflects this corpus with this build's format,
 * tokenizer and embedder (so `kotae index` twice does the work once); otherwise undefined.
 */
function upToDate(
  options: BuildOptions,
  reports: { doc: string; hash: string }[],
  skipped: { doc: string; hash: string }[],
): Manifest | undefined {
  if (options.force) return undefined;
  let manifest: Manifest;
  try {
    manifest = readManifest(options.indexDir);
  } catch {
    return undefined;
  }
  const wanted = options.embedder?.kind ?? 'lsa';
  if (
    manifest.formatVersion !== INDEX_FORMAT_VERSION ||
    manifest.tokenizer !== TOKENIZER_ID ||
    manifest.analysis !== analysisFingerprint() ||
    manifest.embedder.kind !== wanted ||
    manifest.files.length !== reports.length ||
    manifest.metaHash !== metadataHash(options.corpusDir)
  ) {
    return undefined;
  }
  const skippedHashes = new Map(manifest.skipped.map((skip) => [skip.doc, skip.hash]));
  if (skipped.length !== manifest.skipped.length || skipped.some((skip) => skippedHashes.get(skip.doc) !== skip.hash)) {
    return undefined;
  }
  const hashes = new Map(manifest.files.map((file) => [file.doc, file.hash]));
  if (!reports.every((report) => hashes.get(report.doc) === report.hash)) return undefined;
  try {
    // Every artifact must still match its hash: a damaged index is rebuilt, not kept.
    for (const name of Object.keys(manifest.artifacts)) readArtifact(options.indexDir, manifest, name);
  } catch {
    return undefined;
  }
  return manifest;
}

export function indexExists(indexDir: string): boolean {
  return existsSync(path.join(indexDir, MANIFEST_FILE));
}
