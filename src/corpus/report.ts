/** A report as read from the corpus directory. */
export interface ReportMeta {
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  /** Key topics as the corpus manifest lists them (used for starter questions). */
  topics?: string[];
}

export interface Report extends ReportMeta {
  /** Path relative to the corpus directory, with `/` separators. */
  doc: string;
  /** SHA-256 of the file's bytes (the index manifest uses it to detect changes). */
  hash: string;
  /** The decoded text, split into its original lines (line n is `lines[n - 1]`). */
  lines: string[];
}
