/**
 * A fake Slack Web API on 127.0.0.1 for driving a real Bolt app in tests. Point the app at
 * `fake.apiUrl` (clientOptions.slackApiUrl). It records every call (method, decoded args),
 * keeps the messages the bot posts so conversations.replies/history return real threads,
 * records posts to `response_url`s (`fake.responseUrl(id)`), and answers apps.connections.open
 * with `socketUrl` for Socket Mode.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** Whether an Authorization header was sent (the token itself is not kept). */
  authorized: boolean;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

export interface StoredMessage {
  ts: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlackOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** auth.test fails with this Slack error (e.g. invalid_auth). */
  authError?: string;
}

/** Arguments Slack's WebClient sends JSON-encoded inside form fields. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly messages = new Map<string, StoredMessage[]>();
  /** Web API methods that fail with the given Slack error code. */
  readonly failures = new Map<string, string>();
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  /** The WebSocket URL apps.connections.open returns. */
  socketUrl: string | undefined;
  private clock = 1_700_000_000_000;

  private constructor(
    private readonly server: Server,
    private readonly options: FakeSlackOptions,
  ) {
    this.botUserId = options.botUserId ?? 'UBOT';
    this.botId = options.botId ?? 'BBOT';
    this.teamId = options.teamId ?? 'T0001';
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    let fake: FakeSlack | undefined; // eslint-disable-line prefer-const -- assigned after the server starts
    const server = createServer((req, res) => {
      fake?.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: String(error) }));
        },
      );
    });
    fake = new FakeSlack(server, options);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** A fresh, increasing message timestamp ("1700000000.000123" style). */
  nextTs(): string {
    this.clock += 1;
    return `${Math.floor(this.clock / 1000)}.${String(this.clock % 1000).padStart(3, '0')}000`;
  }

  /** Stores a person's message (so threads read back include it) and returns it. */
  userMessage(channel: string, message: { user: string; text: string; thread_ts?: string }): StoredMessage {
    const stored: StoredMessage = { ts: this.nextTs(), ...message };
    this.store(channel, stored);
    return stored;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Polls until `check` returns a value (not undefined/false); fails after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`FakeSlack.waitFor: condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private store(channel: string, message: StoredMessage): void {
    const list = this.messages.get(channel) ?? [];
    list.push(message);
    this.messages.set(channel, list);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/respond/')) {
      this.responses.push({ id: url.pathname.slice('/respond/'.length), body: JSON.parse(raw || '{}') });
      return { status: 200, body: { ok: true } };
    }
    if (!url.pathname.startsWith('/api/')) return { status: 404, body: { ok: false, error: 'not_found' } };
    const method = url.pathname.slice('/api/'.length);
    const args = decodeArgs(raw, req.headers['content-type']);
    this.calls.push({ method, args, authorized: typeof req.headers.authorization === 'string' });
    const failure = this.failures.get(method);
    if (failure) return { status: 200, body: { ok: false, error: failure } };
    return { status: 200, body: this.answer(method, args) };
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args['channel'] ?? '');
    switch (method) {
      case 'auth.test':
        if (this.options.authError) return { ok: false, error: this.options.authError };
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'kotae',
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
        };
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'no_socket_server' };
      case 'chat.postMessage': {
        const message: StoredMessage = {
          ts: this.nextTs(),
          user: this.botUserId,
          bot_id: this.botId,
          ...(typeof args['thread_ts'] === 'string' ? { thread_ts: args['thread_ts'] } : {}),
          ...(typeof args['text'] === 'string' ? { text: args['text'] } : {}),
          ...(Array.isArray(args['blocks']) ? { blocks: args['blocks'] } : {}),
          ...(args['metadata'] ? { metadata: args['metadata'] as StoredMessage['metadata'] & object } : {}),
        };
        this.store(channel, message);
        return { ok: true, channel, ts: message.ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update':
        return { ok: true, channel, ts: args['ts'] };
      case 'conversations.replies': {
        const threadTs = String(args['ts']);
        const messages = (this.messages.get(channel) ?? [])
          .filter((m) => m.ts === threadTs || m.thread_ts === threadTs)
          .map((m) => (m.ts === threadTs && m.thread_ts === undefined ? { ...m, thread_ts: threadTs } : m))
          .sort((a, b) => Number(a.ts) - Number(b.ts));
        return { ok: true, messages, has_more: false };
      }
      case 'conversations.history': {
        const latest = args['latest'] === undefined ? Number.POSITIVE_INFINITY : Number(args['latest']);
        const oldest = args['oldest'] === undefined ? 0 : Number(args['oldest']);
        const limit = Number(args['limit'] ?? 100);
        const messages = (this.messages.get(channel) ?? [])
          .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && Number(m.ts) < latest)
          .filter((m) => Number(m.ts) > oldest)
          .sort((a, b) => Number(b.ts) - Number(a.ts))
          .slice(0, limit);
        return { ok: true, messages, has_more: false };
      }
      default:
        if (method.startsWith('reactions.') || method.startsWith('views.')) return { ok: true };
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? safeParse(value) : value;
  }
  return args;
}

function safeParse(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
