/**
 * The Slack surface's one entry point: builds the Bolt app (Socket Mode with an app-level
 * token, otherwise HTTP at `/slack/events` checked with the signing secret), registers the
 * handlers, verifies the bot token (auth.test) and connects.
 */
import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { ChatService } from '../../chat/chat-service.js';
import { RateLimiter } from '../../chat/rate-limiter.js';
import type { Config } from '../../config/config.js';
import { ConfigError, ErrorCode, KotaeError, newErrorId } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { AnswerCache } from './answer-cache.js';
import { RecentKeys } from './dedupe.js';
import { createInFlight, registerHandlers } from './handlers.js';
import type { SlackDeps } from './slack-deps.js';
import { boltLogger, errorForLog, slackErrorCode } from './slack-logging.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface StartSlackOptions {
  chat: ChatService;
  config: NonNullable<Config['slack']>;
  /** Questions per user per minute (KOTAE_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  logger: Logger;
  /**
   * Extra Web API client options, merged over the defaults (tests pass `retryConfig`).
   * `slackApiUrl` defaults to `config.apiUrl` (SLACK_API_URL) and is also used by Socket Mode's
   * apps.connections.open.
   */
  clientOptions?: webApi.WebClientOptions;
  /**
   * HTTP mode: the interface to listen on. Default: all interfaces, since Slack (or a reverse
   * proxy) must reach it; every request is checked against the signing secret.
   */
  host?: string;
  /**
   * HTTP mode: finish handling before answering Slack's request. Default false (acknowledge
   * at once, answer afterwards; Slack re-delivers events not acknowledged within 3 s). Tests
   * set it for deterministic assertions.
   */
  processBeforeResponse?: boolean;
}

export interface SlackHandle {
  app: App;
  mode: 'socket' | 'http';
  /** HTTP mode: the port listened on (useful with SLACK_PORT=0). */
  port: number | undefined;
  /** Stops receiving, then waits (up to 10 s) for answers in progress. Safe to call twice. */
  stop(): Promise<void>;
}

const DRAIN_MS = 10_000;
const DISCONNECT_MS = 5_000;

export async function startSlack(options: StartSlackOptions): Promise<SlackHandle> {
  const { config } = options;
  const logger = options.logger.child({ component: 'slack' });
  const sdkLogger = boltLogger(options.logger);
  const clientOptions: webApi.WebClientOptions = {
    // The original request of a failed call carries the bot token; keep it out of errors (and logs).
    attachOriginalToWebAPIRequestError: false,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...options.clientOptions,
  };

  let receiver: SocketModeReceiver | HTTPReceiver;
  if (config.mode === 'socket') {
    if (!config.appToken?.startsWith('xapp-')) {
      // A bot token here would make apps.connections.open fail "recoverably" and retry forever.
      throw new ConfigError('Slack Socket Mode needs SLACK_APP_TOKEN to be an app-level token (xapp-…).');
    }
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: sdkLogger,
      // Socket Mode's own Web API client (apps.connections.open) takes its options from here.
      installerOptions: { clientOptions },
    });
  } else {
    if (!config.signingSecret) throw new ConfigError('Slack HTTP mode needs SLACK_SIGNING_SECRET.');
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      port: config.port,
      logger: sdkLogger,
      processBeforeResponse: options.processBeforeResponse ?? false,
    });
  }

  const app = new App({
    token: config.botToken,
    receiver,
    logger: sdkLogger,
    clientOptions,
    // Initialise explicitly below so a bad token fails startSlack() instead of a stray rejection.
    deferInitialization: true,
  });

  const deps: SlackDeps = {
    chat: options.chat,
    logger,
    rateLimiter: new RateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000 }),
    seen: new RecentKeys(),
    quietThreads: new RecentKeys({ ttlMs: 10 * 60 * 1000 }),
    answers: new AnswerCache(),
    allowedChannels: new Set(config.allowedChannels),
    notifiedChannels: new Set(),
  };
  const inFlight = createInFlight();
  app.error(async (error) => {
    logger.error({ errorId: newErrorId(), error: errorForLog(error) }, 'slack: unhandled error in Bolt');
  });
  registerHandlers(app, deps, inFlight);

  await verifyToken(app, config);
  let port: number | undefined;
  if (receiver instanceof HTTPReceiver) {
    const server = await app.start(options.host ? { port: config.port, host: options.host } : config.port);
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ mode: 'http', port, path: SLACK_EVENTS_PATH }, 'slack: listening for events over HTTP');
  } else {
    await connectSocketMode(app, receiver);
    logger.info({ mode: 'socket' }, 'slack: connected with Socket Mode');
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      try {
        if (receiver instanceof SocketModeReceiver) {
          // Bolt's stop() does not wait for the WebSocket to close; wait here so the process can exit.
          await withTimeout(receiver.client.disconnect(), DISCONNECT_MS);
        } else {
          await app.stop();
        }
      } catch (error) {
        logger.warn({ error: errorForLog(error) }, 'slack: error while stopping');
      }
      await inFlight.drain(DRAIN_MS);
      logger.info('slack: stopped');
    })();
    return stopping;
  };
  return { app, mode: config.mode, port, stop };
}

/** auth.test with a message that says which variable is wrong (and never the token). */
async function verifyToken(app: App, config: NonNullable<Config['slack']>): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired'].includes(code)) {
      throw new ConfigError(
        `Slack rejected SLACK_BOT_TOKEN (auth.test: ${code}). Copy the Bot User OAuth Token (xoxb-…).`,
        {
          cause: error,
        },
      );
    }
    const where = config.apiUrl ?? 'https://slack.com/api/';
    throw new KotaeError(
      ErrorCode.UnknownError,
      `Could not verify the Slack bot token with auth.test at ${where}: ${errorForLog(error).message}`,
      { cause: error },
    );
  }
}

/** Opens the Socket Mode connection; a rejected app token is reported as a ConfigError. */
async function connectSocketMode(app: App, receiver: SocketModeReceiver): Promise<void> {
  try {
    await app.start();
  } catch (error) {
    // Leave nothing half-open (a WebSocket or a reconnect timer) behind.
    await withTimeout(receiver.client.disconnect(), DISCONNECT_MS).catch(() => {});
    const code = slackErrorCode(error);
    if (code && ['invalid_auth', 'not_authed', 'not_allowed_token_type', 'token_revoked'].includes(code)) {
      throw new ConfigError(
        `Slack rejected SLACK_APP_TOKEN (apps.connections.open: ${code}). Use an app-level token (xapp-…) with the connections:write scope.`,
        { cause: error },
      );
    }
    throw error;
  }
}

async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
