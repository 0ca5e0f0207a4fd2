/**
 * The web chat's routes. Each handler validates its input, calls the ChatService and answers
 * JSON; errors are thrown as HttpError / QuestionError and turned into responses by the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod/v4';
import type { ChatService } from '../../chat/chat-service.js';
import type { Logger } from '../../logging.js';
import { askBodySchema, describeIssue, FeedbackBodySchema } from './api-schemas.js';
import { HttpError, readJsonBody, sendJson, sendText } from './http.js';
import type { WebMetrics } from './metrics.js';
import { FAVICON_SVG, PAGE_CSS, PAGE_SCRIPT, pageHtml } from './page/index.js';

export interface ApiContext {
  chat: ChatService;
  logger: Logger;
  metrics: WebMetrics;
  maxQuestionChars: number;
  maxBodyBytes: number;
}

export interface Route {
  /** Route pattern, also the metrics label. */
  name: string;
  method: 'GET' | 'POST';
  match(path: string): Record<string, string> | undefined;
  handle(req: IncomingMessage, res: ServerResponse, params: Record<string, string>): Promise<void>;
}

const exact = (path: string) => (candidate: string) => (candidate === path ? {} : undefined);

/** Scripts and styles only from this server; no inline code, no framing. */
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function createRoutes(context: ApiContext): Route[] {
  const { chat, logger, metrics } = context;
  const askSchema = askBodySchema(context.maxQuestionChars);
  const html = pageHtml({ maxQuestionChars: context.maxQuestionChars });

  const staticRoute = (name: string, paths: string[], body: string, contentType: string): Route => ({
    name,
    method: 'GET',
    match: (path) => (paths.includes(path) ? {} : undefined),
    handle: async (_req, res) =>
      sendText(res, 200, body, contentType, {
        'content-security-policy': PAGE_CSP,
        'x-frame-options': 'DENY',
      }),
  });

  return [
    staticRoute('/', ['/', '/index.html'], html, 'text/html; charset=utf-8'),
    staticRoute('/app.js', ['/app.js'], PAGE_SCRIPT, 'text/javascript; charset=utf-8'),
    staticRoute('/app.css', ['/app.css'], PAGE_CSS, 'text/css; charset=utf-8'),
    staticRoute('/favicon.svg', ['/favicon.svg', '/favicon.ico'], FAVICON_SVG, 'image/svg+xml'),
    {
      name: '/healthz',
      method: 'GET',
      match: exact('/healthz'),
      // `warm`: the background warm-up is done and new questions get their fastest answers.
      handle: async (_req, res) => sendJson(res, 200, { status: 'ok', warm: chat.isWarm?.() ?? true }),
    },
    {
      name: '/metrics',
      method: 'GET',
      match: exact('/metrics'),
      handle: async (_req, res) => sendText(res, 200, await metrics.registry.metrics(), metrics.registry.contentType),
    },
    {
      name: '/api/ask',
      method: 'POST',
      match: exact('/api/ask'),
      async handle(req, res) {
        const body = parse(askSchema, await readJsonBody(req, context.maxBodyBytes));
        const started = performance.now();
        const result = await chat.ask({
          question: body.question,
          ...(body.history ? { history: body.history } : {}),
          surface: 'web',
        });
        const { answer, questionId, latencyMs } = result;
        metrics.answers.inc();
        if (answer.abstained) metrics.abstentions.inc();
        logger.info(
          {
            event: 'question',
            surface: 'web',
            questionId,
            questionChars: body.question.length,
            historyTurns: body.history?.length ?? 0,
            abstained: answer.abstained,
            citations: answer.citations.length,
            composer: answer.composer,
            latencyMs: Math.round(latencyMs),
            totalMs: Math.round(performance.now() - started),
          },
          'question answered',
        );
        sendJson(res, 200, { ...answer, questionId, latencyMs });
      },
    },
    {
      name: '/api/passages/:id',
      method: 'GET',
      match: (path) => {
        const found = /^\/api\/passages\/([^/]+)$/.exec(path);
        return found?.[1] === undefined ? undefined : { id: found[1] };
      },
      async handle(_req, res, params) {
        let id: string;
        try {
          id = decodeURIComponent(params.id ?? '');
        } catch {
          throw new HttpError(400, `passage id is not valid URL encoding: ${params.id}`);
        }
        const passage = chat.passage(id);
        if (!passage) {
          throw new HttpError(404, `出典が見つかりません: ${id} (unknown passage id; the index may have been rebuilt)`);
        }
        sendJson(res, 200, passage);
      },
    },
    {
      name: '/api/reports',
      method: 'GET',
      match: exact('/api/reports'),
      handle: async (_req, res) => sendJson(res, 200, chat.onboarding().reports),
    },
    {
      name: '/api/glossary',
      method: 'GET',
      match: exact('/api/glossary'),
      handle: async (_req, res) => sendJson(res, 200, chat.onboarding().glossary),
    },
    {
      name: '/api/onboarding',
      method: 'GET',
      match: exact('/api/onboarding'),
      handle: async (_req, res) => sendJson(res, 200, chat.onboarding()),
    },
    {
      name: '/api/feedback',
      method: 'POST',
      match: exact('/api/feedback'),
      async handle(req, res) {
        const body = parse(FeedbackBodySchema, await readJsonBody(req, context.maxBodyBytes));
        const comment = body.comment?.trim();
        const stored = await chat.feedback({
          questionId: body.questionId,
          vote: body.vote,
          ...(comment ? { comment } : {}),
          surface: 'web',
        });
        if (!stored) {
          throw new HttpError(404, `質問が見つかりません: ${body.questionId} (unknown questionId)`);
        }
        logger.info({ event: 'feedback', surface: 'web', questionId: body.questionId, vote: body.vote }, 'feedback');
        sendJson(res, 200, { ok: true });
      },
    },
  ];
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, describeIssue(result.error));
  return result.data;
}
