/**
 * Block Kit rendering for Slack: answers (text, numbered sources, buttons), passages,
 * onboarding and help. Pure functions, so they are tested without Slack.
 *
 * Slack's limits: a section's text ≤ 3,000 characters, ≤ 50 blocks per message, context
 * elements ≤ 3,000 characters, header ≤ 150, button text ≤ 75 and value ≤ 2,000.
 */
import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../answering/answer.js';
import type { Onboarding, PassageContext } from '../../chat/chat-service.js';
import { splitText } from '../split-text.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

export type KnownBlock = types.KnownBlock;

export const SECTION_TEXT_LIMIT = 3000;
export const MAX_BLOCKS = 50;
/** Sources shown per answer; more would crowd the message (and the block budget). */
const MAX_SOURCES = 10;
const QUOTE_CHARS = 300;
/** Fallback `text` (notifications, thread history, screen readers). */
const FALLBACK_CHARS = 3000;

/** action_id values; source buttons get a `:n` suffix because ids must be unique within a block. */
export const ACTION = {
  showSource: 'kotae_show_source',
  feedbackUp: 'kotae_feedback_up',
  feedbackDown: 'kotae_feedback_down',
  share: 'kotae_share',
} as const;

/** Pattern matching every "出典を表示" button's action_id. */
export const SHOW_SOURCE_PATTERN = new RegExp(`^${ACTION.showSource}(:\\d+)?$`);

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderAnswerOptions {
  questionId: string;
  /** Echo the question above the answer (slash-command answers and shared answers). */
  question?: string;
  /** Who asked, shown with the echoed question. */
  askedBy?: string;
  /** Add the "チャンネルに共有" button (ephemeral slash-command answers). */
  shareable?: boolean;
}

export function renderAnswer(answer: Answer, options: RenderAnswerOptions): SlackMessage {
  const head: KnownBlock[] = [];
  if (options.question !== undefined) {
    const who = options.askedBy ? `<@${options.askedBy}> さんの質問: ` : '質問: ';
    head.push(context(`${who}${escapeMrkdwn(truncate(options.question, 500))}`));
  }

  const tail: KnownBlock[] = [];
  const sources = (answer.abstained ? answer.related : answer.citations).slice(0, MAX_SOURCES);
  if (sources.length > 0) {
    tail.push({ type: 'divider' });
    if (answer.abstained) tail.push(context('関連しそうな出典（回答の根拠ではありません）:'));
    for (const source of sources) tail.push(context(sourceLine(source)));
    tail.push(...sourceButtons(sources));
  }
  if (answer.suggestions.length > 0) {
    const items = answer.suggestions.slice(0, 5).map((s) => `• ${escapeMrkdwn(truncate(s, 200))}`);
    tail.push(context(`次のような質問もできます:\n${items.join('\n')}`));
  }
  tail.push(feedbackActions(options.questionId, options.shareable === true));

  const budget = MAX_BLOCKS - head.length - tail.length;
  const body = sectionsFor(answer.text, budget, '（回答が長いため、ここから先は省略しました）');
  const fallback = options.question !== undefined ? `質問: ${options.question}\n\n${answer.text}` : answer.text;
  return { text: truncate(fallback, FALLBACK_CHARS), blocks: [...head, ...body, ...tail] };
}

/** "[1] 報告書名（発行者, 日付） › 章 › 節 · 31–35行目" and the quoted sentence. */
export function sourceLine(citation: Citation): string {
  const meta = [citation.publisher, citation.date].filter(Boolean).join(', ');
  const title = meta ? `${citation.title}（${meta}）` : citation.title;
  const path = [title, ...citation.section].map((part) => escapeMrkdwn(truncate(part, 120))).join(' › ');
  const [from, to] = citation.lines;
  const lines = from === to ? `${from}行目` : `${from}–${to}行目`;
  const quote = citation.quote.trim() ? `\n「${escapeMrkdwn(truncate(citation.quote.trim(), QUOTE_CHARS))}」` : '';
  return `*[${citation.n}]* ${path} · ${lines}${quote}`;
}

