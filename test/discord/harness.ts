/**
 * Runs the real bot (startDiscord) against the fake REST API and fake gateway, with a
 * FakeChatService and a captured pino log. Helpers dispatch slash commands, button clicks
 * and messages the way Discord does.
 */
import { Writable } from 'node:stream';
import type { ClientOptions } from 'discord.js';
import { pino } from 'pino';
import type { DiscordConfig } from '../../src/surfaces/discord/commands.js';
import { type DiscordBot, startDiscord } from '../../src/surfaces/discord/discord-client.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import {
  type ApiObject,
  apiMessage,
  apiUser,
  FakeDiscordRest,
  type FakeUser,
  newSnowflake,
  type RecordedRequest,
} from '../fakes/discord-rest.js';
import { FakeChatService, type FakeChatServiceOptions } from '../fakes/fake-chat-service.js';

export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ab';
export const BOT: FakeUser = { id: '200000000000000001', username: 'kotae', bot: true };
export const APP_ID = BOT.id;
export const GUILD_ID = '100000000000000001';
export const GENERAL = '100000000000000010';
export const OTHER = '100000000000000011';
export const DM_CHANNEL = '100000000000000020';
export const ALICE: FakeUser = { id: '300000000000000001', username: 'alice' };
export const BOB: FakeUser = { id: '300000000000000002', username: 'bob' };
export const OTHER_BOT: FakeUser = { id: '300000000000000099', username: 'otherbot', bot: true };

export interface HarnessOptions {
  chat?: FakeChatServiceOptions;
  allowedChannels?: string[];
  rateLimitPerMinute?: number;
  messageContentDisallowed?: boolean;
  messageContentIntent?: 'auto' | boolean;
  /** Answer `GET /gateway/bot` with this status (401: a bad token). */
  gatewayBotStatus?: number;
}

export interface Harness {
  bot: DiscordBot;
  chat: FakeChatService;
  rest: FakeDiscordRest;
  gateway: FakeDiscordGateway;
  /** Every log line, parsed. */
  logs: ApiObject[];
  /** Raw log text, to check that the token never appears. */
  logText: () => string;
  slash(name: string, options?: Record<string, string>, at?: { channelId?: string; user?: FakeUser }): Interaction;
  click(customId: string, message: ApiObject, user?: FakeUser): Interaction;
  /** A user message (stored for history reads, then dispatched). */
  say(content: string, at?: { channelId?: string; user?: FakeUser; mention?: boolean }): ApiObject;
  /** A direct message from `user` to the bot, in the DM channel `DM_CHANNEL`. */
  dm(content: string, user?: FakeUser): ApiObject;
  /** Requests with method and a path matching `pattern`, in order. */
  requests(method: string, pattern: RegExp): RecordedRequest[];
  stop(): Promise<void>;
}

