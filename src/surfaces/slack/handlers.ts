/**
 * Wires the Slack listeners to the handlers. Each listener is tracked while it runs (so
 * `stop()` can let answers in progress finish) and never lets an error escape to Bolt:
 * the handlers report failures to the user themselves.
 */
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, Context, webApi } from '@slack/bolt';
import { newErrorId } from '../../errors.js';
import { type ActionInput, handleFeedback, handleShare, handleShowSource } from './actions.js';
import { ACTION, SHOW_SOURCE_PATTERN } from './blocks.js';
import { handleCommand } from './commands.js';
import { type EventInput, handleMention, handleMessage, type IncomingMessage } from './conversation.js';
import type { SlackDeps } from './slack-deps.js';
import { errorForLog } from './slack-logging.js';

export const COMMAND = '/kotae';

export interface InFlight {
  /** Runs `work`, remembered until it settles. */
  track(work: () => Promise<void>): Promise<void>;
  /** Waits for everything in progress, at most `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

export function createInFlight(): InFlight {
  const running = new Set<Promise<void>>();
  return {
    async track(work) {
      const promise = work();
      running.add(promise);
      try {
        await promise;
      } finally {
        running.delete(promise);
      }
    },
    async drain(timeoutMs) {
      if (running.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...running]), timeout]);
      clearTimeout(timer);
    },
  };
}

export function registerHandlers(app: App, deps: SlackDeps, inFlight: InFlight): void {
  /** Last line of defence: anything a handler did not catch is logged with an error id. */
  const safely = (what: string, work: () => Promise<void>) =>
    inFlight.track(async () => {
      try {
        await work();
      } catch (error) {
        deps.logger.error({ errorId: newErrorId(), error: errorForLog(error) }, `slack: ${what} handler failed`);
      }
    });

  const eventInput = (event: unknown, body: unknown, context: Context, client: webApi.WebClient): EventInput => ({
    event: event as IncomingMessage,
    eventId: (body as { event_id?: string }).event_id,
    client,
    bot: { userId: context.botUserId, botId: context.botId },
  });

  app.event('app_mention', ({ event, body, context, client }) =>
    safely('app_mention', () => handleMention(deps, eventInput(event, body, context, client))),
  );
  app.event('message', ({ event, body, context, client }) =>
    safely('message', () => handleMessage(deps, eventInput(event, body, context, client))),
  );

  app.command(COMMAND, ({ command, ack, respond, context }) =>
    safely('command', () => handleCommand(deps, { command, ack, respond, botUserId: context.botUserId })),
  );

  const actionInput = (args: AllMiddlewareArgs & { body: BlockAction<ButtonAction>; action: ButtonAction }) => {
    // Bolt only provides respond() when the payload has a response_url.
    const { body, action, respond, client } = args as typeof args & { respond?: ActionInput['respond'] };
    const threadTs = body.container['thread_ts'] ?? body.message?.['thread_ts'];
    return {
      value: action.value,
      userId: body.user.id,
      channelId: body.channel?.id ?? (body.container['channel_id'] as string | undefined),
      threadTs: typeof threadTs === 'string' ? threadTs : undefined,
      respond,
      client,
    } satisfies ActionInput;
  };

  app.action<BlockAction<ButtonAction>>(SHOW_SOURCE_PATTERN, async (args) => {
    await args.ack();
    await safely('show source', () => handleShowSource(deps, actionInput(args)));
  });
  app.action<BlockAction<ButtonAction>>(ACTION.feedbackUp, async (args) => {
    await args.ack();
    await safely('feedback', () => handleFeedback(deps, actionInput(args), 'up'));
  });
  app.action<BlockAction<ButtonAction>>(ACTION.feedbackDown, async (args) => {
    await args.ack();
    await safely('feedback', () => handleFeedback(deps, actionInput(args), 'down'));
  });
  app.action<BlockAction<ButtonAction>>(ACTION.share, async (args) => {
    await args.ack();
    await safely('share', () => handleShare(deps, actionInput(args)));
  });
}
