/**
 * The ChatService every surface uses: question → (follow-up resolution) → retrieval → answer
 * (LLM when configured, extractive otherwise or on any LLM failure) → question log.
 */
import type { Answer } from '../answering/answer.js';
import { sourceOf } from '../answering/citations.js';
import { askForTopic } from '../answering/clarify.js';
import {
  answerAboutReports,
  answerReportDate,
  asksWhenReportPublished,
  GENERIC_REPORT_TERMS,
  isShelfQuestion,
  shelfAnswer,
} from '../answering/shelf.js';
import { composeExtractive, type ExtractiveOptions, warmUpComposer } from '../answering/extractive-composer.js';
import type { LlmComposer } from '../answering/llm-composer.js';
import { buildOnboarding } from '../answering/onboarding.js';
import type { PosTokenizer } from '../answering/unseen-names.js';
import { asksWhatReportCovers } from '../retrieval/report-questions.js';
import type { Logger } from '../logging.js';
import type { Pipeline } from '../pipeline.js';
import type { Chunk } from '../chunking/chunk.js';
import { joinChunks, resolvePassage } from '../retrieval/expand-passages.js';
import { type AnalyzedQuery, questionLanguage } from '../retrieval/query-analysis.js';
import type {
  AskRequest,
  AskResult,
  ChatService,
  FeedbackRequest,
  Onboarding,
  PassageContext,
} from './chat-service.js';
import { lacksTopic, retrievalQuery } from './follow-up.js';
import { smallTalk, smallTalkAnswer } from '../answering/small-talk.js';
import { MemoryQuestionLog, type QuestionLog } from './question-log.js';
import { validateQuestion } from './validate-question.js';

export interface KotaeChatServiceOptions {
  pipeline: Pipeline;
  questionLog?: QuestionLog;
  llm?: LlmComposer;
  logger?: Logger;
  /** Longest question accepted. Default 2000. */
  maxQuestionChars?: number;
  /** Passages retrieved per question. Default 8. */
  passages?: number;
  /**
   * Answers kept for repeated questions (same question, same resolved context). The index does not
   * change while serving, so a repeated question gets the same answer. Default 256; 0 disables.
   */
  answerCacheSize?: number;
  extractive?: ExtractiveOptions;
}

export class KotaeChatService implements ChatService {
  private readonly pipeline: Pipeline;
  private readonly questionLog: QuestionLog;
  private onboardingCache: Onboarding | undefined;
  private warmed = false;
  /** Insertion-ordered map used as an LRU cache of answers. */
  private readonly answers = new Map<string, Promise<Answer>>();

  constructor(private readonly options: KotaeChatServiceOptions) {
    this.pipeline = options.pipeline;
    this.questionLog = options.questionLog ?? new MemoryQuestionLog();
  }

  /**
   * Does ahead of the first questions what they would otherwise wait for: the shelf and glossary,
   * the tables English questions need, and the analysis of every sentence of the reports (kuromoji),
   * which makes a new question's answer several times faster. A server runs it in the background
   * once ready: it works in short slices, so questions asked meanwhile are answered, only slower.
   */
  async warmUp(signal?: AbortSignal): Promise<{ passages: number; ms: number }> {
    const started = performance.now();
    this.onboarding();
    const { retriever, tokenizer } = this.pipeline;
    retriever.warmUp();
    const passages = await warmUpComposer(retriever.chunks, tokenizer, signal ? { signal } : {});
    this.warmed = passages === retriever.chunks.length;
    return { passages, ms: Math.round(performance.now() - started) };
  }

  /** Whether `warmUp` has finished (reported by /healthz). */
  isWarm(): boolean {
    return this.warmed;
  }

  /** The answer alone (no logging): used by `kotae ask --questions` and the evaluation. */
  async answer(rawQuestion: string, history: AskRequest['history'] = []): Promise<Answer> {
    const question = validateQuestion(rawQuestion, this.options.maxQuestionChars ?? 2000);
    const resolved = retrievalQuery(question, history);
    const size = this.options.answerCacheSize ?? 256;
    if (size <= 0) return this.compose(question, resolved);
    const key = `${question}\u0001${resolved}`;
    let pending = this.answers.get(key);
    if (pending) {
      this.answers.delete(key); // re-insert: most recently used last
    } else {
      pending = this.compose(question, resolved);
      // Not kept: a failure, or an extractive fallback after a (perhaps passing) LLM failure.
      pending.then(
        (answer) => {
          if (this.options.llm && answer.composer === 'extractive' && !answer.abstained) this.answers.delete(key);
        },
        () => this.answers.delete(key),
      );
    }
    this.answers.set(key, pending);
    if (this.answers.size > size) this.answers.delete(this.answers.keys().next().value!);
    // Callers get their own copy: a surface that edits its answer cannot change the cached one.
    return structuredClone(await pending);
  }

