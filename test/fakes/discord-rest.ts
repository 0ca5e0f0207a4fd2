/**
 * A fake Discord REST API (node:http on 127.0.0.1) for driving the real discord.js client in
 * tests. Point the client at it with `rest: { api: fake.apiUrl }` (discord.js adds `/v10`).
 * It answers `GET /gateway/bot` with the fake gateway's ws:// URL, records every request,
 * and keeps the messages it was sent per channel so that history reads (GET messages) work.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, URL-decoded (`@original`). */
  path: string;
  query: URLSearchParams;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are arbitrary JSON
  body: any;
  /** Order of arrival. */
  seq: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Discord API objects, kept loose in the fake
export type ApiObject = Record<string, any>;

export function newSnowflake(): string {
  return SnowflakeUtil.generate().toString();
}

export function apiUser(user: FakeUser): ApiObject {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: user.bot ?? false,
  };
}

export function apiMessage(fields: {
  id?: string;
  channelId: string;
  guildId?: string;
  author: FakeUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  mentions?: FakeUser[];
  flags?: number;
  webhookId?: string;
  applicationId?: string;
  reference?: string;
}): ApiObject {
  return {
    id: fields.id ?? newSnowflake(),
    channel_id: fields.channelId,
    ...(fields.guildId ? { guild_id: fields.guildId } : {}),
    author: apiUser(fields.author),
    content: fields.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (fields.mentions ?? []).map(apiUser),
    mention_roles: [],
    attachments: [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    type: fields.reference ? 19 : 0,
    flags: fields.flags ?? 0,
    ...(fields.reference ? { message_reference: { message_id: fields.reference, channel_id: fields.channelId } } : {}),
    ...(fields.webhookId ? { webhook_id: fields.webhookId } : {}),
    ...(fields.applicationId ? { application_id: fields.applicationId } : {}),
  };
}

export interface FakeDiscordRestOptions {
  bot: FakeUser;
  applicationId: string;
  guildId: string;
  /** Returns the gateway URL for `GET /gateway/bot` (the gateway may start later). */
  gatewayUrl: () => string;
}

type Waiter = { predicate: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void };

export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  /** Messages per channel (threads included), oldest first. */
  readonly messages = new Map<string, ApiObject[]>();
  /** Interaction token → channel id, so webhook messages land in the right channel. */
  readonly interactionChannels = new Map<string, string>();
  /** Direct-message channels: messages posted there belong to no guild. */
  readonly dmChannels = new Set<string>();
  /** Requests answered with this status instead (tests of REST failures). */
  failWhen: ((request: RecordedRequest) => number | undefined) | undefined;
  private server: Server | undefined;
  private waiters: Waiter[] = [];
  private seq = 0;

  constructor(private readonly options: FakeDiscordRestOptions) {}

  get apiUrl(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('FakeDiscordRest: not started');
    return `http://127.0.0.1:${address.port}/api`;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this.apiUrl;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }

  storeMessage(message: ApiObject): void {
    const list = this.messages.get(message.channel_id) ?? [];
    list.push(message);
    this.messages.set(message.channel_id, list);
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.resolve !== done);
        reject(new Error(`FakeDiscordRest: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (request: RecordedRequest) => {
        clearTimeout(timer);
        resolve(request);
      };
      this.waiters.push({ predicate, resolve: done });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    const body = raw && contentType.includes('application/json') ? JSON.parse(raw) : parseMultipartJson(raw);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      seq: ++this.seq,
    };
    this.requests.push(request);
    const failure = this.failWhen?.(request);
    const [status, payload] =
      failure !== undefined ? [failure, { message: 'fake failure', code: 0 }] : this.route(request);
    if (status === 204) {
      // No content-type: the client would try to parse an empty JSON body.
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    }
    // Resolve waiters after answering, so the client sees the response first.
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(request)) {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        waiter.resolve(request);
      }
    }
  }

  private route(request: RecordedRequest): [number, unknown] {
    for (const [verb, pattern, answer] of this.routes) {
      if (verb !== '*' && verb !== request.method) continue;
      const match = pattern.exec(request.path);
      if (match) return answer(match.slice(1) as string[], request);
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  private readonly routes: [string, RegExp, (params: string[], request: RecordedRequest) => [number, unknown]][] = [
    [
      'GET',
      /^\/gateway\/bot$/,
      () => [
        200,
        {
          url: this.options.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ],
    ],
    ['POST', /^\/interactions\/[^/]+\/[^/]+\/callback$/, () => [204, undefined]],
    [
      'PATCH',
      /^\/webhooks\/[^/]+\/([^/]+)\/messages\/([^/]+)$/,
      ([token, messageId], { body }) => {
        const channelId = this.interactionChannels.get(token ?? '') ?? '0';
        const id = messageId === '@original' || !messageId ? newSnowflake() : messageId;
        return [200, this.botMessage(channelId, body, { webhookId: this.options.applicationId, id })];
      },
    ],
    [
      'POST',
      /^\/webhooks\/[^/]+\/([^/]+)$/,
      ([token], { body }) => {
        const channelId = this.interactionChannels.get(token ?? '') ?? '0';
        return [200, this.botMessage(channelId, body, { webhookId: this.options.applicationId })];
      },
    ],
    ['POST', /^\/channels\/\d+\/typing$/, () => [204, undefined]],
    [
      'POST',
      /^\/channels\/(\d+)\/messages$/,
      ([channelId], { body }) => {
        const message = this.botMessage(channelId ?? '', body, {
          ...(this.dmChannels.has(channelId ?? '') ? {} : { guildId: this.options.guildId }),
          reference: body?.message_reference?.message_id,
        });
        this.storeMessage(message);
        return [200, message];
      },
    ],
    [
      'POST',
      /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
      ([channelId, messageId], { body }) => [
        201,
        {
          id: messageId,
          type: 11,
          guild_id: this.options.guildId,
          parent_id: channelId,
          owner_id: this.options.bot.id,
          name: body?.name ?? 'thread',
          last_message_id: null,
          rate_limit_per_user: 0,
          message_count: 0,
          member_count: 1,
          total_message_sent: 0,
          flags: 0,
          thread_metadata: {
            archived: false,
            auto_archive_duration: body?.auto_archive_duration ?? 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
          },
        },
      ],
    ],
    [
      'GET',
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      ([channelId, messageId]) => {
        const found = (this.messages.get(channelId ?? '') ?? []).find((message) => message.id === messageId);
        return found ? [200, found] : [404, { message: 'Unknown Message', code: 10008 }];
      },
    ],
    [
      'GET',
      /^\/channels\/(\d+)\/messages$/,
      ([channelId], { query }) => {
        const before = query.get('before');
        const limit = Number(query.get('limit') ?? 50);
        const list = (this.messages.get(channelId ?? '') ?? [])
          .filter((message) => !before || BigInt(message.id) < BigInt(before))
          .reverse()
          .slice(0, limit);
        return [200, list];
      },
    ],
    [
      'PUT',
      /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/,
      (_, { body }) => {
        const commands: ApiObject[] = Array.isArray(body) ? body : [];
        const answer = commands.map((command) => ({
          ...command,
          id: newSnowflake(),
          application_id: this.options.applicationId,
        }));
        return [200, answer];
      },
    ],
  ];

  private botMessage(
    channelId: string,
    body: ApiObject | undefined,
    extra: { webhookId?: string; id?: string; guildId?: string; reference?: string },
  ): ApiObject {
    return apiMessage({
      ...(extra.id ? { id: extra.id } : {}),
      channelId,
      author: this.options.bot,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      flags: body?.flags ?? 0,
      ...(extra.guildId ? { guildId: extra.guildId } : {}),
      ...(extra.webhookId ? { webhookId: extra.webhookId, applicationId: extra.webhookId } : {}),
      ...(extra.reference ? { reference: extra.reference } : {}),
    });
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** discord.js sends multipart/form-data when files are attached; the JSON is in `payload_json`. */
function parseMultipartJson(raw: string): unknown {
  if (!raw) return undefined;
  const match = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*?\r\n([\s\S]*?)\r\n--/.exec(raw);
  if (match?.[1]) return JSON.parse(match[1]);
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
