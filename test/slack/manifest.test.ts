/** The app manifest subscribes to what the handlers need and asks for nothing more. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMAND } from '../../src/surfaces/slack/handlers.js';

const manifest = readFileSync(new URL('../../slack/manifest.yml', import.meta.url), 'utf8');

function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  expect(start).toBeGreaterThanOrEqual(0);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s*- ([^\s#]+)/.exec(line);
    if (!match) break;
    items.push(match[1]!);
  }
  return items;
}

describe('slack/manifest.yml', () => {
  it('subscribes to the events the bot handles', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('asks for exactly the scopes the bot uses', () => {
    expect(listUnder('bot').sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'reactions:write',
    ]);
  });

  it('declares /kotae, interactivity and Socket Mode', () => {
    expect(manifest).toContain(`- command: ${COMMAND}`);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
  });
});
