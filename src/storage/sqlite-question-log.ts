/**
 * The question log in SQLite (`<dataDir>/kotae.sqlite`): every question, its answer, latency,
 * surface and feedback. A storage failure must never break an answer, so every method catches,
 * logs and carries on: when the database cannot be opened or a write fails, the entry is kept in
 * memory instead (feedback on it still works until a restart) and a generated id is returned.
 *
 * Answers are written after the response, batched: `recordAnswer` queues the entry and returns its
 * id at once; the queue is written in one transaction on the next turn of the event loop (under
 * load that is one commit for many answers), on a writer thread (question-log-writer.ts) when its
 * compiled file is there, so that commits and WAL checkpoints never hold up the requests; on this
 * thread otherwise (running from the TypeScript sources, or when the writer fails). Feedback and
 * `close()` wait until the queue is written.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Statement } from 'better-sqlite3';
import {
  type FeedbackEntry,
  MemoryQuestionLog,
  type QuestionLog,
  type QuestionLogEntry,
} from '../chat/question-log.js';
import type { Logger } from '../logging.js';
import {
  type AnswerRows,
  type AnswerStatements,
  answerRows,
  insertAnswerRows,
  prepareAnswerStatements,
} from './answer-rows.js';
import { databasePath, openQuestionDatabase, type SqliteDatabase } from './database.js';
import type { WriterData, WriterFailure, WriterMessage } from './question-log-writer.js';

export interface SqliteQuestionLogOptions {
  /** Directory of `kotae.sqlite` (KOTAE_DATA_DIR, default `data`). */
  dataDir: string;
  logger: Logger;
  /** The compiled writer thread; default the one next to this file, when there is one. */
  writerFile?: URL;
}

interface Statements extends AnswerStatements {
  insertFeedback: Statement;
}

interface QueuedAnswer {
  id: string;
  entry: QuestionLogEntry;
  at: Date;
}

interface Writer {
  worker: Worker;
  /** Batches handled by the writer (shared count), and batches posted to it. */
  written: Int32Array;
  posted: number;
  failures: MessagePort;
  /**
   * Answers in each batch posted and not yet known to be written, by batch number. (A batch that
   * fails comes back with its rows, to be kept in memory: nothing else of it is held here, so
   * answers die young under load instead of filling the old generation.)
   */
  unsettled: Map<number, number>;
  /** Answers in the unsettled batches. */
  unsettledAnswers: number;
}

const WRITER_FILE = new URL('./question-log-writer.js', import.meta.url);
/** Longest feedback or `close()` waits for the writer thread. */
const WRITER_WAIT_MS = 5_000;
/**
 * Most answers handed to the writer thread and not written yet: when answers come faster than
 * SQLite stores them, the log waits for the writer rather than holding ever more in memory.
 */
const MAX_UNWRITTEN_ANSWERS = 1_000;

export class SqliteQuestionLog implements QuestionLog {
  readonly path: string;
  private readonly logger: Logger;
  private db: SqliteDatabase | undefined;
  private statements: Statements | undefined;
  /** Entries that could not be written; lets feedback on them still succeed. */
  private readonly fallback = new MemoryQuestionLog(1_000);
  private queue: QueuedAnswer[] = [];
  private flushScheduled = false;
  private writer: Writer | undefined;

