/**
 * Load figure for `npm run bench`: concurrent clients POST rotating Japanese questions to
 * /api/ask for a fixed time (autocannon). autocannon is a devDependency, so it is imported only
 * when a benchmark runs; production code never loads it.
 */

export interface LoadBenchOptions {
  /** Concurrent connections. Default 50 (at most 1000). */
  connections?: number;
  /** Seconds to run. Default 10 (at most 120). */
  durationSec?: number;
  /** Questions to rotate through. */
  questions?: string[];
}

export interface LoadBenchResult {
  requestsPerSec: number;
  /** Latency percentiles in ms. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  totalRequests: number;
  connections: number;
  durationSec: number;
}

export const BENCH_QUESTIONS = [
  'LL事業とは何ですか？',
  '産業クラスターの成功要因は？',
  'インダストリー4.0と地域の関係は？',
  '国際産業連携で重要なポイントは何ですか？',
  '地域イノベーションを進めるには何が必要ですか？',
];

/** The slice of autocannon's API used here (the package ships no types). */
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;

export async function runLoadBench(url: string, options: LoadBenchOptions = {}): Promise<LoadBenchResult> {
  const connections = Math.min(Math.max(1, Math.trunc(options.connections ?? 50)), 1000);
  const durationSec = Math.min(Math.max(1, options.durationSec ?? 10), 120);
  const questions = options.questions?.length ? options.questions : BENCH_QUESTIONS;
  // A variable specifier keeps TypeScript from requiring type declarations for autocannon.
  const specifier = 'autocannon';
  const autocannon = ((await import(specifier)) as { default: Autocannon }).default;

  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: durationSec,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/ask',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const question = questions[next++ % questions.length];
          return { ...request, body: JSON.stringify({ question }) };
        },
      },
    ],
  });
  return {
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    totalRequests: result.requests.total,
    connections,
    durationSec,
  };
}

/** One line for the bench output, with the target (0 errors, p99 ≤ 100 ms) checked. */
export function formatLoadBench(result: LoadBenchResult): string {
  const ok = result.errors === 0 && result.non2xx === 0 && result.p99 <= 100;
  return (
    `web POST /api/ask: ${result.connections} clients × ${result.durationSec} s → ` +
    `${result.requestsPerSec.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
    `errors ${result.errors} (timeouts ${result.timeouts}), non-2xx ${result.non2xx} ` +
    `[target: 0 errors, p99 ≤ 100 ms: ${ok ? 'met' : 'NOT met'}]`
  );
}
