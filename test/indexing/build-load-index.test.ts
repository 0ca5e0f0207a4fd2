import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, IndexError } from '../../src/errors.js';
import { analysisFiles, analysisFingerprint, fingerprintOf } from '../../src/indexing/analysis-fingerprint.js';
import { buildIndex, CHUNKS_FILE, VECTOR_FILES } from '../../src/indexing/build-index.js';
import { MANIFEST_FILE, sha256 } from '../../src/indexing/index-files.js';
import { loadIndex } from '../../src/indexing/load-index.js';
import { INDEX_FORMAT_VERSION, ManifestSchema, TOKENIZER_ID } from '../../src/indexing/manifest.js';
import { openIndex, staleFiles } from '../../src/indexing/open-index.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { removeDir, TINY_REPORTS, tempDir, writeTinyCorpus } from '../fixtures/tiny-corpus.js';

let tokenizer: KuromojiTokenizerAdapter;
let corpusDir: string;
const dirs: string[] = [];

function newDir(): string {
  const dir = tempDir('kotae-index-');
  dirs.push(dir);
  return dir;
}

async function expectIndexError(promise: Promise<unknown>, code: ErrorCode): Promise<IndexError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IndexError);
  expect((caught as IndexError).code).toBe(code);
  return caught as IndexError;
}

beforeAll(async () => {
  tokenizer = await getTokenizer();
  corpusDir = writeTinyCorpus();
});
afterAll(() => {
  removeDir(corpusDir);
  for (const dir of dirs) removeDir(dir);
});

