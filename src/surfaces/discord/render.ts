/**
 * Turns answers, passages and onboarding into Discord message payloads (plain API JSON, so
 * tests can inspect them). Discord's limits drive the layout:
 * content ≤2,000; embed description ≤4,096; field name ≤256, value ≤1,024; ≤25 fields;
 * ≤6,000 characters over all embeds of one message; ≤5 buttons per row.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Citation } from '../../answering/answer.js';
import type { AskResult, Onboarding, PassageContext } from '../../chat/chat-service.js';
import { splitText } from '../split-text.js';
import { sourceButtonId, voteButtonId } from './custom-ids.js';

export const LIMITS = {
  content: 2000,
  description: 4096,
  title: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embedTotal: 6000,
  footer: 2048,
  buttonsPerRow: 5,
} as const;

/** Colours: answer (blue), abstention (grey), passage (green). */
const COLOUR = { answer: 0x3b82f6, abstained: 0x9ca3af, passage: 0x10b981, info: 0x6366f1 } as const;

/** The smallest useful field value; below this the sources move to their own message. */
const MIN_FIELD_VALUE = 120;

export interface DiscordPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Characters Discord counts towards the 6,000 limit of one message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function linesLabel(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? `${lines[0]}行` : `${lines[0]}–${lines[1]}行`;
}

/** One numbered source: report title, section, lines and the quoted sentence. */
export function citationField(citation: Citation, maxValue: number = LIMITS.fieldValue): APIEmbedField {
  const name = truncate(`[${citation.n}] ${citation.title}`, LIMITS.fieldName);
  const where = [citation.section.join(' › '), `${citation.doc} ${linesLabel(citation.lines)}`]
    .filter(Boolean)
    .join('\n');
  const head = truncate(where, Math.floor(maxValue / 2));
  const quote = citation.quote.trim() || citation.text.trim();
  // "> " quotes one line in Discord markdown; keep the quote on one line.
  const quoted = `> ${quote.replace(/\s*\n\s*/g, ' ')}`;
  const value = truncate(`${head}\n${quoted}`, Math.min(maxValue, LIMITS.fieldValue));
  return { name, value, inline: false };
}

/** Fields for `citations` within `budget` characters, or undefined when they cannot fit usefully. */
function fitCitationFields(citations: readonly Citation[], budget: number): APIEmbedField[] | undefined {
  const shown = citations.slice(0, LIMITS.fields);
  if (shown.length === 0) return [];
  const perField = Math.floor(budget / shown.length);
  const fields: APIEmbedField[] = [];
  for (const citation of shown) {
    const nameLength = truncate(`[${citation.n}] ${citation.title}`, LIMITS.fieldName).length;
    const room = perField - nameLength;
    if (room < MIN_FIELD_VALUE) return undefined;
    fields.push(citationField(citation, room));
  }
  return fields;
}

function answerButtons(result: AskResult, sources: readonly Citation[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const sourceButtons: APIButtonComponent[] = [];
  const seen = new Set<string>();
  for (const citation of sources) {
    const customId = sourceButtonId(citation.passageId);
    if (!customId || seen.has(customId) || sourceButtons.length >= LIMITS.buttonsPerRow) continue;
    seen.add(customId);
    sourceButtons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId,
      label: sources.length === 1 ? '出典を表示' : `出典を表示 [${citation.n}]`,
    });
  }
  if (sourceButtons.length > 0) rows.push({ type: ComponentType.ActionRow, components: sourceButtons });
  const up = voteButtonId('up', result.questionId);
  const down = voteButtonId('down', result.questionId);
  if (up && down) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: up, emoji: { name: '👍' } },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: down, emoji: { name: '👎' } },
      ],
    });
  }
  return rows;
}

function suggestionsBlock(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return `\n\n**こんな質問もできます**\n${suggestions.map((s) => `・${s}`).join('\n')}`;
}

/**
 * An answer as one or more messages. Short answers: one embed (description + source fields).
 * Answers over 4,096 characters: plain content split at 2,000 without cutting a `[n]` marker,
 * then the sources embed. Buttons go on the last message. Abstentions show related sources.
 */
export function renderAnswer(result: AskResult, options: { title?: string } = {}): DiscordPayload[] {
  const { answer } = result;
  const sources = answer.abstained ? answer.related : answer.citations;
  const text = `${answer.text.trim()}${suggestionsBlock(answer.suggestions)}`;
  const colour = answer.abstained ? COLOUR.abstained : COLOUR.answer;
  const footer =
    answer.abstained && sources.length > 0
      ? { text: '関連する可能性のある出典（回答の根拠ではありません）' }
      : undefined;
  const components = answerButtons(result, sources);
  const title = options.title ? truncate(options.title, LIMITS.title) : undefined;

  if (text.length <= LIMITS.description) {
    const embed: APIEmbed = { color: colour, description: text, ...(title ? { title } : {}) };
    if (footer) embed.footer = footer;
    const fields = fitCitationFields(sources, LIMITS.embedTotal - embedLength(embed));
    if (fields) {
      if (fields.length > 0) embed.fields = fields;
      return [{ embeds: [embed], components }];
    }
    return [{ embeds: [embed] }, sourcesMessage(sources, colour, footer, components)];
  }
  const pieces = splitText(text, LIMITS.content);
  const messages: DiscordPayload[] = pieces.map((piece) => ({ content: piece }));
  if (sources.length > 0) messages.push(sourcesMessage(sources, colour, footer, components));
  else {
    const last = messages[messages.length - 1];
    if (last) last.components = components;
  }
  return messages;
}

