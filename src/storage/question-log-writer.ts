/**
 * The question log's writer thread (see sqlite-question-log.ts): answers are written here, off the
 * thread that answers questions, where a commit (and now and then a WAL checkpoint) would hold up
 * every request waiting behind it. Each batch of rows is written in one transaction; a batch that
 * fails is reported (with its rows) on `failures` before it is counted in `written`, so that the
 * log, having waited for the count, finds the report already there.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type AnswerRows, insertAnswerRows, prepareAnswerStatements } from './answer-rows.js';
import { openQuestionDatabase, type SqliteDatabase } from './database.js';

export interface WriterData {
  dataDir: string;
  /** Shared count of the batches handled (written or failed). */
  written: Int32Array;
  failures: MessagePort;
}

export type WriterMessage = { kind: 'batch'; batch: number; rows: AnswerRows[] } | { kind: 'close' };

/** A batch that could not be stored, with its rows (the log keeps them in memory). */
export interface WriterFailure {
  batch: number;
  error: string;
  rows: AnswerRows[];
}

const { dataDir, written, failures } = workerData as WriterData;
let db: SqliteDatabase | undefined;
let writeBatch: ((rows: AnswerRows[]) => void) | undefined;

/** Opened on the first batch, and again after a failure: a failure to open is a failed batch, not a dead thread. */
function writer(): (rows: AnswerRows[]) => void {
  if (!writeBatch) {
    db?.close();
    // The log has opened (and migrated) the database already.
    db = openQuestionDatabase(dataDir, { fileMustExist: true });
    const statements = prepareAnswerStatements(db);
    writeBatch = db.transaction((rows: AnswerRows[]) => {
      for (const row of rows) insertAnswerRows(statements, row);
    });
  }
  return writeBatch;
}

parentPort?.on('message', (message: WriterMessage) => {
  if (message.kind === 'close') {
    db?.close();
    failures.close();
    parentPort?.close();
    return;
  }
  try {
    writer()(message.rows);
  } catch (error) {
    writeBatch = undefined;
    failures.postMessage({ batch: message.batch, error: String(error), rows: message.rows } satisfies WriterFailure);
  }
  Atomics.add(written, 0, 1);
  Atomics.notify(written, 0);
});
