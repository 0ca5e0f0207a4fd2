/**
 * Socket Mode round trip: apps.connections.open (on the fake Web API, via SLACK_API_URL) hands
 * out a ws:// URL on 127.0.0.1; the fake server says hello, sends envelopes and waits for acks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';
import { ACTION } from '../../src/surfaces/slack/blocks.js';
import { type SlackHandle, startSlack } from '../../src/surfaces/slack/slack-app.js';
import { FakeChatService } from '../fakes/fake-chat-service.js';
import { FakeSlack } from '../fakes/slack-fake-api.js';
import { FakeSocketMode } from '../fakes/slack-fake-socket.js';
import { APP_TOKEN, BOT_TOKEN, captureLogger } from '../fakes/slack-harness.js';
import { buttonPayload, commandPayload, eventEnvelope, mentionEvent } from '../fakes/slack-payloads.js';

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

function socketConfig(fake: FakeSlack): NonNullable<Config['slack']> {
  return {
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    signingSecret: undefined,
    mode: 'socket',
    port: 3001,
    apiUrl: fake.apiUrl,
    allowedChannels: [],
  };
}

describe('Slack bot over Socket Mode', () => {
  let fake: FakeSlack;
  let socket: FakeSocketMode;
  let slack: SlackHandle;
  const chat = new FakeChatService();
  const captured = captureLogger();

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    fake = await FakeSlack.start();
    socket = await FakeSocketMode.start();
    fake.socketUrl = socket.url;
    slack = await startSlack({
      chat,
      config: socketConfig(fake),
      rateLimitPerMinute: 10,
      logger: captured.logger,
      clientOptions: { retryConfig: { retries: 0 } },
    });
  });

  afterAll(async () => {
    await slack.stop();
    await socket.close();
    await fake.close();
    process.off('unhandledRejection', onRejection);
    expect(rejections).toEqual([]);
  });

  it('connects through apps.connections.open with the app token', async () => {
    await socket.connected();
    expect(slack.mode).toBe('socket');
    expect(fake.callsOf('apps.connections.open')).toHaveLength(1);
    expect(fake.callsOf('apps.connections.open')[0]?.authorized).toBe(true);
  });

  it('acks a mention envelope and answers in the thread', async () => {
    const question = fake.userMessage('C1', { user: 'U1', text: '<@UBOT> LL事業とは？' });
    const ack = await socket.send(
      'events_api',
      eventEnvelope(mentionEvent({ channel: 'C1', user: 'U1', text: question.text!, ts: question.ts })),
    );
    expect(ack.envelope_id).toMatch(/^env-/);
    const post = await fake.waitFor(() => fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C1'));
    expect(post.args['thread_ts']).toBe(question.ts);
    expect(JSON.stringify(post.args['blocks'])).toContain('[1]');
  });

  it('answers /kotae through the response_url and handles a button', async () => {
    const ack = await socket.send(
      'slash_commands',
      commandPayload({ text: 'LL事業とは？', user: 'U1', channel: 'C2', responseUrl: fake.responseUrl('sock-cmd') }),
    );
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    const response = await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-cmd'));
    expect(JSON.stringify(response.body['blocks'])).toContain(ACTION.share);

    await socket.send(
      'interactive',
      buttonPayload({
        actionId: `${ACTION.showSource}:1`,
        value: '001-0007',
        user: 'U1',
        channel: 'C2',
        messageTs: fake.nextTs(),
        responseUrl: fake.responseUrl('sock-src'),
      }),
    );
    const passage = await fake.waitFor(() => fake.responses.find((r) => r.id === 'sock-src'));
    expect(JSON.stringify(passage.body['blocks'])).toContain('LL事業実施期間');
  });

  it('stops cleanly: the WebSocket is closed by the client', async () => {
    const other = await startSlack({
      chat,
      config: socketConfig(fake),
      rateLimitPerMinute: 10,
      logger: captured.logger,
      clientOptions: { retryConfig: { retries: 0 } },
    });
    expect(socket.connectionCount).toBe(2);
    const started = Date.now();
    await other.stop();
    await fake.waitFor(() => socket.connectionCount === 1);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('never logs the bot or app token', () => {
    const everything = captured.raw.join('\n');
    expect(everything).not.toContain(BOT_TOKEN);
    expect(everything).not.toContain(APP_TOKEN);
  });
});

describe('startSlack configuration errors', () => {
  it('fails with a ConfigError naming SLACK_APP_TOKEN when Slack rejects it, or when it is not an xapp- token', async () => {
    const fake = await FakeSlack.start();
    fake.failures.set('apps.connections.open', 'invalid_auth');
    const base = {
      chat: new FakeChatService(),
      rateLimitPerMinute: 10,
      logger: captureLogger().logger,
      clientOptions: { retryConfig: { retries: 0 } },
    };
    try {
      await expect(startSlack({ ...base, config: socketConfig(fake) })).rejects.toThrow(/SLACK_APP_TOKEN/);
      await expect(
        startSlack({ ...base, config: { ...socketConfig(fake), appToken: BOT_TOKEN } }),
      ).rejects.toBeInstanceOf(ConfigError);
    } finally {
      await fake.close();
    }
  });

  it('fails with a ConfigError naming SLACK_BOT_TOKEN when auth.test rejects the token', async () => {
    const fake = await FakeSlack.start({ authError: 'invalid_auth' });
    try {
      const attempt = startSlack({
        chat: new FakeChatService(),
        config: { ...socketConfig(fake), appToken: undefined, signingSecret: 'secret', mode: 'http', port: 0 },
        rateLimitPerMinute: 10,
        logger: captureLogger().logger,
        host: '127.0.0.1',
        clientOptions: { retryConfig: { retries: 0 } },
      });
      await expect(attempt).rejects.toBeInstanceOf(ConfigError);
      await expect(attempt).rejects.toThrow(/SLACK_BOT_TOKEN/);
    } finally {
      await fake.close();
    }
  });
});