  constructor(options: SqliteQuestionLogOptions) {
    this.path = databasePath(options.dataDir);
    this.logger = options.logger.child({ component: 'question-log' });
    try {
      this.db = openQuestionDatabase(options.dataDir);
      this.statements = prepare(this.db);
      this.writer = this.startWriter(options.dataDir, options.writerFile ?? WRITER_FILE);
      this.logger.debug({ path: this.path, writerThread: this.writer !== undefined }, 'question log opened');
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

  /** Writes queued answers now (one transaction), or hands them to the writer thread. Never throws. */
  flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const { db, statements, writer } = this;
    try {
      if (writer) {
        this.settle(writer);
        if (writer.unsettledAnswers + batch.length > MAX_UNWRITTEN_ANSWERS) this.waitForWriter(writer, batch.length);
        const rows = batch.map(({ id, entry, at }) => answerRows(id, entry, at));
        const number = writer.posted + 1;
        writer.worker.postMessage({ kind: 'batch', batch: number, rows } satisfies WriterMessage);
        writer.posted = number;
        writer.unsettled.set(number, batch.length);
        writer.unsettledAnswers += batch.length;
        return;
      }
      if (!db || !statements) throw new Error('question log is closed');
      db.transaction(() => {
        for (const { id, entry, at } of batch) insertAnswerRows(statements, answerRows(id, entry, at));
      })();
    } catch (error) {
      this.keepInMemory(batch, error);
    }
  }

  private keepInMemory(batch: QueuedAnswer[], error: unknown): void {
    this.logger.error(
      { err: error, path: this.path, entries: batch.length },
      'question log: could not store questions; kept in memory until restart',
    );
    for (const { id, entry, at } of batch) this.fallback.answers.set(id, { ...entry, at });
  }

  /** The writer thread, or undefined (answers are then written on this thread). */
  private startWriter(dataDir: string, file: URL): Writer | undefined {
    if (!existsSync(fileURLToPath(file))) return undefined;
    try {
      const channel = new MessageChannel();
      const written = new Int32Array(new SharedArrayBuffer(4));
      const worker = new Worker(file, {
        workerData: { dataDir, written, failures: channel.port2 } satisfies WriterData,
        transferList: [channel.port2],
      });
      const writer: Writer = {
        worker,
        written,
        posted: 0,
        failures: channel.port1,
        unsettled: new Map(),
        unsettledAnswers: 0,
      };
      writer.failures.on('message', (failure: WriterFailure) => this.takeFailure(writer, failure));
      writer.failures.unref();
      worker.unref();
      // A writer that cannot go on (it catches every SQLite error: this is not expected): later
      // answers are written on this thread.
      const stop = (error: unknown) => {
        if (this.writer !== writer) return;
        this.writer = undefined;
        this.settle(writer);
        this.logger.error(
          { err: error, path: this.path, entries: writer.unsettledAnswers },
          'question log: the writer thread stopped; the answers it had not written are lost',
        );
      };
      worker.once('error', stop);
      worker.once('exit', (code) => stop(new Error(`question log writer thread exited (code ${code})`)));
      return writer;
    } catch (error) {
      this.logger.warn({ err: error }, 'question log: no writer thread; answers are written on the main thread');
      return undefined;
    }
  }

  private takeFailure(writer: Writer, failure: WriterFailure): void {
    const answers = writer.unsettled.get(failure.batch);
    if (answers === undefined) return;
    writer.unsettled.delete(failure.batch);
    writer.unsettledAnswers -= answers;
    this.keepInMemory(failure.rows.map(queuedAnswerOf), new Error(failure.error));
  }

  /** Takes the writer's failure reports, and forgets the batches it has written. */
  private settle(writer: Writer): void {
    // The count first: a batch it counts has had its failure (if any) reported already.
    const written = Atomics.load(writer.written, 0);
    for (let received = receiveMessageOnPort(writer.failures); received;) {
      this.takeFailure(writer, received.message as WriterFailure);
      received = receiveMessageOnPort(writer.failures);
    }
    for (const [number, answers] of writer.unsettled) {
      if (number > written) break;
      writer.unsettled.delete(number);
      writer.unsettledAnswers -= answers;
    }
  }

  /** Writes the queue and waits until the writer thread has written it. */
  private drain(): void {
    this.flush();
    if (this.writer) this.waitForWriter(this.writer, MAX_UNWRITTEN_ANSWERS);
  }

  /**
   * Waits (blocking, at most WRITER_WAIT_MS) until the writer thread has written enough batches
   * to leave room for `room` more answers.
   */
  private waitForWriter(writer: Writer, room: number): void {
    // The last batch that must be written: the oldest ones first.
    let until = 0;
    let left = writer.unsettledAnswers;
    for (const [number, answers] of writer.unsettled) {
      if (left + room <= MAX_UNWRITTEN_ANSWERS) break;
      until = number;
      left -= answers;
    }
    const deadline = Date.now() + WRITER_WAIT_MS;
    for (let written = Atomics.load(writer.written, 0); written < until;) {
      const wait = deadline - Date.now();
      if (wait <= 0) {
        this.logger.warn({ path: this.path }, 'question log: the writer thread is late; going on without it');
        break;
      }
      Atomics.wait(writer.written, 0, written, wait);
      written = Atomics.load(writer.written, 0);
    }
    this.settle(writer);
  }

  recordFeedback(entry: FeedbackEntry): boolean {
    this.drain();
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
    this.drain();
    if (this.writer) {
      this.writer.worker.postMessage({ kind: 'close' } satisfies WriterMessage);
      this.writer = undefined;
    }
    try {
      this.db?.close();
    } catch (error) {
      this.logger.warn({ err: error, path: this.path }, 'question log: error while closing');
    }
    this.db = undefined;
    this.statements = undefined;
  }
}

/** The queued answer an answer's rows were made from. */
function queuedAnswerOf({ question }: AnswerRows): QueuedAnswer {
  const entry: QuestionLogEntry = {
    surface: question['surface'] as QuestionLogEntry['surface'],
    question: String(question['question']),
    answer: JSON.parse(String(question['answerJson'])) as QuestionLogEntry['answer'],
    latencyMs: Number(question['latencyMs']),
  };
  if (question['userId'] !== null) entry.userId = String(question['userId']);
  if (question['channelId'] !== null) entry.channelId = String(question['channelId']);
  return { id: String(question['id']), entry, at: new Date(String(question['askedAt'])) };
}

function prepare(db: SqliteDatabase): Statements {
  return {
    ...prepareAnswerStatements(db),
    // Inserts nothing (changes = 0) when the question id is unknown.
    insertFeedback: db.prepare(
      `INSERT INTO feedback (question_id, created_at, vote, comment, surface, user_id)
       SELECT @questionId, @createdAt, @vote, @comment, @surface, @userId
       WHERE EXISTS (SELECT 1 FROM questions WHERE id = @questionId)`,
    ),
  };
}
