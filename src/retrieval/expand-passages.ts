/**
 * Small chunks are indexed (precise matching); a retrieved chunk is shown with its context: it
 * grows into the adjacent chunks of the same report, best-scoring side first, up to a passage a
 * person reads in chat (600 characters). The question's framing words and the evidence often sit
 * in neighbouring chunks ("岩手－大連 (ものづくり基盤技術)" / "<成果事例> …"): one passage then holds both.
 * A chunk taken into a better-ranked passage is not returned again, nor a repeat of one's text.
 */
import { type Chunk, joinLineStarts } from '../chunking/chunk.js';

/** Longest passage built from adjacent chunks (the chat-sized maximum of a passage). */
export const MAX_PASSAGE_CHARS = 600;

export interface ExpandedPassage {
  /** The retrieved chunk the passage grew from. */
  primary: number;
  /** First and last chunk index (inclusive) of the passage. */
  from: number;
  to: number;
}

/**
 * `ranked`: chunk indexes best first (chunks in report order); `score(j)`: fused score of chunk j,
 * 0 if it did not match. Returns at most `k` passages.
 */
export function expandPassages(
  ranked: readonly number[],
  chunks: readonly Chunk[],
  score: (j: number) => number,
  k: number,
  maxChars = MAX_PASSAGE_CHARS,
): ExpandedPassage[] {
  const taken = new Set<number>();
  // Slide decks repeat a slide word for word (a summary shown again later): show it once.
  const seenTexts = new Set<string>();
  const passages: ExpandedPassage[] = [];
  for (const primary of ranked) {
    if (passages.length >= k) break;
    if (taken.has(primary)) continue;
    taken.add(primary);
    const text = chunks[primary]!.text.replace(/\s+/g, '');
    if (seenTexts.has(text)) continue;
    seenTexts.add(text);
    let from = primary;
    let to = primary;
    let length = chunks[primary]!.text.length;
    for (;;) {
      let pick = -1;
      for (const j of [from - 1, to + 1]) {
        const other = chunks[j];
        if (!other || taken.has(j) || other.doc !== chunks[primary]!.doc) continue;
        if (length + 1 + other.text.length > maxChars) continue;
        if (pick < 0 || score(j) > score(pick)) pick = j;
      }
      if (pick < 0) break;
      taken.add(pick);
      length += 1 + chunks[pick]!.text.length;
      if (pick < from) from = pick;
      else to = pick;
    }
    passages.push({ primary, from, to });
  }
  return passages;
}

/**
 * Id of a passage spanning chunks `from..to`: the first chunk's id and how many follow it
 * (`003_ae56…-255-261+1`). A line range alone would be ambiguous: pieces of one long line share
 * their line numbers, so a joined range can equal the id of its first chunk.
 */
export function passageId(first: Chunk, following: number): string {
  return `${first.id}+${following}`;
}

/** One chunk standing for chunks `from..to` of a report: joined text, the first chunk's section. */
export function joinChunks(chunks: readonly Chunk[], from: number, to: number): Chunk {
  const first = chunks[from]!;
  if (from === to) return first;
  const last = chunks[to]!;
  const parts = chunks.slice(from, to + 1);
  const joined: Chunk = {
    ...first,
    id: passageId(first, to - from),
    lines: [first.lines[0], last.lines[1]],
    text: parts.map((part) => part.text).join('\n'),
  };
  delete joined.lineStarts;
  delete joined.noteLines;
  delete joined.context;
  delete joined.sectionStarts;
  delete joined.citedBy;
  const citedBy = parts.flatMap((part) => part.citedBy ?? []);
  if (citedBy.length > 0) joined.citedBy = citedBy;
  const lineStarts = joinLineStarts(parts);
  if (lineStarts) joined.lineStarts = lineStarts;
  // Note lines are numbered within each part: shift them by the lines of the parts before.
  const noteLines: number[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const line of part.noteLines ?? []) noteLines.push(offset + line);
    offset += part.text.split('\n').length;
  }
  if (noteLines.length > 0) joined.noteLines = noteLines;
  if (parts.some((part) => part.section.join('\n') !== first.section.join('\n'))) {
    const sectionStarts: [number, string[]][] = [];
    let at = 0;
    for (const part of parts) {
      sectionStarts.push([at, part.section]);
      at += part.text.length + 1;
    }
    joined.sectionStarts = sectionStarts;
  }
  return joined;
}

/**
 * The chunk range a passage id stands for: a chunk's own id, or that of a joined passage (the
 * first chunk's id, `+`, the number of chunks after it, all in the same report). Undefined when
 * no such range exists.
 */
export function resolvePassage(
  id: string,
  chunks: readonly Chunk[],
  chunkIndex: ReadonlyMap<string, number>,
): { from: number; to: number } | undefined {
  const at = chunkIndex.get(id);
  if (at !== undefined) return { from: at, to: at };
  const match = /^(.+)\+(\d{1,3})$/.exec(id);
  if (!match) return undefined;
  const from = chunkIndex.get(match[1]!);
  if (from === undefined) return undefined;
  const to = from + Number(match[2]);
  if (to >= chunks.length || chunks[to]!.doc !== chunks[from]!.doc) return undefined;
  return { from, to };
}
