/**
 * Error codes and small error classes (one per failure), in the spirit of bolt-js `errors.ts`.
 * Messages name the component, the bad value and the fix.
 */
export enum ErrorCode {
  ConfigError = 'kotae_config_error',
  CorpusError = 'kotae_corpus_error',
  DecodeError = 'kotae_decode_error',
  IndexMissing = 'kotae_index_missing',
  IndexMismatch = 'kotae_index_mismatch',
  IndexCorrupt = 'kotae_index_corrupt',
  QuestionInvalid = 'kotae_question_invalid',
  EmbedderError = 'kotae_embedder_error',
  LlmError = 'kotae_llm_error',
  UnknownError = 'kotae_unknown_error',
  Usage = 'kotae_usage',
}

export class KotaeError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A command line used wrongly (bad option value, missing file). */
export class UsageError extends KotaeError {
  constructor(message: string) {
    super(ErrorCode.Usage, message);
  }
}

export class ConfigError extends KotaeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.ConfigError, message, options);
  }
}

export class CorpusError extends KotaeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.CorpusError, message, options);
  }
}

export class DecodeError extends KotaeError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(ErrorCode.DecodeError, message);
  }
}

/** The index directory has no index, or one that cannot be used with this build/corpus. */
export class IndexError extends KotaeError {}

/**
 * A question that cannot be answered as given (empty, too long, only a mention...).
 * `userMessage` is polite Japanese/English text that a chat surface shows as-is.
 */
export class QuestionError extends KotaeError {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(ErrorCode.QuestionInvalid, message);
  }
}

export class EmbedderError extends KotaeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.EmbedderError, message, options);
  }
}

export class LlmError extends KotaeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.LlmError, message, options);
  }
}

/** Wraps anything thrown into a KotaeError, keeping the original as `cause`. */
export function asKotaeError(error: unknown): KotaeError {
  if (error instanceof KotaeError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new KotaeError(ErrorCode.UnknownError, message, { cause: error });
}

/** Short random id shown to users in apologies and written to the log, to find the failure. */
export function newErrorId(): string {
  return `E${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
}