describe('buildIndex + loadIndex', () => {
  let indexDir: string;
  beforeAll(async () => {
    indexDir = newDir();
    await buildIndex({ corpusDir, indexDir, tokenizer });
  });

  it('writes a manifest that describes the build', () => {
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(indexDir, MANIFEST_FILE), 'utf8')));
    expect(manifest.formatVersion).toBe(INDEX_FORMAT_VERSION);
    expect(manifest.tokenizer).toBe(TOKENIZER_ID);
    expect(manifest.corpusDir).toBe(path.resolve(corpusDir));
    expect(manifest.embedder.kind).toBe('lsa');
    expect(manifest.embedder.dimensions).toBeGreaterThan(0);
    expect(manifest.files.map((f) => f.doc).sort()).toEqual(Object.keys(TINY_REPORTS).sort());
    for (const file of manifest.files) {
      expect(file.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(file.chunks).toBeGreaterThan(0);
    }
    expect(manifest.chunkCount).toBe(manifest.files.reduce((sum, f) => sum + f.chunks, 0));
    expect(manifest.skipped).toEqual([]);
    for (const name of [CHUNKS_FILE, ...VECTOR_FILES]) expect(manifest.artifacts[name]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('loads chunks, terms, report metadata and vectors', async () => {
    const index = await loadIndex(indexDir, tokenizer);
    expect(index.chunks.length).toBe(index.manifest.chunkCount);
    expect(index.terms).toHaveLength(index.chunks.length);
    expect(index.terms.flat()).toContain(tokenizer.terms('クラスター')[0]);
    expect(index.reports.get('cluster.txt')).toMatchObject({
      title: '産業クラスター政策の概要',
      publisher: '経済産業省',
    });
    // No sources.json entry: the title falls back to the first line.
    expect(index.reports.get('amorphous.txt')?.title).toBe('アモルファス合金の研究開発');
    const query = await index.embeddings.embedQuery('アモルファス合金');
    expect(query).toHaveLength(index.manifest.embedder.dimensions);
    const hits = await index.vectors.search(query, 3);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('chunks point at real lines of their reports', async () => {
    const index = await loadIndex(indexDir, tokenizer);
    for (const chunk of index.chunks) {
      const source = TINY_REPORTS[chunk.doc]!.split('\n');
      const first = source[chunk.lines[0] - 1]!;
      expect(chunk.text.replace(/\s/g, '')).toContain(first.replace(/\s/g, ''));
    }
  });
});

describe('incremental rebuild', () => {
  it('reuses unchanged files and re-analyses a changed one', async () => {
    const corpus = newDir();
    cpSync(corpusDir, corpus, { recursive: true });
    const indexDir = newDir();
    const first = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(first.reused).toBe(0);
    expect(first.analysed).toBe(3);

    const second = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(second.reused).toBe(3);
    expect(second.analysed).toBe(0);

    appendFileSync(path.join(corpus, 'fdi.txt'), '\n3. 新しい章\n外国企業の誘致には、英語での情報発信も欠かせない。\n');
    const third = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(third.reused).toBe(2);
    expect(third.analysed).toBe(1);
    const index = await loadIndex(indexDir, tokenizer);
    expect(index.chunks.some((chunk) => chunk.text.includes('英語での情報発信'))).toBe(true);
    expect(third.manifest.files.find((f) => f.doc === 'fdi.txt')!.hash).not.toBe(
      first.manifest.files.find((f) => f.doc === 'fdi.txt')!.hash,
    );
  });
});

describe('analysis fingerprint', () => {
  it('GIVEN a chunking module that changes THEN the fingerprint changes', () => {
    const dir = newDir();
    for (const name of ['chunking', 'text']) mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, 'chunking', 'chunker.js'), 'export const size = 160;');
    writeFileSync(path.join(dir, 'text', 'normalize.js'), 'export const form = "NFKC";');
    writeFileSync(path.join(dir, 'text', 'normalize.test.ts'), 'a test is not analysis code');
    const dirs = ['chunking', 'text'].map((name) => pathToFileURL(path.join(dir, name, '/')));
    const before = fingerprintOf(analysisFiles(dirs, pathToFileURL(`${dir}/`)));
    expect(analysisFiles(dirs, pathToFileURL(`${dir}/`))).toHaveLength(2);
    writeFileSync(path.join(dir, 'chunking', 'chunker.js'), 'export const size = 200;');
    expect(fingerprintOf(analysisFiles(dirs, pathToFileURL(`${dir}/`)))).not.toBe(before);
    expect(analysisFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('GIVEN an index whose chunks came from other chunking code THEN the next build re-analyses every file', async () => {
    const indexDir = newDir();
    await buildIndex({ corpusDir, indexDir, tokenizer });
    // What an intact index written before a chunker change looks like: same format and tokenizer
    // id, other code (the artifact hash is updated, so only the fingerprint differs).
    const chunksFile = path.join(indexDir, CHUNKS_FILE);
    const chunks = JSON.parse(readFileSync(chunksFile, 'utf8')) as { analysis?: string };
    expect(chunks.analysis).toMatch(/^[0-9a-f]{16}$/);
    chunks.analysis = 'older-chunker';
    writeFileSync(chunksFile, JSON.stringify(chunks));
    const manifestFile = path.join(indexDir, MANIFEST_FILE);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    manifest.analysis = 'older-chunker';
    manifest.artifacts[CHUNKS_FILE] = sha256(readFileSync(chunksFile));
    writeFileSync(manifestFile, JSON.stringify(manifest));
    // It still loads and serves (self-consistent) until the next build.
    expect((await loadIndex(indexDir, tokenizer)).chunks.length).toBeGreaterThan(0);
    const rebuilt = await buildIndex({ corpusDir, indexDir, tokenizer });
    expect(rebuilt.reused).toBe(0);
    expect(rebuilt.analysed).toBe(Object.keys(TINY_REPORTS).length);
    const again = await buildIndex({ corpusDir, indexDir, tokenizer });
    expect(again.analysed).toBe(0);
  });

  it('GIVEN a served index built by other analysis code THEN openIndex with ifStale rebuilds it; without, it serves it', async () => {
    const indexDir = newDir();
    await buildIndex({ corpusDir, indexDir, tokenizer });
    const manifestFile = path.join(indexDir, MANIFEST_FILE);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, analysis: 'older-chunker' }));
    expect((await openIndex({ indexDir, corpusDir, tokenizer })).manifest.analysis).toBe('older-chunker');
    const served = await openIndex({ indexDir, corpusDir, tokenizer, ifStale: true });
    expect(served.manifest.analysis).toBe(analysisFingerprint());
  });
});

describe('staleness', () => {
  it('GIVEN nothing changed THEN a second build writes nothing', async () => {
    const corpus = newDir();
    cpSync(corpusDir, corpus, { recursive: true });
    const indexDir = newDir();
    const first = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    const second = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(second.manifest.createdAt).toBe(first.manifest.createdAt);
    expect(staleFiles(indexDir, corpus)).toEqual([]);
  });

  it('GIVEN a title changed in sources.json THEN the index is stale and the rebuild shows the new title', async () => {
    const corpus = newDir();
    cpSync(corpusDir, corpus, { recursive: true });
    const indexDir = newDir();
    await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    const sourcesFile = path.join(corpus, 'sources.json');
    writeFileSync(
      sourcesFile,
      readFileSync(sourcesFile, 'utf8').replace('産業クラスター政策の概要', '産業クラスター政策の概要（改訂版）'),
    );
    expect(staleFiles(indexDir, corpus)).toHaveLength(1);
    await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    const index = await loadIndex(indexDir, tokenizer);
    expect(index.reports.get('cluster.txt')?.title).toBe('産業クラスター政策の概要（改訂版）');
  });

  it('GIVEN an undecodable file that is later fixed THEN the index is stale and the rebuild includes it', async () => {
    const corpus = newDir();
    cpSync(corpusDir, corpus, { recursive: true });
    writeFileSync(path.join(corpus, 'broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const indexDir = newDir();
    const first = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(first.manifest.skipped.map((skip) => skip.doc)).toEqual(['broken.txt']);
    writeFileSync(path.join(corpus, 'broken.txt'), '修復された報告書\n地域の研究拠点は大学との連携で成果を上げた。\n');
    expect(staleFiles(indexDir, corpus)).toEqual(['broken.txt']);
    const second = await buildIndex({ corpusDir: corpus, indexDir, tokenizer });
    expect(second.manifest.skipped).toEqual([]);
    expect(second.manifest.files.map((file) => file.doc)).toContain('broken.txt');
  });
});

describe('index errors', () => {
  async function freshIndex(): Promise<string> {
    const indexDir = newDir();
    await buildIndex({ corpusDir, indexDir, tokenizer });
    return indexDir;
  }

  it('GIVEN a manifest with another formatVersion THEN loadIndex throws kotae_index_mismatch saying to rebuild', async () => {
    const indexDir = await freshIndex();
    const file = path.join(indexDir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { formatVersion: number };
    manifest.formatVersion = INDEX_FORMAT_VERSION + 100;
    writeFileSync(file, JSON.stringify(manifest));
    const error = await expectIndexError(loadIndex(indexDir, tokenizer), ErrorCode.IndexMismatch);
    expect(error.message).toMatch(/rebuild/);
    expect(error.message).toContain(String(INDEX_FORMAT_VERSION + 100));
  });

  it('GIVEN a garbage chunks.json THEN loadIndex throws kotae_index_corrupt', async () => {
    const indexDir = await freshIndex();
    writeFileSync(path.join(indexDir, CHUNKS_FILE), '{"garbage": tru');
    const error = await expectIndexError(loadIndex(indexDir, tokenizer), ErrorCode.IndexCorrupt);
    expect(error.message).toMatch(/rebuild/);
  });

  it('GIVEN a garbage hnswlib.index THEN loadIndex throws kotae_index_corrupt', async () => {
    const indexDir = await freshIndex();
    writeFileSync(path.join(indexDir, 'vectors', 'hnswlib.index'), Buffer.from('not an hnsw index at all'));
    await expectIndexError(loadIndex(indexDir, tokenizer), ErrorCode.IndexCorrupt);
  });

  it('GIVEN a garbage manifest THEN loadIndex throws kotae_index_corrupt', async () => {
    const indexDir = await freshIndex();
    writeFileSync(path.join(indexDir, MANIFEST_FILE), '{');
    await expectIndexError(loadIndex(indexDir, tokenizer), ErrorCode.IndexCorrupt);
  });

  it('GIVEN a corrupted artifact THEN openIndex rebuilds once and loads', async () => {
    const indexDir = await freshIndex();
    writeFileSync(path.join(indexDir, 'vectors', 'hnswlib.index'), Buffer.from('garbage'));
    writeFileSync(path.join(indexDir, CHUNKS_FILE), 'garbage');
    const index = await openIndex({ indexDir, corpusDir, tokenizer });
    expect(index.chunks.length).toBeGreaterThan(0);
    // The rebuilt index loads on its own now.
    const again = await loadIndex(indexDir, tokenizer);
    expect(again.chunks.length).toBe(index.chunks.length);
  });

  it('GIVEN a mismatched index THEN openIndex rebuilds it', async () => {
    const indexDir = await freshIndex();
    const file = path.join(indexDir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { formatVersion: number };
    manifest.formatVersion = 1;
    writeFileSync(file, JSON.stringify(manifest));
    const index = await openIndex({ indexDir, corpusDir, tokenizer });
    expect(index.manifest.formatVersion).toBe(INDEX_FORMAT_VERSION);
  });

  it('GIVEN no index and no corpus THEN openIndex throws kotae_index_missing', async () => {
    const indexDir = newDir();
    await expectIndexError(openIndex({ indexDir, tokenizer }), ErrorCode.IndexMissing);
    await expectIndexError(
      openIndex({ indexDir, corpusDir: path.join(indexDir, 'no-such-corpus'), tokenizer }),
      ErrorCode.IndexMissing,
    );
  });

  it('GIVEN no index THEN loadIndex throws kotae_index_missing', async () => {
    await expectIndexError(loadIndex(newDir(), tokenizer), ErrorCode.IndexMissing);
  });

  it('GIVEN no index but a corpus THEN openIndex builds it', async () => {
    const indexDir = newDir();
    const index = await openIndex({ indexDir, corpusDir, tokenizer });
    expect(index.manifest.files).toHaveLength(3);
  });
});
