/**
 * Recent answers by question id, for the "チャンネルに共有" button: an ephemeral message's
 * blocks are not sent back with its button click, and a button value (≤ 2,000 chars) cannot
 * carry a whole answer. Bounded and in memory; after a restart the user is asked to re-ask.
 */
import type { Answer } from '../../answering/answer.js';

export interface CachedAnswer {
  answer: Answer;
  question: string;
  userId: string | undefined;
}

export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  constructor(private readonly maxEntries = 500) {}

  set(questionId: string, entry: CachedAnswer): void {
    this.entries.delete(questionId);
    this.entries.set(questionId, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get(questionId: string): CachedAnswer | undefined {
    return this.entries.get(questionId);
  }
}
