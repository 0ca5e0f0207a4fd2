export { databasePath, migrate, openQuestionDatabase, type SqliteDatabase, schemaVersion } from './database.js';
export { SCHEMA_VERSION } from './schema.js';
export { SqliteQuestionLog, type SqliteQuestionLogOptions } from './sqlite-question-log.js';
export { buildUsageReport, formatUsageReport, runReportCommand, type UsageReport } from './usage-report.js';
