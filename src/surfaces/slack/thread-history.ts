/**
 * Earlier turns of a conversation, read back from Slack (conversations.replies for threads,
 * conversations.history for a DM) so follow-ups survive restarts and need no local store.
 */
import type { webApi } from '@slack/bolt';
import type { Turn } from '../../chat/chat-service.js';
import type { Logger } from '../../logging.js';
import { errorForLog } from './slack-logging.js';
import { slackTextToPlain, truncate } from './slack-text.js';

/** Metadata event types on the bot's own posts (chat.postMessage `metadata`). */
export const ANSWER_METADATA = 'kotae_answer';
export const NOTICE_METADATA = 'kotae_notice';

/** The fields of a Slack message that history needs. */
export interface SlackMessageLike {
  ts?: string | undefined;
  thread_ts?: string | undefined;
  user?: string | undefined;
  bot_id?: string | undefined;
  subtype?: string | undefined;
  text?: string | undefined;
  metadata?: { event_type?: string | undefined; event_payload?: Record<string, unknown> | undefined } | undefined;
}

export interface BotIdentity {
  userId: string | undefined;
  botId: string | undefined;
}

const MAX_TURNS = 10;
const MAX_TURN_CHARS = 2000;
/** Subtypes that are still a person writing a message. */
const USER_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share', 'me_message']);

export function isFromBot(message: SlackMessageLike, bot: BotIdentity): boolean {
  return (
    (bot.userId !== undefined && message.user === bot.userId) ||
    (bot.botId !== undefined && message.bot_id === bot.botId)
  );
}

/** True when the bot has posted in the thread: replies there are follow-ups to it. */
export function botHasAnswered(messages: SlackMessageLike[], bot: BotIdentity): boolean {
  return messages.some((message) => isFromBot(message, bot));
}

/**
 * Turns before `beforeTs`, oldest first: the bot's posts are assistant turns (notices such as
 * apologies are skipped), people's messages are user turns with the bot mention removed,
 * other bots are ignored. Keeps the last ten turns.
 */
export function turnsFrom(messages: SlackMessageLike[], bot: BotIdentity, beforeTs: string): Turn[] {
  const turns: Turn[] = [];
  const earlier = messages
    .filter((message) => message.ts !== undefined && Number(message.ts) < Number(beforeTs))
    .sort((a, b) => Number(a.ts) - Number(b.ts));
  for (const message of earlier) {
    if (isFromBot(message, bot)) {
      if (message.metadata?.event_type === NOTICE_METADATA) continue;
      // A shared /kotae answer starts its own thread: its question lives only in the metadata.
      const question = message.metadata?.event_payload?.['question'];
      if (message.ts === message.thread_ts && typeof question === 'string' && question) {
        turns.push({ role: 'user', text: truncate(question, MAX_TURN_CHARS) });
      }
      if (message.text?.trim()) turns.push({ role: 'assistant', text: truncate(message.text.trim(), MAX_TURN_CHARS) });
      continue;
    }
    if (message.bot_id || !USER_SUBTYPES.has(message.subtype)) continue;
    const text = slackTextToPlain(message.text ?? '', bot.userId);
    if (text) turns.push({ role: 'user', text: truncate(text, MAX_TURN_CHARS) });
  }
  return turns.slice(-MAX_TURNS);
}

/** All messages of a thread (root first), or undefined when Slack refuses (missing scope, …). */
export async function loadThread(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  logger: Logger,
): Promise<SlackMessageLike[] | undefined> {
  try {
    const result = await client.conversations.replies({
      channel,
      ts: threadTs,
      limit: 100,
      include_all_metadata: true,
    });
    return (result.messages ?? []) as SlackMessageLike[];
  } catch (error) {
    logger.warn({ error: errorForLog(error), channel, threadTs }, 'slack: could not read thread history');
    return undefined;
  }
}

/**
 * Recent top-level DM messages before `beforeTs` (newest few, within `windowMs`), so that
 * "それはいつですか？" right after an answer in a DM is understood as a follow-up.
 */
export async function loadRecentDirectMessages(
  client: webApi.WebClient,
  channel: string,
  beforeTs: string,
  logger: Logger,
  windowMs = 10 * 60 * 1000,
): Promise<SlackMessageLike[]> {
  try {
    const oldest = String((Number(beforeTs) * 1000 - windowMs) / 1000);
    const result = await client.conversations.history({
      channel,
      latest: beforeTs,
      oldest,
      inclusive: false,
      limit: 6,
      include_all_metadata: true,
    });
    return (result.messages ?? []) as SlackMessageLike[];
  } catch (error) {
    logger.warn({ error: errorForLog(error), channel }, 'slack: could not read DM history');
    return [];
  }
}
