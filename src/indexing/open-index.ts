/**
 * Opens the index for serving: builds it when missing, rebuilds it when the corpus changed
 * (`ifStale`) or when it is damaged — once, never in a loop — and loads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileHash, listReportFiles, metadataHash } from '../corpus/load-corpus.js';
import { ErrorCode, IndexError } from '../errors.js';
import type { Logger } from '../logging.js';
import type { KuromojiTokenizerAdapter } from '../text/kuromoji-tokenizer.js';
import type { Tokenizer } from '../text/tokenizer.js';
import { analysisFingerprint } from './analysis-fingerprint.js';
import { buildIndex } from './build-index.js';
import type { EmbedderConfig } from './embedders/optional.js';
import { readManifest } from './index-files.js';
import { type LoadedIndex, loadIndex } from './load-index.js';
import type { Progress } from './progress.js';

export interface OpenIndexOptions {
  indexDir: string;
  /** Corpus to build from; defaults to the one recorded in the manifest. */
  corpusDir?: string;
  /**
   * The tokenizer, or the promise of it: loading kuromoji's dictionary (~1 s) then overlaps with
   * reading the index. It is awaited only when the index must be built.
   */
  tokenizer: KuromojiTokenizerAdapter | Promise<KuromojiTokenizerAdapter>;
  embedder?: EmbedderConfig;
  logger?: Logger;
  progress?: Progress;
  /**
   * Rebuild when a corpus file was added, changed or removed since the build, or when the chunking
   * and analysis code differ from the build's (analysisFingerprint). Default false.
   */
  ifStale?: boolean;
}

/** Names the corpus files that differ from the manifest (empty when current). */
export function staleFiles(indexDir: string, corpusDir: string): string[] {
  const manifest = readManifest(indexDir);
  const indexed = new Map(manifest.files.map((file) => [file.doc, file.hash]));
  // A skipped (undecodable) file counts as changed once its bytes change: it may have been fixed.
  for (const skip of manifest.skipped) indexed.set(skip.doc, skip.hash);
  const changed: string[] = [];
  const current = listReportFiles(corpusDir);
  for (const doc of current) {
    const hash = indexed.get(doc);
    if (hash !== fileHash(readFileSync(path.join(corpusDir, doc)))) changed.push(doc);
  }
  for (const doc of indexed.keys()) if (!current.includes(doc)) changed.push(doc);
  if (manifest.metaHash !== metadataHash(corpusDir)) changed.push('metadata (sources.json or a sidecar)');
  return changed;
}

/** A Tokenizer usable once `pending` has resolved (the pipeline awaits it before any query). */
function lazyTokenizer(pending: KuromojiTokenizerAdapter | Promise<KuromojiTokenizerAdapter>): Tokenizer {
  let ready: Tokenizer | undefined = pending instanceof Promise ? undefined : pending;
  if (pending instanceof Promise) void pending.then((tokenizer) => (ready = tokenizer)).catch(() => undefined);
  return {
    terms(text) {
      if (!ready) throw new Error('tokenizer: used before the kuromoji dictionary finished loading');
      return ready.terms(text);
    },
  };
}

export async function openIndex(options: OpenIndexOptions): Promise<LoadedIndex> {
  const { indexDir, logger } = options;
  const build = async (reason: string, corpusDir: string | undefined, force = false) => {
    if (!corpusDir || !existsSync(corpusDir)) {
      throw new IndexError(
        ErrorCode.IndexMissing,
        `${reason}; build it first with \`npx kotae index --index ${indexDir}\` (add --corpus DIR for another corpus)`,
      );
    }
    logger?.info({ indexDir, corpusDir }, `${reason}: building the index`);
    await buildIndex({
      corpusDir,
      indexDir,
      tokenizer: await options.tokenizer,
      force,
      ...(options.embedder ? { embedder: options.embedder } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
      ...(logger ? { logger } : {}),
    });
  };

  let manifestCorpus: string | undefined;
  try {
    manifestCorpus = readManifest(indexDir).corpusDir;
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    await build(error.code === ErrorCode.IndexMissing ? `no index in ${indexDir}` : error.message, options.corpusDir);
  }
  const corpusDir = options.corpusDir ?? manifestCorpus;
  if (options.ifStale && corpusDir && existsSync(corpusDir) && manifestCorpus !== undefined) {
    const changed = staleFiles(indexDir, corpusDir);
    if (changed.length > 0)
      await build(`corpus changed (${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ', …' : ''})`, corpusDir);
    // After an upgrade that changes how reports are cut or analysed, the chunks are re-made.
    else if (readManifest(indexDir).analysis !== analysisFingerprint())
      await build('the chunking or analysis code changed since the index was built', corpusDir);
  }
  try {
    return await loadIndex(indexDir, lazyTokenizer(options.tokenizer), options.embedder);
  } catch (error) {
    if (!(error instanceof IndexError) || error.code === ErrorCode.IndexMissing) throw error;
    // Damaged or from another version: rebuild once, then load (a second failure is thrown).
    logger?.warn({ err: error.message }, 'index unusable; rebuilding');
    await build(error.message, corpusDir, true);
    return loadIndex(indexDir, lazyTokenizer(options.tokenizer), options.embedder);
  }
}
