/**
 * `npm run bench`: index build time vs pure kuromoji tokenization time of the corpus, retrieval
 * and answer latency over the dev questions (warm), cold start with a built index, peak RSS, and
 * a bounded load test (50 clients × 10 s) against POST /api/ask on 127.0.0.1.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KotaeChatService } from '../chat/kotae-chat-service.js';
import { chunkReport } from '../chunking/chunker.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { buildIndex } from '../indexing/build-index.js';
import { indexTextOf } from '../indexing/index-text.js';
import { openPipeline } from '../pipeline.js';
import { getTokenizer } from '../text/kuromoji-tokenizer.js';
import { normalizeForIndex } from '../text/normalize.js';
import { readQuestions } from './questions.js';

const SHARED = process.env['KOTAE_EVAL_DIR'] ?? path.resolve('../shared/eval');
const CORPUS = process.env['KOTAE_CORPUS_DIR'] ?? 'corpus';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

const HELP = `npm run bench

Prints, for the reports in corpus/:
  - index build time, beside pure kuromoji tokenization time of the same text
  - retrieval and extractive answer latency p50/p95/p99 over the dev questions (warm)
  - cold start with a built index, and peak RSS
  - a bounded load test (50 clients for 10 s) against POST /api/ask on 127.0.0.1,
    with and without the answer cache
Figures, not pass/fail: targets are in the README (Evaluation and benchmark).

Environment:
  KOTAE_EVAL_DIR    the eval data directory with questions-dev.jsonl (default ../shared/eval)
  KOTAE_CORPUS_DIR  the reports to index (default corpus)`;

async function main(): Promise<void> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(HELP);
    return;
  }
  const indexDir = path.join(os.tmpdir(), 'kotae-bench-index');
  rmSync(indexDir, { recursive: true, force: true });
  const tokenizer = await getTokenizer();

  // Pure tokenization, the floor for the build: kuromoji over exactly the text the build analyses
  // (each chunk's index text, normalized, in the same bounded segments), not the raw lines.
  const { reports } = loadCorpus(CORPUS);
  const indexTexts = reports
    .flatMap((report) => chunkReport(report))
    .map((chunk) => normalizeForIndex(indexTextOf(chunk)));
  // (The tokenizer keeps only the last few short texts: a pass over a thousand texts finds none of its own.)
  const tokenizeAll = () => {
    const started = performance.now();
    for (const text of indexTexts) tokenizer.tokens(text);
    return performance.now() - started;
  };
  tokenizeAll(); // warm-up: both runs below find kuromoji's code compiled
  // kuromoji as shipped builds each lattice in quadratic time (`kuromoji-lattice.ts`).
  const shippedMs = tokenizer.withKuromojiLattice(tokenizeAll);
  const tokenizeMs = tokenizeAll();
  let t = performance.now();
  const build = await buildIndex({ corpusDir: CORPUS, indexDir, tokenizer });
  const buildMs = performance.now() - t;
  console.log('## Index');
  console.log(`corpus: ${reports.length} reports, ${build.manifest.chunkCount} passages`);
  console.log(
    `pure kuromoji tokenization of the corpus: ${(shippedMs / 1000).toFixed(2)} s  (the chunks' index text, kuromoji 0.1.2 as shipped)`,
  );
  console.log(
    `  with kotae's linear-time lattice:       ${(tokenizeMs / 1000).toFixed(2)} s  (the tokenizer kotae uses; same tokens)`,
  );
  console.log(
    `index build (full):                       ${(buildMs / 1000).toFixed(2)} s  (${(buildMs / shippedMs).toFixed(2)}× pure kuromoji, target ≤ 1.5×; ${(buildMs / tokenizeMs).toFixed(2)}× kotae's tokenizer)`,
  );
  t = performance.now();
  await buildIndex({ corpusDir: CORPUS, indexDir, tokenizer });
  console.log(`index rebuild, nothing changed:           ${((performance.now() - t) / 1000).toFixed(2)} s`);

  const pipeline = await openPipeline({ indexDir });
  // No answer cache: every answer below is composed, as for a question never asked before.
  const chat = new KotaeChatService({ pipeline, answerCacheSize: 0 });
  // As `kotae serve` does once ready: new questions are then answered at their warm speed.
  const warm = await chat.warmUp();
  const questions = readQuestions(path.join(SHARED, 'questions-dev.jsonl')).map((q) => q.question);
  for (const q of questions.slice(0, 10)) await pipeline.retriever.search(q); // warm up
  const retrieval: number[] = [];
  const answering: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      t = performance.now();
      await pipeline.retriever.search(q, { k: 10 });
      retrieval.push(performance.now() - t);
      t = performance.now();
      await chat.answer(q);
      answering.push(performance.now() - t);
    }
  }
  console.log('\n## Latency (warm, dev questions × 3)');
  console.log(
    `server warm-up (every sentence of ${warm.passages} passages read once): ${(warm.ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `retrieval  p50 ${ms(percentile(retrieval, 50))}  p95 ${ms(percentile(retrieval, 95))}  p99 ${ms(percentile(retrieval, 99))}  (targets p50 ≤ 2 ms, p99 ≤ 10 ms)`,
  );
  console.log(
    `answer     p50 ${ms(percentile(answering, 50))}  p95 ${ms(percentile(answering, 95))}  p99 ${ms(percentile(answering, 99))}  (target p50 ≤ 20 ms, extractive)`,
  );

  const cli = path.resolve('bin/kotae.js');
  if (existsSync(cli)) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      execFileSync(process.execPath, [cli, 'search', '--index', indexDir, '--k', '1', 'LL事業とは'], {
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      runs.push(performance.now() - t);
    }
    console.log(
      `\n## Cold start (kotae search with a built index, process start to answer)\nmedian ${ms(percentile(runs, 50))} (target ≤ 2 s)`,
    );
  }

  // The load test runs against a real `kotae serve` in its own process (as in production), so the
  // load generator does not share the server's thread.
  const { runLoadBench, formatLoadBench } = await import('../surfaces/web/load-bench.js');
  console.log('\n## Load (50 clients × 10 s, POST /api/ask on 127.0.0.1, `kotae serve` in its own process)');
  // Twice: as configured (repeated questions hit the answer cache), and with the cache off, so
  // that the figure for questions never seen before is visible too.
  for (const cache of ['256', '0']) {
    const server = await startServeProcess(indexDir, cache);
    try {
      const result = await runLoadBench(server.url, { connections: 50, durationSec: 10 });
      console.log(`answer cache ${cache === '0' ? 'off' : 'on '}: ${formatLoadBench(result)}`);
      console.log(`  serving process peak RSS: ${server.peakRssMb()} MB`);
    } finally {
      await server.stop();
    }
  }
  console.log(
    `\n## Memory\nthis benchmark process (two index builds, ${retrieval.length} searches and answers): peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (target ≤ 500 MB)`,
  );
}

async function startServeProcess(
  indexDir: string,
  answerCacheSize: string,
): Promise<{ url: string; peakRssMb(): string; stop(): Promise<void> }> {
  const dataDir = path.join(os.tmpdir(), 'kotae-bench-data');
  const child = spawn(process.execPath, [path.resolve('bin/kotae.js'), 'serve'], {
    env: {
      ...process.env,
      KOTAE_INDEX_DIR: indexDir,
      KOTAE_DATA_DIR: dataDir,
      KOTAE_ANSWER_CACHE_SIZE: answerCacheSize,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: kotae serve did not start:\n${stderr}`)), 120_000);
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
      const match = /web chat on (http:\/\/[^\s]+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`bench: kotae serve exited with ${code}:\n${stderr}`)));
  });
  // Measure the warmed server, as it runs once its background warm-up (a few seconds) is done.
  for (let attempt = 0; attempt < 120; attempt++) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { warm?: boolean };
    if (health.warm !== false) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return (kb / 1024).toFixed(0);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
