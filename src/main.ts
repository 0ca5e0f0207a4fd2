/**
 * Composition root of `npm start`: config → index (built/rebuilt when needed) → chat service →
 * surfaces (web always; Slack and Discord when their tokens are set). SIGINT/SIGTERM stop
 * accepting, let answers in flight finish, close the surfaces and exit 0.
 */

import { KotaeChatService } from './chat/kotae-chat-service.js';
import type { Config } from './config/config.js';
import { consoleProgress } from './indexing/progress.js';
import { createLogger } from './logging.js';
import { openPipeline } from './pipeline.js';
import { SqliteQuestionLog } from './storage/index.js';
import { startWebServer } from './surfaces/web/server.js';

export async function serve(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel });
  const started = Date.now();
  const pipeline = await openPipeline({
    indexDir: config.indexDir,
    corpusDir: config.corpusDir,
    embedder: config.embedder,
    logger,
    progress: consoleProgress(),
    ifStale: true,
  });
  const questionLog = new SqliteQuestionLog({ dataDir: config.dataDir, logger });
  const llm = await loadLlm(config, logger);
  const chat = new KotaeChatService({
    pipeline,
    questionLog,
    logger,
    maxQuestionChars: config.maxQuestionChars,
    ...(llm ? { llm } : {}),
  });
  const stops: { name: string; stop: () => Promise<void> }[] = [];
  const web = await startWebServer({
    chat,
    host: config.host,
    port: config.port,
    logger,
    maxQuestionChars: config.maxQuestionChars,
  });
  stops.push({ name: 'web', stop: () => web.close() });
  if (config.slack) {
    const { startSlack } = await import('./surfaces/slack/slack-app.js');
    const slack = await startSlack({
      chat,
      config: config.slack,
      rateLimitPerMinute: config.rateLimitPerMinute,
      logger,
    });
    stops.push({ name: 'slack', stop: () => slack.stop() });
  }
  if (config.discord) {
    const { startDiscord } = await import('./surfaces/discord/index.js');
    const discord = await startDiscord({
      chat,
      config: config.discord,
      rateLimitPerMinute: config.rateLimitPerMinute,
      logger,
    });
    stops.push({ name: 'discord', stop: () => discord.stop() });
  }
  logger.info(
    {
      url: web.url,
      surfaces: [
        'web',
        ...(config.slack ? [`slack (${config.slack.mode})`] : []),
        ...(config.discord ? ['discord'] : []),
      ],
      passages: pipeline.index.chunks.length,
      composer: llm ? `llm (${config.llm?.provider})` : 'extractive',
      ms: Date.now() - started,
    },
    'kotae is ready',
  );
  process.stderr.write(`\nkotae: web chat on ${web.url}  (Ctrl-C to stop)\n`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      for (const { name, stop } of [...stops].reverse()) {
        try {
          await stop();
        } catch (error) {
          logger.error({ err: error, surface: name }, 'error while stopping');
        }
      }
      questionLog.close();
      logger.info('stopped');
      resolve();
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  });
}

async function loadLlm(config: Config, logger: ReturnType<typeof createLogger>) {
  if (!config.llm) return undefined;
  const { createLlmComposer } = await import('./answering/llm-composer.js');
  return createLlmComposer(config.llm, logger);
}
