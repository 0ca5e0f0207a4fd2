/**
 * A fake OpenAI-compatible chat completions server on 127.0.0.1 (random port) for LLM composer
 * tests. `POST /v1/chat/completions` answers with a `chat.completion` whose message content is
 * set per test; it can also delay (to force a timeout), fail with HTTP 500, or send malformed JSON.
 * Every request body is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  | { kind: 'reply'; content: string; delayMs?: number }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'malformed' };

export interface FakeOpenAiServer {
  /** Base URL including `/v1`. */
  baseUrl: string;
  /** Parsed JSON bodies of the requests received, oldest first. */
  requests: { messages?: { role: string; content: string }[]; model?: string }[];
  set(behaviour: FakeBehaviour): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAiServer> {
  let behaviour: FakeBehaviour = { kind: 'reply', content: '{"answer": "", "citations": []}' };
  const requests: FakeOpenAiServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      try {
        requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        requests.push({});
      }
      const current = behaviour;
      if (current.kind === 'status') {
        res
          .writeHead(current.status, { 'content-type': 'application/json' })
          .end(current.body ?? '{"error":{"message":"internal error","type":"server_error"}}');
        return;
      }
      if (current.kind === 'malformed') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": "chatcmpl-1", "choices": [');
        return;
      }
      const body = JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'fake',
        choices: [
          { index: 0, message: { role: 'assistant', content: current.content }, logprobs: null, finish_reason: 'stop' },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
      const send = () => {
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      };
      if (current.delayMs) {
        const timer = setTimeout(send, current.delayMs);
        res.on('close', () => clearTimeout(timer));
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    set(next) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
