/**
 * Structured logs (pino), one JSON line per event. Secrets are redacted by key, and
 * `redactSecrets` scrubs token-shaped strings from free text before it is logged.
 */
import { type Logger, pino, destination as pinoDestination } from 'pino';

export type { Logger };

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'apiKey', 'authorization', 'password'];

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'kotae' },
      redact: {
        paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`), 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    options.destination ?? pinoDestination(2),
  );
}

/** Replaces Slack/Discord/OpenAI-style tokens in free text. */
export function redactSecrets(text: string): string {
  return text
    .replace(/xox[abposr]-[A-Za-z0-9-]+/g, 'xox*-[redacted]')
    .replace(/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]')
    .replace(/sk-[A-Za-z0-9_-]{10,}/g, 'sk-[redacted]')
    .replace(/[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, '[redacted-discord-token]');
}
