/** zod schemas for the web API's request bodies. */
import { z } from 'zod/v4';

/** Most earlier turns a client may send with a question; older turns are the client's to drop. */
export const MAX_HISTORY_TURNS = 20;
export const MAX_TURN_CHARS = 10_000;
export const MAX_COMMENT_CHARS = 2_000;

const OBJECT_ERROR = { error: 'JSON オブジェクトを送ってください。 (body must be a JSON object)' };

export function askBodySchema(maxQuestionChars: number) {
  return z.object(
    {
      question: z
        .string({ error: 'question は文字列で指定してください。 (question must be a string)' })
        .refine((value) => value.trim().length > 0, {
          error: '質問が空です。報告書について知りたいことを書いてください。 (question is empty)',
        })
        .refine((value) => value.length <= maxQuestionChars, {
          error: (issue) =>
            `質問が長すぎます（${maxQuestionChars}文字まで、現在 ${String(issue.input).length} 文字）。` +
            ` (question over ${maxQuestionChars} characters)`,
        }),
      history: z
        .array(
          z.object({
            role: z.enum(['user', 'assistant']),
            text: z.string().max(MAX_TURN_CHARS),
          }),
        )
        .max(MAX_HISTORY_TURNS, { error: `history は ${MAX_HISTORY_TURNS} 件までです。 (history too long)` })
        .optional(),
    },
    OBJECT_ERROR,
  );
}

export const FeedbackBodySchema = z.object(
  {
    questionId: z
      .string({ error: 'questionId は文字列で指定してください。 (questionId must be a string)' })
      .min(1)
      .max(200),
    vote: z.enum(['up', 'down'], { error: "vote は 'up' か 'down' です。 (vote must be 'up' or 'down')" }),
    comment: z
      .string()
      .max(MAX_COMMENT_CHARS, { error: `コメントは ${MAX_COMMENT_CHARS} 文字までです。 (comment too long)` })
      .optional(),
  },
  OBJECT_ERROR,
);

/** The first issue as a readable message, prefixed with its path when it is not the message's own. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'リクエストが正しくありません。 (invalid request)';
  const path = issue.path.join('.');
  const generic = issue.message.includes('(') ? '' : path ? `${path}: ` : '';
  return `${generic}${issue.message}`;
}
