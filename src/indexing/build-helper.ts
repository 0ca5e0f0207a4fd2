/**
 * A helper thread for the index build. On a machine with two cores or more and enough text, it
 * analyses chunks with kuromoji too, with a tokenizer over this thread's dictionary (in shared
 * memory: only kuromoji's small lookup structures are built again, ~0.2 s, ~30 MB): both threads
 * take batches from the same list until none is left, and the terms are exactly
 * `tokenizer.terms(text)` whichever thread computes them.
 * Then it computes the search structures (they need only the chunk texts), while this thread
 * trains the embeddings. Without the helper (running from the TypeScript sources, where the
 * compiled worker does not exist, or if it fails) everything is done on this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Chunk } from '../chunking/chunk.js';
import type { DictionaryFiles, KuromojiTokenizerAdapter } from '../text/kuromoji-tokenizer.js';
import { BatchClaims, HELPER_THREAD, MAIN_THREAD } from './batch-claims.js';
import type { Progress } from './progress.js';
import { computeSearchStructures, type SearchStructures } from './search-structures.js';

export interface HelperRequest {
  /** What the search structures index of a chunk (`indexTextOf`): a cut table's header is its `context`. */
  chunks: Pick<Chunk, 'text' | 'section' | 'context' | 'citedBy'>[];
  /** Texts to analyse (empty when the helper only computes the search structures). */
  texts: string[];
  /** Shared BatchClaims owners. */
  owners: Int32Array;
  /** Shared count of the texts the helper has analysed (for progress). */
  analysed: Int32Array;
  batchSize: number;
  /** This thread's dictionary (shared memory), when the helper analyses texts too. */
  dictionary?: DictionaryFiles;
}

export type HelperReply =
  { kind: 'structures'; structures: SearchStructures } | { kind: 'terms'; batches: [number, string[][]][] };

export interface BuildHelper {
  /** Index terms of every text (`tokenizer.terms(text)`), computed on this thread and the helper. */
  analyse(progress: Progress): Promise<string[][]>;
  /** The search structures of the chunks. */
  searchStructures(): Promise<SearchStructures>;
}

const WORKER_FILE = new URL('./build-helper-worker.js', import.meta.url);
/** Below this many characters to analyse, starting a second tokenizer costs more than it saves. */
export const MIN_PARALLEL_CHARS = 50_000;
/** Texts per claim (~25 ms of kuromoji for chunks of ~300 characters). */
const BATCH_SIZE = 16;

export function startBuildHelper(
  chunks: Pick<Chunk, 'text' | 'section' | 'context' | 'citedBy'>[],
  texts: string[],
  tokenizer: KuromojiTokenizerAdapter,
  options: { parallel?: boolean } = {},
): BuildHelper {
  const claims = new BatchClaims(texts.length, BATCH_SIZE);
  const helperAnalysed = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker();
  const analyseInHelper =
    worker !== undefined &&
    (options.parallel ?? true) &&
    availableParallelism() > 1 &&
    texts.reduce((sum, text) => sum + text.length, 0) >= MIN_PARALLEL_CHARS;
  // A helper that fails costs only time: whatever it did not deliver is computed here.
  let replies: HelperReplies = { structures: Promise.resolve(undefined), terms: Promise.resolve(undefined) };
  if (worker) {
    replies = repliesOf(worker);
    const request: HelperRequest = {
      // Every field `indexTextOf` reads: without `citedBy` the helper's n-gram index lacked the body
      // sentences citing a footnote, which the in-process fallback (and the tests) had.
      chunks: chunks.map(({ text, section, context, citedBy }) => ({
        text,
        section,
        ...(context ? { context } : {}),
        ...(citedBy ? { citedBy } : {}),
      })),
      texts: analyseInHelper ? texts : [],
      owners: claims.owners,
      analysed: helperAnalysed,
      batchSize: BATCH_SIZE,
      ...(analyseInHelper ? { dictionary: tokenizer.dictionaryFiles } : {}),
    };
    worker.postMessage(request);
  }

  return {
    async analyse(progress) {
      const terms = new Array<string[]>(texts.length);
      const segmentCache = new Map<string, string[]>();
      let mine = 0;
      let reported = 0;
      const report = (done: number) => {
        progress.tick(done - reported);
        reported = done;
      };
      for (let batch = claims.claim(MAIN_THREAD, 0, 1); batch >= 0; batch = claims.claim(MAIN_THREAD, batch + 1, 1)) {
        const [first, end] = claims.range(batch);
        for (let i = first; i < end; i++) terms[i] = tokenizer.terms(texts[i]!, segmentCache);
        mine += end - first;
        report(mine + Atomics.load(helperAnalysed, 0));
      }
      const helperBatches = claims.ownedBy(HELPER_THREAD);
      if (helperBatches.length > 0) {
        const fromHelper = await replies.terms;
        for (const batch of helperBatches) {
          const [first, end] = claims.range(batch);
          const analysed = fromHelper?.get(batch);
          for (let i = first; i < end; i++)
            terms[i] = analysed?.[i - first] ?? tokenizer.terms(texts[i]!, segmentCache);
        }
      }
      report(texts.length);
      return terms;
    },
    async searchStructures() {
      return (await replies.structures) ?? computeSearchStructures(chunks);
    },
  };
}

/** The helper's replies; each is undefined if the helper fails (or stops) before sending it. */
interface HelperReplies {
  structures: Promise<SearchStructures | undefined>;
  terms: Promise<Map<number, string[][]> | undefined>;
}

function repliesOf(worker: Worker): HelperReplies {
  const stopped = new Promise<undefined>((resolve) => {
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  const reply = <K extends HelperReply['kind']>(kind: K) =>
    Promise.race([
      new Promise<Extract<HelperReply, { kind: K }>>((resolve) => {
        const listener = (message: HelperReply) => {
          if (message.kind !== kind) return;
          worker.off('message', listener);
          resolve(message as Extract<HelperReply, { kind: K }>);
        };
        worker.on('message', listener);
      }),
      stopped,
    ]);
  return {
    structures: reply('structures').then((message) => message?.structures),
    terms: reply('terms').then((message) => message && new Map(message.batches)),
  };
}

function startWorker(): Worker | undefined {
  if (!existsSync(fileURLToPath(WORKER_FILE))) return undefined;
  try {
    return new Worker(WORKER_FILE);
  } catch {
    return undefined;
  }
}
