/**
 * Wraps a ChatService (usually `FakeChatService`) so that questions and feedback go to a real
 * `QuestionLog` (e.g. `SqliteQuestionLog` in a temp dir): the question id returned by `ask` is
 * the log's id, and `feedback` writes to that log. Used by the web API and browser tests.
 */
import type {
  AskRequest,
  AskResult,
  ChatService,
  FeedbackRequest,
  Onboarding,
  PassageContext,
} from '../../src/chat/chat-service.js';
import type { QuestionLog } from '../../src/chat/question-log.js';

export class LoggingChatService implements ChatService {
  constructor(
    readonly inner: ChatService,
    readonly log: QuestionLog,
  ) {}

  async ask(request: AskRequest): Promise<AskResult> {
    const started = performance.now();
    const result = await this.inner.ask(request);
    const latencyMs = performance.now() - started;
    const questionId = this.log.recordAnswer({
      surface: request.surface,
      ...(request.userId ? { userId: request.userId } : {}),
      ...(request.channelId ? { channelId: request.channelId } : {}),
      question: result.answer.question,
      answer: result.answer,
      latencyMs,
    });
    return { ...result, questionId, latencyMs };
  }

  passage(id: string): PassageContext | undefined {
    return this.inner.passage(id);
  }

  onboarding(): Onboarding {
    return this.inner.onboarding();
  }

  async feedback(request: FeedbackRequest): Promise<boolean> {
    return this.log.recordFeedback(request);
  }
}
