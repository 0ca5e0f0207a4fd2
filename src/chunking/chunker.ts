/**
 * Report → Chunk[]. Chunks follow the report's structure: a heading starts a new chunk (when the
 * current one has some substance), paragraphs are packed up to a target size, and a paragraph
 * longer than the maximum is cut on sentence boundaries (。！？), then at 、, never mid-word when
 * avoidable. Tables stay whole when they fit; a larger table is cut between rows.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../corpus/report.js';
import { isSourceLine } from '../text/normalize.js';
import { cutLong, splitSentences } from '../text/sentences.js';
import { type Block, buildBlocks } from './blocks.js';
import { markBoxTitles } from './box-titles.js';
import { linkFootnotes } from './footnote-refs.js';
import { type Chunk, joinLineStarts, type LineStart } from './chunk.js';
import { classifyLines } from './lines.js';

/**
 * Chunks are the units matched against a question; they are small so that a match is precise.
 * Retrieval shows a chunk with its neighbours, up to a chat-sized passage of 600 characters
 * (src/retrieval/expand-passages.ts). Dev set, MRR@10: chunks of 320/600 alone 0.695; with
 * neighbours 0.750; chunks of 160/300 with neighbours 0.769.
 */
export interface ChunkOptions {
  /** Flush a chunk once it reaches this many characters. Default 160. */
  targetChars?: number;
  /** Chunks are packed up to this many characters. Default 300. */
  maxChars?: number;
  /**
   * Hard maximum: one sentence or table row up to this length is kept whole in a chunk of its own
   * (a table row cut mid-cell reads badly); a longer one is cut. Default 600, the passage maximum.
   */
  unitMaxChars?: number;
  /** A heading only starts a new chunk when the current one has at least this many characters. Default 60. */
  minChars?: number;
}

export const DEFAULT_CHUNK_OPTIONS = {
  targetChars: 160,
  maxChars: 300,
  unitMaxChars: 600,
  minChars: 60,
} satisfies Required<ChunkOptions>;

/** A footnote or source note: 「(注40) …」「注3 …」「出所：…」「（資料）…」. */
/** The longest lead of a slide placed before its title (two or three short lines). */
const MAX_LEAD_CHARS = 240;
const NOTE_BLOCK = /^[-・\s]*([（(]注\d*[)）]|注\d+[\s\u3000:：]|出所[:：]|出典[:：]|[（(]資料[)）]|資料[:：])/;

/** A short line right before a table is its title (「（図表27）次世代製造業推進のための組織的な対応」). */
const MAX_TABLE_TITLE = 60;

interface Piece {
  text: string;
  start: number;
  end: number;
  kind: Block['kind'];
  /** Title line and header row of the table a later piece was cut from. */
  context?: string;
  /** The piece belongs to a footnote or source note. */
  note?: boolean;
  /** Where each source line begins in `text`; absent when the piece could not be placed. */
  lineStarts?: LineStart[];
}

export function docKey(doc: string): string {
  const stem = doc.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_]/g, '');
  return stem.length >= 3 ? stem.slice(0, 24) : createHash('sha1').update(doc).digest('hex').slice(0, 10);
}

/** The level of a case's title line (lines.ts: 「鍋屋バイテック（株）（岐阜県関市）」). */
const CASE_LEVEL = 5;

/** A short line that ends no sentence: a slide's title or label, not body text. */
function isTitleLine(text: string): boolean {
  return !text.includes('\n') && text.length <= 80 && !/[。．！？!?]/.test(text);
}

