import type { Chunk } from '../chunking/chunk.js';

/**
 * The text indexed for a chunk: its display text, preceded by its section path (the titles it does
 * not already start with) and, for a piece of a cut table, its header (`Chunk.context`), so that a
 * passage deep in a section still matches the words of its
 * chapter and section titles (dev set: R@1 0.569 → 0.585, MRR@10 0.686 → 0.695 over the innermost title alone).
 * Vertical or spaced-out labels of PowerPoint conversions (`自` / `治` / `体` on separate lines,
 * `成 功 要 因`) are joined so that they index as words; the display text is unchanged.
 */
export function indexTextOf(
  chunk: Pick<Chunk, 'text' | 'section' | 'context' | 'citedBy'>,
  options: IndexTextOptions = {},
): string {
  const text = joinSpacedOut(chunk.text);
  const prefix = chunk.section.filter((heading) => !chunk.text.startsWith(heading)).map(joinSpacedOut);
  // A piece of a cut table is indexed with the header row and title it no longer shows.
  if (chunk.context) prefix.push(chunk.context);
  if (options.citations && chunk.citedBy) prefix.push(...new Set(chunk.citedBy.map((c) => c.sentence)));
  if (prefix.length === 0) return text;
  return `${prefix.join('\n')}\n${text}`;
}

export interface IndexTextOptions {
  /**
   * Footnotes with the body sentences citing them (`Chunk.citedBy`): for the character n-gram
   * index only. In the kuromoji terms they would also move the LSA model trained on them, and every
   * passage's vector with it (held-out sets: four answers ranked higher with n-grams alone, one
   * dropped out of the top 10 with terms too).
   */
  citations?: boolean;
}

const CJK = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
/** A line that is one CJK character, or CJK characters separated by single spaces. */
const SPACED_LINE = new RegExp(`^${CJK}(?:[ \\u3000]${CJK})*$`, 'u');

export function joinSpacedOut(text: string): string {
  if (!text.includes('\n') && !/\p{Script=Han} \p{Script=Han} /u.test(text)) return text;
  const out: string[] = [];
  let run = '';
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (SPACED_LINE.test(trimmed) && (trimmed.length === 1 || trimmed.includes(' ') || trimmed.includes('\u3000'))) {
      run += trimmed.replace(/[ \u3000]/g, '');
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(line);
  }
  if (run) out.push(run);
  return out.join('\n');
}
