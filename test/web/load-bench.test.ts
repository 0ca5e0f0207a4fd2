import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLoadBench, runLoadBench } from '../../src/surfaces/web/load-bench.js';
import { startWebTestServer, type WebTestServer } from '../fakes/web-test-server.js';

let server: WebTestServer;
beforeAll(async () => {
  server = await startWebTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('runLoadBench', () => {
  it('measures POST /api/ask with rotating questions and no errors (short run)', async () => {
    const result = await runLoadBench(server.url, { connections: 5, durationSec: 1 });
    expect(result.errors).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.totalRequests).toBeGreaterThan(10);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    const asked = new Set(server.fake.asked.map((request) => request.question));
    expect(asked.size).toBeGreaterThan(1);
    expect(formatLoadBench(result)).toContain('req/s');
  });
});
