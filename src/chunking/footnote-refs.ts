/**
 * A footnote explains a point of the body text that cites it, often without its words: 「(注23)
 * 産業界との契約金額が55%以上となった場合…補助金はその10%相当分となる」 is cited by 「その予算の3分の1が民間企業
 * からの受託研究費（いわゆる3分の1ルール（注23）…」. Each chunk holding footnotes is given the body
 * sentences citing them (`Chunk.citedBy`), indexed with it, so that a question in the body's words
 * (「受託が多すぎると」「3分の1ルール」) finds the note.
 */
import type { Chunk, FootnoteCitation } from './chunk.js';

/** A citation of a footnote in the body text: 「（注23）」「(注 23)」. */
const CITATION = /[（(]注\s*([0-9]+)[)）]/g;
/** A footnote's own label at the start of its line; its number is the first group. */
export const FOOTNOTE_NUMBER = /^[-・\s]*[（(]注\s*([0-9]+)[)）]/;
/** A citing sentence is kept to this many characters before the citation (what it explains). */
const MAX_CITING_CHARS = 160;

export function linkFootnotes(chunks: Chunk[]): void {
  // Body sentences citing each note number, with the position of their chunk.
  const citing = new Map<string, { seq: number; sentence: string }[]>();
  for (const chunk of chunks) {
    const notes = new Set(chunk.noteLines ?? []);
    chunk.text.split('\n').forEach((line, index) => {
      if (notes.has(index)) return;
      const normalized = line.normalize('NFKC');
      for (const match of normalized.matchAll(CITATION)) {
        const number = match[1]!;
        const start = Math.max(normalized.lastIndexOf('。', match.index) + 1, match.index - MAX_CITING_CHARS);
        const sentence = normalized.slice(start, match.index).trim();
        if (sentence.length === 0) continue;
        const list = citing.get(number) ?? [];
        list.push({ seq: chunk.seq, sentence });
        citing.set(number, list);
      }
    });
  }
  if (citing.size === 0) return;
  for (const chunk of chunks) {
    if (!chunk.noteLines) continue;
    const lines = chunk.text.split('\n');
    const citations: FootnoteCitation[] = [];
    for (const index of chunk.noteLines) {
      const number = FOOTNOTE_NUMBER.exec((lines[index] ?? '').normalize('NFKC'))?.[1];
      if (number === undefined) continue;
      const cited = citing.get(number);
      if (!cited) continue;
      // Notes are numbered per report or per chapter: the citation nearest before the note is its own.
      const before = cited.filter((c) => c.seq <= chunk.seq);
      const own = before.length > 0 ? before[before.length - 1]! : cited[0]!;
      if (!citations.some((c) => c.note === number)) citations.push({ note: number, sentence: own.sentence });
    }
    if (citations.length > 0) chunk.citedBy = citations;
  }
}
