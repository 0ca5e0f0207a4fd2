import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/chunking/chunk.js';
import { BatchClaims, HELPER_THREAD, MAIN_THREAD } from '../../src/indexing/batch-claims.js';
import {
  type BuildHelper,
  type HelperReply,
  type HelperRequest,
  MIN_PARALLEL_CHARS,
  startBuildHelper,
} from '../../src/indexing/build-helper.js';
import type { buildIndex as BuildIndex } from '../../src/indexing/build-index.js';
import { CHUNKS_FILE } from '../../src/indexing/build-index.js';
import type { Progress } from '../../src/indexing/progress.js';
import { SEARCH_ARRAYS_FILE, SEARCH_FILE } from '../../src/indexing/search-files.js';
import { computeSearchStructures } from '../../src/indexing/search-structures.js';
import { getTokenizer, type KuromojiTokenizerAdapter } from '../../src/text/kuromoji-tokenizer.js';
import { removeDir, TINY_REPORTS, tempDir } from '../fixtures/tiny-corpus.js';

type IndexedChunk = Pick<Chunk, 'text' | 'section' | 'context' | 'citedBy'>;

/**
 * Distinct report-like texts: the tiny reports, each line numbered, `copies` times over. Every
 * third is the piece of a cut table, indexed with its table's title and header (`context`); every
 * fourth holds a footnote, indexed with the body sentence citing it (`citedBy`).
 */
function manyTexts(copies: number): IndexedChunk[] {
  const chunks: IndexedChunk[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const report of Object.values(TINY_REPORTS)) {
      const lines = report.split('\n').filter(Boolean);
      const text = lines.map((line) => `${line}（第${copy}版）`).join('\n');
      const context = chunks.length % 3 === 2 ? { context: `図表${copy} 地域別の件数\n地域\t件数` } : {};
      const citedBy =
        chunks.length % 4 === 3 ? { citedBy: [{ note: '1', sentence: `第${copy}版の受託研究費の3分の1ルール` }] } : {};
      chunks.push({ text, section: [lines[0]!], ...context, ...citedBy });
    }
  }
  return chunks;
}

function countingProgress(): Progress & { total: number; done: number } {
  return {
    total: 0,
    done: 0,
    start(_label, total) {
      this.total = total;
    },
    tick(amount = 1) {
      this.done += amount;
    },
    stop() {},
  };
}

/** The compiled helper (global-setup builds dist/): only compiled code runs on a worker thread. */
async function compiled<T>(module: string): Promise<T> {
  return (await import(path.resolve('dist/indexing', module))) as T;
}

