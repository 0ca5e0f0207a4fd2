/**
 * The question-log schema and its migrations. The schema version is SQLite's `user_version`
 * pragma: migration `i` (0-based) takes the database from version `i` to `i + 1`. Append new
 * migrations at the end; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: questions, their citations, and feedback.
  `
  CREATE TABLE questions (
    id TEXT PRIMARY KEY,
    asked_at TEXT NOT NULL,           -- ISO 8601, UTC
    surface TEXT NOT NULL,            -- web | slack | discord | cli
    user_id TEXT,
    channel_id TEXT,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,        -- the whole Answer object
    abstained INTEGER NOT NULL,       -- 0 | 1
    confidence REAL NOT NULL,
    composer TEXT NOT NULL,
    latency_ms REAL NOT NULL
  );
  CREATE INDEX questions_asked_at ON questions (asked_at);

  CREATE TABLE citations (
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    title TEXT NOT NULL,
    section TEXT NOT NULL,            -- section path joined with ' > '
    line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL,
    PRIMARY KEY (question_id, n)
  );
  CREATE INDEX citations_passage ON citations (passage_id);

  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,         -- ISO 8601, UTC
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
    comment TEXT,
    surface TEXT NOT NULL,
    user_id TEXT
  );
  CREATE INDEX feedback_question ON feedback (question_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
