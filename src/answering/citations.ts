/** Builds Citation objects from chunks and report metadata. */
import { type Chunk, sectionAt } from '../chunking/chunk.js';
import type { ReportMeta } from '../corpus/report.js';
import type { Citation } from './answer.js';

export type ReportLookup = (doc: string) => ReportMeta | undefined;

/** Where a passage comes from: its report's title, publisher and date, section path and lines. */
export function sourceOf(chunk: Chunk, reports: ReportLookup) {
  const meta = reports(chunk.doc);
  return {
    doc: chunk.doc,
    title: meta?.title ?? chunk.title,
    publisher: meta?.publisher ?? null,
    date: meta?.date ?? null,
    section: displaySection(chunk.section),
    lines: chunk.lines,
  };
}

/**
 * A section path as shown to people: without the labels that slide conversion left among the
 * headings — sources and notes (「出所：各種公開情報よりNRI作成」「（資料）日本総合研究所作成」), units
 * (「[単位:件数]」「（億円）」), chart categories (「その他」「＜直近＞」), figure numbers (「【図表1】」)
 * and pieces of a wrapped sentence (「自治体の」「による公開情報」). The index keeps the full path.
 */
export function displaySection(path: readonly string[]): string[] {
  return path.filter((part) => !NOT_A_TITLE.some((pattern) => pattern.test(part.trim())));
}

const NOT_A_TITLE = [
  /^[（(]?(出所|出典|資料|注\d*)[)）:：]/,
  /^※/,
  /^[[［(（<＜]?\s*単位\s*[:：]/,
  /^[（(][^)）]{1,6}[)）]$/,
  /^(その他|合計|総計|全体|平均|前期\s*後期)$/,
  /^[＜<][^＞>]{1,2}[＞>]$/,
  /^[【[［]図表?\s*\d+[】\]］]$/,
  /^(による|により|において|における|として|[をがはのへにで])/,
  /[のをがはにでとへ]$/,
];

/** `at`: the quote's offset in the passage text when known (a repeated row is then cited where it was taken). */
export function citationFor(n: number, chunk: Chunk, quote: string, reports: ReportLookup, at?: number): Citation {
  const offset = quoteOffset(chunk, quote, at);
  return {
    n,
    passageId: chunk.id,
    ...sourceOf(chunk, reports),
    // A passage joined across a heading: the quote is cited under its own section.
    section: displaySection(offset >= 0 ? sectionAt(chunk, offset) : chunk.section),
    lines: quoteLines(chunk, quote, at),
    quote,
    text: chunk.text,
  };
}

/**
 * The source lines of a quote: from the line its first character stands on to the line of its
 * last. The passage's range when the quote is not found verbatim or the chunk has no line starts.
 */
export function quoteLines(chunk: Chunk, quote: string, offset?: number): [number, number] {
  const at = quoteOffset(chunk, quote, offset);
  const starts = chunk.lineStarts;
  if (at < 0 || !starts || starts.length === 0) return chunk.lines;
  const lineAt = (position: number) => {
    let line = starts[0]![1];
    for (const [start, n] of starts) {
      if (start > position) break;
      line = n;
    }
    return line;
  };
  return [lineAt(at), lineAt(at + Math.max(0, quote.length - 1))];
}
/** Where a quote stands in the chunk text: at `offset` when it is there, else its first occurrence (-1: none). */
function quoteOffset(chunk: Chunk, quote: string, offset?: number): number {
  if (offset !== undefined && chunk.text.startsWith(quote, offset)) return offset;
  return quote ? chunk.text.indexOf(quote) : -1;
}

/** The first sentence (or line) of a passage, used as the quote of a "related" source. */
export function leadQuote(text: string, max = 120): string {
  const first = text.split('\n').find((line) => line.trim().length >= 8) ?? text;
  const sentence = /^[^。！？]*[。！？]?/.exec(first.trim())?.[0] ?? first;
  return sentence.length > max ? sentence.slice(0, max) : sentence;
}
