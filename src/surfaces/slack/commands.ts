/**
 * `/kotae`: `/kotae <question>` answers privately (ephemeral, with a "チャンネルに共有" button),
 * `/kotae source <id>` shows a passage, `/kotae onboard` the reports/glossary/starter questions,
 * `/kotae help` (or nothing) the usage. Replies go through the command's response_url, which
 * works in any channel, even ones the bot has not joined.
 */
import type { AckFn, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import { newErrorId, QuestionError } from '../../errors.js';
import {
  renderAnswer,
  renderHelp,
  renderNotice,
  renderOnboarding,
  renderPassage,
  type SlackMessage,
} from './blocks.js';
import { TEXT } from './messages.js';
import { isAllowedChannel, type SlackDeps } from './slack-deps.js';
import { errorForLog } from './slack-logging.js';
import { slackTextToPlain } from './slack-text.js';

export interface CommandInput {
  command: Pick<SlashCommand, 'text' | 'user_id' | 'channel_id'>;
  ack: AckFn<string | RespondArguments>;
  respond: RespondFn;
  botUserId: string | undefined;
}

function ephemeral(message: SlackMessage): RespondArguments {
  return { response_type: 'ephemeral', text: message.text, blocks: message.blocks };
}

export async function handleCommand(deps: SlackDeps, rawInput: CommandInput): Promise<void> {
  // Remember whether Slack has been acknowledged: a failure before the ack is reported in the
  // ack itself, one after it through respond() (a second ack would throw).
  let acked = false;
  const input: CommandInput = {
    ...rawInput,
    ack: async (response) => {
      acked = true;
      await rawInput.ack(response);
    },
  };
  const { command, ack, respond } = input;
  const text = command.text.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const log = deps.logger.child({ surface: 'slack', channel: command.channel_id, user: command.user_id });

  try {
    if (word === '' || word === 'help' || word === 'ヘルプ') {
      await ack(ephemeral(renderHelp()));
      return;
    }
    if (word === 'source' || word === '出典') {
      await ack();
      const id = rest.join(' ').trim();
      const passage = id ? deps.chat.passage(id) : undefined;
      const message = !id
        ? renderNotice(TEXT.sourceUsage)
        : passage
          ? renderPassage(passage)
          : renderNotice(TEXT.passageNotFound(id));
      await respond(ephemeral(message));
      return;
    }
    if (word === 'onboard' || word === 'onboarding' || word === 'はじめに') {
      await ack();
      await respond(ephemeral(renderOnboarding(deps.chat.onboarding())));
      return;
    }
    await askPrivately(deps, input, slackTextToPlain(text, input.botUserId), log);
  } catch (error) {
    const errorId = newErrorId();
    log.error({ errorId, error: errorForLog(error) }, 'slack: /kotae failed');
    const apology = ephemeral(renderNotice(TEXT.apology(errorId)));
    await (acked ? respond(apology) : ack(apology)).catch((reportError: unknown) => {
      log.error({ errorId, error: errorForLog(reportError) }, 'slack: could not report a /kotae failure');
    });
  }
}

async function askPrivately(
  deps: SlackDeps,
  input: CommandInput,
  question: string,
  log: SlackDeps['logger'],
): Promise<void> {
  const { command, ack, respond } = input;
  if (!isAllowedChannel(deps, command.channel_id)) {
    log.info('slack: /kotae in a channel that is not enabled');
    await ack(ephemeral(renderNotice(TEXT.notEnabledCommand)));
    return;
  }
  const limit = deps.rateLimiter.take(`slack:${command.user_id}`);
  if (!limit.allowed) {
    log.info({ retryAfterMs: limit.retryAfterMs }, 'slack: rate limited');
    await ack(ephemeral(renderNotice(TEXT.rateLimited(limit.retryAfterMs))));
    return;
  }
  // Slack wants the ack within 3 s; answering can take longer (an LLM), so say we are on it.
  await ack({ response_type: 'ephemeral', text: TEXT.working });
  try {
    const result = await deps.chat.ask({
      question,
      surface: 'slack',
      userId: command.user_id,
      channelId: command.channel_id,
    });
    deps.answers.set(result.questionId, { answer: result.answer, question, userId: command.user_id });
    await respond(ephemeral(renderAnswer(result.answer, { questionId: result.questionId, question, shareable: true })));
    log.info(
      { questionId: result.questionId, latencyMs: result.latencyMs, abstained: result.answer.abstained },
      'slack: answered /kotae',
    );
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    log.info({ reason: error.message }, 'slack: question rejected');
    await respond(ephemeral(renderNotice(error.userMessage)));
  }
}
