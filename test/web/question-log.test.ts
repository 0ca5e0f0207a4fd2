import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionLogEntry } from '../../src/chat/question-log.js';
import { databasePath, openQuestionDatabase, schemaVersion } from '../../src/storage/database.js';
import { SCHEMA_VERSION } from '../../src/storage/schema.js';
import { SqliteQuestionLog } from '../../src/storage/sqlite-question-log.js';
import { FAKE_PASSAGES, fakeCitation } from '../fakes/fake-chat-service.js';
import { collectingLogger } from '../fakes/web-logger.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kotae-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function entry(overrides: Partial<QuestionLogEntry> = {}): QuestionLogEntry {
  const [first, second] = FAKE_PASSAGES as [(typeof FAKE_PASSAGES)[0], (typeof FAKE_PASSAGES)[0]];
  return {
    surface: 'web',
    question: 'LL事業とは？',
    latencyMs: 12.5,
    answer: {
      question: 'LL事業とは？',
      lang: 'ja',
      text: 'LL事業は地域間の産業交流を活発化する事業です [1][2]。',
      abstained: false,
      abstainReason: null,
      confidence: 0.8,
      citations: [fakeCitation(1, first), fakeCitation(2, second)],
      related: [],
      suggestions: [],
      composer: 'extractive',
    },
    ...overrides,
  };
}

describe('SqliteQuestionLog', () => {
  it('creates the schema from an empty directory, in WAL mode, at the current version', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const lines: Record<string, unknown>[] = [];
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger(lines) });
    expect(log.persistent).toBe(true);
    log.close();

    const db = new Database(databasePath(dataDir));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['citations', 'feedback', 'questions']));
    db.close();
    expect(lines.filter((line) => line.level === 50)).toEqual([]);
  });

  it('stores answers and feedback, and keeps them across a reopen', () => {
    const dataDir = tempDir();
    const logger = collectingLogger([]);
    const first = new SqliteQuestionLog({ dataDir, logger });
    const id = first.recordAnswer(entry({ userId: 'U1', channelId: 'C1' }));
    first.close();

    const second = new SqliteQuestionLog({ dataDir, logger });
    expect(second.recordFeedback({ questionId: id, vote: 'down', comment: ' 古い情報 ', surface: 'web' })).toBe(true);
    expect(second.recordFeedback({ questionId: id, vote: 'up', surface: 'slack', userId: 'U2' })).toBe(true);
    second.close();

    const db = new Database(databasePath(dataDir), { readonly: true });
    const question = db.prepare('SELECT * FROM questions WHERE id = ?').get(id) as Record<string, unknown>;
    expect(question).toMatchObject({ surface: 'web', user_id: 'U1', channel_id: 'C1', abstained: 0, latency_ms: 12.5 });
    expect(JSON.parse(String(question.answer_json)).citations).toHaveLength(2);
    const citations = db.prepare('SELECT passage_id FROM citations WHERE question_id = ? ORDER BY n').pluck().all(id);
    expect(citations).toEqual(['001-0007', '003-0042']);
    const feedback = db.prepare('SELECT vote, comment, surface, user_id FROM feedback ORDER BY id').all();
    expect(feedback).toEqual([
      { vote: 'down', comment: '古い情報', surface: 'web', user_id: null },
      { vote: 'up', comment: null, surface: 'slack', user_id: 'U2' },
    ]);
    db.close();
  });

  it('writes answers in a batch on the next tick, and before any feedback', async () => {
    const dataDir = tempDir();
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger([]) });
    const reader = new Database(databasePath(dataDir), { readonly: true });
    const countQuestions = () => reader.prepare('SELECT COUNT(*) FROM questions').pluck().get();
    const ids = [log.recordAnswer(entry()), log.recordAnswer(entry()), log.recordAnswer(entry())];
    expect(new Set(ids).size).toBe(3);
    expect(countQuestions()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(countQuestions()).toBe(3);

    const id = log.recordAnswer(entry());
    expect(log.recordFeedback({ questionId: id, vote: 'up', surface: 'web' })).toBe(true);
    reader.close();
    log.close();
  });

  it('returns false for feedback on an unknown question id', () => {
    const log = new SqliteQuestionLog({ dataDir: tempDir(), logger: collectingLogger([]) });
    expect(log.recordFeedback({ questionId: 'no-such-id', vote: 'up', surface: 'web' })).toBe(false);
    log.close();
  });

  it('migrating twice is a no-op', () => {
    const dataDir = tempDir();
    openQuestionDatabase(dataDir).close();
    const db = openQuestionDatabase(dataDir);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer build, logs it, and falls back to memory', () => {
    const dataDir = tempDir();
    const db = new Database(databasePath(dataDir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const lines: Record<string, unknown>[] = [];
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger(lines) });
    expect(log.persistent).toBe(false);
    expect(JSON.stringify(lines)).toContain('newer than this build knows');
  });

  it('a corrupt database file is logged, and answers and feedback still work (in memory)', () => {
    const dataDir = tempDir();
    writeFileSync(databasePath(dataDir), 'this is not a sqlite database, just text '.repeat(200));
    const lines: Record<string, unknown>[] = [];
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger(lines) });
    expect(log.persistent).toBe(false);
    const id = log.recordAnswer(entry());
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.recordFeedback({ questionId: id, vote: 'down', surface: 'web' })).toBe(true);
    const errors = lines.filter((line) => line.level === 50);
    expect(errors.length).toBeGreaterThan(0);
    expect(String(errors[0]?.msg)).toContain('KOTAE_DATA_DIR');
    log.close();
  });

  it('an unusable data directory (a path through a file) is logged and answers still get an id', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'not-a-dir'), '');
    const lines: Record<string, unknown>[] = [];
    const log = new SqliteQuestionLog({ dataDir: join(parent, 'not-a-dir', 'data'), logger: collectingLogger(lines) });
    expect(log.persistent).toBe(false);
    expect(log.recordAnswer(entry())).toBeTruthy();
    expect(lines.some((line) => line.level === 50)).toBe(true);
  });

  it('a write failing after opening (e.g. table dropped) is logged and still returns an id', () => {
    const dataDir = tempDir();
    const lines: Record<string, unknown>[] = [];
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger(lines) });
    const other = new Database(databasePath(dataDir));
    other.exec('PRAGMA foreign_keys = OFF; DROP TABLE citations;');
    other.close();
    const id = log.recordAnswer(entry());
    expect(id).toBeTruthy();
    expect(log.recordFeedback({ questionId: id, vote: 'up', surface: 'web' })).toBe(true);
    expect(JSON.stringify(lines)).toContain('could not store questions');
    log.close();
  });
});

