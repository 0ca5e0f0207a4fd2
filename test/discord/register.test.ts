/**
 * `kotae discord register`: PUTs the slash commands to the guild or globally.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { commandDefinitions, registerCommands } from '../../src/surfaces/discord/commands.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { APP_ID, BOT, GUILD_ID, TOKEN } from './harness.js';

let rest: FakeDiscordRest | undefined;
afterEach(async () => {
  await rest?.close();
});

function capture() {
  let text = '';
  const logger = pino(
    new Writable({
      write(chunk, _encoding, callback) {
        text += String(chunk);
        callback();
      },
    }),
  );
  return { logger, text: () => text };
}

describe('registerCommands', () => {
  it('defines /ask, /source, /onboard and /help', () => {
    const commands = commandDefinitions();
    expect(commands.map((command) => command.name)).toEqual(['ask', 'source', 'onboard', 'help']);
    expect(commands[0]?.options?.[0]).toMatchObject({ name: 'question', required: true });
  });

  it('registers in one guild with DISCORD_GUILD_ID, otherwise globally', async () => {
    rest = new FakeDiscordRest({ bot: BOT, applicationId: APP_ID, guildId: GUILD_ID, gatewayUrl: () => '' });
    const api = await rest.start();
    const { logger, text } = capture();
    const config = { token: TOKEN, applicationId: APP_ID, apiUrl: api, allowedChannels: [] };
    await registerCommands({ config: { ...config, guildId: GUILD_ID }, logger });
    await registerCommands({ config: { ...config, guildId: undefined }, logger });
    const puts = rest.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.path)).toEqual([
      `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      `/applications/${APP_ID}/commands`,
    ]);
    expect(puts[0]?.body.map((command: { name: string }) => command.name)).toEqual([
      'ask',
      'source',
      'onboard',
      'help',
    ]);
    expect(text()).toContain('registered in the guild');
    expect(text()).not.toContain(TOKEN);
  });

  it('needs DISCORD_APPLICATION_ID', async () => {
    const { logger } = capture();
    const config = {
      token: TOKEN,
      applicationId: undefined,
      apiUrl: undefined,
      guildId: undefined,
      allowedChannels: [],
    };
    await expect(registerCommands({ config, logger })).rejects.toBeInstanceOf(ConfigError);
  });
});
