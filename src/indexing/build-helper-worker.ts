/**
 * The build's helper thread (see build-helper.ts): analyses the batches of texts it claims with a
 * tokenizer over the main thread's dictionary (shared memory: nothing to read or inflate), then
 * computes the search structures, which are needed only at the end of the build.
 */
import { parentPort } from 'node:worker_threads';
import { tokenizerFromFiles } from '../text/kuromoji-tokenizer.js';
import { BatchClaims, HELPER_THREAD } from './batch-claims.js';
import type { HelperReply, HelperRequest } from './build-helper.js';
import { computeSearchStructures } from './search-structures.js';

function reply(message: HelperReply, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

parentPort?.once('message', async (request: HelperRequest) => {
  if (request.dictionary) {
    const tokenizer = await tokenizerFromFiles(request.dictionary);
    const claims = new BatchClaims(request.texts.length, request.batchSize, request.owners);
    const segmentCache = new Map<string, string[]>();
    const batches: [number, string[][]][] = [];
    for (let batch = claims.claim(HELPER_THREAD, claims.batches - 1, -1); batch >= 0;) {
      const [first, end] = claims.range(batch);
      batches.push([batch, request.texts.slice(first, end).map((text) => tokenizer.terms(text, segmentCache))]);
      Atomics.add(request.analysed, 0, end - first);
      batch = claims.claim(HELPER_THREAD, batch - 1, -1);
    }
    reply({ kind: 'terms', batches });
  }
  const structures = computeSearchStructures(request.chunks);
  const { offsets, ids, tfs, docLengths } = structures.ngram;
  reply(
    { kind: 'structures', structures },
    [offsets, ids, tfs, docLengths].map((a) => a.buffer as ArrayBuffer),
  );
});
