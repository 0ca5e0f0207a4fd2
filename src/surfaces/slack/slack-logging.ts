/**
 * Logging helpers for the Slack surface: Bolt's logger interface on top of pino, and error
 * summaries that never carry tokens (Web API errors can hold the original request, whose
 * Authorization header has the bot token).
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, redactSecrets } from '../../logging.js';

export interface LoggableError {
  type: string;
  message: string;
  code?: string;
  slackError?: string;
  stack?: string;
}

/** A token-free summary of anything thrown, for the `err` field of a log line. */
export function errorForLog(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: redactSecrets(String(error)) };
  const coded = error as Error & { code?: unknown; data?: { error?: unknown } };
  return {
    type: error.name,
    message: redactSecrets(error.message),
    ...(typeof coded.code === 'string' ? { code: coded.code } : {}),
    ...(typeof coded.data?.error === 'string' ? { slackError: coded.data.error } : {}),
    ...(error.stack ? { stack: redactSecrets(error.stack) } : {}),
  };
}

/** The Slack error code (`not_in_channel`, `channel_not_found`, …) of a Web API error, if any. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

const LEVELS: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt/Web API/Socket Mode logs go to pino (child `component: slack-sdk`), scrubbed of tokens. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack-sdk' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    if (!child.isLevelEnabled(level)) return;
    const error = parts.find((part): part is Error => part instanceof Error);
    const message = parts
      .filter((part) => !(part instanceof Error))
      .map((part) => (typeof part === 'string' ? part : safeJson(part)))
      .join(' ');
    if (error) child[level]({ error: errorForLog(error) }, redactSecrets(message || error.message));
    else child[level](redactSecrets(message));
  };
  return {
    debug: (...parts: unknown[]) => write('debug', parts),
    info: (...parts: unknown[]) => write('info', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    error: (...parts: unknown[]) => write('error', parts),
    // The level is pino's (LOG_LEVEL); Bolt asking to change it is ignored.
    setLevel: () => {},
    getLevel: () => {
      const found = (Object.keys(LEVELS) as LogLevel[]).find((level) => LEVELS[level] === child.level);
      return found ?? (child.level === 'trace' ? LogLevel.DEBUG : LogLevel.ERROR);
    },
    setName: () => {},
  };
}

function safeJson(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  } catch {
    return String(value);
  }
}
