/**
 * Questions that arrive as events: a mention in a channel (answered in a thread under it), a
 * reply in a thread the bot has answered (a follow-up, no mention needed) and DMs.
 */
import type { webApi } from '@slack/bolt';
import type { Turn } from '../../chat/chat-service.js';
import { newErrorId, QuestionError } from '../../errors.js';
import { renderAnswer, renderNotice } from './blocks.js';
import { TEXT } from './messages.js';
import { isAllowedChannel, type SlackDeps } from './slack-deps.js';
import { errorForLog } from './slack-logging.js';
import { mentionsUser, slackTextToPlain } from './slack-text.js';
import {
  ANSWER_METADATA,
  type BotIdentity,
  botHasAnswered,
  loadRecentDirectMessages,
  loadThread,
  NOTICE_METADATA,
  turnsFrom,
} from './thread-history.js';

type WebClient = webApi.WebClient;

/** The fields of an `app_mention` / `message` event this module reads. */
export interface IncomingMessage {
  type?: string;
  subtype?: string | undefined;
  channel: string;
  channel_type?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  text?: string | undefined;
  ts: string;
  thread_ts?: string | undefined;
}

export interface EventInput {
  event: IncomingMessage;
  /** Envelope event id (`Ev…`); the same on re-deliveries. */
  eventId: string | undefined;
  client: WebClient;
  bot: BotIdentity;
}

/** Subtypes that are still a person posting a message (edits, deletions, joins… are not). */
const QUESTION_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

function isPersonMessage(event: IncomingMessage, bot: BotIdentity): event is IncomingMessage & { user: string } {
  if (!event.user || event.bot_id || !QUESTION_SUBTYPES.has(event.subtype)) return false;
  return event.user !== bot.userId;
}

function dedupeKeys(input: EventInput): string[] {
  const keys = [`msg:${input.event.channel}:${input.event.ts}`];
  if (input.eventId) keys.push(`event:${input.eventId}`);
  return keys;
}

/** `app_mention`: answer in a thread under the question (or in the thread it was asked in). */
export async function handleMention(deps: SlackDeps, input: EventInput): Promise<void> {
  const { event, client, bot } = input;
  if (!isPersonMessage(event, bot)) return;
  if (!deps.seen.claim(...dedupeKeys(input))) {
    deps.logger.debug({ channel: event.channel, ts: event.ts }, 'slack: duplicate mention ignored');
    return;
  }
  const threadTs = event.thread_ts ?? event.ts;
  if (!isAllowedChannel(deps, event.channel)) {
    await notifyNotEnabled(deps, client, event.channel, threadTs);
    return;
  }
  let history: Turn[] = [];
  if (event.thread_ts && event.thread_ts !== event.ts) {
    const messages = await loadThread(client, event.channel, event.thread_ts, deps.logger);
    history = messages ? turnsFrom(messages, bot, event.ts) : [];
  }
  await answerQuestion(deps, {
    client,
    bot,
    channel: event.channel,
    messageTs: event.ts,
    threadTs,
    userId: event.user,
    text: event.text ?? '',
    history,
  });
}

/** `message`: DMs, and thread replies in channels where the bot has answered (follow-ups). */
export async function handleMessage(deps: SlackDeps, input: EventInput): Promise<void> {
  const { event, client, bot } = input;
  if (!isPersonMessage(event, bot)) return;
  if (event.channel_type === 'im') {
    await handleDirectMessage(deps, input, event);
    return;
  }
  if (event.channel_type !== 'channel' && event.channel_type !== 'group') return;
  const threadTs = event.thread_ts;
  if (!threadTs || threadTs === event.ts) return; // top-level chatter without a mention
  if (mentionsUser(event.text, bot.userId)) return; // app_mention answers it
  if (!isAllowedChannel(deps, event.channel)) return;
  if (deps.seen.has(`msg:${event.channel}:${event.ts}`)) return;
  const threadKey = `${event.channel}:${threadTs}`;
  if (deps.quietThreads.has(threadKey)) return;

  const messages = await loadThread(client, event.channel, threadTs, deps.logger);
  if (!messages) return;
  if (!botHasAnswered(messages, bot)) {
    deps.quietThreads.claim(threadKey);
    return;
  }
  if (!deps.seen.claim(...dedupeKeys(input))) return;
  await answerQuestion(deps, {
    client,
    bot,
    channel: event.channel,
    messageTs: event.ts,
    threadTs,
    userId: event.user,
    text: event.text ?? '',
    history: turnsFrom(messages, bot, event.ts),
  });
}

async function handleDirectMessage(
  deps: SlackDeps,
  input: EventInput,
  event: IncomingMessage & { user: string },
): Promise<void> {
  if (!deps.seen.claim(...dedupeKeys(input))) return;
  const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
  const messages = inThread
    ? await loadThread(input.client, event.channel, event.thread_ts ?? event.ts, deps.logger)
    : await loadRecentDirectMessages(input.client, event.channel, event.ts, deps.logger);
  await answerQuestion(deps, {
    client: input.client,
    bot: input.bot,
    channel: event.channel,
    messageTs: event.ts,
    // In a DM the answer goes straight into the conversation, unless the user wrote in a thread.
    threadTs: inThread ? event.thread_ts : undefined,
    userId: event.user,
    text: event.text ?? '',
    history: messages ? turnsFrom(messages, input.bot, event.ts) : [],
  });
}

