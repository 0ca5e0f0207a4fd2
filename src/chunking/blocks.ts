/**
 * Joins lines broken by PDF conversion back into paragraphs: `地域経済・産業の` / blank / `構築`
 * is one paragraph. Each block keeps the range of source lines it came from.
 */
import { endsSentence } from '../text/normalize.js';
import type { Line, LineKind } from './lines.js';

export interface Block {
  kind: Exclude<LineKind, 'blank'>;
  text: string;
  start: number;
  end: number;
  level: number;
}

/** A line shorter than this that ends mid-sentence is a label or title, not a wrapped line. */
const MIN_WRAPPED_LINE = 14;
/** Blank lines allowed inside a broken paragraph. */
const MAX_BLANKS_IN_PARAGRAPH = 2;

function continues(prev: Block, next: Line, blanksBetween: number): boolean {
  if (prev.kind !== 'text' && prev.kind !== 'bullet') return false;
  if (next.kind !== 'text') return false;
  if (blanksBetween > MAX_BLANKS_IN_PARAGRAPH) return false;
  if (endsSentence(prev.text)) return false;
  const lastLine = prev.text.slice(prev.text.lastIndexOf('\n') + 1);
  // A line ending in a particle, 、 or an open bracket cannot end a sentence: it continues,
  // however short ("地域経済・産業の" / "構築"). Otherwise a short line is a label or title.
  if (lastLine.length < MIN_WRAPPED_LINE && !/[のをにがはとでへやも、，・（「『]$/.test(lastLine)) return false;
  // Notes and sources start their own paragraph.
  if (/^(出所|出典|資料|注|※|（注|\(注|（資料|\(資料)/.test(next.text)) return false;
  return true;
}

function joinText(a: string, b: string): string {
  // Latin words broken across lines need their space back; Japanese does not.
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blanks++;
      continue;
    }
    const prev = blocks.at(-1);
    if (prev && continues(prev, line, blanks)) {
      prev.text = joinText(prev.text, line.text);
      prev.end = line.n;
    } else if (prev && prev.kind === 'table' && line.kind === 'table' && blanks === 0) {
      prev.text += `\n${line.text}`;
      prev.end = line.n;
    } else {
      blocks.push({ kind: line.kind, text: line.text, start: line.n, end: line.n, level: line.level });
    }
    blanks = 0;
  }
  return blocks;
}
