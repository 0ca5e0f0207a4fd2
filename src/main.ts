/**
 * Composition root of `npm start`: config → index (built/rebuilt when needed) → chat service →
 * surfaces (web always; Slack and Discord when their tokens are set). SIGINT/SIGTERM stop
 * accepting everywhere, let answers in flight finish, close the question log and return; a second
 * signal, or a shutdown that takes too long, exits at once.
 */
import { KotaeChatService } from './chat/kotae-chat-service.js';
import type { Config } from './config/config.js';
import { consoleProgress } from './indexing/progress.js';
import { createLogger, type Logger } from './logging.js';
import { openPipeline } from './pipeline.js';
import { SqliteQuestionLog } from './storage/index.js';
import { startWebServer } from './surfaces/web/server.js';

/** Longest a clean shutdown may take before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

interface Running {
  name: string;
  stop: () => Promise<void>;
}

export async function serve(config: Config): Promise<void> {
  const logger = createLogger({ level: config.logLevel });
  const started = Date.now();
  const running: Running[] = [];
  let questionLog: SqliteQuestionLog | undefined;
  const stopAll = () => shutdown(running, questionLog, logger);

  // Signals are handled from the start, so Ctrl-C during the first index build is clean too.
  const stopped = new Promise<string>((resolve) => {
    const onSignal = (signal: string) => {
      if (stopRequested) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopRequested = true;
      resolve(signal);
    };
    let stopRequested = false;
    process.on('SIGINT', () => onSignal('SIGINT'));
    process.on('SIGTERM', () => onSignal('SIGTERM'));
  });

  try {
    const pipeline = await openPipeline({
      indexDir: config.indexDir,
      corpusDir: config.corpusDir,
      embedder: config.embedder,
      logger,
      progress: consoleProgress(),
      ifStale: true,
    });
    questionLog = new SqliteQuestionLog({ dataDir: config.dataDir, logger });
    const llm = await loadLlm(config, logger);
    const chat = new KotaeChatService({
      pipeline,
      questionLog,
      logger,
      maxQuestionChars: config.maxQuestionChars,
      answerCacheSize: config.answerCacheSize,
      ...(llm ? { llm } : {}),
    });
    const web = await startWebServer({
      chat,
      host: config.host,
      port: config.port,
      logger,
      maxQuestionChars: config.maxQuestionChars,
    });
    running.push({ name: 'web', stop: () => web.close() });
    if (config.slack) {
      const { startSlack } = await import('./surfaces/slack/slack-app.js');
      const slack = await startSlack({
        chat,
        config: config.slack,
        rateLimitPerMinute: config.rateLimitPerMinute,
        logger,
      });
      running.push({ name: 'slack', stop: () => slack.stop() });
    }
    if (config.discord) {
      const { startDiscord } = await import('./surfaces/discord/index.js');
      const discord = await startDiscord({
        chat,
        config: config.discord,
        rateLimitPerMinute: config.rateLimitPerMinute,
        logger,
      });
      running.push({ name: 'discord', stop: () => discord.stop() });
    }
    logger.info(
      {
        url: web.url,
        surfaces: running.map(({ name }) => (name === 'slack' ? `slack (${config.slack?.mode})` : name)),
        passages: pipeline.index.chunks.length,
        composer: llm ? `llm (${config.llm?.provider})` : 'extractive',
        ms: Date.now() - started,
      },
      'kotae is ready',
    );
    process.stderr.write(`\nkotae: web chat on ${web.url}  (Ctrl-C to stop)\n`);
    // Read the reports' sentences in the background: the first questions are answered meanwhile.
    const warming = new AbortController();
    // Stopped part-way by a shutdown, it says so rather than that the caches are warm.
    const warmed = chat.warmUp(warming.signal).then(
      ({ passages, ms }) =>
        chat.isWarm()
          ? logger.info({ passages, ms }, 'answer caches warmed')
          : logger.info({ passages, ms }, 'warm-up ended by the shutdown'),
      (error: unknown) => logger.warn({ err: error }, 'warm-up failed; answers are only slower'),
    );
    // The shutdown waits for it to stop, so that its last line comes before "stopped".
    running.unshift({
      name: 'warm-up',
      stop: async () => {
        warming.abort();
        await warmed;
      },
    });
  } catch (error) {
    // A surface that cannot start (bad token, port in use) must not leave the others running.
    await stopAll();
    throw error;
  }

  const signal = await stopped;
  logger.info({ signal }, 'shutting down');
  await stopAll();
}

/** Stops every surface at once (each stops accepting, then drains), then closes the question log. */
async function shutdown(running: Running[], questionLog: SqliteQuestionLog | undefined, logger: Logger): Promise<void> {
  const timer = setTimeout(() => {
    logger.error({ ms: SHUTDOWN_TIMEOUT_MS }, 'shutdown is taking too long: exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  const results = await Promise.allSettled(running.map(({ stop }) => stop()));
  results.forEach((result, i) => {
    if (result.status === 'rejected')
      logger.error({ err: result.reason, surface: running[i]?.name }, 'error while stopping');
  });
  questionLog?.close();
  clearTimeout(timer);
  logger.info('stopped');
}

async function loadLlm(config: Config, logger: Logger) {
  if (!config.llm) return undefined;
  const { createLlmComposer } = await import('./answering/llm-composer.js');
  return createLlmComposer(config.llm, logger);
}
