/**
 * Starts the real Slack surface (startSlack) in HTTP mode against FakeSlack, with a
 * FakeChatService and a captured pino log, and offers helpers to send signed requests.
 */
import { Writable } from 'node:stream';
import type { Config } from '../../src/config/config.js';
import { createLogger } from '../../src/logging.js';
import { type SlackHandle, startSlack } from '../../src/surfaces/slack/slack-app.js';
import { FakeChatService, type FakeChatServiceOptions } from './fake-chat-service.js';
import { FakeSlack } from './slack-fake-api.js';
import {
  buttonPayload,
  commandPayload,
  eventEnvelope,
  type PostResult,
  postCommand,
  postEvent,
  postInteraction,
} from './slack-payloads.js';

export const BOT_TOKEN = 'xoxb-test-0000-secret-bot-token';
export const APP_TOKEN = 'xapp-1-test-0000-secret-app-token';
export const SIGNING_SECRET = 'test-signing-secret';

export interface LogLine {
  level: number;
  msg?: string;
  errorId?: string;
  [key: string]: unknown;
}

/** A pino logger whose JSON lines are kept in memory (and raw text, to search for secrets). */
export function captureLogger(): { logger: ReturnType<typeof createLogger>; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        raw.push(line);
        lines.push(JSON.parse(line) as LogLine);
      }
      callback();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines, raw };
}

export interface HarnessOptions {
  chat?: FakeChatServiceOptions;
  allowedChannels?: string[];
  rateLimitPerMinute?: number;
  /** Default true (assert right after each request); false is production behaviour. */
  processBeforeResponse?: boolean;
}

export interface SlackHarness {
  fake: FakeSlack;
  chat: FakeChatService;
  slack: SlackHandle;
  logs: LogLine[];
  rawLogs: string[];
  eventsUrl: string;
  sendEvent(event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number }): Promise<PostResult>;
  sendCommand(text: string, options?: { user?: string; channel?: string; responseId?: string }): Promise<PostResult>;
  pressButton(options: {
    actionId: string;
    value: string;
    user?: string;
    channel?: string;
    messageTs?: string;
    threadTs?: string;
    ephemeral?: boolean;
    responseId?: string;
  }): Promise<PostResult>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const chat = new FakeChatService(options.chat);
  const captured = captureLogger();
  const config: NonNullable<Config['slack']> = {
    botToken: BOT_TOKEN,
    appToken: undefined,
    signingSecret: SIGNING_SECRET,
    mode: 'http',
    port: 0,
    apiUrl: fake.apiUrl,
    allowedChannels: options.allowedChannels ?? [],
  };
  const slack = await startSlack({
    chat,
    config,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100,
    logger: captured.logger,
    host: '127.0.0.1',
    processBeforeResponse: options.processBeforeResponse ?? true,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
  const signing = { secret: SIGNING_SECRET };
  let responseCounter = 0;
  return {
    fake,
    chat,
    slack,
    logs: captured.lines,
    rawLogs: captured.raw,
    eventsUrl,
    sendEvent: (event, opts = {}) =>
      postEvent(
        eventsUrl,
        eventEnvelope(event, { ...(opts.eventId ? { eventId: opts.eventId } : {}), botUserId: fake.botUserId }),
        { ...signing, ...(opts.retryNum !== undefined ? { retryNum: opts.retryNum } : {}) },
      ),
    sendCommand: (text, opts = {}) => {
      responseCounter += 1;
      return postCommand(
        eventsUrl,
        commandPayload({
          text,
          user: opts.user ?? 'U1',
          channel: opts.channel ?? 'C1',
          responseUrl: fake.responseUrl(opts.responseId ?? `cmd-${responseCounter}`),
        }),
        signing,
      );
    },
    pressButton: (opts) => {
      responseCounter += 1;
      return postInteraction(
        eventsUrl,
        buttonPayload({
          actionId: opts.actionId,
          value: opts.value,
          user: opts.user ?? 'U1',
          channel: opts.channel ?? 'C1',
          messageTs: opts.messageTs ?? fake.nextTs(),
          ...(opts.threadTs ? { threadTs: opts.threadTs } : {}),
          ...(opts.ephemeral !== undefined ? { ephemeral: opts.ephemeral } : {}),
          responseUrl: fake.responseUrl(opts.responseId ?? `action-${responseCounter}`),
        }),
        signing,
      );
    },
    close: async () => {
      await slack.stop();
      await fake.close();
    },
  };
}