describe('BatchClaims', () => {
  it('two threads claiming from both ends take every batch exactly once', () => {
    const claims = new BatchClaims(100, 16);
    expect(claims.batches).toBe(7);
    expect(claims.range(6)).toEqual([96, 100]);
    const main: number[] = [];
    const helper: number[] = [];
    let fromStart = 0;
    let fromEnd = claims.batches - 1;
    // Interleaved as two threads might: main twice, helper once.
    for (let round = 0; fromStart >= 0 || fromEnd >= 0; round++) {
      if (round % 3 !== 2 && fromStart >= 0) {
        fromStart = claims.claim(MAIN_THREAD, fromStart, 1);
        if (fromStart >= 0) main.push(fromStart++);
      } else if (fromEnd >= 0) {
        fromEnd = claims.claim(HELPER_THREAD, fromEnd, -1);
        if (fromEnd >= 0) helper.push(fromEnd--);
      } else fromStart = claims.claim(MAIN_THREAD, Math.max(0, fromStart), 1);
    }
    expect([...main, ...helper].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(claims.ownedBy(MAIN_THREAD)).toEqual(main.sort((a, b) => a - b));
    expect(claims.ownedBy(HELPER_THREAD)).toEqual(helper.sort((a, b) => a - b));
    expect(claims.claim(MAIN_THREAD, 0, 1)).toBe(-1);
  });
});

describe('startBuildHelper', () => {
  let tokenizer: KuromojiTokenizerAdapter;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  async function expectSameAsOneThread(helper: BuildHelper, chunks: IndexedChunk[], texts: string[]) {
    const progress = countingProgress();
    progress.start('analysing', texts.length);
    expect(await helper.analyse(progress)).toEqual(texts.map((text) => tokenizer.terms(text)));
    expect(progress.done).toBe(texts.length);
    expect(await helper.searchStructures()).toEqual(computeSearchStructures(chunks));
  }

  it('on this thread alone: the terms and structures of each text', async () => {
    const chunks = manyTexts(2);
    const texts = chunks.map((chunk) => chunk.text);
    await expectSameAsOneThread(startBuildHelper(chunks, texts, tokenizer), chunks, texts);
  });

  it('the compiled helper thread analyses every batch it claims with the same terms, then computes the structures', async () => {
    const chunks = manyTexts(3);
    const texts = chunks.map((chunk) => chunk.text);
    const claims = new BatchClaims(texts.length, 4);
    const worker = new Worker(pathToFileURL(path.resolve('dist/indexing/build-helper-worker.js')));
    const replies: HelperReply[] = [];
    const done = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: HelperReply) => {
        replies.push(reply);
        if (reply.kind === 'structures') resolve();
      });
      worker.once('error', reject);
    });
    const request: HelperRequest = {
      chunks,
      texts,
      owners: claims.owners,
      analysed: new Int32Array(new SharedArrayBuffer(4)),
      batchSize: 4,
      dictionary: tokenizer.dictionaryFiles,
    };
    worker.postMessage(request);
    await done;
    // Nothing claimed the batches here: the helper took them all.
    expect(claims.ownedBy(HELPER_THREAD)).toHaveLength(claims.batches);
    expect(request.analysed[0]).toBe(texts.length);
    const terms = replies.find((reply) => reply.kind === 'terms');
    const structures = replies.find((reply) => reply.kind === 'structures');
    expect(new Map(terms?.kind === 'terms' ? terms.batches : [])).toEqual(
      new Map(
        Array.from({ length: claims.batches }, (_, batch) => {
          const [first, end] = claims.range(batch);
          return [batch, texts.slice(first, end).map((text) => tokenizer.terms(text))];
        }),
      ),
    );
    expect(structures?.kind === 'structures' ? structures.structures : undefined).toEqual(
      computeSearchStructures(chunks),
    );
  });

  it('with the compiled helper thread analysing too: the same terms and structures', async () => {
    const chunks = manyTexts(80);
    const texts = chunks.map((chunk) => chunk.text);
    expect(texts.join('').length).toBeGreaterThan(MIN_PARALLEL_CHARS);
    const { startBuildHelper: startCompiled } = await compiled<{ startBuildHelper: typeof startBuildHelper }>(
      'build-helper.js',
    );
    // The compiled module has its own tokenizer instance; terms are compared with this one's.
    const { getTokenizer: compiledTokenizer } = await import(path.resolve('dist/text/kuromoji-tokenizer.js'));
    const own = (await (compiledTokenizer as typeof getTokenizer)()) as KuromojiTokenizerAdapter;
    await expectSameAsOneThread(startCompiled(chunks, texts, own), chunks, texts);
  });
});

describe('a build on two threads', () => {
  let corpusDir: string;
  const dirs: string[] = [];
  beforeAll(() => {
    corpusDir = tempDir('kotae-parallel-corpus-');
    manyTexts(80).forEach((chunk, i) =>
      writeFileSync(path.join(corpusDir, `report-${i % 6}.txt`), `${chunk.text}\n\n`, { flag: 'a' }),
    );
  });
  afterAll(() => {
    removeDir(corpusDir);
    for (const dir of dirs) removeDir(dir);
  });

  it('writes the same index as a build on one thread', async () => {
    const { buildIndex } = await compiled<{ buildIndex: typeof BuildIndex }>('build-index.js');
    const { getTokenizer: compiledTokenizer } = await import(path.resolve('dist/text/kuromoji-tokenizer.js'));
    const tokenizer = (await (compiledTokenizer as typeof getTokenizer)()) as KuromojiTokenizerAdapter;
    const [parallel, serial] = [tempDir('kotae-parallel-'), tempDir('kotae-serial-')];
    dirs.push(parallel, serial);
    await buildIndex({ corpusDir, indexDir: parallel, tokenizer });
    await buildIndex({ corpusDir, indexDir: serial, tokenizer, parallel: false });
    for (const file of [CHUNKS_FILE, SEARCH_FILE, SEARCH_ARRAYS_FILE, 'lsa.bin', 'vectors/hnswlib.index']) {
      expect(readFileSync(path.join(parallel, file)).equals(readFileSync(path.join(serial, file)))).toBe(true);
    }
  });
});
