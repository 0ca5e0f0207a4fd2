/**
 * Slash commands (/ask, /source, /onboard, /help) and button clicks (出典を表示, 👍/👎).
 * Interactions must be acknowledged within 3 s, so /ask defers first and edits the reply
 * when the answer is ready.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import { COMMAND_NAMES, OPTION_NAMES } from './commands.js';
import { channelAllowed, type DiscordContext, failureText, type Place, rateLimitNotice, scrub } from './context.js';
import { parseButtonId } from './custom-ids.js';
import { type DiscordPayload, NOTICES, renderAnswer, renderHelp, renderOnboarding, renderPassage } from './render.js';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

function ephemeral(payload: DiscordPayload | string): InteractionReplyOptions {
  const body = typeof payload === 'string' ? { content: payload } : payload;
  return { ...body, flags: MessageFlags.Ephemeral };
}

function place(interaction: Repliable): Place {
  const channel = interaction.channel;
  return {
    channelId: interaction.channelId ?? '',
    parentId: channel?.isThread() ? channel.parentId : null,
    dm: !interaction.inGuild(),
  };
}

export async function handleInteraction(interaction: Interaction, context: DiscordContext): Promise<void> {
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  try {
    if (interaction.isChatInputCommand()) await handleCommand(interaction, context);
    else await handleButton(interaction, context);
  } catch (error) {
    // Discord API failures while replying (the answer itself is handled in handleAsk).
    const text = failureText(context, error, {
      interactionId: interaction.id,
      userId: interaction.user.id,
      channelId: interaction.channelId,
    });
    await replyAnyway(interaction, text, context);
  }
}

async function replyAnyway(interaction: Repliable, text: string, context: DiscordContext): Promise<void> {
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(ephemeral(text));
      return;
    }
    // Editing the deferred reply may be what failed: fall back to a follow-up message.
    const edited =
      interaction.deferred && !interaction.replied
        ? await interaction.editReply({ content: text, embeds: [], components: [] }).then(
            () => true,
            () => false,
          )
        : false;
    if (!edited) await interaction.followUp(ephemeral(text));
  } catch (error) {
    context.logger.warn({ err: scrub(error), interactionId: interaction.id }, 'discord: could not send the apology');
  }
}

async function handleCommand(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  if (interaction.commandName === COMMAND_NAMES.help) {
    await interaction.reply(ephemeral(renderHelp()));
    return;
  }
  if (!channelAllowed(context, place(interaction))) {
    await interaction.reply(ephemeral(NOTICES.channelNotAllowed));
    return;
  }
  switch (interaction.commandName) {
    case COMMAND_NAMES.ask:
      return handleAsk(interaction, context);
    case COMMAND_NAMES.source: {
      const id = interaction.options.getString(OPTION_NAMES.id, true).trim();
      await sendPassage(interaction, id, context);
      return;
    }
    case COMMAND_NAMES.onboard: {
      const [first, ...rest] = renderOnboarding(context.chat.onboarding());
      await interaction.reply(ephemeral(first ?? renderHelp()));
      for (const payload of rest) await interaction.followUp(ephemeral(payload));
      return;
    }
    default:
      context.logger.warn(
        { command: interaction.commandName },
        'discord: unknown command (re-run `kotae discord register`)',
      );
      await interaction.reply(ephemeral(renderHelp()));
  }
}

async function handleAsk(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const question = interaction.options.getString(OPTION_NAMES.question, true);
  const limited = rateLimitNotice(context, interaction.user.id);
  if (limited) {
    await interaction.reply(ephemeral(limited));
    return;
  }
  await interaction.deferReply();
  let payloads: DiscordPayload[];
  try {
    const result = await context.chat.ask({
      question,
      surface: 'discord',
      userId: interaction.user.id,
      ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
    });
    payloads = renderAnswer(result, { title: question });
    context.logger.info(
      { questionId: result.questionId, latencyMs: result.latencyMs, abstained: result.answer.abstained },
      'discord: answered /ask',
    );
  } catch (error) {
    const text = failureText(context, error, {
      command: 'ask',
      userId: interaction.user.id,
      channelId: interaction.channelId,
    });
    await interaction.editReply({ content: text });
    return;
  }
  const [first, ...rest] = payloads;
  if (first) await interaction.editReply(first);
  for (const payload of rest) await interaction.followUp(payload);
}

async function sendPassage(interaction: Repliable, passageId: string, context: DiscordContext): Promise<void> {
  const passage = context.chat.passage(passageId);
  await interaction.reply(ephemeral(passage ? renderPassage(passage) : NOTICES.unknownPassage(passageId)));
  if (!passage) context.logger.info({ passageId }, 'discord: unknown passage id');
}

async function handleButton(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (!action) return;
  if (action.kind === 'source') {
    await sendPassage(interaction, action.passageId, context);
    return;
  }
  const stored = await context.chat.feedback({
    questionId: action.questionId,
    vote: action.vote,
    surface: 'discord',
    userId: interaction.user.id,
  });
  context.logger.info({ questionId: action.questionId, vote: action.vote, stored }, 'discord: feedback');
  await interaction.reply(ephemeral(stored ? NOTICES.feedbackThanks(action.vote) : NOTICES.feedbackUnknown));
}
