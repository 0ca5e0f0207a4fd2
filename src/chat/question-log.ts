/**
 * Where questions, answers and feedback are kept. The default implementation is SQLite
 * (`src/storage/`); `MemoryQuestionLog` is the simple fallback whose limits are: nothing
 * survives a restart, and it keeps at most `limit` entries.
 */
import { randomUUID } from 'node:crypto';
import type { Answer } from '../answering/answer.js';
import type { Surface, Vote } from './chat-service.js';

export interface QuestionLogEntry {
  surface: Surface;
  userId?: string;
  channelId?: string;
  question: string;
  answer: Answer;
  latencyMs: number;
}

export interface FeedbackEntry {
  questionId: string;
  vote: Vote;
  comment?: string;
  surface: Surface;
  userId?: string;
}

export interface QuestionLog {
  /** Stores a question and its answer; returns the new entry's id. */
  recordAnswer(entry: QuestionLogEntry): string;
  /** Stores a vote; false when `questionId` is unknown. */
  recordFeedback(entry: FeedbackEntry): boolean;
  close(): void;
}

export class MemoryQuestionLog implements QuestionLog {
  readonly answers = new Map<string, QuestionLogEntry & { at: Date }>();
  readonly feedback: (FeedbackEntry & { at: Date })[] = [];
  constructor(private readonly limit = 10_000) {}

  recordAnswer(entry: QuestionLogEntry): string {
    const id = randomUUID();
    this.answers.set(id, { ...entry, at: new Date() });
    if (this.answers.size > this.limit) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    return id;
  }

  recordFeedback(entry: FeedbackEntry): boolean {
    if (!this.answers.has(entry.questionId)) return false;
    this.feedback.push({ ...entry, at: new Date() });
    return true;
  }

  close(): void {}
}
