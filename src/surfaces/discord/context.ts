/**
 * What every Discord handler needs: the chat service, the logger, and the two politeness
 * checks (allowed channels, per-user rate limit), plus the shared error reply.
 */
import type { ChatService } from '../../chat/chat-service.js';
import type { RateLimiter } from '../../chat/rate-limiter.js';
import { newErrorId, QuestionError } from '../../errors.js';
import { type Logger, redactSecrets } from '../../logging.js';
import { NOTICES } from './render.js';

export interface DiscordContext {
  chat: ChatService;
  logger: Logger;
  limiter: RateLimiter;
  /** Empty: answer everywhere. */
  allowedChannels: ReadonlySet<string>;
}

export interface Place {
  channelId: string;
  /** A thread's parent channel: a thread of an allowed channel is allowed. */
  parentId?: string | null;
  /** A direct message with the bot. */
  dm?: boolean;
}

export function channelAllowed(context: DiscordContext, place: Place): boolean {
  // The allowed-channel list restricts server channels; a direct message is private to its user.
  if (context.allowedChannels.size === 0 || place.dm === true) return true;
  return (
    context.allowedChannels.has(place.channelId) ||
    (place.parentId !== undefined && place.parentId !== null && context.allowedChannels.has(place.parentId))
  );
}

/** Undefined when the user may ask; otherwise the notice to show. Counts the question. */
export function rateLimitNotice(context: DiscordContext, userId: string): string | undefined {
  const taken = context.limiter.take(`discord:${userId}`);
  return taken.allowed ? undefined : NOTICES.rateLimited(taken.retryAfterMs);
}

/**
 * The text to show for a failed question: a QuestionError's own polite message, otherwise
 * an apology with an error id that is also written to the log.
 */
export function failureText(context: DiscordContext, error: unknown, details: Record<string, unknown>): string {
  if (error instanceof QuestionError) {
    context.logger.info({ ...details, reason: error.message }, 'discord: question rejected');
    return error.userMessage;
  }
  const errorId = newErrorId();
  context.logger.error({ ...details, errorId, err: scrub(error) }, 'discord: failed to answer');
  return NOTICES.internalError(errorId);
}

/**
 * Errors can quote request URLs or payloads; keep token-shaped strings out of the log,
 * including interaction tokens in webhook and callback URLs (valid for 15 minutes).
 */
export function scrub(error: unknown): { name: string; message: string; stack?: string } {
  const clean = (text: string) =>
    redactSecrets(text).replace(/\/(webhooks|interactions)\/(\d+)\/[A-Za-z0-9_.-]+/g, '/$1/$2/[redacted]');
  if (error instanceof Error) {
    return {
      name: error.name,
      message: clean(error.message),
      ...(error.stack ? { stack: clean(error.stack) } : {}),
    };
  }
  return { name: 'NonError', message: clean(String(error)) };
}