export function chunkReport(report: Report, options: ChunkOptions = {}): Chunk[] {
  const { targetChars, maxChars, unitMaxChars, minChars } = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const blocks = markBoxTitles(buildBlocks(classifyLines(report.lines)), CASE_LEVEL);
  const key = docKey(report.doc);
  const chunks: Chunk[] = [];
  const stack: { level: number; text: string }[] = [];
  let current: Piece[] = [];
  let section: string[] = [];

  const size = (pieces: Piece[]) => pieces.reduce((sum, piece) => sum + piece.text.length + 1, 0);
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0]!;
    const last = current.at(-1)!;
    const context = current.find((piece) => piece.context)?.context;
    const noteLines: number[] = [];
    let line = 0;
    for (const piece of current) {
      const count = piece.text.split('\n').length;
      if (piece.note) for (let i = 0; i < count; i++) noteLines.push(line + i);
      line += count;
    }
    const lineStarts = joinLineStarts(current);
    chunks.push({
      id: `${key}-${first.start}-${last.end}`,
      doc: report.doc,
      title: report.title,
      section,
      lines: [first.start, last.end],
      text: current.map((piece) => piece.text).join('\n'),
      ...(lineStarts ? { lineStarts } : {}),
      ...(context ? { context } : {}),
      ...(noteLines.length > 0 ? { noteLines } : {}),
      seq: chunks.length,
    });
    current = [];
  };
  const currentSection = () => stack.map((entry) => entry.text);

  let previous: Block | undefined;
  // Lines after a slide's source line (「出所：各種公開情報よりNRI作成」) and before the next heading:
  // PowerPoint conversions put a slide's lead box (「• 徳島県内LED関連企業数 10社(2005年)⇒150社(2019年)」,
  // its one-line summary) before its title, so they belong to the heading that follows them.
  let lead = false;
  for (const block of blocks) {
    const title = previous;
    previous = block;
    if (block.kind === 'heading') {
      // A heading closes a chunk with substance; headings are kept as the first lines of the next.
      // A slide's title lines (「（３）…事例」「地域未来牽引企業」) before a case's title are no substance.
      // A table, a list or a sentence is substance: the slide before ends there.
      const substance = (piece: Piece) =>
        piece.kind !== 'heading' && !(block.level >= CASE_LEVEL && piece.kind === 'text' && isTitleLine(piece.text));
      const leadOfThis = lead && current.length > 0;
      lead = false;
      if (!leadOfThis && size(current) >= minChars && current.some(substance)) flush();
      while (
        stack.length > 0 &&
        (stack.at(-1)!.level >= block.level || !numberedAncestor(stack.at(-1)!.text, block.text))
      )
        stack.pop();
      stack.push({ level: block.level, text: block.text });
      if (current.length === 0 || leadOfThis) section = currentSection();
      current.push({
        text: block.text,
        start: block.start,
        end: block.end,
        kind: 'heading',
        lineStarts: block.lineStarts,
      });
      // The case's title heads the passage that starts with its slide's title lines.
      if (!current.some(substance)) section = currentSection();
      continue;
    }
    const pieces = splitBlock(block, maxChars, Math.max(maxChars, unitMaxChars));
    if (block.kind !== 'table' && NOTE_BLOCK.test(block.text)) for (const piece of pieces) piece.note = true;
    if (block.kind === 'table' && pieces.length > 1) {
      // Later pieces lose the header row (and the table's title line): keep them as context.
      const header = block.text.split('\n')[0]!;
      const caption = title && title.kind !== 'table' && title.text.length <= MAX_TABLE_TITLE ? `${title.text}\n` : '';
      for (const piece of pieces.slice(1)) if (!piece.text.startsWith(header)) piece.context = caption + header;
    }
    for (const piece of pieces) {
      if (current.length > 0 && size(current) + piece.text.length > maxChars) flush();
      if (current.length === 0) section = currentSection();
      current.push(piece);
      if (size(current) >= targetChars) flush();
    }
    // The source under a chart or table (「出所：各種公開情報よりNRI作成」) closes its slide or figure.
    if (isSourceLine(block.text)) {
      if (size(current) >= minChars) flush();
      lead = current.length === 0;
    } else if (lead && (NOTE_BLOCK.test(block.text) || size(current) > MAX_LEAD_CHARS)) lead = false;
  }
  flush();
  // Ids must be unique even if two chunks share a line range (a long line cut in pieces).
  const seen = new Map<string, number>();
  for (const chunk of chunks) {
    const count = seen.get(chunk.id) ?? 0;
    seen.set(chunk.id, count + 1);
    if (count > 0) chunk.id = `${chunk.id}.${count}`;
  }
  linkFootnotes(chunks);
  return chunks;
}