interface Question {
  client: WebClient;
  bot: BotIdentity;
  channel: string;
  /** The question's own message (the 👀 reaction goes there). */
  messageTs: string;
  /** Thread to answer in; undefined answers at the top level (DMs). */
  threadTs: string | undefined;
  userId: string;
  text: string;
  history: Turn[];
}

async function answerQuestion(deps: SlackDeps, q: Question): Promise<void> {
  const log = deps.logger.child({ surface: 'slack', channel: q.channel, user: q.userId });
  const limit = deps.rateLimiter.take(`slack:${q.userId}`);
  if (!limit.allowed) {
    log.info({ retryAfterMs: limit.retryAfterMs }, 'slack: rate limited');
    await postPrivately(deps, q, TEXT.rateLimited(limit.retryAfterMs));
    return;
  }
  // The bot is about to answer in this thread: replies there become follow-ups.
  if (q.threadTs) deps.quietThreads.forget(`${q.channel}:${q.threadTs}`);
  const reacted = await react(q, 'add', log);
  try {
    const question = slackTextToPlain(q.text, q.bot.userId);
    const result = await deps.chat.ask({
      question,
      surface: 'slack',
      userId: q.userId,
      channelId: q.channel,
      ...(q.history.length > 0 ? { history: q.history } : {}),
    });
    deps.answers.set(result.questionId, { answer: result.answer, question, userId: q.userId });
    const message = renderAnswer(result.answer, { questionId: result.questionId });
    await q.client.chat.postMessage({
      channel: q.channel,
      ...(q.threadTs ? { thread_ts: q.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      metadata: { event_type: ANSWER_METADATA, event_payload: { question_id: result.questionId } },
      unfurl_links: false,
      unfurl_media: false,
    });
    log.info(
      {
        questionId: result.questionId,
        latencyMs: result.latencyMs,
        abstained: result.answer.abstained,
        turns: q.history.length,
      },
      'slack: answered',
    );
  } catch (error) {
    await postFailure(deps, q, error, log);
  } finally {
    if (reacted) await react(q, 'remove', log);
  }
}

/** QuestionError → its polite message; anything else → an apology with an error id that is also logged. */
async function postFailure(deps: SlackDeps, q: Question, error: unknown, log: SlackDeps['logger']): Promise<void> {
  let text: string;
  if (error instanceof QuestionError) {
    text = error.userMessage;
    log.info({ reason: error.message }, 'slack: question rejected');
  } else {
    const errorId = newErrorId();
    text = TEXT.apology(errorId);
    log.error({ errorId, error: errorForLog(error) }, 'slack: failed to answer');
  }
  await postNotice(deps, q.client, q.channel, q.threadTs, text);
}

/** Posts a short bot notice (not an answer: thread history skips it). Never throws. */
async function postNotice(
  deps: SlackDeps,
  client: WebClient,
  channel: string,
  threadTs: string | undefined,
  text: string,
): Promise<void> {
  const notice = renderNotice(text);
  try {
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: notice.text,
      blocks: notice.blocks,
      metadata: { event_type: NOTICE_METADATA, event_payload: {} },
    });
  } catch (error) {
    deps.logger.error({ error: errorForLog(error), channel }, 'slack: could not post a notice');
  }
}

/** An ephemeral note to the asker (rate limit), falling back to a normal post if that fails. */
async function postPrivately(deps: SlackDeps, q: Question, text: string): Promise<void> {
  const notice = renderNotice(text);
  try {
    await q.client.chat.postEphemeral({
      channel: q.channel,
      user: q.userId,
      ...(q.threadTs ? { thread_ts: q.threadTs } : {}),
      text: notice.text,
      blocks: notice.blocks,
    });
  } catch (error) {
    deps.logger.warn({ error: errorForLog(error), channel: q.channel }, 'slack: ephemeral notice failed');
    await postNotice(deps, q.client, q.channel, q.threadTs, text);
  }
}

async function notifyNotEnabled(deps: SlackDeps, client: WebClient, channel: string, threadTs: string): Promise<void> {
  if (deps.notifiedChannels.has(channel)) {
    deps.logger.info({ channel }, 'slack: mention in a channel that is not enabled (already told)');
    return;
  }
  deps.notifiedChannels.add(channel);
  deps.logger.info({ channel }, 'slack: mention in a channel that is not enabled');
  await postNotice(deps, client, channel, threadTs, TEXT.notEnabled);
}

/** The 👀 "working on it" reaction; failures (missing scope, already reacted) only cost the indicator. */
async function react(q: Question, action: 'add' | 'remove', log: SlackDeps['logger']): Promise<boolean> {
  const args = { channel: q.channel, timestamp: q.messageTs, name: 'eyes' };
  try {
    if (action === 'add') await q.client.reactions.add(args);
    else await q.client.reactions.remove(args);
    return true;
  } catch (error) {
    log.debug({ error: errorForLog(error), action }, 'slack: reaction failed');
    return false;
  }
}
