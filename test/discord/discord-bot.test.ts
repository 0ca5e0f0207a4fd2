/**
 * The real discord.js client against the fake Discord (REST + gateway on 127.0.0.1).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  BOT,
  DM_CHANNEL,
  eventually,
  GENERAL,
  type Harness,
  OTHER,
  OTHER_BOT,
  startHarness,
  TOKEN,
} from './harness.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
  expect(unhandled).toEqual([]);
});

async function start(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

describe('Discord bot', () => {
  it('answers /ask with a deferred reply, then the answer with numbered sources and buttons', async () => {
    const h = await start();
    const interaction = h.slash('ask', { question: 'LL事業とは何ですか？' });
    const callback = await h.rest.waitFor((r) => r.path === interaction.callbackPath);
    expect(callback.body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await h.rest.waitFor(
      (r) => r.method === 'PATCH' && r.path === `${interaction.webhookPath}/messages/@original`,
    );
    const embed = edit.body.embeds[0];
    expect(embed.description).toContain('LL事業');
    expect(embed.description).toContain('[1]');
    expect(embed.fields).toHaveLength(2);
    expect(embed.fields[0].name).toBe('[1] 産業集積地における国際産業連携の成功要因調査');
    expect(embed.fields[0].value).toContain('1) LL事業の概要');
    expect(embed.fields[0].value).toContain('31–35行');
    expect(embed.fields[0].value).toContain('> 各地の地域経済活性化');
    const buttons = edit.body.components.flatMap((row: { components: unknown[] }) => row.components);
    expect(buttons.map((b: { label?: string }) => b.label)).toContain('出典を表示 [1]');
    expect(h.chat.asked[0]).toMatchObject({ question: 'LL事業とは何ですか？', surface: 'discord', userId: ALICE.id });
    expect(h.logText()).not.toContain(TOKEN);
  });

  it('answers a mention in a new thread, without the mention in the question', async () => {
    const h = await start();
    const question = h.say('LL事業の実施期間は？', { mention: true });
    const thread = await h.rest.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages/${question.id}/threads`,
    );
    expect(thread.body.name).toBe('LL事業の実施期間は？');
    const answer = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.id}/messages`);
    expect(answer.body.embeds[0].description).toContain('「LL事業の実施期間は？」について');
    expect(answer.body.embeds[0].fields).toHaveLength(2);
    expect(answer.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(h.chat.asked[0]).toMatchObject({ question: 'LL事業の実施期間は？', channelId: GENERAL, userId: ALICE.id });
    expect(h.chat.asked[0]?.history).toBeUndefined();
  });

  it('answers follow-ups in its thread without a mention, passing the earlier turns', async () => {
    const h = await start();
    const first = h.say('LL事業とは？', { mention: true });
    const threadId = first.id;
    await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
    await eventually(() => h.bot.client.channels.cache.get(threadId), 2000, 'thread cached');
    h.say('期間はいつまで？', { channelId: threadId, user: BOB });
    await eventually(() => (h.chat.asked.length === 2 ? true : undefined), 3000, 'follow-up asked');
    const followUp = h.chat.asked[1];
    expect(followUp?.question).toBe('期間はいつまで？');
    expect(followUp?.history?.[0]).toEqual({ role: 'user', text: 'LL事業とは？' });
    expect(followUp?.history?.[1]?.role).toBe('assistant');
    expect(followUp?.history?.[1]?.text).toContain('「LL事業とは？」について');
    expect(followUp?.history).toHaveLength(2);
    // The answer goes into the same thread, as a reply to the follow-up.
    await eventually(() =>
      h.requests('POST', new RegExp(`^/channels/${threadId}/messages$`)).length === 2 ? true : undefined,
    );
    // No new thread for a follow-up.
    expect(h.requests('POST', /\/threads$/)).toHaveLength(1);
  });

  it('answers direct messages in the DM, with the earlier DM messages as history', async () => {
    const h = await start();
    h.dm('LL事業とは？');
    const first = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${DM_CHANNEL}/messages`);
    expect(first.body.embeds[0].description).toContain('「LL事業とは？」について');
    expect(h.chat.asked[0]).toMatchObject({ question: 'LL事業とは？', channelId: DM_CHANNEL, userId: ALICE.id });
    // No thread in a DM.
    expect(h.requests('POST', /\/threads$/)).toHaveLength(0);
    h.dm('それはいつ始まった？');
    await eventually(() => (h.chat.asked.length === 2 ? true : undefined), 3000, 'DM follow-up asked');
    const followUp = h.chat.asked[1];
    expect(followUp?.history?.[0]).toEqual({ role: 'user', text: 'LL事業とは？' });
    expect(followUp?.history?.[1]?.role).toBe('assistant');
    await eventually(() =>
      h.requests('POST', new RegExp(`^/channels/${DM_CHANNEL}/messages$`)).length === 2 ? true : undefined,
    );
  });

  it('ignores messages in channels that do not mention it, and messages from bots', async () => {
    const h = await start();
    h.say('ふつうの会話です');
    h.say('LL事業とは？', { mention: true, user: OTHER_BOT });
    // A message that does mention it afterwards is answered: the ones before were skipped, not queued.
    h.say("it's OWLとは？", { mention: true });
    await h.rest.waitFor((r) => r.method === 'POST' && /\/threads$/.test(r.path));
    expect(h.chat.asked.map((request) => request.question)).toEqual(["it's OWLとは？"]);
  });

  it('shows the passage in context (ephemeral) for 出典を表示', async () => {
    const h = await start();
    const ask = h.slash('ask', { question: 'LL事業とは？' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    const button = edit.body.components[0].components[0];
    expect(button.label).toBe('出典を表示 [1]');
    const message = {
      ...edit.body,
      id: '400000000000000001',
      channel_id: GENERAL,
      author: { id: BOT.id, username: 'kotae', discriminator: '0', avatar: null, bot: true },
      type: 20,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: 0,
      content: '',
    };
    const click = h.click(button.custom_id, message, BOB);
    const reply = await h.rest.waitFor((r) => r.path === click.callbackPath);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags & 64).toBe(64);
    const embed = reply.body.data.embeds[0];
    expect(embed.title).toBe('産業集積地における国際産業連携の成功要因調査');
    expect(embed.description).toContain('（前）LL (Local to Local) 事業');
    expect(embed.description).toContain('新規産業の創出');
    expect(embed.description).toContain('（後）1. LL事業について');
    expect(embed.footer.text).toBe('出典ID: 001-0007');
  });

  it('stores 👍/👎 feedback and acknowledges it', async () => {
    const h = await start();
    const ask = h.slash('ask', { question: 'LL事業とは？' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    const [up, down] = edit.body.components[1].components;
    expect(up.emoji.name).toBe('👍');
    const message = {
      ...edit.body,
      id: '400000000000000002',
      channel_id: GENERAL,
      author: { id: BOT.id, username: 'kotae', discriminator: '0', avatar: null, bot: true },
      type: 20,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: 0,
      content: '',
    };
    const click = h.click(down.custom_id, message, BOB);
    const reply = await h.rest.waitFor((r) => r.path === click.callbackPath);
    expect(reply.body.data.content).toContain('フィードバックありがとうございます');
    expect(reply.body.data.flags & 64).toBe(64);
    expect(h.chat.log.feedback).toHaveLength(1);
    expect(h.chat.log.feedback[0]).toMatchObject({ vote: 'down', surface: 'discord', userId: BOB.id });
    expect(h.chat.log.answers.has(h.chat.log.feedback[0]?.questionId ?? '')).toBe(true);
    void up;
  });

  it('splits a long answer across messages without cutting a citation marker', async () => {
    const h = await start({ chat: { longAnswerOn: '詳しく', longAnswerChars: 7000 } });
    const ask = h.slash('ask', { question: '詳しく教えて' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    const followUps = await eventually(() => {
      const found = h.requests('POST', new RegExp(`^${ask.webhookPath}$`));
      return found.length >= 4 ? found : undefined;
    });
    const bodies = [edit.body, ...followUps.map((r) => r.body)];
    const pieces = bodies.map((body) => body.content as string).filter(Boolean);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(2000);
      expect(piece.replace(/\[\d+\]/g, '')).not.toMatch(/[[\]]/);
    }
    const last = bodies[bodies.length - 1];
    expect(last.embeds[0].title).toBe('出典');
    expect(last.embeds[0].fields).toHaveLength(2);
    expect(last.components).toHaveLength(2);
  });

  it('politely declines outside the allowed channels', async () => {
    const h = await start({ allowedChannels: [GENERAL] });
    const ask = h.slash('ask', { question: 'LL事業とは？' }, { channelId: OTHER });
    const reply = await h.rest.waitFor((r) => r.path === ask.callbackPath);
    expect(reply.body.data.content).toContain('このチャンネルでは回答できません');
    expect(reply.body.data.flags & 64).toBe(64);
    const message = h.say('LL事業とは？', { mention: true, channelId: OTHER });
    const notice = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${OTHER}/messages`);
    expect(notice.body.content).toContain('このチャンネルでは回答できません');
    expect(notice.body.message_reference.message_id).toBe(message.id);
    expect(h.chat.asked).toHaveLength(0);
    // The allowed channel still works, and so do direct messages (the list restricts server channels).
    h.slash('ask', { question: 'LL事業とは？' }, { channelId: GENERAL });
    await eventually(() => (h.chat.asked.length === 1 ? true : undefined));
    h.dm('RIT事業とは？');
    await eventually(() => (h.chat.asked.length === 2 ? true : undefined), 3000, 'DM answered');
    expect(h.chat.asked[1]).toMatchObject({ question: 'RIT事業とは？', channelId: DM_CHANNEL });
  });

  it('rate-limits each user with a polite message', async () => {
    const h = await start({ rateLimitPerMinute: 2 });
    for (const question of ['一つ目', '二つ目']) {
      const ask = h.slash('ask', { question });
      await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    }
    const third = h.slash('ask', { question: '三つ目' });
    const reply = await h.rest.waitFor((r) => r.path === third.callbackPath);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.content).toMatch(/質問が多すぎます.*\d+ 秒/);
    expect(reply.body.data.flags & 64).toBe(64);
    // Another user is not limited.
    const bob = h.slash('ask', { question: '四つ目' }, { user: BOB });
    await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(bob.webhookPath));
    expect(h.chat.asked.map((request) => request.question)).toEqual(['一つ目', '二つ目', '四つ目']);
  });

  it('apologises with an error id that is also in the log', async () => {
    const h = await start({ chat: { failOn: 'boom' } });
    const ask = h.slash('ask', { question: 'boom please' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    const errorId = /エラーID: (E[0-9A-Z]+)/.exec(edit.body.content)?.[1];
    expect(errorId).toBeDefined();
    const logged = h.logs.find((line) => line.errorId === errorId);
    expect(logged?.level).toBe(50);
    expect(logged?.err.message).toContain('fake internal failure');
    // The same for a mention.
    h.say('boom again', { mention: true });
    const reply = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
    const mentionErrorId = /エラーID: (E[0-9A-Z]+)/.exec(reply.body.content)?.[1];
    expect(h.logs.some((line) => line.errorId === mentionErrorId)).toBe(true);
    expect(h.logText()).not.toContain(TOKEN);
  });

  it('shows a QuestionError as its polite message (a mention with no question)', async () => {
    const h = await start();
    h.say('', { mention: true });
    const reply = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
    expect(reply.body.content).toBe('質問が空です。報告書について知りたいことを書いてください。');
  });

  it('shows related sources when it abstains', async () => {
    const h = await start({ chat: { abstainOn: '天気' } });
    const ask = h.slash('ask', { question: '明日の天気は？' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    const embed = edit.body.embeds[0];
    expect(embed.description).toContain('見つかりませんでした');
    expect(embed.description).toContain('LL事業とは？'); // suggestion
    expect(embed.fields).toHaveLength(1);
    expect(embed.footer.text).toContain('関連する可能性のある出典');
  });

  it('answers /source, /onboard and /help', async () => {
    const h = await start();
    const source = h.slash('source', { id: '003-0042' });
    const sourceReply = await h.rest.waitFor((r) => r.path === source.callbackPath);
    expect(sourceReply.body.data.embeds[0].footer.text).toBe('出典ID: 003-0042');
    const unknown = h.slash('source', { id: 'nope' });
    const unknownReply = await h.rest.waitFor((r) => r.path === unknown.callbackPath);
    expect(unknownReply.body.data.content).toContain('見つかりませんでした');
    const onboard = h.slash('onboard');
    const onboardReply = await h.rest.waitFor((r) => r.path === onboard.callbackPath);
    expect(onboardReply.body.data.embeds[0].fields).toHaveLength(2);
    const more = await h.rest.waitFor((r) => r.method === 'POST' && r.path === onboard.webhookPath);
    expect(more.body.embeds.map((e: { title: string }) => e.title)).toEqual(['用語集', 'まずはこんな質問から']);
    const help = h.slash('help');
    const helpReply = await h.rest.waitFor((r) => r.path === help.callbackPath);
    expect(helpReply.body.data.embeds[0].description).toContain('/ask');
  });

  it('resumes after the gateway asks it to reconnect (op 7) and still answers', async () => {
    const h = await start();
    const kind = await h.gateway.requestReconnect();
    expect(kind).toBe('resumed');
    expect(h.gateway.resumes).toHaveLength(1);
    const ask = h.slash('ask', { question: '再接続のあとでも答えますか？' });
    const edit = await h.rest.waitFor((r) => r.method === 'PATCH' && r.path.startsWith(ask.webhookPath));
    expect(edit.body.embeds[0].description).toContain('再接続のあとでも');
    expect(h.logs.some((line) => line.msg === 'discord: gateway session resumed')).toBe(true);
  });

  it('falls back to mentions only when the Message Content intent is not granted', async () => {
    const h = await start({ messageContentDisallowed: true });
    expect(h.bot.messageContent).toBe(false);
    expect(h.gateway.identifies).toHaveLength(2);
    const question = h.say('LL事業とは？', { mention: true });
    await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.id}/messages`);
    expect(h.chat.asked[0]?.question).toBe('LL事業とは？');
    expect(h.logs.some((line) => /Message Content intent is not enabled/.test(line.msg))).toBe(true);
    expect(h.logText()).not.toContain(TOKEN);
  });

  it('replies in the channel when it cannot start a thread', async () => {
    const h = await start();
    h.rest.failWhen = (request) => (/\/threads$/.test(request.path) ? 403 : undefined);
    const question = h.say('LL事業とは？', { mention: true });
    const reply = await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${GENERAL}/messages`);
    expect(reply.body.message_reference.message_id).toBe(question.id);
    expect(reply.body.embeds[0].description).toContain('LL事業');
    expect(h.logs.some((line) => line.msg === 'discord: could not start a thread; replying in the channel')).toBe(true);
  });

  it('without the Message Content intent, thread follow-ups need a mention', async () => {
    const h = await start({ messageContentDisallowed: true });
    const first = h.say('LL事業とは？', { mention: true });
    await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${first.id}/messages`);
    await eventually(() => h.bot.client.channels.cache.get(first.id), 2000, 'thread cached');
    h.say('期間は？', { channelId: first.id }); // content blanked by Discord: ignored
    h.say('期間は？', { channelId: first.id, mention: true });
    await eventually(() => (h.chat.asked.length === 2 ? true : undefined), 3000, 'mentioned follow-up');
    expect(h.chat.asked[1]?.question).toBe('期間は？');
    expect(h.chat.asked[1]?.history?.[0]).toEqual({ role: 'user', text: 'LL事業とは？' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.chat.asked).toHaveLength(2);
  });

  it('identifies again when its session cannot be resumed, and still answers', async () => {
    const h = await start();
    h.gateway.forgetSession();
    const kind = await h.gateway.requestReconnect();
    expect(kind).toBe('ready');
    expect(h.gateway.identifies).toHaveLength(2);
    const question = h.say('LL事業とは？', { mention: true });
    await h.rest.waitFor((r) => r.method === 'POST' && r.path === `/channels/${question.id}/messages`);
  });

  it('keeps interaction tokens out of the log when Discord rejects a reply', async () => {
    const h = await start();
    h.rest.failWhen = (request) => (request.method === 'PATCH' ? 500 : undefined);
    const ask = h.slash('ask', { question: 'LL事業とは？' });
    await h.rest.waitFor((r) => r.method === 'POST' && r.path === ask.webhookPath); // the apology, as a follow-up
    await eventually(() => h.logs.find((line) => line.errorId), 2000, 'error logged');
    expect(h.logText()).not.toContain(ask.token);
  });

  it('fails to start with a clear error for a rejected token', async () => {
    const failed = startHarness({ gatewayBotStatus: 401 });
    await expect(failed).rejects.toThrow(/invalid token/i);
  });
});