describe('SqliteQuestionLog with its writer thread (compiled)', () => {
  const writerFile = new URL('../../dist/storage/question-log-writer.js', import.meta.url);

  function openLog(dataDir: string, lines: Record<string, unknown>[] = []): SqliteQuestionLog {
    const log = new SqliteQuestionLog({ dataDir, logger: collectingLogger(lines), writerFile });
    expect(lines.find((line) => line.msg === 'question log opened')?.writerThread).toBe(true);
    return log;
  }

  it('stores answers on the writer thread; feedback right after an answer waits for it', () => {
    const dataDir = tempDir();
    const log = openLog(dataDir);
    const ids = [log.recordAnswer(entry({ userId: 'U1' })), log.recordAnswer(entry())];
    expect(log.recordFeedback({ questionId: ids[0]!, vote: 'up', surface: 'web' })).toBe(true);
    const last = log.recordAnswer(entry({ channelId: 'C9' }));
    log.close();

    const db = new Database(databasePath(dataDir), { readonly: true });
    const rows = db.prepare('SELECT id, user_id, channel_id FROM questions').all() as Record<string, unknown>[];
    expect(rows.map((row) => row.id).sort()).toEqual([...ids, last].sort());
    expect(rows.find((row) => row.id === last)).toMatchObject({ channel_id: 'C9' });
    expect(db.prepare('SELECT COUNT(*) FROM citations').pluck().get()).toBe(6);
    expect(db.prepare('SELECT question_id FROM feedback').pluck().all()).toEqual([ids[0]]);
    db.close();
  });

  it('a write failing on the writer thread is logged, and feedback on the answer still works (in memory)', () => {
    const dataDir = tempDir();
    const lines: Record<string, unknown>[] = [];
    const log = openLog(dataDir, lines);
    const other = new Database(databasePath(dataDir));
    other.exec('PRAGMA foreign_keys = OFF; DROP TABLE citations;');
    other.close();
    const id = log.recordAnswer(entry());
    expect(log.recordFeedback({ questionId: id, vote: 'up', surface: 'web' })).toBe(true);
    expect(JSON.stringify(lines)).toContain('could not store questions');
    log.close();
  });
});
