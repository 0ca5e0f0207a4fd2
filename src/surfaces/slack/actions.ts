/**
 * Buttons on answers: "出典を表示" (ephemeral passage with its context), 👍/👎 (stored through
 * chat.feedback and acknowledged privately) and "チャンネルに共有" (posts a private /kotae
 * answer to the channel and removes the private copy).
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Vote } from '../../chat/chat-service.js';
import { newErrorId } from '../../errors.js';
import { renderAnswer, renderNotice, renderPassage, type SlackMessage } from './blocks.js';
import { TEXT } from './messages.js';
import type { SlackDeps } from './slack-deps.js';
import { errorForLog, slackErrorCode } from './slack-logging.js';
import { ANSWER_METADATA } from './thread-history.js';

export interface ActionInput {
  /** The button's value: a passage id or a question id. */
  value: string | undefined;
  userId: string;
  channelId: string | undefined;
  /** Thread of the message holding the button, so private replies appear there. */
  threadTs: string | undefined;
  respond: RespondFn | undefined;
  client: webApi.WebClient;
}

export async function handleShowSource(deps: SlackDeps, input: ActionInput): Promise<void> {
  await guarded(deps, input, 'show source', async () => {
    const id = input.value ?? '';
    const passage = deps.chat.passage(id);
    await replyPrivately(input, passage ? renderPassage(passage) : renderNotice(TEXT.passageNotFound(id)));
  });
}

export async function handleFeedback(deps: SlackDeps, input: ActionInput, vote: Vote): Promise<void> {
  await guarded(deps, input, 'feedback', async () => {
    const questionId = input.value ?? '';
    const stored = questionId
      ? await deps.chat.feedback({ questionId, vote, surface: 'slack', userId: input.userId })
      : false;
    deps.logger.info({ surface: 'slack', questionId, vote, stored, user: input.userId }, 'slack: feedback');
    await replyPrivately(input, renderNotice(stored ? TEXT.feedbackThanks(vote) : TEXT.feedbackUnknown));
  });
}

export async function handleShare(deps: SlackDeps, input: ActionInput): Promise<void> {
  await guarded(deps, input, 'share', async () => {
    const questionId = input.value ?? '';
    const cached = deps.answers.get(questionId);
    if (!cached || !input.channelId) {
      await replyPrivately(input, renderNotice(TEXT.shareExpired));
      return;
    }
    const message = renderAnswer(cached.answer, { questionId, question: cached.question, askedBy: input.userId });
    try {
      await input.client.chat.postMessage({
        channel: input.channelId,
        text: message.text,
        blocks: message.blocks,
        // The question travels in the metadata so follow-ups in this thread see it.
        metadata: {
          event_type: ANSWER_METADATA,
          event_payload: { question_id: questionId, question: cached.question },
        },
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'not_in_channel' || code === 'channel_not_found') {
        await replyPrivately(input, renderNotice(TEXT.shareNotInChannel));
        return;
      }
      throw error;
    }
    deps.logger.info({ surface: 'slack', questionId, channel: input.channelId, user: input.userId }, 'slack: shared');
    // The public copy replaces the private one.
    if (input.respond) await input.respond({ delete_original: true });
  });
}

async function guarded(deps: SlackDeps, input: ActionInput, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const errorId = newErrorId();
    deps.logger.error(
      { errorId, error: errorForLog(error), surface: 'slack', channel: input.channelId, user: input.userId },
      `slack: ${what} failed`,
    );
    await replyPrivately(input, renderNotice(TEXT.apology(errorId))).catch((replyError: unknown) => {
      deps.logger.error({ errorId, error: errorForLog(replyError) }, `slack: could not report a ${what} failure`);
    });
  }
}

/** An ephemeral reply to whoever pressed the button, next to the message (never replacing it). */
async function replyPrivately(input: ActionInput, message: SlackMessage): Promise<void> {
  if (input.respond) {
    const reply: RespondArguments = {
      response_type: 'ephemeral',
      replace_original: false,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
    };
    await input.respond(reply);
    return;
  }
  if (!input.channelId) throw new Error('no response_url and no channel to reply to');
  await input.client.chat.postEphemeral({
    channel: input.channelId,
    user: input.userId,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
  });
}
