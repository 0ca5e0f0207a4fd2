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
  /** Position of the chunk within its report (0-based), for "surrounding passages". */
  seq: number;
}
