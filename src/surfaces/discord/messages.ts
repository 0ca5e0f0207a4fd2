/**
 * Mentions, thread follow-ups and direct messages. A message that mentions the bot gets an answer in a new
 * thread (or a reply where threads cannot be started); later messages in a thread the bot
 * started are follow-ups, answered without a mention, with the thread's earlier turns as
 * history. Mentions carry their content even with the Message Content intent off; follow-ups
 * without a mention need that intent. A direct message is answered in the DM, with the DM's
 * earlier messages as history.
 */
import {
  ChannelType,
  type DMChannel,
  type PartialDMChannel,
  type Message,
  type MessageCreateOptions,
  ThreadAutoArchiveDuration,
  type ThreadChannel,
} from 'discord.js';
import type { Turn } from '../../chat/chat-service.js';
import { channelAllowed, type DiscordContext, failureText, rateLimitNotice, scrub } from './context.js';
import { type DiscordPayload, NOTICES, renderAnswer, truncate } from './render.js';

/** How many earlier thread messages are read for history, and how many turns are passed on. */
const HISTORY_MESSAGES = 50;
const HISTORY_TURNS = 20;
const THREAD_NAME_MAX = 100;

interface Sendable {
  send(options: MessageCreateOptions): Promise<unknown>;
}

/** Removes mentions of the bot (`<@id>`, `<@!id>`, and its managed role `<@&role>`). */
export function stripMention(content: string, botId: string, botRoleId?: string): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  if (botRoleId) text = text.replace(new RegExp(`<@&${botRoleId}>`, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** The bot's managed role, which Discord sometimes mentions instead of the bot user. */
function botRoleId(message: Message<true>): string | undefined {
  return message.guild.members.me?.roles.botRole?.id;
}

function mentionsBot(message: Message<true>, botId: string): boolean {
  if (message.mentions.users.has(botId)) return true;
  const role = botRoleId(message);
  return role !== undefined && message.mentions.roles.has(role);
}

export async function handleMessage(message: Message, context: DiscordContext): Promise<void> {
  // Ignore bots (including ourselves), webhooks and system messages.
  if (message.author.bot || message.webhookId || message.system) return;
  if (!message.inGuild()) {
    const channel = message.channel;
    if (channel.type === ChannelType.DM) await handleDirectMessage(message, channel, context);
    return;
  }
  const botId = message.client.user.id;
  const channel = message.channel;
  const ownThread = channel.isThread() && channel.ownerId === botId;
  const mentioned = mentionsBot(message, botId);
  if (!mentioned && !ownThread) return;

  const question = stripMention(message.content, botId, botRoleId(message));
  // A follow-up with no content: the Message Content intent is off (only mentions carry text).
  if (!mentioned && !question && message.attachments.size === 0) {
    context.logger.debug({ channelId: channel.id }, 'discord: follow-up without content (Message Content intent off?)');
    return;
  }
  try {
    await answerMessage(message, question, ownThread, context);
  } catch (error) {
    await apologise(message, error, context);
  }
}

/** Replies with the polite failure text (its error id is in the log); never throws. */
async function apologise(message: Message, error: unknown, context: DiscordContext): Promise<void> {
  const details = { messageId: message.id, userId: message.author.id, channelId: message.channelId };
  const text = failureText(context, error, details);
  await message.reply({ content: text }).catch((replyError: unknown) => {
    context.logger.warn({ ...details, err: scrub(replyError) }, 'discord: could not send the apology');
  });
}

/**
 * A direct message is a question without a mention; the DM's earlier messages are the
 * conversation, so 「それはいつ始まった？」 after a question is a follow-up. DMs are private to the
 * user: the allowed-channel list (for servers) does not apply to them.
 */
async function handleDirectMessage(
  message: Message,
  channel: DMChannel | PartialDMChannel,
  context: DiscordContext,
): Promise<void> {
  const question = message.content.trim();
  if (!question && message.attachments.size === 0) return;
  try {
    const limited = rateLimitNotice(context, message.author.id);
    if (limited) {
      await message.reply({ content: limited });
      return;
    }
    const history = await directHistory(message, channel, context);
    void channel.sendTyping().catch(() => undefined);
    const result = await context.chat.ask({
      question,
      ...(history.length > 0 ? { history } : {}),
      surface: 'discord',
      userId: message.author.id,
      channelId: message.channelId,
    });
    context.logger.info(
      { questionId: result.questionId, latencyMs: result.latencyMs, dm: true, turns: history.length },
      'discord: answered a direct message',
    );
    await sendAll(channel, renderAnswer(result), message);
  } catch (error) {
    await apologise(message, error, context);
  }
}

/** The DM's messages before `current`, oldest first, as turns (split answers joined). */
async function directHistory(
  current: Message,
  channel: DMChannel | PartialDMChannel,
  context: DiscordContext,
): Promise<Turn[]> {
  const botId = current.client.user.id;
  try {
    const earlier = await channel.messages.fetch({ limit: HISTORY_TURNS * 2, before: current.id });
    return toTurns([...earlier.values()], botId).slice(-HISTORY_TURNS);
  } catch (error) {
    context.logger.warn({ channelId: current.channelId, err: scrub(error) }, 'discord: could not read DM history');
    return [];
  }
}

/** Messages as conversation turns, oldest first; consecutive bot messages are one answer. */
function toTurns(messages: Message[], botId: string): Turn[] {
  const turns: Turn[] = [];
  const push = (role: Turn['role'], text: string) => {
    if (!text) return;
    const last = turns[turns.length - 1];
    if (last && last.role === role && role === 'assistant') last.text = `${last.text}\n${text}`;
    else turns.push({ role, text });
  };
  for (const message of [...messages].sort((a, b) => compareSnowflakes(a.id, b.id))) {
    if (message.author.id === botId) push('assistant', messageText(message));
    else if (!message.author.bot) push('user', stripMention(message.content, botId));
  }
  return turns;
}

async function answerMessage(
  message: Message<true>,
  question: string,
  ownThread: boolean,
  context: DiscordContext,
): Promise<void> {
  const channel = message.channel;
  const parentId = channel.isThread() ? channel.parentId : null;
  if (!channelAllowed(context, { channelId: channel.id, parentId })) {
    await message.reply({ content: NOTICES.channelNotAllowed });
    return;
  }
  const limited = rateLimitNotice(context, message.author.id);
  if (limited) {
    await message.reply({ content: limited });
    return;
  }
  const botId = message.client.user.id;
  const history = ownThread && channel.isThread() ? await threadHistory(channel, message, botId, context) : [];
  void channel.sendTyping().catch(() => undefined);

  let payloads: DiscordPayload[];
  try {
    const result = await context.chat.ask({
      question,
      ...(history.length > 0 ? { history } : {}),
      surface: 'discord',
      userId: message.author.id,
      channelId: channel.id,
    });
    payloads = renderAnswer(result);
    context.logger.info(
      { questionId: result.questionId, latencyMs: result.latencyMs, followUp: ownThread, turns: history.length },
      'discord: answered a message',
    );
  } catch (error) {
    const text = failureText(context, error, {
      messageId: message.id,
      userId: message.author.id,
      channelId: channel.id,
    });
    await message.reply({ content: text });
    return;
  }

  if (channel.isThread()) {
    await sendAll(channel, payloads, message);
    return;
  }
  const thread = await openThread(message, question, context);
  if (thread) await sendAll(thread, payloads);
  else await sendAll(channel, payloads, message);
}

/** Starts a thread on the question where the channel allows it; undefined otherwise. */
async function openThread(
  message: Message<true>,
  question: string,
  context: DiscordContext,
): Promise<ThreadChannel | undefined> {
  const type = message.channel.type;
  if (type !== ChannelType.GuildText && type !== ChannelType.GuildAnnouncement) return undefined;
  if (message.hasThread) return undefined;
  try {
    return await message.startThread({
      name: truncate(question || '質問', THREAD_NAME_MAX),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (error) {
    // Usually missing "Create Public Threads" permission: answer in the channel instead.
    context.logger.warn(
      { channelId: message.channelId, err: scrub(error) },
      'discord: could not start a thread; replying in the channel',
    );
    return undefined;
  }
}

/** Sends the answer's messages in order; the first one replies to `replyTo` when given. */
async function sendAll(channel: Sendable, payloads: DiscordPayload[], replyTo?: Message): Promise<void> {
  for (const [i, payload] of payloads.entries()) {
    if (i === 0 && replyTo) await replyTo.reply(payload);
    else await channel.send(payload);
  }
}

/**
 * Earlier turns of a thread the bot started, oldest first: the starter message (the first
 * question), then the thread's messages before `current`. Consecutive bot messages (one
 * answer split across messages) become one assistant turn.
 */
export async function threadHistory(
  thread: ThreadChannel,
  current: Message,
  botId: string,
  context: DiscordContext,
): Promise<Turn[]> {
  try {
    const starter = await thread.fetchStarterMessage().catch(() => null);
    const earlier = await thread.messages.fetch({ limit: HISTORY_MESSAGES, before: current.id });
    const first: Turn[] =
      starter && !starter.author.bot ? [{ role: 'user', text: stripMention(starter.content, botId) }] : [];
    return [...first.filter((turn) => turn.text), ...toTurns([...earlier.values()], botId)].slice(-HISTORY_TURNS);
  } catch (error) {
    // History is a help, not a requirement: answer without it.
    context.logger.warn({ threadId: thread.id, err: scrub(error) }, 'discord: could not read thread history');
    return [];
  }
}

/** The answer text of one of our messages: its content, or its answer embed's description. */
function messageText(message: Message): string {
  if (message.content.trim()) return message.content.trim();
  return message.embeds.find((embed) => embed.description)?.description?.trim() ?? '';
}

function compareSnowflakes(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