function sourcesMessage(
  sources: readonly Citation[],
  colour: number,
  footer: { text: string } | undefined,
  components: APIActionRowComponent<APIButtonComponent>[],
): DiscordPayload {
  const embed: APIEmbed = { color: colour, title: '出典' };
  if (footer) embed.footer = footer;
  const budget = LIMITS.embedTotal - embedLength(embed);
  // Many sources with long titles: shorten the titles too (25 × (60 + 160) < 6,000).
  embed.fields =
    fitCitationFields(sources, budget) ??
    sources
      .slice(0, LIMITS.fields)
      .map((c) => ({ ...citationField(c, 160), name: truncate(`[${c.n}] ${c.title}`, 60) }));
  return { embeds: [embed], components };
}

/** A passage with the text before and after it, for "出典を表示" and `/source`. */
export function renderPassage(passage: PassageContext): DiscordPayload {
  const fields: APIEmbedField[] = [];
  if (passage.section.length > 0) {
    fields.push({ name: 'セクション', value: truncate(passage.section.join(' › '), LIMITS.fieldValue) });
  }
  fields.push({ name: '位置', value: truncate(`${passage.doc} ${linesLabel(passage.lines)}`, LIMITS.fieldValue) });
  const published = [passage.publisher, passage.date].filter(Boolean).join('、');
  if (published) fields.push({ name: '発行', value: truncate(published, LIMITS.fieldValue) });

  const before = passage.before.trim() ? `-# （前）${truncate(oneLine(passage.before), 300)}\n` : '';
  const after = passage.after.trim() ? `\n-# （後）${truncate(oneLine(passage.after), 300)}` : '';
  const room = LIMITS.description - before.length - after.length;
  const description = `${before}${truncate(passage.text.trim(), room)}${after}`;
  return {
    embeds: [
      {
        color: COLOUR.passage,
        title: truncate(passage.title, LIMITS.title),
        description,
        fields,
        footer: { text: truncate(`出典ID: ${passage.id}`, LIMITS.footer) },
      },
    ],
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Reports overview, then glossary and starter questions (two messages: each ≤6,000). */
export function renderOnboarding(onboarding: Onboarding): DiscordPayload[] {
  const reports: APIEmbed = { color: COLOUR.info, title: '収録されている報告書', fields: [] };
  const shown = onboarding.reports.slice(0, LIMITS.fields);
  const perReport = Math.floor((LIMITS.embedTotal - embedLength(reports) - 100) / Math.max(1, shown.length));
  reports.fields = shown.map((report) => {
    const name = truncate(report.title, Math.min(LIMITS.fieldName, Math.floor(perReport / 3)));
    const meta = [report.publisher, report.date].filter(Boolean).join('、');
    const overview = report.overview.replace(/\[\d{1,3}\]/g, '').trim();
    const value = truncate(
      [meta, overview].filter(Boolean).join('\n') || report.doc,
      Math.min(LIMITS.fieldValue, perReport - name.length),
    );
    return { name, value };
  });
  if (onboarding.reports.length > shown.length) {
    reports.footer = { text: `ほか ${onboarding.reports.length - shown.length} 件` };
  }

  const embeds: APIEmbed[] = [];
  if (onboarding.glossary.length > 0) {
    const lines = onboarding.glossary.map((entry) => `**${entry.term}** — ${oneLine(entry.definition)}`);
    embeds.push({ color: COLOUR.info, title: '用語集', description: truncate(lines.join('\n'), 3000) });
  }
  if (onboarding.starterQuestions.length > 0) {
    const lines = onboarding.starterQuestions.map((q) => `・${q}`);
    embeds.push({
      color: COLOUR.info,
      title: 'まずはこんな質問から',
      description: truncate(`${lines.join('\n')}\n\n\`/ask\` で質問するか、ボットをメンションしてください。`, 2500),
    });
  }
  return embeds.length > 0 ? [{ embeds: [reports] }, { embeds }] : [{ embeds: [reports] }];
}

export function renderHelp(): DiscordPayload {
  return {
    embeds: [
      {
        color: COLOUR.info,
        title: 'kotae の使い方',
        description: [
          '政策報告書についての質問に、根拠となる箇所を引用して答えます。',
          '',
          '`/ask question:<質問>` — 質問する',
          '`/source id:<出典ID>` — 出典の箇所を前後の文脈とともに表示する',
          '`/onboard` — 収録されている報告書・用語集・質問の例',
          '`/help` — この説明',
          '',
          'チャンネルでボットをメンションしても質問できます。回答はスレッドに投稿され、そのスレッドではメンションなしで続けて質問できます。',
          '回答の「出典を表示」で引用元の箇所を確認でき、👍/👎 で回答の評価を送れます。',
        ].join('\n'),
      },
    ],
  };
}

/** Short user-facing notices. */
export const NOTICES = {
  channelNotAllowed: 'このチャンネルでは回答できません。管理者が指定したチャンネルでご質問ください。',
  rateLimited: (retryAfterMs: number) =>
    `短時間に質問が多すぎます。${Math.max(1, Math.ceil(retryAfterMs / 1000))} 秒ほどおいてから、もう一度お試しください。`,
  internalError: (errorId: string) =>
    `申し訳ありません。回答の作成中にエラーが発生しました（エラーID: ${errorId}）。時間をおいてもう一度お試しください。`,
  unknownPassage: (id: string) => `出典ID「${truncate(id, 100)}」は見つかりませんでした。`,
  feedbackThanks: (vote: 'up' | 'down') =>
    vote === 'up'
      ? 'フィードバックありがとうございます（👍）。'
      : 'フィードバックありがとうございます（👎）。改善に役立てます。',
  feedbackUnknown: 'この回答の記録が見つからないため、フィードバックを保存できませんでした。',
} as const;
