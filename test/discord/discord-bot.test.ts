/**
 * The real discord.js client against the fake Discord (REST + gateway on 127.0.0.1).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ALICE,
  BOB,
  BOT,
  eventually,
  GENERAL,
  type Harness,
  OTHER,
  OTHER_BOT,
  startHarness,
  TOKEN,
} from './harness.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
  expect(unhandled).toEqual([]);
});

async function start(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

describe('Discord bot', () => {
  it('answers /ask with a deferred reply, then the answer with numbered sources and buttons', async () => {
    const h = await start();
    const interaction = h.slash('ask', { question: 'LL事業とは何ですか？' });
    const callback = await h.rest.waitFor((r) => r.path === interaction.callbackPath);
    expect(callback.body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await h.rest.waitFor(
      (r) => r.method === 'PATCH' && r.path === `${interaction.webhookPath}/messages/@original`,
    );
    const embed = edit.body.embeds[0];
    expect(embed.description).toContain('LL事業');
    expect(embed.description).toContain('[1]');
    expect(embed.fields).toHaveLength(2);
    expect(embed.fields[0].name).toBe('[1] 産業集積地における国際産業連携の成功要因調査');
    expect(embed.fields[0].value).toContain('1) LL事業の概要');
    expect(embed.fields[0].value).toContain('31–35行');
    expect(embed.fields[0].value).toContain('> 各地の地域経済活性化');
    const buttons = edit.body.components.flatMap((row: { components: unknown[] }) => row.components);
    expect(buttons.map((b: { label?: string }) => b.label)).toContain('出典を表示 [1]');
    expect(h.chat.asked[0]).toMatchObject({ question: 'LL事業とは何ですか？', surface: 'discord', userId: ALICE.id });
    expect(h.logText()).not.toContain(TOKEN);
  });
});
