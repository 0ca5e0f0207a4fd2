/** The Discord surface: `startDiscord` runs the bot, `registerCommands` installs its slash commands. */
export { commandDefinitions, type DiscordConfig, type RegisterCommandsOptions, registerCommands } from './commands.js';
export { type DiscordBot, type StartDiscordOptions, startDiscord } from './discord-client.js';
