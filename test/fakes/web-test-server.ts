/**
 * Starts the web server for tests on 127.0.0.1:0 over `FakeChatService`, with a real
 * `SqliteQuestionLog` in a fresh temp dir, and a silent logger (or one collecting lines).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteQuestionLog } from '../../src/storage/sqlite-question-log.js';
import { startWebServer } from '../../src/surfaces/web/server.js';
import { FakeChatService, type FakeChatServiceOptions } from './fake-chat-service.js';
import { LoggingChatService } from './logging-chat-service.js';
import { collectingLogger } from './web-logger.js';

export interface WebTestServer {
  url: string;
  dataDir: string;
  log: SqliteQuestionLog;
  fake: FakeChatService;
  /** Parsed pino lines written so far. */
  logLines: Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startWebTestServer(
  options: { fake?: FakeChatServiceOptions; maxQuestionChars?: number } = {},
): Promise<WebTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kotae-web-'));
  const logLines: Record<string, unknown>[] = [];
  const logger = collectingLogger(logLines);
  const log = new SqliteQuestionLog({ dataDir, logger });
  const fake = new FakeChatService(options.fake ?? {});
  const server = await startWebServer({
    chat: new LoggingChatService(fake, log),
    host: '127.0.0.1',
    port: 0,
    logger,
    maxQuestionChars: options.maxQuestionChars ?? 2000,
  });
  return {
    url: server.url,
    dataDir,
    log,
    fake,
    logLines,
    async close() {
      await server.close();
      log.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