export interface Interaction {
  id: string;
  token: string;
  /** Path prefix of this interaction's callback. */
  callbackPath: string;
  /** Path prefix of its webhook (edits and follow-ups). */
  webhookPath: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const chat = new FakeChatService(options.chat);
  let text = '';
  const logs: ApiObject[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      const line = String(chunk);
      text += line;
      for (const part of line.split('\n').filter(Boolean)) logs.push(JSON.parse(part));
      callback();
    },
  });
  const logger = pino({ level: 'debug' }, sink);

  const gateway = new FakeDiscordGateway({
    bot: BOT,
    applicationId: APP_ID,
    guildId: GUILD_ID,
    channels: [
      { id: GENERAL, name: 'general' },
      { id: OTHER, name: 'random' },
    ],
    ...(options.messageContentDisallowed ? { messageContentDisallowed: true } : {}),
  });
  await gateway.start();
  const rest = new FakeDiscordRest({
    bot: BOT,
    applicationId: APP_ID,
    guildId: GUILD_ID,
    gatewayUrl: () => gateway.url,
  });
  const apiUrl = await rest.start();
  const gatewayBotStatus = options.gatewayBotStatus;
  if (gatewayBotStatus !== undefined) {
    rest.failWhen = (request) => (request.path === '/gateway/bot' ? gatewayBotStatus : undefined);
  }

  const config: DiscordConfig = {
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl,
    guildId: undefined,
    allowedChannels: options.allowedChannels ?? [],
  };
  const clientOptions: Partial<ClientOptions> = { waitGuildTimeout: 2000 };
  let bot: DiscordBot;
  try {
    bot = await startDiscord({
      chat,
      config,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 100,
      logger,
      restOptions: { retries: 0, timeout: 3000, globalRequestsPerSecond: 10_000 },
      clientOptions,
      readyTimeoutMs: 10_000,
      ...(options.messageContentIntent !== undefined ? { messageContentIntent: options.messageContentIntent } : {}),
    });
  } catch (error) {
    await gateway.close();
    await rest.close();
    throw error;
  }

  const member = (user: FakeUser) => ({
    user: apiUser(user),
    roles: [],
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    permissions: '2248473465835073',
  });

  const interactionBase = (channelId: string, user: FakeUser) => {
    const id = newSnowflake();
    const token = `interaction-token-${id}`;
    rest.interactionChannels.set(token, channelId);
    return {
      interaction: {
        id,
        token,
        callbackPath: `/interactions/${id}/${token}/callback`,
        webhookPath: `/webhooks/${APP_ID}/${token}`,
      },
      payload: {
        id,
        application_id: APP_ID,
        token,
        version: 1,
        guild_id: GUILD_ID,
        channel_id: channelId,
        channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'general', permissions: '2248473465835073' },
        member: member(user),
        app_permissions: '2248473465835073',
        locale: 'ja',
        guild_locale: 'ja',
        entitlements: [],
        authorizing_integration_owners: { '0': GUILD_ID },
        context: 0,
        attachment_size_limit: 8_388_608,
      },
    };
  };

  return {
    bot,
    chat,
    rest,
    gateway,
    logs,
    logText: () => text,
    slash(name, commandOptions = {}, at = {}) {
      const { interaction, payload } = interactionBase(at.channelId ?? GENERAL, at.user ?? ALICE);
      gateway.dispatch('INTERACTION_CREATE', {
        ...payload,
        type: 2,
        data: {
          id: newSnowflake(),
          name,
          type: 1,
          guild_id: GUILD_ID,
          options: Object.entries(commandOptions).map(([option, value]) => ({ name: option, type: 3, value })),
        },
      });
      return interaction;
    },
    click(customId, message, user = ALICE) {
      const { interaction, payload } = interactionBase(message.channel_id, user);
      gateway.dispatch('INTERACTION_CREATE', {
        ...payload,
        type: 3,
        data: { custom_id: customId, component_type: 2 },
        message,
      });
      return interaction;
    },
    say(content, at = {}) {
      const user = at.user ?? ALICE;
      const mention = at.mention ?? false;
      const message = {
        ...apiMessage({
          channelId: at.channelId ?? GENERAL,
          guildId: GUILD_ID,
          author: user,
          content: mention ? `<@${BOT.id}> ${content}` : content,
          mentions: mention ? [BOT] : [],
        }),
        member: member(user),
      };
      rest.storeMessage(message);
      gateway.dispatchMessage(message);
      return message;
    },
    dm(content, user = ALICE) {
      rest.dmChannels.add(DM_CHANNEL);
      // Discord sends channel_type with MESSAGE_CREATE: 1 is a DM.
      const message = { ...apiMessage({ channelId: DM_CHANNEL, author: user, content }), channel_type: 1 };
      rest.storeMessage(message);
      gateway.dispatchMessage(message);
      return message;
    },
    requests(method, pattern) {
      return rest.requests.filter((request) => request.method === method && pattern.test(request.path));
    },
    async stop() {
      // The client first: otherwise it keeps reconnecting to the closed fakes.
      await bot.stop();
      await gateway.close();
      await rest.close();
    },
  };
}

/** Polls until `check` returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