function sourceButtons(sources: Citation[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  // Five buttons per row keeps them readable on narrow screens.
  for (let i = 0; i < sources.length; i += 5) {
    blocks.push({
      type: 'actions',
      elements: sources.slice(i, i + 5).map((source) => ({
        type: 'button' as const,
        action_id: `${ACTION.showSource}:${source.n}`,
        text: { type: 'plain_text' as const, text: `[${source.n}] 出典を表示` },
        value: source.passageId,
      })),
    });
  }
  return blocks;
}

function feedbackActions(questionId: string, shareable: boolean): KnownBlock {
  const elements: types.Button[] = [
    {
      type: 'button',
      action_id: ACTION.feedbackUp,
      text: { type: 'plain_text', text: '👍 役に立った', emoji: true },
      value: questionId,
    },
    {
      type: 'button',
      action_id: ACTION.feedbackDown,
      text: { type: 'plain_text', text: '👎 役に立たなかった', emoji: true },
      value: questionId,
    },
  ];
  if (shareable) {
    elements.push({
      type: 'button',
      action_id: ACTION.share,
      style: 'primary',
      text: { type: 'plain_text', text: 'チャンネルに共有' },
      value: questionId,
    });
  }
  return { type: 'actions', elements };
}

/** The full passage with its neighbours, for the "出典を表示" button and `/kotae source <id>`. */
export function renderPassage(passage: PassageContext): SlackMessage {
  const meta = [
    passage.publisher,
    passage.date,
    passage.section.join(' › '),
    `${passage.lines[0]}–${passage.lines[1]}行目`,
    `ID ${passage.id}`,
  ]
    .filter(Boolean)
    .map((part) => escapeMrkdwn(String(part)));
  const head: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(passage.title, 150) } },
    context(truncate(meta.join(' · '), SECTION_TEXT_LIMIT)),
  ];
  if (passage.before.trim()) head.push(context(`前: …${escapeMrkdwn(truncateStart(passage.before.trim(), 400))}`));
  const tail: KnownBlock[] = [];
  if (passage.after.trim()) tail.push(context(`後: ${escapeMrkdwn(truncate(passage.after.trim(), 400))}…`));
  const body = sectionsFor(passage.text, MAX_BLOCKS - head.length - tail.length, '（長いため省略しました）');
  return {
    text: truncate(`${passage.title} ${passage.section.join(' › ')}\n${passage.text}`, FALLBACK_CHARS),
    blocks: [...head, ...body, ...tail],
  };
}

export function renderOnboarding(onboarding: Onboarding): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'kotae へようこそ 👋', emoji: true } },
    section('kotae は次の報告書について質問に答え、根拠にした箇所を出典として示します。'),
  ];
  const tail: KnownBlock[] = [];
  if (onboarding.glossary.length > 0) {
    const lines = onboarding.glossary.map(
      (entry) => `• *${escapeMrkdwn(truncate(entry.term, 80))}*: ${escapeMrkdwn(truncate(entry.definition, 300))}`,
    );
    const pieces = splitText(`*用語集*\n${lines.join('\n')}`, SECTION_TEXT_LIMIT).slice(0, 3);
    tail.push({ type: 'divider' }, ...pieces.map(section));
  }
  if (onboarding.starterQuestions.length > 0) {
    const items = onboarding.starterQuestions.slice(0, 10).map((q) => `• ${escapeMrkdwn(truncate(q, 200))}`);
    tail.push({ type: 'divider' }, section(`*こんな質問から始めてみましょう*\n${items.join('\n')}`));
  }
  tail.push(context(USAGE_HINT));

  // Two blocks per report; keep the total within Slack's 50.
  const room = Math.max(0, Math.floor((MAX_BLOCKS - blocks.length - tail.length - 1) / 2));
  const reports = onboarding.reports.slice(0, room);
  for (const report of reports) {
    const meta = [report.publisher, report.date].filter(Boolean).join(' · ');
    const overview = report.overview.replace(/\s?\[\d{1,3}\]/g, '').trim();
    const text = [`*${escapeMrkdwn(report.title)}*`, meta && escapeMrkdwn(meta), escapeMrkdwn(overview)]
      .filter(Boolean)
      .join('\n');
    blocks.push(section(truncate(text, SECTION_TEXT_LIMIT)));
    if (report.sections.length > 0) {
      blocks.push(context(escapeMrkdwn(truncate(`構成: ${report.sections.join(' / ')}`, 1000))));
    }
  }
  if (reports.length < onboarding.reports.length) {
    blocks.push(context(`ほか ${onboarding.reports.length - reports.length} 件の報告書があります。`));
  }
  const titles = onboarding.reports.map((r) => `• ${r.title}`).join('\n');
  return { text: truncate(`kotae へようこそ。対象の報告書:\n${titles}`, FALLBACK_CHARS), blocks: [...blocks, ...tail] };
}

