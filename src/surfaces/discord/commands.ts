/**
 * Slash command definitions and their registration (`npx kotae discord register`).
 * Guild registration (DISCORD_GUILD_ID) takes effect at once; global registration can take
 * up to an hour to appear in every server.
 */
import {
  InteractionContextType,
  REST,
  type RESTOptions,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  SlashCommandBuilder,
} from 'discord.js';
import type { Config } from '../../config/config.js';
import { ConfigError } from '../../errors.js';
import type { Logger } from '../../logging.js';

export type DiscordConfig = NonNullable<Config['discord']>;

export const COMMAND_NAMES = { ask: 'ask', source: 'source', onboard: 'onboard', help: 'help' } as const;
export const OPTION_NAMES = { question: 'question', id: 'id' } as const;

/** Commands are guild-only: the bot answers in servers, where channel restrictions apply. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const ask = new SlashCommandBuilder()
    .setName(COMMAND_NAMES.ask)
    .setDescription('Ask a question about the policy reports')
    .setDescriptionLocalization('ja', '報告書について質問する（出典つきで回答します）')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName(OPTION_NAMES.question)
        .setDescription('Your question')
        .setDescriptionLocalization('ja', '質問')
        .setRequired(true)
        .setMaxLength(4000),
    );
  const source = new SlashCommandBuilder()
    .setName(COMMAND_NAMES.source)
    .setDescription('Show a cited passage with its context')
    .setDescriptionLocalization('ja', '出典の箇所を前後の文脈とともに表示する')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName(OPTION_NAMES.id)
        .setDescription('Passage id, e.g. 001-0007')
        .setDescriptionLocalization('ja', '出典ID（例: 001-0007）')
        .setRequired(true)
        .setMaxLength(200),
    );
  const onboard = new SlashCommandBuilder()
    .setName(COMMAND_NAMES.onboard)
    .setDescription('Reports covered, glossary and starter questions')
    .setDescriptionLocalization('ja', '収録されている報告書・用語集・質問の例')
    .setContexts(InteractionContextType.Guild);
  const help = new SlashCommandBuilder()
    .setName(COMMAND_NAMES.help)
    .setDescription('How to use kotae')
    .setDescriptionLocalization('ja', 'kotae の使い方')
    .setContexts(InteractionContextType.Guild);
  return [ask, source, onboard, help].map((command) => command.toJSON());
}

/** A REST client for `config` (DISCORD_API_URL), plus test overrides. */
export function createRest(config: DiscordConfig, overrides: Partial<RESTOptions> = {}): REST {
  return new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}), ...overrides }).setToken(config.token);
}

export interface RegisterCommandsOptions {
  config: DiscordConfig;
  logger: Logger;
  restOptions?: Partial<RESTOptions>;
}

/** Replaces the application's commands: in DISCORD_GUILD_ID when set, otherwise globally. */
export async function registerCommands(options: RegisterCommandsOptions): Promise<void> {
  const { config, logger } = options;
  if (!config.applicationId) {
    throw new ConfigError(
      'kotae configuration is invalid:\n  DISCORD_APPLICATION_ID: required to register slash commands (got unset). Copy it from the Developer Portal → your application → General Information.',
    );
  }
  const rest = createRest(config, options.restOptions);
  const body = commandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  try {
    await rest.put(route, { body });
    logger.info(
      { commands: body.map((command) => command.name), scope: config.guildId ? `guild ${config.guildId}` : 'global' },
      config.guildId
        ? 'discord: slash commands registered in the guild (available now)'
        : 'discord: slash commands registered globally (may take up to an hour to appear)',
    );
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
