/** Evaluation questions (`../shared/eval/*.jsonl`) and the relevance rule from its README. */
import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { compact } from '../text/normalize.js';

export const EvalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  answerable: z.boolean().default(true),
  docs: z.array(z.string()).default([]),
  evidence: z.array(z.string()).default([]),
  /** Gold answers: spans of the paragraph in JSQuAD, paraphrases for reading in the dev set. */
  answers: z.array(z.string()).default([]),
  type: z.string().default('unknown'),
  lang: z.string().default('ja'),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return EvalQuestionSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not a question object with "id" and "question": ${String(error)}`);
      }
    });
}

/**
 * The README's rule: NFKC + remove all whitespace; relevant if the passage text contains any
 * normalized evidence string; without evidence, relevant if the passage's doc is a gold doc.
 */
export function isRelevant(question: EvalQuestion, passage: { doc: string; text: string }): boolean {
  if (question.evidence.length > 0) {
    const text = compact(passage.text);
    return question.evidence.some((evidence) => text.includes(compact(evidence)));
  }
  const base = passage.doc.split('/').at(-1);
  return question.docs.some((doc) => doc === passage.doc || doc === base);
}
