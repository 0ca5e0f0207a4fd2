/** A passage of a report: the unit that is indexed, retrieved, quoted and cited. */
export interface Chunk {
  /** Stable id: `<doc key>-<first line>-<last line>`; URL-safe. */
  id: string;
  /** Report path relative to the corpus directory. */
  doc: string;
  title: string;
  /** Section path, outermost first. */
  section: string[];
  /** 1-based inclusive line range in the source file. */
  lines: [number, number];
  /** Display text: faithful to the source (line-break/whitespace repair and HTML removal only). */
  text: string;
  /**
   * Where each source line begins in `text`: [offset, 1-based line], offsets increasing (a paragraph
   * repaired from broken lines holds several): a quote is cited by its own lines, not the whole
   * passage's. Absent when a piece could not be placed, and in chunks made before it existed.
   */
  lineStarts?: LineStart[];
  /**
   * For a piece of a table cut into several chunks: the table's title line and header row, which
   * the piece no longer shows. Indexed with the chunk (a row 「政府内の横断的推進組織 …」 matches
   * ドイツ/イギリス/アメリカ of its header); not part of the display text.
   */
  context?: string;
  /**
   * For a passage holding footnotes: the body sentence citing each (「…受託研究費（いわゆる3分の1ルール」 for
   * 「(注23) …」, note "23"), indexed with it and read with the note's own words when it is quoted
   * (`linkFootnotes`); not part of the display text.
   */
  citedBy?: FootnoteCitation[];
  /**
   * Lines of `text` (0-based) that belong to a footnote or source note (「(注40) …」 and the pieces a
   * long note was cut into): retrievable, never quoted as an answer.
   */
  noteLines?: number[];
  /**
   * For a passage joined from chunks of different sections: where each part begins in `text` and
   * its section path, so that a quote is cited under its own section, not the first part's.
   */
  sectionStarts?: [number, string[]][];
  /** Position of the chunk within its report (0-based), for "surrounding passages". */
  seq: number;
}

/** A footnote's number (「(注23)」 → "23") and the body sentence citing it, up to the citation. */
export interface FootnoteCitation {
  note: string;
  sentence: string;
}

/** A source line's start within a text: [offset in the text, 1-based line number in the file]. */
export type LineStart = [number, number];

/**
 * Line starts of pieces joined by newlines (chunk text, or a passage of chunks); undefined when a
 * piece could not be placed in its block (its quotes are then cited by the whole range).
 */
export function joinLineStarts(
  parts: readonly { text: string; lineStarts?: LineStart[] | undefined }[],
): LineStart[] | undefined {
  const joined: LineStart[] = [];
  let offset = 0;
  for (const part of parts) {
    if (!part.lineStarts) return undefined;
    for (const [at, line] of part.lineStarts) joined.push([offset + at, line]);
    offset += part.text.length + 1;
  }
  return joined;
}

/** The section path of the text at `offset` of a chunk or joined passage (its own section when unknown). */
export function sectionAt(chunk: Pick<Chunk, 'section' | 'sectionStarts'>, offset: number): string[] {
  let section = chunk.section;
  for (const [start, path] of chunk.sectionStarts ?? []) {
    if (start > offset) break;
    section = path;
  }
  return section;
}
