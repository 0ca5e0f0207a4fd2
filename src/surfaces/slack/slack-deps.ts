/** What every Slack handler shares: the chat service, limits and small in-memory stores. */
import type { ChatService } from '../../chat/chat-service.js';
import type { RateLimiter } from '../../chat/rate-limiter.js';
import type { Logger } from '../../logging.js';
import type { AnswerCache } from './answer-cache.js';
import type { RecentKeys } from './dedupe.js';

export interface SlackDeps {
  chat: ChatService;
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Event ids and `channel:ts` of questions already taken (dedupe). */
  seen: RecentKeys;
  /**
   * Threads recently found to have no bot answer (`channel:threadTs`), so chatter in busy
   * threads does not cost a conversations.replies call per message. Forgotten when the bot
   * answers in the thread.
   */
  quietThreads: RecentKeys;
  /** Recent answers, for the share button. */
  answers: AnswerCache;
  /** SLACK_ALLOWED_CHANNELS; empty means everywhere. DMs are always allowed. */
  allowedChannels: ReadonlySet<string>;
  /** Channels already told (once) that the bot is not enabled there. */
  notifiedChannels: Set<string>;
}

/** DM conversation ids start with D. */
export function isDirectChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}

export function isAllowedChannel(deps: SlackDeps, channelId: string): boolean {
  return deps.allowedChannels.size === 0 || isDirectChannel(channelId) || deps.allowedChannels.has(channelId);
}
