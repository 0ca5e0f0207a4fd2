/**
 * Slack request payloads (Events API envelopes, slash commands, block actions) and a sender
 * that signs HTTP requests the way Slack does: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`
 * with the signing secret, in X-Slack-Signature / X-Slack-Request-Timestamp.
 */
import { createHmac } from 'node:crypto';

let eventCounter = 0;

export interface EnvelopeOptions {
  eventId?: string;
  teamId?: string;
  botUserId?: string;
}

/** An `event_callback` envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, options: EnvelopeOptions = {}): Record<string, unknown> {
  eventCounter += 1;
  const teamId = options.teamId ?? 'T0001';
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: options.botUserId ?? 'UBOT', is_bot: true }],
  };
}

export function mentionEvent(options: {
  channel: string;
  user: string;
  text: string;
  ts: string;
  thread_ts?: string;
}): Record<string, unknown> {
  return { type: 'app_mention', event_ts: options.ts, team: 'T0001', ...options };
}

export function messageEvent(options: {
  channel: string;
  channel_type: 'im' | 'channel' | 'group';
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  bot_id?: string;
  [key: string]: unknown;
}): Record<string, unknown> {
  return { type: 'message', event_ts: options.ts, team: 'T0001', ...options };
}

export function commandPayload(options: {
  text: string;
  user: string;
  channel: string;
  responseUrl: string;
}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0001',
    team_domain: 'fake',
    channel_id: options.channel,
    channel_name: options.channel.startsWith('D') ? 'directmessage' : 'general',
    user_id: options.user,
    user_name: 'someone',
    command: '/kotae',
    text: options.text,
    api_app_id: 'A0001',
    response_url: options.responseUrl,
    trigger_id: 'trigger-1',
  };
}

export function buttonPayload(options: {
  actionId: string;
  value: string;
  user: string;
  channel: string;
  messageTs: string;
  threadTs?: string;
  ephemeral?: boolean;
  responseUrl: string;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'fake' },
    user: { id: options.user, username: 'someone', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: options.messageTs,
      channel_id: options.channel,
      is_ephemeral: options.ephemeral ?? false,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    },
    trigger_id: 'trigger-2',
    channel: { id: options.channel, name: 'general' },
    ...(options.ephemeral ? {} : { message: { type: 'message', ts: options.messageTs, text: 'answer' } }),
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'button' },
        value: options.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Sign with a different secret (a forged request). */
  badSignature?: boolean;
  /** X-Slack-Retry-Num, as on Slack's re-deliveries. */
  retryNum?: number;
}

export interface PostResult {
  status: number;
  text: string;
}

/** POSTs an Events API envelope (JSON). */
export function postEvent(
  url: string,
  envelope: Record<string, unknown>,
  options: SignedPostOptions,
): Promise<PostResult> {
  return signedPost(url, JSON.stringify(envelope), 'application/json', options);
}

/** POSTs a slash command (form-encoded fields). */
export function postCommand(
  url: string,
  fields: Record<string, string>,
  options: SignedPostOptions,
): Promise<PostResult> {
  return signedPost(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** POSTs an interactivity payload (`payload=<json>`, form-encoded). */
export function postInteraction(
  url: string,
  payload: Record<string, unknown>,
  options: SignedPostOptions,
): Promise<PostResult> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return signedPost(url, body, 'application/x-www-form-urlencoded', options);
}

async function signedPost(
  url: string,
  body: string,
  contentType: string,
  options: SignedPostOptions,
): Promise<PostResult> {
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = options.badSignature ? `${options.secret}-wrong` : options.secret;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(secret, timestamp, body),
      ...(options.retryNum !== undefined
        ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
        : {}),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
