import type { Chunk } from '../chunking/chunk.js';

/**
 * The text indexed for a chunk: its display text, preceded by the innermost section title when
 * the text does not already start with it (a passage deep in a section still matches its title).
 */
export function indexTextOf(chunk: Chunk): string {
  const heading = chunk.section.at(-1);
  if (!heading || chunk.text.startsWith(heading)) return chunk.text;
  return `${heading}\n${chunk.text}`;
}