  private async compose(question: string, resolved: string): Promise<Answer> {
    const { retriever, tokenizer } = this.pipeline;
    const talk = resolved === question ? smallTalk(question) : undefined;
    if (talk) {
      const { reports, starterQuestions } = this.onboarding();
      return smallTalkAnswer(question, talk, questionLanguage(question), reports.length, starterQuestions.slice(0, 3));
    }
    if (resolved === question && lacksTopic(question, tokenizer as Partial<PosTokenizer>)) {
      return askForTopic(question, questionLanguage(question), this.onboarding().starterQuestions.slice(0, 3));
    }
    const query = retriever.analyze(resolved);
    if (resolved === question && isShelfQuestion(question, query.lang, tokenizer as Partial<PosTokenizer>)) {
      // The reports the question names (publisher, title words) first.
      const prior = retriever.reportPrior(query);
      const named = (doc: string) => prior[retriever.reportDocs.indexOf(doc)] ?? 0;
      const reports = [...this.onboarding().reports].sort((a, b) => named(b.doc) - named(a.doc));
      return shelfAnswer(question, query.lang, reports);
    }
    const lang = questionLanguage(question);
    // How strongly a text names each report (the question's own analysis reused).
    const scores = (text: string) => this.reportScores(text === question ? query : retriever.analyze(text));
    if (resolved === question && asksWhenReportPublished(question, lang)) {
      // 「NRIの報告書っていつ出たの？」: the date of the report itself, from the shelf's metadata.
      const answer = answerReportDate(question, lang, this.onboarding().reports, scores);
      if (answer) return answer;
    }
    if (resolved === question && asksWhatReportCovers(question, lang)) {
      // 「NRIの報告書って何が書いてあるの？」: the overview of the report (or two) the question names.
      const answer = answerAboutReports(question, lang, this.onboarding().reports, scores);
      if (answer) return answer;
    }
    const passages = await retriever.search(query.core, { k: this.options.passages ?? 8, analyzed: query });
    const reports = (doc: string) => this.pipeline.report(doc);
    const extractive = composeExtractive(
      {
        question,
        lang,
        query,
        passages,
        reports,
        tokenizer,
        idf: this.pipeline.idf,
        corpusText: this.pipeline.corpusText,
        nextChunk: (chunk) => this.nextChunk(chunk),
        previousChunk: (chunk) => this.previousChunk(chunk),
      },
      this.options.extractive,
    );
    if (!this.options.llm || extractive.abstained) return extractive;
    return (await this.options.llm.compose({ question, lang, passages: passages.slice(0, 6), reports })) ?? extractive;
  }

  /** How strongly a question names each report, by its publisher and title words (報告書 names none). */
  private reportScores(query: AnalyzedQuery): (doc: string) => number {
    const { retriever } = this.pipeline;
    const terms = new Map([...query.terms].filter(([term]) => !GENERIC_REPORT_TERMS.has(term)));
    const prior = retriever.reportPrior({ ...query, terms });
    return (doc) => prior[retriever.reportDocs.indexOf(doc)] ?? 0;
  }

  async ask(request: AskRequest): Promise<AskResult> {
    const started = performance.now();
    const answer = await this.answer(request.question, request.history);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    let questionId = '';
    try {
      questionId = this.questionLog.recordAnswer({
        surface: request.surface,
        ...(request.userId ? { userId: request.userId } : {}),
        ...(request.channelId ? { channelId: request.channelId } : {}),
        question: answer.question,
        answer,
        latencyMs,
      });
    } catch (error) {
      this.options.logger?.error({ err: error }, 'question log write failed; the answer still goes out');
    }
    // Surfaces write the one info line per question (with their own delivery details).
    this.options.logger?.debug(
      {
        surface: request.surface,
        ms: latencyMs,
        abstained: answer.abstained,
        citations: answer.citations.length,
        composer: answer.composer,
        chars: answer.question.length,
        questionId,
        historyTurns: request.history?.length ?? 0,
      },
      'question answered',
    );
    return { answer, questionId, latencyMs };
  }

  /** The chunk after a passage (a chunk or a joined passage) in its report. */
  private nextChunk(chunk: Chunk): Chunk | undefined {
    const { chunks } = this.pipeline.retriever;
    const range = resolvePassage(chunk.id, chunks, this.pipeline.chunkIndex);
    const next = range ? chunks[range.to + 1] : undefined;
    return next?.doc === chunk.doc ? next : undefined;
  }

  /** The chunk before a passage (a chunk or a joined passage) in its report. */
  private previousChunk(chunk: Chunk): Chunk | undefined {
    const { chunks } = this.pipeline.retriever;
    const range = resolvePassage(chunk.id, chunks, this.pipeline.chunkIndex);
    const previous = range && range.from > 0 ? chunks[range.from - 1] : undefined;
    return previous?.doc === chunk.doc ? previous : undefined;
  }

  passage(id: string): PassageContext | undefined {
    const chunks = this.pipeline.index.chunks;
    // A cited passage may span adjacent chunks (retrieval shows a chunk with its neighbours).
    const range = resolvePassage(id, chunks, this.pipeline.chunkIndex);
    if (!range) return undefined;
    const chunk = joinChunks(chunks, range.from, range.to);
    const neighbour = (at: number) => {
      const other = chunks[at];
      return other && other.doc === chunk.doc ? other.text : '';
    };
    return {
      id: chunk.id,
      ...sourceOf(chunk, (doc) => this.pipeline.report(doc)),
      text: chunk.text,
      before: neighbour(range.from - 1),
      after: neighbour(range.to + 1),
    };
  }

  onboarding(): Onboarding {
    this.onboardingCache ??= buildOnboarding({
      chunks: this.pipeline.index.chunks,
      terms: this.pipeline.index.terms,
      reports: [...this.pipeline.index.reports.values()],
      report: (doc) => this.pipeline.report(doc),
    });
    return this.onboardingCache;
  }

  async feedback(request: FeedbackRequest): Promise<boolean> {
    try {
      return this.questionLog.recordFeedback(request);
    } catch (error) {
      this.options.logger?.error({ err: error }, 'feedback write failed');
      return false;
    }
  }
}
