/**
 * Joins lines broken by PDF conversion back into paragraphs: `地域経済・産業の` / blank / `構築`
 * is one paragraph. Each block keeps the range of source lines it came from.
 */
import { endsSentence } from '../text/normalize.js';
import type { LineStart } from './chunk.js';
import type { Line, LineKind } from './lines.js';

export interface Block {
  kind: Exclude<LineKind, 'blank'>;
  text: string;
  start: number;
  end: number;
  level: number;
  /** Length of the last source line joined into the block. */
  lastLineLength: number;
  /** Where each source line's text begins in `text`: [offset, line], offsets increasing. */
  lineStarts: LineStart[];
}

/** A line shorter than this that ends mid-sentence is a label or title, not a wrapped line. */
const MIN_WRAPPED_LINE = 14;
/**
 * A line wrapped by the converter is nearly as long as the document's typical full line; a
 * noticeably shorter one that ends mid-sentence is a title or label ("LL (Local to Local) 事業").
 */
const WRAPPED_SHARE_OF_TYPICAL = 0.7;
/** Documents with one paragraph per line have huge "typical" lines: a 40-character line still wraps. */
const MAX_WRAPPED_LINE = 40;

/** The document's typical full line length: the 80th percentile of its prose line lengths. */
export function typicalLineLength(lines: Line[]): number {
  const lengths = lines
    .filter((line) => line.kind === 'text' || line.kind === 'bullet')
    .map((line) => line.text.length)
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}
/** Blank lines allowed inside a broken paragraph. */
const MAX_BLANKS_IN_PARAGRAPH = 2;

function continues(prev: Block, next: Line, blanksBetween: number, minWrapped: number, bulletWrapped: number): boolean {
  if (prev.kind !== 'text' && prev.kind !== 'bullet') return false;
  if (next.kind !== 'text') return false;
  if (blanksBetween > MAX_BLANKS_IN_PARAGRAPH) return false;
  if (endsSentence(prev.text)) return false;
  // A line ending in a particle, 、 or an open bracket cannot end a sentence: it continues,
  // however short ("地域経済・産業の" / "構築"). Otherwise a short line is a label or title.
  // A list item is usually short by nature: it continues only when it was cut near the full width.
  // A line that opens with what cannot open a sentence (「は、」「を」, a closing bracket) continues
  // the line before it, however short that was: 「…といった変革」 / blank / 「は、長い目での…」.
  const needed = prev.kind === 'bullet' && prev.start === prev.end ? Math.max(minWrapped, bulletWrapped) : minWrapped;
  if (
    prev.lastLineLength < needed &&
    !/[のをにがはとでへやも、，・（「『]$/.test(prev.text) &&
    !opensMidSentence(next.text)
  )
    return false;
  // Notes and sources start their own paragraph.
  if (/^(出所|出典|資料|注|※|（注|\(注|（資料|\(資料)/.test(next.text)) return false;
  return true;
}

/** 「は、」「が、」「を…」, 、 or a closing bracket never open a sentence: the line was cut before them. */
export function opensMidSentence(text: string): boolean {
  return /^([、。，．）」』】]|[はがをにへ][、，]|を(?![\s\u3000]))/.test(text);
}

function joinText(a: string, b: string): string {
  // Latin words broken across lines need their space back; Japanese does not.
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const typical = typicalLineLength(lines);
  const minWrapped = Math.max(
    MIN_WRAPPED_LINE,
    Math.min(MAX_WRAPPED_LINE, Math.floor(typical * WRAPPED_SHARE_OF_TYPICAL)),
  );
  const bulletWrapped = Math.min(MAX_WRAPPED_LINE, Math.floor(typical * 0.9));
  let blanks = 0;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blanks++;
      continue;
    }
    const prev = blocks.at(-1);
    if (prev && continues(prev, line, blanks, minWrapped, bulletWrapped)) {
      prev.text = joinText(prev.text, line.text);
      prev.lineStarts.push([prev.text.length - line.text.length, line.n]);
      prev.end = line.n;
      prev.lastLineLength = line.text.length;
    } else if (prev && prev.kind === 'table' && line.kind === 'table' && blanks === 0) {
      prev.lineStarts.push([prev.text.length + 1, line.n]);
      prev.text += `\n${line.text}`;
      prev.end = line.n;
    } else {
      blocks.push({
        kind: line.kind,
        text: line.text,
        start: line.n,
        end: line.n,
        level: line.level,
        lastLineLength: line.text.length,
        lineStarts: [[0, line.n]],
      });
    }
    blanks = 0;
  }
  return blocks;
}
