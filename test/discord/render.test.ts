/**
 * Discord limits in the renderer: field and embed sizes, marker-safe splitting, buttons.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answering/answer.js';
import type { AskResult } from '../../src/chat/chat-service.js';
import { parseButtonId, sourceButtonId, voteButtonId } from '../../src/surfaces/discord/custom-ids.js';
import { stripMention } from '../../src/surfaces/discord/messages.js';
import { embedLength, LIMITS, renderAnswer, renderOnboarding } from '../../src/surfaces/discord/render.js';
import { FAKE_PASSAGES, FakeChatService, fakeCitation } from '../fakes/fake-chat-service.js';

const [first] = FAKE_PASSAGES;

function result(answer: Partial<Answer>): AskResult {
  const base: Answer = {
    question: 'q',
    lang: 'ja',
    text: '答えです [1]。',
    abstained: false,
    abstainReason: null,
    confidence: 0.9,
    citations: [],
    related: [],
    suggestions: [],
    composer: 'extractive',
  };
  return { answer: { ...base, ...answer }, questionId: '0f8fad5b-d9cb-469f-a165-70867728950e', latencyMs: 1 };
}

function manyCitations(count: number, size: number): Citation[] {
  return Array.from({ length: count }, (_, i) => ({
    ...fakeCitation(i + 1, first!),
    title: `長い報告書の題名 ${i + 1} `.repeat(30),
    quote: 'とても長い引用文です。'.repeat(size),
    section: ['第1章 '.repeat(40)],
  }));
}

function checkMessageLimits(payload: ReturnType<typeof renderAnswer>[number]): void {
  if (payload.content) expect(payload.content.length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = payload.embeds ?? [];
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of embeds) {
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      expect(field.value.length).toBeGreaterThan(0);
    }
  }
  for (const row of payload.components ?? []) expect(row.components.length).toBeLessThanOrEqual(5);
}

describe('renderAnswer', () => {
  it('keeps every message within Discord limits with many long sources', () => {
    for (const [count, size] of [
      [1, 200],
      [3, 200],
      [10, 100],
      [25, 100],
      [40, 5],
    ] as const) {
      for (const text of ['短い答え [1]。', 'あ'.repeat(3900), `${'長い答えです [1]。'.repeat(900)}`]) {
        const payloads = renderAnswer(result({ text, citations: manyCitations(count, size) }), {
          title: 'q'.repeat(300),
        });
        for (const payload of payloads) checkMessageLimits(payload);
        const fields = payloads.flatMap((p) => p.embeds ?? []).flatMap((e) => e.fields ?? []);
        expect(fields).toHaveLength(Math.min(count, 25));
        expect(payloads[payloads.length - 1]?.components).toHaveLength(2);
      }
    }
  });

  it('puts the whole short answer, with sources, in one embed', () => {
    const [payload, ...rest] = renderAnswer(result({ citations: [fakeCitation(1, first!)] }));
    expect(rest).toHaveLength(0);
    expect(payload?.embeds?.[0]?.description).toBe('答えです [1]。');
    expect(payload?.embeds?.[0]?.fields?.[0]?.value).toContain('> 各地の地域経済活性化');
    const labels = payload?.components?.[0]?.components.map((button) => ('label' in button ? button.label : ''));
    expect(labels).toEqual(['出典を表示']);
  });
});

describe('renderOnboarding', () => {
  it('fits the reports, glossary and starter questions', () => {
    const payloads = renderOnboarding(new FakeChatService().onboarding());
    expect(payloads).toHaveLength(2);
    for (const payload of payloads) checkMessageLimits(payload);
  });
});

describe('custom ids and mentions', () => {
  it('round-trips button ids and ignores foreign ones', () => {
    expect(parseButtonId(sourceButtonId('001-0007')!)).toEqual({ kind: 'source', passageId: '001-0007' });
    expect(parseButtonId(voteButtonId('up', 'abc')!)).toEqual({ kind: 'vote', vote: 'up', questionId: 'abc' });
    expect(parseButtonId('other:thing')).toBeUndefined();
    expect(sourceButtonId('x'.repeat(200))).toBeUndefined();
  });

  it('strips user and role mentions of the bot only', () => {
    expect(stripMention('<@123> LL事業とは？', '123')).toBe('LL事業とは？');
    expect(stripMention('<@!123>  LL事業 <@456> とは？', '123')).toBe('LL事業 <@456> とは？');
    expect(stripMention('<@&9> 質問', '123', '9')).toBe('質問');
  });
});
