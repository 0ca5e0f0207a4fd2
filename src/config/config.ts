/**
 * Configuration from the environment, validated with zod. Every option is documented where
 * it is declared, with its default. `loadConfig()` returns a Config or throws a ConfigError
 * whose message names the variable, the bad value and what is expected.
 */
import { z } from 'zod/v4';
import { ConfigError } from '../errors.js';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const url = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url({ protocol: /^https?$/ }).optional())
  .optional();

/** Comma- or space-separated list; empty means "no restriction". */
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(/[\s,]+/)
      .map((item) => item.trim())
      .filter(Boolean),
  );

const positiveInt = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const EnvSchema = z.object({
  /** Where the reports are (`.txt`/`.md`, optional `sources.json`). Default `corpus`. */
  KOTAE_CORPUS_DIR: z.string().default('corpus'),
  /** Where the built index is kept. Default `indexes`. */
  KOTAE_INDEX_DIR: z.string().default('indexes'),
  /** Where the question/feedback database lives. Default `data`. */
  KOTAE_DATA_DIR: z.string().default('data'),
  /** Web chat and API host. Default 127.0.0.1 (local only). */
  HOST: z.string().default('127.0.0.1'),
  /** Web chat and API port. Default 3000; 0 picks a free port. */
  PORT: port(3000),
  /** pino level: fatal, error, warn, info, debug, trace, silent. Default info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Longest question accepted, in characters. Default 2000 (range 10–100000). */
  KOTAE_MAX_QUESTION_CHARS: positiveInt(2000, 100_000),
  /** Answers kept for repeated questions (the index does not change while serving). Default 256; 0 disables. */
  KOTAE_ANSWER_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(256),
  /** Questions per user per minute on chat surfaces. Default 10 (1–1000). */
  KOTAE_RATE_LIMIT_PER_MINUTE: positiveInt(10, 1000),

  /** Slack bot token (xoxb-…). With SLACK_APP_TOKEN → Socket Mode; with SLACK_SIGNING_SECRET → HTTP mode. */
  SLACK_BOT_TOKEN: optionalString,
  /** Slack app-level token (xapp-…) for Socket Mode. */
  SLACK_APP_TOKEN: optionalString,
  /** Slack signing secret, for HTTP mode (no app token). */
  SLACK_SIGNING_SECRET: optionalString,
  /** HTTP mode port for `/slack/events`. Default 3001. */
  SLACK_PORT: port(3001),
  /** Slack Web API base URL, e.g. https://slack.com/api/ (default) or GovSlack's. */
  SLACK_API_URL: url,
  /** Channel ids where the bot answers; empty = everywhere it is invited. */
  SLACK_ALLOWED_CHANNELS: list,

  /** Discord bot token. */
  DISCORD_TOKEN: optionalString,
  /** Discord application id (needed to register slash commands). */
  DISCORD_APPLICATION_ID: optionalString,
  /** Discord REST base URL without version (default https://discord.com/api). */
  DISCORD_API_URL: url,
  /** Register slash commands in this guild only (instant) instead of globally. */
  DISCORD_GUILD_ID: optionalString,
  /** Channel ids where the bot answers; empty = everywhere. */
  DISCORD_ALLOWED_CHANNELS: list,

  /** Optional LLM composer: none (default, extractive), openai (any OpenAI-compatible server), ollama, anthropic. */
  KOTAE_LLM_PROVIDER: z.enum(['none', 'openai', 'ollama', 'anthropic']).default('none'),
  /** Model name for the LLM provider. */
  KOTAE_LLM_MODEL: optionalString,
  /** Base URL (OpenAI-compatible `/v1`, or Ollama's `http://127.0.0.1:11434`). */
  KOTAE_LLM_BASE_URL: url,
  /** API key for the LLM provider (falls back to OPENAI_API_KEY / ANTHROPIC_API_KEY). */
  KOTAE_LLM_API_KEY: optionalString,
  /** LLM request timeout in ms; on timeout the extractive answer is used. Default 20000. */
  KOTAE_LLM_TIMEOUT_MS: positiveInt(20_000, 600_000),
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,

  /** Embedder for the dense index: lsa (default, trained on the corpus, offline), openai, ollama, transformers. */
  KOTAE_EMBEDDER: z.enum(['lsa', 'openai', 'ollama', 'transformers']).default('lsa'),
  /** Embedding model name (openai/ollama). */
  KOTAE_EMBEDDING_MODEL: optionalString,
  /** Embedding endpoint base URL (openai/ollama). */
  KOTAE_EMBEDDING_BASE_URL: url,
  /** API key for the embedding endpoint (falls back to OPENAI_API_KEY). */
  KOTAE_EMBEDDING_API_KEY: optionalString,
  /** transformers.js: a local model directory (remote loading is always off). */
  KOTAE_TRANSFORMERS_MODEL_DIR: optionalString,
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  corpusDir: string;
  indexDir: string;
  dataDir: string;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  maxQuestionChars: number;
  rateLimitPerMinute: number;
  answerCacheSize: number;
  slack:
    | {
        botToken: string;
        appToken: string | undefined;
        signingSecret: string | undefined;
        mode: 'socket' | 'http';
        port: number;
        apiUrl: string | undefined;
        allowedChannels: string[];
      }
    | undefined;
  discord:
    | {
        token: string;
        applicationId: string | undefined;
        apiUrl: string | undefined;
        guildId: string | undefined;
        allowedChannels: string[];
      }
    | undefined;
  llm:
    | {
        provider: 'openai' | 'ollama' | 'anthropic';
        model: string | undefined;
        baseUrl: string | undefined;
        apiKey: string | undefined;
        timeoutMs: number;
      }
    | undefined;
  embedder: {
    kind: Env['KOTAE_EMBEDDER'];
    model: string | undefined;
    baseUrl: string | undefined;
    apiKey: string | undefined;
    modelDir: string | undefined;
  };
}

/** Formats zod issues as `VARIABLE: problem (got "value")` lines. */
function describeIssues(error: z.ZodError, env: Record<string, string | undefined>): string {
  return error.issues
    .map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      const raw = env[variable];
      const shown = raw === undefined ? 'unset' : `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
      // Never echo secrets back.
      const value = /TOKEN|SECRET|KEY/.test(variable) ? '(hidden)' : shown;
      return `  ${variable}: ${issue.message} (got ${value})`;
    })
    .join('\n');
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      `kotae configuration is invalid:\n${describeIssues(parsed.error, env)}\nSee .env.example for every variable and its default.`,
      { cause: parsed.error },
    );
  }
  const e = parsed.data;
  return {
    corpusDir: e.KOTAE_CORPUS_DIR,
    indexDir: e.KOTAE_INDEX_DIR,
    dataDir: e.KOTAE_DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    maxQuestionChars: e.KOTAE_MAX_QUESTION_CHARS,
    rateLimitPerMinute: e.KOTAE_RATE_LIMIT_PER_MINUTE,
    answerCacheSize: e.KOTAE_ANSWER_CACHE_SIZE,
    slack: slackConfig(e),
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          apiUrl: e.DISCORD_API_URL,
          guildId: e.DISCORD_GUILD_ID,
          allowedChannels: e.DISCORD_ALLOWED_CHANNELS,
        }
      : undefined,
    llm:
      e.KOTAE_LLM_PROVIDER === 'none'
        ? undefined
        : {
            provider: e.KOTAE_LLM_PROVIDER,
            model: e.KOTAE_LLM_MODEL,
            baseUrl: e.KOTAE_LLM_BASE_URL,
            apiKey:
              e.KOTAE_LLM_API_KEY ?? (e.KOTAE_LLM_PROVIDER === 'anthropic' ? e.ANTHROPIC_API_KEY : e.OPENAI_API_KEY),
            timeoutMs: e.KOTAE_LLM_TIMEOUT_MS,
          },
    embedder: {
      kind: e.KOTAE_EMBEDDER,
      model: e.KOTAE_EMBEDDING_MODEL,
      baseUrl: e.KOTAE_EMBEDDING_BASE_URL,
      apiKey: e.KOTAE_EMBEDDING_API_KEY ?? e.OPENAI_API_KEY,
      modelDir: e.KOTAE_TRANSFORMERS_MODEL_DIR,
    },
  };
}

function slackConfig(e: Env): Config['slack'] {
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      throw new ConfigError(
        'kotae configuration is invalid:\n  SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set (got unset)',
      );
    }
    return undefined;
  }
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'kotae configuration is invalid:\n  SLACK_APP_TOKEN: set it (xapp-…) for Socket Mode, or set SLACK_SIGNING_SECRET for HTTP mode, alongside SLACK_BOT_TOKEN (got unset)',
    );
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
    port: e.SLACK_PORT,
    apiUrl: e.SLACK_API_URL,
    allowedChannels: e.SLACK_ALLOWED_CHANNELS,
  };
}
