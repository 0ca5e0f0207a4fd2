/**
 * The surface-independent question handler. Slack, Discord, the web page and the CLI
 * all call this one interface (like Bolt's receivers all call `App.processEvent`).
 */
import type { Answer } from '../answering/answer.js';

export type Surface = 'web' | 'slack' | 'discord' | 'cli';

/** One earlier turn of a conversation (a thread), oldest first. */
export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AskRequest {
  question: string;
  /** Earlier turns of the same thread/conversation, oldest first. */
  history?: Turn[];
  surface: Surface;
  userId?: string;
  channelId?: string;
}

export interface AskResult {
  answer: Answer;
  /** Id of the question-log entry; feedback refers to it. */
  questionId: string;
  latencyMs: number;
}

/** A passage with its surroundings, for "出典を表示" / `GET /api/passages/:id`. */
export interface PassageContext {
  id: string;
  doc: string;
  title: string;
  publisher: string | null;
  date: string | null;
  section: string[];
  lines: [number, number];
  text: string;
  /** Display text of the neighbouring passages in the same report ('' at the edges). */
  before: string;
  after: string;
}

export interface ReportOverview {
  doc: string;
  title: string;
  publisher: string | null;
  date: string | null;
  /** Top-level sections the report covers, in order. */
  sections: string[];
  /** A short extractive overview; `[n]` markers refer to `citations`. */
  overview: string;
  citations: Answer['citations'];
  /** The report's own table of contents (its top-level parts), cited, when it has one. */
  contents?: Answer['citations'][number];
}

export interface GlossaryEntry {
  term: string;
  /** Expansion or definition as the report states it (verbatim). */
  definition: string;
  citation: Answer['citations'][number];
}

export interface Onboarding {
  reports: ReportOverview[];
  glossary: GlossaryEntry[];
  starterQuestions: string[];
}

export type Vote = 'up' | 'down';

export interface FeedbackRequest {
  questionId: string;
  vote: Vote;
  comment?: string;
  surface: Surface;
  userId?: string;
}

export interface ChatService {
  /**
   * Answers a question. Throws `QuestionError` (with a polite `userMessage`) for
   * input that cannot be asked: empty, only a mention, over the length limit.
   */
  ask(request: AskRequest): Promise<AskResult>;
  /** A passage with context, or undefined for an unknown id. */
  passage(id: string): PassageContext | undefined;
  onboarding(): Onboarding;
  /** Stores a vote; false when the question id is unknown. Never throws for storage errors. */
  feedback(request: FeedbackRequest): Promise<boolean>;
  /** Whether the service has read ahead what answers need (absent: nothing to read ahead). */
  isWarm?(): boolean;
}
