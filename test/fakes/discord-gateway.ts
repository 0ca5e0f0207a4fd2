/**
 * A fake Discord gateway (ws on 127.0.0.1) for the real discord.js client:
 * HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeats acknowledged, RESUME → RESUMED,
 * and `requestReconnect()` sends op 7 the way Discord does before moving a session.
 * Without the Message Content intent, message content is blanked unless the bot is mentioned,
 * as Discord does. Destroy the client before closing the fake, or it reconnects forever.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ApiObject, apiUser, type FakeUser } from './discord-rest.js';

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, Hello: 10, HeartbeatAck: 11 } as const;
export const MESSAGE_CONTENT_INTENT = 1 << 15;
/** Gateway close code for privileged intents the application has not been granted. */
export const DISALLOWED_INTENTS = 4014;

export interface FakeChannel {
  id: string;
  name: string;
  /** 0 text, 5 announcement, 2 voice, 15 forum... */
  type?: number;
}

export interface FakeDiscordGatewayOptions {
  bot: FakeUser;
  applicationId: string;
  guildId: string;
  channels: FakeChannel[];
  /** Close with 4014 when IDENTIFY asks for the Message Content intent. */
  messageContentDisallowed?: boolean;
  heartbeatIntervalMs?: number;
}

export class FakeDiscordGateway {
  readonly identifies: ApiObject[] = [];
  readonly resumes: ApiObject[] = [];
  heartbeats = 0;
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private sessionId: string | undefined;
  private intents = 0;
  private seq = 0;
  private readonly sessionListeners: Array<(kind: 'ready' | 'resumed') => void> = [];

  constructor(private readonly options: FakeDiscordGatewayOptions) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('FakeDiscordGateway: not started');
    return `ws://127.0.0.1:${address.port}`;
  }

  /** Whether the connected session has the Message Content intent. */
  get messageContent(): boolean {
    return (this.intents & MESSAGE_CONTENT_INTENT) !== 0;
  }

  async start(): Promise<string> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(this.server, 'listening');
    this.server.on('connection', (socket) => this.onConnection(socket));
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }

  /** Sends a dispatch event on the current session. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket || this.socket.readyState !== this.socket.OPEN) {
      throw new Error(`FakeDiscordGateway: no open session to dispatch ${t}`);
    }
    this.socket.send(JSON.stringify({ op: Op.Dispatch, t, s: ++this.seq, d }));
  }

  /** MESSAGE_CREATE, with content blanked like Discord does without the Message Content intent. */
  dispatchMessage(message: ApiObject): void {
    const mentioned = (message.mentions as ApiObject[]).some((user) => user.id === this.options.bot.id);
    // Direct messages (no guild) carry their content without the intent, like mentions.
    const visible =
      this.messageContent || mentioned || message.author.id === this.options.bot.id || !('guild_id' in message);
    this.dispatch('MESSAGE_CREATE', visible ? message : { ...message, content: '' });
  }

  /** Forgets the session, so that the next RESUME gets INVALID_SESSION and the client identifies again. */
  forgetSession(): void {
    this.sessionId = undefined;
  }

  /** Sends op 7 RECONNECT; resolves when the client has resumed (or re-identified). */
  async requestReconnect(timeoutMs = 10_000): Promise<'ready' | 'resumed'> {
    const next = this.nextSession(timeoutMs);
    this.socket?.send(JSON.stringify({ op: Op.Reconnect, d: null }));
    return next;
  }

  private nextSession(timeoutMs: number): Promise<'ready' | 'resumed'> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FakeDiscordGateway: no new session in time')), timeoutMs);
      this.sessionListeners.push((kind) => {
        clearTimeout(timer);
        resolve(kind);
      });
    });
  }

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 1000 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: ApiObject };
      if (payload.op === Op.Heartbeat) {
        this.heartbeats++;
        socket.send(JSON.stringify({ op: Op.HeartbeatAck }));
      } else if (payload.op === Op.Identify) this.identify(socket, payload.d);
      else if (payload.op === Op.Resume) this.resume(socket, payload.d);
    });
  }

  private identify(socket: WebSocket, d: ApiObject): void {
    this.identifies.push({ ...d, token: '[hidden]' });
    if (this.options.messageContentDisallowed && (d.intents & MESSAGE_CONTENT_INTENT) !== 0) {
      socket.close(DISALLOWED_INTENTS, 'Disallowed intent(s).');
      return;
    }
    this.socket = socket;
    this.intents = d.intents;
    this.sessionId = randomUUID();
    this.seq = 0;
    const { bot, applicationId, guildId } = this.options;
    this.dispatch('READY', {
      v: 10,
      user: { ...apiUser(bot), bot: true, verified: true, mfa_enabled: false, flags: 0 },
      guilds: [{ id: guildId, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      user_settings: {},
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    this.dispatch('GUILD_CREATE', this.guild());
    this.notify('ready');
  }

  private resume(socket: WebSocket, d: ApiObject): void {
    this.resumes.push({ ...d, token: '[hidden]' });
    if (d.session_id !== this.sessionId) {
      socket.send(JSON.stringify({ op: 9, d: false })); // INVALID_SESSION: identify again
      return;
    }
    this.socket = socket;
    this.dispatch('RESUMED', {});
    this.notify('resumed');
  }

  private notify(kind: 'ready' | 'resumed'): void {
    for (const listener of this.sessionListeners.splice(0)) listener(kind);
  }

  private guild(): ApiObject {
    const { bot, guildId, channels } = this.options;
    return {
      id: guildId,
      name: 'kotae test server',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '1',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'ja',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [
        {
          user: { ...apiUser(bot), bot: true },
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      ],
      channels: channels.map((channel, position) => ({
        id: channel.id,
        type: channel.type ?? 0,
        guild_id: guildId,
        name: channel.name,
        position,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        parent_id: null,
        rate_limit_per_user: 0,
      })),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
