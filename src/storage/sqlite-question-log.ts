/**
 * The question log in SQLite (`<dataDir>/kotae.sqlite`): every question, its answer, latency,
 * surface and feedback. A storage failure must never break an answer, so every method catches,
 * logs and carries on: when the database cannot be opened or a write fails, the entry is kept in
 * memory instead (feedback on it still works until a restart) and a generated id is returned.
 *
 * Answers are written after the response, batched: `recordAnswer` queues the entry and returns its
 * id at once; the queue is written in one transaction on the next turn of the event loop (under
 * load that is one commit for many answers). Feedback and `close()` write the queue first.
 */
import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import {
  type FeedbackEntry,
  MemoryQuestionLog,
  type QuestionLog,
  type QuestionLogEntry,
} from '../chat/question-log.js';
import type { Logger } from '../logging.js';
import { databasePath, openQuestionDatabase, type SqliteDatabase } from './database.js';

export interface SqliteQuestionLogOptions {
  /** Directory of `kotae.sqlite` (KOTAE_DATA_DIR, default `data`). */
  dataDir: string;
  logger: Logger;
}

interface Statements {
  insertQuestion: Statement;
  insertCitation: Statement;
  insertFeedback: Statement;
}

export class SqliteQuestionLog implements QuestionLog {
  readonly path: string;
  private readonly logger: Logger;
  private db: SqliteDatabase | undefined;
  private statements: Statements | undefined;
  /** Entries that could not be written; lets feedback on them still succeed. */
  private readonly fallback = new MemoryQuestionLog(1_000);
  private queue: { id: string; entry: QuestionLogEntry; at: Date }[] = [];
  private flushScheduled = false;

  constructor(options: SqliteQuestionLogOptions) {
    this.path = databasePath(options.dataDir);
    this.logger = options.logger.child({ component: 'question-log' });
    try {
      this.db = openQuestionDatabase(options.dataDir);
      this.statements = prepare(this.db);
      this.logger.debug({ path: this.path }, 'question log opened');
    } catch (error) {
      this.db = undefined;
      this.logger.error(
        { err: error, path: this.path },
        `question log: cannot open ${this.path}; questions and feedback are kept in memory only until restart. ` +
          'Check that KOTAE_DATA_DIR is a writable directory and that the file is a SQLite database.',
      );
    }
  }

  /** True when entries reach the database (false: memory-only fallback). */
  get persistent(): boolean {
    return this.db !== undefined;
  }

  recordAnswer(entry: QuestionLogEntry): string {
    if (!this.db) return this.fallback.recordAnswer(entry);
    const id = randomUUID();
    this.queue.push({ id, entry, at: new Date() });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    return id;
  }

  /** Writes queued answers now (one transaction). Never throws. */
  flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const { db, statements } = this;
    try {
      if (!db || !statements) throw new Error('question log is closed');
      db.transaction(() => {
        for (const { id, entry, at } of batch) writeAnswer(statements, id, entry, at);
      })();
    } catch (error) {
      this.logger.error(
        { err: error, path: this.path, entries: batch.length },
        'question log: could not store questions; kept in memory until restart',
      );
      for (const { id, entry, at } of batch) this.fallback.answers.set(id, { ...entry, at });
    }
  }

  recordFeedback(entry: FeedbackEntry): boolean {
    this.flush();
    if (this.fallback.answers.has(entry.questionId)) return this.fallback.recordFeedback(entry);
    const { statements } = this;
    if (!statements) return false;
    try {
      const result = statements.insertFeedback.run({
        questionId: entry.questionId,
        createdAt: new Date().toISOString(),
        vote: entry.vote,
        comment: entry.comment?.trim() || null,
        surface: entry.surface,
        userId: entry.userId ?? null,
      });
      return result.changes > 0;
    } catch (error) {
      this.logger.error({ err: error, path: this.path }, 'question log: could not store feedback');
      return false;
    }
  }

  close(): void {
    this.flush();
    try {
      this.db?.close();
    } catch (error) {
      this.logger.warn({ err: error, path: this.path }, 'question log: error while closing');
    }
    this.db = undefined;
    this.statements = undefined;
  }
}

function prepare(db: SqliteDatabase): Statements {
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
    // Inserts nothing (changes = 0) when the question id is unknown.
    insertFeedback: db.prepare(
      `INSERT INTO feedback (question_id, created_at, vote, comment, surface, user_id)
       SELECT @questionId, @createdAt, @vote, @comment, @surface, @userId
       WHERE EXISTS (SELECT 1 FROM questions WHERE id = @questionId)`,
    ),
  };
}

function writeAnswer(statements: Statements, id: string, entry: QuestionLogEntry, at: Date): void {
  const { answer } = entry;
  statements.insertQuestion.run({
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
  });
  const seen = new Set<number>();
  for (const citation of answer.citations) {
    if (seen.has(citation.n)) continue;
    seen.add(citation.n);
    statements.insertCitation.run({
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
}
