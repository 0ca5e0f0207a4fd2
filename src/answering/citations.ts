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

export function citationFor(n: number, chunk: Chunk, quote: string, reports: ReportLookup): Citation {
  return { n, passageId: chunk.id, ...sourceOf(chunk, reports), quote, text: chunk.text };
}

/** The first sentence (or line) of a passage, used as the quote of a "related" source. */
export function leadQuote(text: string, max = 120): string {
  const first = text.split('\n').find((line) => line.trim().length >= 8) ?? text;
  const sentence = /^[^。！？]*[。！？]?/.exec(first.trim())?.[0] ?? first;
  return sentence.length > max ? sentence.slice(0, max) : sentence;
}
