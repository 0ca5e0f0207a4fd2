/** Pure parts of the Slack surface: Block Kit limits, text conversion, thread history, dedupe. */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/answer.js';
import {
  MAX_BLOCKS,
  renderAnswer,
  renderOnboarding,
  renderPassage,
  SECTION_TEXT_LIMIT,
  sectionsFor,
} from '../../src/surfaces/slack/blocks.js';
import { RecentKeys } from '../../src/surfaces/slack/dedupe.js';
import { escapeMrkdwn, mentionsUser, slackTextToPlain } from '../../src/surfaces/slack/slack-text.js';
import { ANSWER_METADATA, NOTICE_METADATA, turnsFrom } from '../../src/surfaces/slack/thread-history.js';
import { FAKE_PASSAGES, FakeChatService, fakeCitation } from '../fakes/fake-chat-service.js';

const [P1, P2] = FAKE_PASSAGES as [(typeof FAKE_PASSAGES)[number], (typeof FAKE_PASSAGES)[number]];

function answer(text: string, overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'q',
    lang: 'ja',
    text,
    abstained: false,
    abstainReason: null,
    confidence: 0.8,
    citations: [fakeCitation(1, P1), fakeCitation(2, P2)],
    related: [],
    suggestions: [],
    composer: 'extractive',
    ...overrides,
  };
}

type AnyBlock = { type: string; text?: { text: string }; elements?: unknown[] };

describe('sectionsFor', () => {
  it('keeps every section within 3,000 characters after escaping, and markers whole', () => {
    const unit = 'R&D <研究> & 開発の比較 [12]。';
    const text = unit.repeat(600); // ~13k characters, ~25k once escaped
    const blocks = sectionsFor(text, 50, 'omitted') as AnyBlock[];
    expect(blocks.length).toBeGreaterThan(4);
    let joined = '';
    for (const block of blocks) {
      const body = block.text?.text ?? '';
      expect(body.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
      expect(body).not.toMatch(/\[\d*$|^\d*\]/);
      expect(body).not.toMatch(/&(?!amp;|lt;|gt;)/); // no entity cut in half
      joined += body;
    }
    expect(joined.replace(/\s/g, '')).toBe(escapeMrkdwn(text).replace(/\s/g, ''));
  });

  it('ends with a note when the text needs more blocks than the budget', () => {
    const blocks = sectionsFor('あ。'.repeat(20_000), 3, '省略しました') as AnyBlock[];
    expect(blocks).toHaveLength(3);
    expect(blocks[2]?.type).toBe('context');
    expect(JSON.stringify(blocks[2])).toContain('省略しました');
  });
});

describe('renderAnswer', () => {
  it('stays within 50 blocks even for a huge answer with many citations', () => {
    const citations = Array.from({ length: 30 }, (_, i) => fakeCitation(i + 1, i % 2 ? P2 : P1));
    const message = renderAnswer(answer('長い回答です [1]。'.repeat(30_000), { citations }), {
      questionId: 'q1',
      question: '質問',
      shareable: true,
    });
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('kotae_share');
    expect(json).toContain('kotae_show_source:10');
    expect(json).not.toContain('kotae_show_source:11'); // at most ten sources
  });

  it('escapes report text for mrkdwn', () => {
    const message = renderAnswer(answer('A<B & C>D [1]'), { questionId: 'q' });
    expect((message.blocks[0] as AnyBlock).text?.text).toBe('A&lt;B &amp; C&gt;D [1]');
  });
});

describe('renderPassage and renderOnboarding', () => {
  it('render within limits', () => {
    const passage = renderPassage({ ...P1, text: 'とても長い本文。'.repeat(3000) });
    expect(passage.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const block of passage.blocks as AnyBlock[]) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    }
    const base = new FakeChatService().onboarding();
    const many = { ...base, reports: Array.from({ length: 60 }, () => base.reports[0]!) };
    const onboarding = renderOnboarding(many);
    expect(onboarding.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(JSON.stringify(onboarding.blocks)).toMatch(/ほか \d+ 件/);
  });
});

describe('slack text', () => {
  it('turns a message into the plain question', () => {
    expect(slackTextToPlain('<@UBOT> LL事業 &amp; <https://example.jp|資料> は？', 'UBOT')).toBe(
      'LL事業 & 資料 (https://example.jp) は？',
    );
    expect(slackTextToPlain('<@UBOT|kotae> <@U2|taro> さんの質問', 'UBOT')).toBe('@taro さんの質問');
    expect(mentionsUser('hi <@UBOT>', 'UBOT')).toBe(true);
    expect(mentionsUser('hi <@U2>', 'UBOT')).toBe(false);
  });
});

describe('turnsFrom', () => {
  const bot = { userId: 'UBOT', botId: 'BBOT' };
  it('builds oldest-first turns before the current message, skipping notices and other bots', () => {
    const turns = turnsFrom(
      [
        { ts: '1.0', user: 'U1', text: '<@UBOT> 最初の質問' },
        { ts: '2.0', user: 'UBOT', bot_id: 'BBOT', text: '最初の回答 [1]', metadata: { event_type: ANSWER_METADATA } },
        { ts: '3.0', user: 'UBOT', bot_id: 'BBOT', text: 'ごめんなさい', metadata: { event_type: NOTICE_METADATA } },
        { ts: '4.0', user: 'UX', bot_id: 'BOTHER', text: '別のボット' },
        { ts: '5.0', user: 'U1', subtype: 'channel_join', text: 'joined' },
        { ts: '6.0', user: 'U1', text: '今の質問' },
        { ts: '7.0', user: 'U1', text: '後の質問' },
      ],
      bot,
      '6.0',
    );
    expect(turns).toEqual([
      { role: 'user', text: '最初の質問' },
      { role: 'assistant', text: '最初の回答 [1]' },
    ]);
  });

  it("recovers a shared answer's question from its metadata", () => {
    const turns = turnsFrom(
      [
        {
          ts: '1.0',
          thread_ts: '1.0',
          user: 'UBOT',
          text: '質問: X\n\n回答',
          metadata: { event_type: ANSWER_METADATA, event_payload: { question: 'X' } },
        },
        { ts: '2.0', thread_ts: '1.0', user: 'U1', text: '続き' },
      ],
      bot,
      '2.0',
    );
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[0]?.text).toBe('X');
  });
});

describe('RecentKeys', () => {
  it('claims a key once within its ttl, and any of several keys blocks the claim', () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    expect(keys.claim('a', 'b')).toBe(true);
    expect(keys.claim('a')).toBe(false);
    expect(keys.claim('c', 'b')).toBe(false);
    now = 5000;
    expect(keys.claim('a')).toBe(true);
  });

  it('stays bounded', () => {
    const keys = new RecentKeys({ maxKeys: 100 });
    for (let i = 0; i < 1000; i++) keys.claim(`k${i}`);
    expect(keys.size).toBeLessThanOrEqual(101);
  });
});
