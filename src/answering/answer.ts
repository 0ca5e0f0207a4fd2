/**
 * The one answer model every surface renders (Slack, Discord, web, CLI).
 * Answer text carries citation markers `[n]` that refer to `citations[].n`.
 */
import { z } from 'zod/v4';

export const CitationSchema = z.object({
  /** 1-based number used by the `[n]` markers in the answer text. */
  n: z.number().int().positive(),
  /** Stable passage (chunk) id; `GET /api/passages/:id`, `/kotae source <id>`. */
  passageId: z.string(),
  /** Report file path relative to the corpus directory. */
  doc: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  /** Section path, outermost first, e.g. ["2. 成功要因分析", "4) 国際産業連携の8のポイント"]. */
  section: z.array(z.string()),
  /**
   * 1-based inclusive line range of the quoted words in the source file (a paragraph repaired from
   * broken lines counts whole); the passage's range when they cannot be placed more precisely.
   */
  lines: z.tuple([z.number().int(), z.number().int()]),
  /** The exact words relied on: verbatim from `text`. */
  quote: z.string(),
  /** The whole passage's display text. */
  text: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  /** Language of the framing sentences (quotes stay Japanese). */
  lang: z.enum(['ja', 'en']),
  /** Answer text with `[n]` markers. */
  text: z.string(),
  abstained: z.boolean(),
  /** Why it abstained (null when it answered). */
  abstainReason: z.string().nullable(),
  /** 0..1, how well the evidence supports the answer. */
  confidence: z.number().min(0).max(1),
  citations: z.array(CitationSchema),
  /** When abstaining: the nearest passages, shown as "related" (not as support). */
  related: z.array(CitationSchema),
  /** Reformulations or follow-up questions worth asking. */
  suggestions: z.array(z.string()),
  /** Which composer wrote it. */
  composer: z.enum(['extractive', 'llm']),
});
export type Answer = z.infer<typeof AnswerSchema>;
