/** Builds Citation objects from chunks and report metadata. */
import type { Chunk } from '../chunking/chunk.js';
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
    section: chunk.section,
    lines: chunk.lines,
  };
}

/** `at`: the quote's offset in the passage text when known (a repeated row is then cited where it was taken). */
export function citationFor(n: number, chunk: Chunk, quote: string, reports: ReportLookup, at?: number): Citation {
  return {
    n,
    passageId: chunk.id,
    ...sourceOf(chunk, reports),
    lines: quoteLines(chunk, quote, at),
    quote,
    text: chunk.text,
  };
}

/**
 * The source lines of a quote: those of the passage lines it spans (a repaired paragraph counts
 * whole). The passage's range when the quote is not found verbatim or the chunk has no line map.
 */
export function quoteLines(chunk: Chunk, quote: string, offset?: number): [number, number] {
  const at =
    offset !== undefined && chunk.text.startsWith(quote, offset) ? offset : quote ? chunk.text.indexOf(quote) : -1;
  const ranges = chunk.lineRanges;
  if (at < 0 || !ranges || ranges.length !== chunk.text.split('\n').length) return chunk.lines;
  const lineOf = (offset: number) => chunk.text.slice(0, offset).split('\n').length - 1;
  const first = ranges[lineOf(at)]!;
  const last = ranges[lineOf(at + Math.max(0, quote.length - 1))]!;
  return [first[0], Math.max(first[1], last[1])];
}

/** The first sentence (or line) of a passage, used as the quote of a "related" source. */
export function leadQuote(text: string, max = 120): string {
  const first = text.split('\n').find((line) => line.trim().length >= 8) ?? text;
  const sentence = /^[^。！？]*[。！？]?/.exec(first.trim())?.[0] ?? first;
  return sentence.length > max ? sentence.slice(0, max) : sentence;
}