const USAGE_HINT =
  '使い方: チャンネルで @kotae にメンションして質問 · DM で質問 · `/kotae 質問` (自分だけに表示) · スレッドで続けて質問できます';

export function renderHelp(): SlackMessage {
  const text = [
    '*kotae の使い方*',
    '• チャンネルで `@kotae 質問` とメンションすると、スレッドに出典付きで回答します。スレッド内ではメンションなしで続けて質問できます。',
    '• DM でも質問できます。',
    '• `/kotae 質問` — 自分だけに回答を表示します。「チャンネルに共有」で公開できます。',
    '• `/kotae source 出典ID` — 出典の本文と前後の文脈を表示します。',
    '• `/kotae onboard` — 対象の報告書・用語集・最初の質問例を表示します。',
    '• `/kotae help` — このヘルプを表示します。',
    '回答の [1] などの番号は下の出典を指します。「出典を表示」で本文を確認し、👍/👎 で評価してください。',
  ].join('\n');
  return { text: 'kotae の使い方', blocks: [section(text)] };
}

/** A short notice (errors, limits, acknowledgements) as text plus one section. */
export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [section(escapeMrkdwn(truncate(text, SECTION_TEXT_LIMIT)))] };
}

/**
 * Splits text into section blocks of ≤ 3,000 characters *after* escaping (escaping lengthens
 * `&`, `<`, `>`), never cutting a `[n]` marker. When more than `budget` blocks would be needed,
 * the last block is a note that the rest was omitted.
 */
export function sectionsFor(text: string, budget: number, omittedNote: string): KnownBlock[] {
  const pieces = splitEscaped(text.trim() || '（本文なし）', SECTION_TEXT_LIMIT);
  if (pieces.length <= budget) return pieces.map(section);
  const kept = pieces.slice(0, Math.max(0, budget - 1)).map(section);
  return [...kept, context(omittedNote)];
}

function splitEscaped(text: string, limit: number, max = limit): string[] {
  const out: string[] = [];
  for (const piece of splitText(text, max)) {
    const escaped = escapeMrkdwn(piece);
    if (escaped.length <= limit) {
      out.push(escaped);
    } else if (max <= 10) {
      out.push(escaped.slice(0, limit)); // degenerate input; cannot split any finer
    } else {
      // Re-split just this piece, smaller in proportion to how much escaping grew it.
      const smaller = Math.max(10, Math.floor((piece.length * limit) / escaped.length) - 10);
      out.push(...splitEscaped(piece, limit, Math.min(smaller, max - 1)));
    }
  }
  return out;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_TEXT_LIMIT) }] };
}

function truncateStart(text: string, max: number): string {
  return text.length <= max ? text : text.slice(text.length - max);
}
