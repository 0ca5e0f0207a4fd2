/**
 * Starts the Discord bot: a discord.js client with the Guilds, Guild Messages and Direct Messages intents,
 * plus Message Content when the application is allowed it (thread follow-ups without a
 * mention need it; mentions carry their text either way). If the Developer Portal has the
 * intent off, Discord closes the gateway with 4014 and the bot reconnects without it.
 */
import { once } from 'node:events';
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { ChatService } from '../../chat/chat-service.js';
import { RateLimiter } from '../../chat/rate-limiter.js';
import type { Logger } from '../../logging.js';
import type { DiscordConfig } from './commands.js';
import { type DiscordContext, scrub } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';

export interface StartDiscordOptions {
  chat: ChatService;
  config: DiscordConfig;
  rateLimitPerMinute: number;
  logger: Logger;
  /** REST overrides (tests: retries 0, short timeout). `config.apiUrl` sets `api` otherwise. */
  restOptions?: Partial<RESTOptions>;
  /** Other client options (tests: `waitGuildTimeout`). */
  clientOptions?: Partial<ClientOptions>;
  /** 'auto' (default): ask for Message Content, fall back without it if Discord refuses. */
  messageContentIntent?: 'auto' | boolean;
  /** How long to wait for the gateway to be ready. Default 60 s. */
  readyTimeoutMs?: number;
}

export interface DiscordBot {
  client: Client;
  /** Whether the Message Content intent was granted (thread follow-ups without a mention). */
  messageContent: boolean;
  stop(): Promise<void>;
}

/** Direct messages carry their text without the Message Content intent. */
const BASE_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export async function startDiscord(options: StartDiscordOptions): Promise<DiscordBot> {
  const logger = options.logger.child({ surface: 'discord' });
  const context: DiscordContext = {
    chat: options.chat,
    logger,
    limiter: new RateLimiter({ limit: options.rateLimitPerMinute }),
    allowedChannels: new Set(options.config.allowedChannels),
  };
  const mode = options.messageContentIntent ?? 'auto';
  try {
    const client = await connect(options, context, mode !== false);
    return bot(client, mode !== false, logger);
  } catch (error) {
    if (mode === 'auto' && isDisallowedIntents(error)) {
      logger.warn(
        'discord: the Message Content intent is not enabled for this application; answering mentions only (enable it in the Developer Portal → Bot → Privileged Gateway Intents for thread follow-ups without a mention)',
      );
      try {
        const client = await connect(options, context, false);
        return bot(client, false, logger);
      } catch (retryError) {
        logger.error({ err: scrub(retryError) }, 'discord: could not connect');
        throw retryError;
      }
    }
    logger.error({ err: scrub(error) }, 'discord: could not connect');
    throw error;
  }
}

function bot(client: Client, messageContent: boolean, logger: Logger): DiscordBot {
  let stopped = false;
  return {
    client,
    messageContent,
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info('discord: stopped');
    },
  };
}

function isDisallowedIntents(error: unknown): boolean {
  return error instanceof Error && /disallowed intents/i.test(error.message);
}

async function connect(
  options: StartDiscordOptions,
  context: DiscordContext,
  messageContent: boolean,
): Promise<Client> {
  const { config } = options;
  const logger = context.logger;
  const client = new Client({
    intents: messageContent ? [...BASE_INTENTS, GatewayIntentBits.MessageContent] : BASE_INTENTS,
    // A DM channel is not cached before its first message: without this partial its messages are dropped.
    partials: [Partials.Channel],
    // Answers quote reports and echo questions: never ping anyone from them.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.restOptions },
    ...options.clientOptions,
  });
  wireEvents(client, context);

  const ready = once(client, Events.ClientReady);
  // `once` rejects on 'error' events too; this keeps a failed login from leaving it pending.
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    if (!client.isReady()) await withTimeout(ready, options.readyTimeoutMs ?? 60_000, 'discord: gateway not ready');
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error;
  }
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, messageContent },
    'discord: connected to the gateway',
  );
  return client;
}

function wireEvents(client: Client, context: DiscordContext): void {
  const logger = context.logger;
  // Handlers catch their own errors; the catch here is the last resort against unhandled rejections.
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, context).catch((error: unknown) =>
      logger.error({ err: scrub(error) }, 'discord: interaction handler failed'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, context).catch((error: unknown) =>
      logger.error({ err: scrub(error) }, 'discord: message handler failed'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: scrub(error) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord: client warning'));
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn({ err: scrub(error), shardId }, 'discord: gateway connection error'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord: reconnecting to the gateway'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'discord: gateway session resumed'),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, 'discord: gateway disconnected and will not reconnect'),
  );
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