/** The line starts of `block.text` within [from, to), relative to `from`. */
function lineStartsWithin(starts: readonly LineStart[], from: number, to: number): LineStart[] {
  let first = starts[0]!;
  const within: LineStart[] = [];
  for (const start of starts) {
    if (start[0] <= from) first = start;
    else if (start[0] < to) within.push([start[0] - from, start[1]]);
  }
  return [[0, first[1]], ...within];
}

/**
 * Cuts a block into pieces of about `max` characters (rows for tables, sentences for prose); a
 * single row or sentence up to `unitMax` stays whole.
 */
function splitBlock(block: Block, max: number, unitMax: number): Piece[] {
  if (block.text.length <= max) {
    return [{ text: block.text, start: block.start, end: block.end, kind: block.kind, lineStarts: block.lineStarts }];
  }
  if (block.kind === 'table') return splitTable(block, max, unitMax);
  const units = splitSentences(block.text).map((sentence) => sentence.text);
  let cursor = 0;
  return packUnits(
    units.flatMap((unit) => cutLong(unit, unitMax)),
    max,
    '',
  ).map((text) => {
    // Each piece is found in the paragraph after the one before it; its lines are those it spans.
    const at = block.text.indexOf(text, cursor);
    if (at < 0) return { text, start: block.start, end: block.end, kind: block.kind };
    cursor = at + text.length;
    const lineStarts = lineStartsWithin(block.lineStarts, at, cursor);
    const lastLine = lineStarts.at(-1)![1];
    return { text, start: lineStarts[0]![1], end: lastLine, kind: block.kind, lineStarts };
  });
}

/** A table cut between rows; each piece keeps the source line of every row it holds. */
function splitTable(block: Block, max: number, unitMax: number): Piece[] {
  let offset = 0;
  const rows = block.text.split('\n').flatMap((row) => {
    const line = lineStartsWithin(block.lineStarts, offset, offset + 1)[0]![1];
    offset += row.length + 1;
    return cutLong(row, unitMax).map((text) => ({ text, line }));
  });
  const pieces: Piece[] = [];
  let current: typeof rows = [];
  const flush = () => {
    if (current.length === 0) return;
    const lineStarts: LineStart[] = [];
    let at = 0;
    for (const row of current) {
      if (lineStarts.at(-1)?.[1] !== row.line) lineStarts.push([at, row.line]);
      at += row.text.length + 1;
    }
    const text = current.map((row) => row.text).join('\n');
    pieces.push({ text, start: current[0]!.line, end: current.at(-1)!.line, kind: 'table', lineStarts });
    current = [];
  };
  let size = 0;
  for (const row of rows) {
    if (current.length > 0 && size + 1 + row.text.length > max) {
      flush();
      size = 0;
    }
    size += (current.length > 0 ? 1 : 0) + row.text.length;
    current.push(row);
  }
  flush();
  return pieces;
}

function packUnits(units: string[], max: number, joiner: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const unit of units) {
    if (current && current.length + joiner.length + unit.length > max) {
      out.push(current);
      current = unit;
    } else {
      current = current ? current + joiner + unit : unit;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * 「2-2. …」 is not the parent of 「2-1-1. …」: numbered headings nest only under their own number
 * prefix (2-1 → 2-1-1). Headings without such numbers can nest under anything.
 */
function numberedAncestor(parent: string, child: string): boolean {
  const numbers = (text: string) => /^(\d{1,2}(?:-\d{1,2})+)[.．]?\s*/.exec(text.normalize('NFKC'))?.[1];
  const a = numbers(parent);
  const b = numbers(child);
  return !a || !b || b.startsWith(`${a}-`);
}
