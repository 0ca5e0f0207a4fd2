/**
 * The rows an answer adds to the question log (the question, and one row per citation) and the
 * statements that insert them: used by the log itself and by its writer thread.
 */
import type { Statement } from 'better-sqlite3';
import type { QuestionLogEntry } from '../chat/question-log.js';
import type { SqliteDatabase } from './database.js';

type Row = Record<string, string | number | null>;

export interface AnswerRows {
  question: Row;
  citations: Row[];
}

export interface AnswerStatements {
  insertQuestion: Statement;
  insertCitation: Statement;
}

export function prepareAnswerStatements(db: SqliteDatabase): AnswerStatements {
  return {
    insertQuestion: db.prepare(
      `INSERT INTO questions (id, asked_at, surface, user_id, channel_id, question, answer_json, abstained,
         confidence, composer, latency_ms)
       VALUES (@id, @askedAt, @surface, @userId, @channelId, @question, @answerJson, @abstained,
         @confidence, @composer, @latencyMs)`,
    ),
    insertCitation: db.prepare(
      `INSERT INTO citations (question_id, n, passage_id, doc, title, section, line_start, line_end)
       VALUES (@questionId, @n, @passageId, @doc, @title, @section, @lineStart, @lineEnd)`,
    ),
  };
}

export function answerRows(id: string, entry: QuestionLogEntry, at: Date): AnswerRows {
  const { answer } = entry;
  const question = {
    id,
    askedAt: at.toISOString(),
    surface: entry.surface,
    userId: entry.userId ?? null,
    channelId: entry.channelId ?? null,
    question: entry.question,
    answerJson: JSON.stringify(answer),
    abstained: answer.abstained ? 1 : 0,
    confidence: answer.confidence,
    composer: answer.composer,
    latencyMs: entry.latencyMs,
  };
  const citations: Row[] = [];
  const seen = new Set<number>();
  for (const citation of answer.citations) {
    if (seen.has(citation.n)) continue;
    seen.add(citation.n);
    citations.push({
      questionId: id,
      n: citation.n,
      passageId: citation.passageId,
      doc: citation.doc,
      title: citation.title,
      section: citation.section.join(' > '),
      lineStart: citation.lines[0],
      lineEnd: citation.lines[1],
    });
  }
  return { question, citations };
}

export function insertAnswerRows(statements: AnswerStatements, rows: AnswerRows): void {
  statements.insertQuestion.run(rows.question);
  for (const citation of rows.citations) statements.insertCitation.run(citation);
}
