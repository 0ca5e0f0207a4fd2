/**
 * Opens the question-log database (`<dataDir>/kotae.sqlite`): creates the directory, turns on
 * WAL (readers never wait for the writer) and brings the schema up to date.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

export type SqliteDatabase = Database.Database;

export const DATABASE_FILE = 'kotae.sqlite';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}

export interface OpenDatabaseOptions {
  /** Open an existing file only; never create the directory or the file. */
  fileMustExist?: boolean;
}

/** Opens and migrates the database. Throws when the file cannot be opened or is not SQLite. */
export function openQuestionDatabase(dataDir: string, options: OpenDatabaseOptions = {}): SqliteDatabase {
  if (!options.fileMustExist) mkdirSync(dataDir, { recursive: true });
  const db = new Database(databasePath(dataDir), { fileMustExist: options.fileMustExist ?? false });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: SqliteDatabase): number {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `question log: database schema version ${current} is newer than this build knows (${SCHEMA_VERSION}); ` +
        'upgrade kotae or point KOTAE_DATA_DIR at another directory',
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const sql = MIGRATIONS[version] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return SCHEMA_VERSION;
}

export function schemaVersion(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}
