/**
 * The local web chat and JSON API on node:http (no framework). `startWebServer` resolves once
 * listening; `close()` stops accepting connections and waits for requests in flight.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatService } from '../../chat/chat-service.js';
import { newErrorId, QuestionError } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { createRoutes, type Route } from './api.js';
import { HttpError, sendJson } from './http.js';
import { WebMetrics } from './metrics.js';

export interface WebServerOptions {
  chat: ChatService;
  host: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  /** Longest question accepted (KOTAE_MAX_QUESTION_CHARS); longer → 400. */
  maxQuestionChars: number;
  /** Largest request body; larger → 413. Default 64 KiB. */
  maxBodyBytes?: number;
  /** How long `close()` waits for requests in flight before cutting connections. Default 10 s. */
  closeGraceMs?: number;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const logger = options.logger.child({ component: 'web' });
  const metrics = new WebMetrics();
  const routes = createRoutes({
    chat: options.chat,
    logger,
    metrics,
    maxQuestionChars: options.maxQuestionChars,
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
  });
  // Bound to loopback: refuse other Host names, so a web page elsewhere cannot reach the API
  // through DNS rebinding.
  const checkHost = LOOPBACK_HOSTS.has(options.host);
  let closing = false;
  let inFlight = 0;

  const server = createServer((req, res) => {
    inFlight++;
    const started = performance.now();
    let routeName = 'unmatched';
    res.on('close', () => {
      inFlight--;
      metrics.observe(routeName, req.method ?? '?', res.statusCode, (performance.now() - started) / 1000);
      if (closing && inFlight === 0) server.closeIdleConnections();
    });
    if (closing) res.setHeader('connection', 'close');
    const route = findRoute(routes, req, res, checkHost);
    if (!route) return;
    routeName = route.route.name;
    route.route.handle(req, res, route.params).catch((error: unknown) => sendError(res, error, routeName, logger));
  });
  server.on('clientError', (error, socket) => {
    logger.debug({ err: error }, 'web: malformed HTTP request');
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${hostForUrl}:${address.port}`;
  logger.info({ url }, `web chat listening on ${url}`);

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        const timer = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 10_000);
        timer.unref();
        server.close((error) => {
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function findRoute(
  routes: Route[],
  req: IncomingMessage,
  res: ServerResponse,
  checkHost: boolean,
): { route: Route; params: Record<string, string> } | undefined {
  if (checkHost) {
    const hostname = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!LOOPBACK_HOSTS.has(hostname)) {
      sendJson(res, 421, { error: `unexpected Host header "${hostname}"; open the chat at 127.0.0.1 or localhost` });
      return undefined;
    }
  }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const matching = routes.flatMap((route) => {
    const params = route.match(path);
    return params ? [{ route, params }] : [];
  });
  const found = matching.find((candidate) => candidate.route.method === method);
  if (found) {
    if (method === 'POST' && !isJson(req)) {
      sendJson(res, 415, {
        error: 'Content-Type: application/json を指定してください。 (send the body as application/json)',
      });
      return undefined;
    }
    return found;
  }
  if (matching.length > 0) {
    const allow = [...new Set(matching.map((candidate) => candidate.route.method))].join(', ');
    sendJson(res, 405, { error: `${req.method} is not allowed on ${path}; use ${allow}` }, { allow });
  } else {
    sendJson(res, 404, { error: `見つかりません: ${path} (no such page or API route)` });
  }
  return undefined;
}

function isJson(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

function sendError(res: ServerResponse, error: unknown, route: string, logger: Logger): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: error.message }, error.status === 413 ? { connection: 'close' } : {});
  } else if (error instanceof QuestionError) {
    sendJson(res, 400, { error: error.userMessage });
  } else {
    const errorId = newErrorId();
    logger.error({ err: error, errorId, route }, `web: internal error ${errorId}`);
    sendJson(res, 500, {
      error: `内部エラーが発生しました。管理者にエラーID ${errorId} をお伝えください。 (internal error ${errorId})`,
      errorId,
    });
  }
}
