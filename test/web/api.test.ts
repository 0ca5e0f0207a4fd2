import { request } from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answering/answer.js';
import { databasePath } from '../../src/storage/database.js';
import { startWebTestServer, type WebTestServer } from '../fakes/web-test-server.js';

let server: WebTestServer;
beforeAll(async () => {
  server = await startWebTestServer({ fake: { failOn: '故障', abstainOn: '宇宙' }, maxQuestionChars: 100 });
});
afterAll(async () => {
  await server?.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function get(path: string) {
  const response = await fetch(server.url + path);
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

describe('web API', () => {
  it('POST /api/ask returns the Answer with a questionId and latency', async () => {
    const { status, body } = await post('/api/ask', { question: 'LL事業とは？' });
    expect(status).toBe(200);
    expect(AnswerSchema.safeParse(body).success).toBe(true);
    expect(body.questionId).toEqual(expect.any(String));
    expect(body.latencyMs).toEqual(expect.any(Number));
    expect(body.citations).toHaveLength(2);
    const line = server.logLines.find((entry) => entry.event === 'question');
    expect(line).toMatchObject({ surface: 'web', questionId: body.questionId, abstained: false, citations: 2 });
    expect(line?.latencyMs).toEqual(expect.any(Number));
  });

  it('passes the history of the conversation to the chat service', async () => {
    const history = [
      { role: 'user', text: 'LL事業とは？' },
      { role: 'assistant', text: 'LL事業は… [1]' },
    ];
    const { status } = await post('/api/ask', { question: 'その期間は？', history });
    expect(status).toBe(200);
    expect(server.fake.asked.at(-1)).toMatchObject({ question: 'その期間は？', history, surface: 'web' });
  });

  it.each([
    ['empty question', { question: '   ' }, '質問が空です'],
    ['missing question', { history: [] }, 'question'],
    ['question over the limit', { question: 'あ'.repeat(101) }, '100文字まで'],
    ['question of the wrong type', { question: 42 }, '文字列'],
    ['history of the wrong shape', { question: 'LL事業とは？', history: [{ role: 'bot', text: 1 }] }, 'history'],
    ['a JSON array', [1, 2], 'JSON オブジェクト'],
    ['not JSON', '{"question": "LL事業', 'JSON ではありません'],
    ['an empty body', '', '空です'],
  ])('400 for %s', async (_name, body, message) => {
    const { status, body: response } = await post('/api/ask', body);
    expect(status).toBe(400);
    expect(String(response.error)).toContain(message);
  });

  it('413 for a body over 64 KB', async () => {
    const { status, body } = await post('/api/ask', { question: 'x'.repeat(70_000) });
    expect(status).toBe(413);
    expect(String(body.error)).toContain('65536');
  });

  it('413 for a chunked body that grows over the limit (no content-length)', async () => {
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/ask',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('x'.repeat(8_192));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('415 when the body is not sent as application/json', async () => {
    const { status, body } = await post('/api/ask', { question: 'LL事業とは？' }, { 'content-type': 'text/plain' });
    expect(status).toBe(415);
    expect(String(body.error)).toContain('application/json');
  });

  it('500 with an error id and no stack trace for an internal error', async () => {
    const { status, body } = await post('/api/ask', { question: '故障しますか？' });
    expect(status).toBe(500);
    expect(body.errorId).toMatch(/^E[0-9A-Z]+$/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|fake internal failure/);
    expect(server.logLines.some((line) => line.errorId === body.errorId && line.level === 50)).toBe(true);
  });

  it('GET /api/passages/:id returns the passage with context, 404 when unknown', async () => {
    const found = await get('/api/passages/001-0007');
    expect(found.status).toBe(200);
    expect(JSON.parse(found.text)).toMatchObject({ id: '001-0007', before: expect.any(String), lines: [31, 35] });
    const missing = await get('/api/passages/999-9999');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error).toContain('999-9999');
  });

  it('GET /api/reports, /api/glossary and /api/onboarding', async () => {
    const reports = JSON.parse((await get('/api/reports')).text);
    expect(reports[0]).toMatchObject({ title: expect.any(String), overview: expect.any(String) });
    const glossary = JSON.parse((await get('/api/glossary')).text);
    expect(glossary[0]).toMatchObject({ term: 'LL事業' });
    const onboarding = JSON.parse((await get('/api/onboarding')).text);
    expect(onboarding.starterQuestions).toContain('LL事業とは？');
  });

  it('POST /api/feedback stores the vote and comment in SQLite', async () => {
    const asked = await post('/api/ask', { question: 'LL事業の期間は？' });
    const questionId = String(asked.body.questionId);
    const { status, body } = await post('/api/feedback', { questionId, vote: 'down', comment: '期間が知りたい' });
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true });

    const db = new Database(databasePath(server.dataDir), { readonly: true });
    const rows = db
      .prepare(
        `SELECT q.question, q.surface, f.vote, f.comment FROM feedback f JOIN questions q ON q.id = f.question_id
         WHERE f.question_id = ?`,
      )
      .all(questionId);
    db.close();
    expect(rows).toEqual([{ question: 'LL事業の期間は？', surface: 'web', vote: 'down', comment: '期間が知りたい' }]);
  });

  it('POST /api/feedback: 404 for an unknown question, 400 for a bad vote', async () => {
    expect((await post('/api/feedback', { questionId: 'nope', vote: 'up' })).status).toBe(404);
    const bad = await post('/api/feedback', { questionId: 'nope', vote: 'meh' });
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toContain("'up'");
  });

  it('GET /healthz, unknown routes and wrong methods', async () => {
    expect(JSON.parse((await get('/healthz')).text)).toEqual({ status: 'ok', warm: true });
    expect((await get('/api/nothing')).status).toBe(404);
    const wrong = await get('/api/ask');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });

  it('refuses requests with a foreign Host header (DNS rebinding)', async () => {
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: url.hostname, port: url.port, path: '/healthz', headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
  });

  it('serves the page, its script and styles with a strict CSP', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ja">');
    expect(page.text).toContain('data-max-question-chars="100"');
    expect(page.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await get('/app.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.text).not.toContain('innerHTML');
    expect((await get('/app.css')).text).toContain('@media');
  });

  it('GET /metrics reports requests, latency, abstentions and errors', async () => {
    await post('/api/ask', { question: '宇宙開発の予算は？' });
    const { text, headers } = await get('/metrics');
    expect(headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/kotae_http_requests_total\{route="\/api\/ask",method="POST",status="200"\} \d+/);
    expect(text).toMatch(/kotae_http_requests_total\{route="\/api\/ask",method="POST",status="400"\} \d+/);
    expect(text).toContain('kotae_http_request_duration_seconds_bucket');
    expect(text).toMatch(/kotae_abstentions_total 1/);
    expect(text).toMatch(/kotae_http_errors_total\{route="\/api\/ask"\} 1/);
  });
});

describe('web server lifecycle', () => {
  it('close() waits for a request in flight', async () => {
    const local = await startWebTestServer();
    const slowAsk = local.fake.ask.bind(local.fake);
    local.fake.ask = async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return slowAsk(request);
    };
    const pending = fetch(local.url + '/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'LL事業とは？' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = local.close();
    const response = await pending;
    expect(response.status).toBe(200);
    await closed;
    await expect(fetch(local.url + '/healthz')).rejects.toThrow();
  });
});
