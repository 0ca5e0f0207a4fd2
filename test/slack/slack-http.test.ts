/**
 * The real Bolt app in HTTP mode against a fake Slack Web API on 127.0.0.1, with signed
 * requests and processBeforeResponse, so every assertion runs after the handler finished.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/surfaces/slack/blocks.js';
import type { RecordedCall } from '../fakes/slack-fake-api.js';
import { BOT_TOKEN, SIGNING_SECRET, type SlackHarness, startHarness } from '../fakes/slack-harness.js';
import { eventEnvelope, mentionEvent, messageEvent, postEvent } from '../fakes/slack-payloads.js';

interface Block {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: string | { text: string }; action_id?: string; value?: string }[];
}

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});
afterEach(() => {
  expect(rejections).toEqual([]);
});

function blocksOf(call: RecordedCall | { body: Record<string, unknown> }): Block[] {
  const source = 'args' in call ? call.args : call.body;
  return (source['blocks'] ?? []) as Block[];
}

function sectionTexts(blocks: Block[]): string[] {
  return blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
}

function contextTexts(blocks: Block[]): string[] {
  return blocks
    .filter((b) => b.type === 'context')
    .map((b) => (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''))).join(''));
}

function buttons(blocks: Block[]): { action_id: string; value: string }[] {
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => ({ action_id: e.action_id ?? '', value: e.value ?? '' }));
}

describe('Slack bot over HTTP', () => {
  let h: SlackHarness;

  describe('default configuration', () => {
    beforeAll(async () => {
      h = await startHarness({ chat: { failOn: '壊れ', longAnswerOn: '長く', abstainOn: '宇宙' } });
    });
    afterAll(async () => {
      await h.close();
    });

    it('verifies the bot token with auth.test at start', () => {
      expect(h.fake.callsOf('auth.test').length).toBeGreaterThanOrEqual(1);
    });

    it('answers a mention in a thread under the question, with cited sources', async () => {
      const question = h.fake.userMessage('C1', { user: 'U1', text: '<@UBOT> LL事業とは何ですか？' });
      const result = await h.sendEvent(
        mentionEvent({ channel: 'C1', user: 'U1', text: question.text!, ts: question.ts }),
      );
      expect(result.status).toBe(200);

      const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C1');
      expect(posts).toHaveLength(1);
      const post = posts[0]!;
      expect(post.args['thread_ts']).toBe(question.ts);
      expect(post.authorized).toBe(true);
      const blocks = blocksOf(post);
      expect(sectionTexts(blocks).join('')).toContain('LL事業とは何ですか？');
      expect(sectionTexts(blocks).join('')).toContain('[1]');
      const sources = contextTexts(blocks);
      expect(
        sources.some((t) => t.startsWith('*[1]*') && t.includes('産業集積地における国際産業連携の成功要因調査')),
      ).toBe(true);
      expect(sources.some((t) => t.includes('31–35行目') && t.includes('1. LL事業について'))).toBe(true);
      expect(sources.some((t) => t.startsWith('*[2]*') && t.includes("it's OWL"))).toBe(true);
      const ids = buttons(blocks);
      expect(ids).toContainEqual({ action_id: `${ACTION.showSource}:1`, value: '001-0007' });
      expect(ids.map((b) => b.action_id)).toEqual(expect.arrayContaining([ACTION.feedbackUp, ACTION.feedbackDown]));
      expect(blocks.length).toBeLessThanOrEqual(50);

      // The question was passed without the mention, and the 👀 reaction came and went.
      expect(h.chat.asked.at(-1)?.question).toBe('LL事業とは何ですか？');
      expect(h.chat.asked.at(-1)?.surface).toBe('slack');
      expect(h.fake.callsOf('reactions.add').at(-1)?.args).toMatchObject({ name: 'eyes', timestamp: question.ts });
      expect(h.fake.callsOf('reactions.remove').at(-1)?.args).toMatchObject({ name: 'eyes', timestamp: question.ts });
    });

    it('answers a DM directly, not in a thread', async () => {
      const dm = h.fake.userMessage('D1', { user: 'U2', text: "it's OWLとは？" });
      await h.sendEvent(messageEvent({ channel: 'D1', channel_type: 'im', user: 'U2', text: dm.text!, ts: dm.ts }));
      const post = h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'D1');
      expect(post).toBeDefined();
      expect(post?.args['thread_ts']).toBeUndefined();
      expect(sectionTexts(blocksOf(post!)).join('')).toContain("it's OWLとは？");

      // The next DM is a follow-up: the earlier question and answer come along as history.
      const next = h.fake.userMessage('D1', { user: 'U2', text: 'それはどこの州ですか？' });
      await h.sendEvent(messageEvent({ channel: 'D1', channel_type: 'im', user: 'U2', text: next.text!, ts: next.ts }));
      const request = h.chat.asked.at(-1);
      expect(request?.question).toBe('それはどこの州ですか？');
      expect(request?.history?.map((t) => t.role)).toEqual(['user', 'assistant']);
      expect(request?.history?.[0]?.text).toBe("it's OWLとは？");
    });

    it('answers a reply in a thread it answered, without a mention, passing the earlier turns', async () => {
      const root = h.fake.userMessage('C2', { user: 'U1', text: '<@UBOT> LL事業の期間は？' });
      await h.sendEvent(mentionEvent({ channel: 'C2', user: 'U1', text: root.text!, ts: root.ts }));
      const reply = h.fake.userMessage('C2', { user: 'U3', text: 'その成果は？', thread_ts: root.ts });
      await h.sendEvent(
        messageEvent({
          channel: 'C2',
          channel_type: 'channel',
          user: 'U3',
          text: reply.text!,
          ts: reply.ts,
          thread_ts: root.ts,
        }),
      );
      const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C2');
      expect(posts).toHaveLength(2);
      expect(posts[1]?.args['thread_ts']).toBe(root.ts);
      const request = h.chat.asked.at(-1)!;
      expect(request.question).toBe('その成果は？');
      expect(request.history).toEqual([
        { role: 'user', text: 'LL事業の期間は？' },
        { role: 'assistant', text: expect.stringContaining('LL事業の期間は？') },
      ]);
    });

    it('answers a thread reply that mentions the bot once, though both app_mention and message arrive', async () => {
      const root = h.fake.userMessage('C3', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      await h.sendEvent(mentionEvent({ channel: 'C3', user: 'U1', text: root.text!, ts: root.ts }));
      const reply = h.fake.userMessage('C3', { user: 'U1', text: '<@UBOT> 詳しく教えて', thread_ts: root.ts });
      const fields = { channel: 'C3', user: 'U1', text: reply.text!, ts: reply.ts, thread_ts: root.ts };
      await Promise.all([
        h.sendEvent(messageEvent({ ...fields, channel_type: 'channel' })),
        h.sendEvent(mentionEvent(fields)),
      ]);
      const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C3');
      expect(posts).toHaveLength(2);
      expect(h.chat.asked.at(-1)?.history?.length).toBe(2);
    });

    it('ignores thread replies where it has not answered, top-level chatter, edits, deletions and bots', async () => {
      const before = h.fake.callsOf('chat.postMessage').length;
      const askedBefore = h.chat.asked.length;
      const root = h.fake.userMessage('C4', { user: 'U1', text: 'ランチどうする？' });
      const reply = h.fake.userMessage('C4', { user: 'U2', text: 'カレー', thread_ts: root.ts });
      await h.sendEvent(
        messageEvent({ channel: 'C4', channel_type: 'channel', user: 'U1', text: root.text!, ts: root.ts }),
      );
      await h.sendEvent(
        messageEvent({
          channel: 'C4',
          channel_type: 'channel',
          user: 'U2',
          text: 'カレー',
          ts: reply.ts,
          thread_ts: root.ts,
        }),
      );
      await h.sendEvent(
        messageEvent({
          channel: 'D1',
          channel_type: 'im',
          subtype: 'message_changed',
          ts: h.fake.nextTs(),
          message: { user: 'U2', text: '編集後', ts: '1.0' },
        }),
      );
      await h.sendEvent(
        messageEvent({
          channel: 'D1',
          channel_type: 'im',
          subtype: 'message_deleted',
          ts: h.fake.nextTs(),
          deleted_ts: '1.0',
        }),
      );
      await h.sendEvent(
        messageEvent({
          channel: 'D1',
          channel_type: 'im',
          user: 'UOTHER',
          bot_id: 'BOTHER',
          text: 'hi',
          ts: h.fake.nextTs(),
        }),
      );
      await h.sendEvent(
        messageEvent({
          channel: 'D1',
          channel_type: 'im',
          user: 'UBOT',
          bot_id: 'BBOT',
          text: 'own',
          ts: h.fake.nextTs(),
        }),
      );
      expect(h.fake.callsOf('chat.postMessage').length).toBe(before);
      expect(h.chat.asked.length).toBe(askedBefore);
    });

    it('reads a human-only thread once, and treats it as a follow-up thread after a mention there', async () => {
      const root = h.fake.userMessage('C13', { user: 'U1', text: '会議の件' });
      const replyIn = (text: string) => {
        const reply = h.fake.userMessage('C13', { user: 'U2', text, thread_ts: root.ts });
        return { channel: 'C13', user: 'U2', text, ts: reply.ts, thread_ts: root.ts };
      };
      const repliesCalls = () =>
        h.fake.callsOf('conversations.replies').filter((c) => c.args['channel'] === 'C13').length;
      await h.sendEvent(messageEvent({ ...replyIn('了解'), channel_type: 'channel' }));
      await h.sendEvent(messageEvent({ ...replyIn('よろしく'), channel_type: 'channel' }));
      expect(repliesCalls()).toBe(1);

      await h.sendEvent(mentionEvent(replyIn('<@UBOT> LL事業とは？')));
      await h.sendEvent(messageEvent({ ...replyIn('期間は？'), channel_type: 'channel' }));
      const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C13');
      expect(posts).toHaveLength(2);
      expect(h.chat.asked.at(-1)?.question).toBe('期間は？');
    });

    it('answers an event delivered twice (Slack retry) only once', async () => {
      const question = h.fake.userMessage('C5', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      const event = mentionEvent({ channel: 'C5', user: 'U1', text: question.text!, ts: question.ts });
      await h.sendEvent(event, { eventId: 'EvRETRY1' });
      const retry = await h.sendEvent(event, { eventId: 'EvRETRY1', retryNum: 1 });
      expect(retry.status).toBe(200);
      expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C5')).toHaveLength(1);
    });

    it('rejects a request with a bad signature (401) and does not answer', async () => {
      const before = h.chat.asked.length;
      const question = h.fake.userMessage('C6', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      const result = await postEvent(
        h.eventsUrl,
        eventEnvelope(mentionEvent({ channel: 'C6', user: 'U1', text: question.text!, ts: question.ts })),
        { secret: SIGNING_SECRET, badSignature: true },
      );
      expect(result.status).toBe(401);
      expect(h.chat.asked.length).toBe(before);
      expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C6')).toHaveLength(0);
    });

    it('splits a long answer into sections of at most 3,000 characters without cutting a marker', async () => {
      const question = h.fake.userMessage('C7', { user: 'U1', text: '<@UBOT> 長く説明して' });
      await h.sendEvent(mentionEvent({ channel: 'C7', user: 'U1', text: question.text!, ts: question.ts }));
      const post = h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C7')!;
      const blocks = blocksOf(post);
      const sections = sectionTexts(blocks);
      expect(sections.length).toBeGreaterThan(1);
      for (const text of sections) {
        expect(text.length).toBeLessThanOrEqual(3000);
        expect(text).not.toMatch(/\[\d*$/); // no marker cut at the end…
        expect(text).not.toMatch(/^\d*\]/); // …or at the start
      }
      const markers = sections.join('').match(/\[\d+\]/g) ?? [];
      expect(markers.length).toBeGreaterThan(50);
      expect(new Set(markers)).toEqual(new Set(['[1]']));
      expect(blocks.length).toBeLessThanOrEqual(50);
    });

    it('shows the nearest related sources when it abstains', async () => {
      const question = h.fake.userMessage('C8', { user: 'U1', text: '<@UBOT> 宇宙開発の予算は？' });
      await h.sendEvent(mentionEvent({ channel: 'C8', user: 'U1', text: question.text!, ts: question.ts }));
      const blocks = blocksOf(h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C8')!);
      expect(sectionTexts(blocks).join('')).toContain('見つかりませんでした');
      const contexts = contextTexts(blocks);
      expect(contexts.some((t) => t.includes('関連しそうな出典'))).toBe(true);
      expect(contexts.some((t) => t.startsWith('*[1]*'))).toBe(true);
      expect(contexts.some((t) => t.includes('LL事業とは？'))).toBe(true); // suggestion
    });

    it('apologises with an error id that is also in the log when answering fails', async () => {
      const question = h.fake.userMessage('C9', { user: 'U1', text: '<@UBOT> 壊れた質問' });
      await h.sendEvent(mentionEvent({ channel: 'C9', user: 'U1', text: question.text!, ts: question.ts }));
      const post = h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C9')!;
      expect(post.args['thread_ts']).toBe(question.ts);
      const text = String(post.args['text']);
      const errorId = /エラーID (E[0-9A-Z]+)/.exec(text)?.[1];
      expect(errorId).toBeDefined();
      expect(text).not.toMatch(/at .*\.ts:\d+/); // no stack trace in Slack
      const logged = h.logs.find((line) => line.errorId === errorId);
      expect(logged?.level).toBe(50);
      expect(JSON.stringify(logged)).toContain('fake internal failure');
      // The reaction is cleaned up even on failure.
      expect(h.fake.callsOf('reactions.remove').at(-1)?.args['timestamp']).toBe(question.ts);
    });

    it('replies with the polite message of a QuestionError (a mention with no question)', async () => {
      const question = h.fake.userMessage('C10', { user: 'U1', text: '<@UBOT>' });
      await h.sendEvent(mentionEvent({ channel: 'C10', user: 'U1', text: question.text!, ts: question.ts }));
      const post = h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C10')!;
      expect(post.args['text']).toBe('質問が空です。報告書について知りたいことを書いてください。');
    });

    it('/kotae answers privately with a share button that posts the answer to the channel', async () => {
      const result = await h.sendCommand('LL事業とは？', { user: 'U5', channel: 'C11', responseId: 'cmd-share' });
      expect(result.status).toBe(200);
      expect(JSON.parse(result.text)).toMatchObject({ response_type: 'ephemeral' }); // "調べています…"
      const response = h.fake.responses.find((r) => r.id === 'cmd-share')!;
      expect(response.body['response_type']).toBe('ephemeral');
      const blocks = blocksOf(response);
      expect(sectionTexts(blocks).join('')).toContain('LL事業とは？');
      const share = buttons(blocks).find((b) => b.action_id === ACTION.share);
      expect(share).toBeDefined();
      expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C11')).toHaveLength(0);

      await h.pressButton({
        actionId: ACTION.share,
        value: share!.value,
        user: 'U5',
        channel: 'C11',
        ephemeral: true,
        responseId: 'share-1',
      });
      const shared = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'C11');
      expect(shared).toHaveLength(1);
      const sharedBlocks = blocksOf(shared[0]!);
      expect(contextTexts(sharedBlocks)[0]).toContain('<@U5> さんの質問: LL事業とは？');
      expect(buttons(sharedBlocks).some((b) => b.action_id === ACTION.share)).toBe(false);
      expect(h.fake.responses.find((r) => r.id === 'share-1')?.body).toMatchObject({ delete_original: true });
    });

    it('"出典を表示" shows the full passage with its context, privately', async () => {
      await h.pressButton({ actionId: `${ACTION.showSource}:2`, value: '003-0042', responseId: 'src-1' });
      const response = h.fake.responses.find((r) => r.id === 'src-1')!;
      expect(response.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      const blocks = blocksOf(response);
      expect(blocks[0]?.type).toBe('header');
      expect(sectionTexts(blocks).join('')).toContain('ノルトライン・ヴェストファーレン州');
      const contexts = contextTexts(blocks);
      expect(contexts.some((t) => t.startsWith('前:') && t.includes('クラスター政策'))).toBe(true);
      expect(contexts.some((t) => t.startsWith('後:') && t.includes('センサー'))).toBe(true);
    });

    it('stores 👍/👎 feedback and acknowledges the vote', async () => {
      const question = h.fake.userMessage('C12', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      await h.sendEvent(mentionEvent({ channel: 'C12', user: 'U1', text: question.text!, ts: question.ts }));
      const post = h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C12')!;
      const up = buttons(blocksOf(post)).find((b) => b.action_id === ACTION.feedbackUp)!;
      await h.pressButton({
        actionId: ACTION.feedbackUp,
        value: up.value,
        user: 'U7',
        channel: 'C12',
        responseId: 'fb-1',
      });
      expect(h.chat.log.feedback).toHaveLength(1);
      expect(h.chat.log.feedback[0]).toMatchObject({
        questionId: up.value,
        vote: 'up',
        surface: 'slack',
        userId: 'U7',
      });
      expect(String(h.fake.responses.find((r) => r.id === 'fb-1')?.body['text'])).toContain('評価ありがとうございます');

      await h.pressButton({ actionId: ACTION.feedbackDown, value: 'unknown-id', responseId: 'fb-2' });
      expect(h.chat.log.feedback).toHaveLength(1);
      expect(String(h.fake.responses.find((r) => r.id === 'fb-2')?.body['text'])).toContain('保存できませんでした');
    });

    it('/kotae source, help and onboard', async () => {
      await h.sendCommand('source 001-0007', { responseId: 'cmd-src' });
      expect(sectionTexts(blocksOf(h.fake.responses.find((r) => r.id === 'cmd-src')!)).join('')).toContain(
        'LL事業実施期間',
      );
      await h.sendCommand('source 999-9999', { responseId: 'cmd-src-missing' });
      expect(String(h.fake.responses.find((r) => r.id === 'cmd-src-missing')?.body['text'])).toContain(
        '見つかりません',
      );

      const help = await h.sendCommand('help');
      expect(JSON.parse(help.text).text).toContain('使い方');

      await h.sendCommand('onboard', { responseId: 'cmd-onboard' });
      const onboarding = blocksOf(h.fake.responses.find((r) => r.id === 'cmd-onboard')!);
      const all = JSON.stringify(onboarding);
      expect(all).toContain('産業集積地における国際産業連携の成功要因調査');
      expect(all).toContain('用語集');
      expect(all).toContain('LL事業とは？');
      expect(onboarding.length).toBeLessThanOrEqual(50);
    });

    it('never writes the tokens or the signing secret to the log', () => {
      const everything = h.rawLogs.join('\n');
      expect(everything).not.toContain(BOT_TOKEN);
      expect(everything).not.toContain(SIGNING_SECRET);
    });
  });

  describe('restrictions', () => {
    afterEach(async () => {
      await h.close();
    });

    it('answers only in allowed channels and says once per channel that it is not enabled elsewhere', async () => {
      h = await startHarness({ allowedChannels: ['CALLOWED'] });
      for (let i = 0; i < 2; i++) {
        const q = h.fake.userMessage('CNOPE', { user: 'U1', text: '<@UBOT> LL事業とは？' });
        await h.sendEvent(mentionEvent({ channel: 'CNOPE', user: 'U1', text: q.text!, ts: q.ts }));
      }
      const notices = h.fake.callsOf('chat.postMessage').filter((c) => c.args['channel'] === 'CNOPE');
      expect(notices).toHaveLength(1);
      expect(String(notices[0]?.args['text'])).toContain('有効になっていません');
      expect(h.chat.asked).toHaveLength(0);

      const ok = h.fake.userMessage('CALLOWED', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      await h.sendEvent(mentionEvent({ channel: 'CALLOWED', user: 'U1', text: ok.text!, ts: ok.ts }));
      expect(h.chat.asked).toHaveLength(1);

      const command = await h.sendCommand('LL事業とは？', { channel: 'CNOPE' });
      expect(JSON.parse(command.text).text).toContain('有効になっていません');
      expect(h.chat.asked).toHaveLength(1);

      // DMs are always allowed.
      const dm = h.fake.userMessage('D9', { user: 'U1', text: 'LL事業とは？' });
      await h.sendEvent(messageEvent({ channel: 'D9', channel_type: 'im', user: 'U1', text: dm.text!, ts: dm.ts }));
      expect(h.chat.asked).toHaveLength(2);
    });

    it('acknowledges first and answers afterwards by default (processBeforeResponse off)', async () => {
      h = await startHarness({ processBeforeResponse: false });
      const challenge = await postEvent(
        h.eventsUrl,
        { token: 'x', challenge: 'abc123', type: 'url_verification' },
        { secret: SIGNING_SECRET },
      );
      expect(challenge.text).toContain('abc123');
      const q = h.fake.userMessage('C1', { user: 'U1', text: '<@UBOT> LL事業とは？' });
      const result = await h.sendEvent(mentionEvent({ channel: 'C1', user: 'U1', text: q.text!, ts: q.ts }));
      expect(result.status).toBe(200);
      const post = await h.fake.waitFor(() =>
        h.fake.callsOf('chat.postMessage').find((c) => c.args['channel'] === 'C1'),
      );
      expect(post.args['thread_ts']).toBe(q.ts);
    });

    it('limits questions per user per minute, politely', async () => {
      h = await startHarness({ rateLimitPerMinute: 2 });
      for (let i = 0; i < 3; i++) {
        const q = h.fake.userMessage('C1', { user: 'U1', text: `<@UBOT> 質問${i}` });
        await h.sendEvent(mentionEvent({ channel: 'C1', user: 'U1', text: q.text!, ts: q.ts }));
      }
      expect(h.chat.asked).toHaveLength(2);
      const ephemeral = h.fake.callsOf('chat.postEphemeral');
      expect(ephemeral).toHaveLength(1);
      expect(ephemeral[0]?.args).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(ephemeral[0]?.args['text'])).toContain('秒後にもう一度');

      // Another user is not limited.
      const other = h.fake.userMessage('C1', { user: 'U2', text: '<@UBOT> 質問' });
      await h.sendEvent(mentionEvent({ channel: 'C1', user: 'U2', text: other.text!, ts: other.ts }));
      expect(h.chat.asked).toHaveLength(3);
    });
  });
});
