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
   * Source line range of each line of `text`, in order (a paragraph repaired from broken lines
   * spans several): a quote is cited by its own lines, not the whole passage's. Absent in chunks
   * made before it existed.
   */
  lineRanges?: [number, number][];
  /**
   * For a piece of a table cut into several chunks: the table's title line and header row, which
   * the piece no longer shows. Indexed with the chunk (a row 「政府内の横断的推進組織 …」 matches
   * ドイツ/イギリス/アメリカ of its header); not part of the display text.
   */
  context?: string;
  /**
   * Lines of `text` (0-based) that belong to a footnote or source note (「(注40) …」 and the pieces a
   * long note was cut into): retrievable, never quoted as an answer.
   */
  noteLines?: number[];
  /** Position of the chunk within its report (0-based), for "surrounding passages". */
  seq: number;
}
