/** Small node:http helpers: bounded JSON bodies and JSON/text responses. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** An error that becomes an HTTP response `{ error: message }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Reads the body as JSON, at most `limitBytes`; 413 above it, 400 when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const tooLarge = () =>
    new HttpError(
      413,
      `リクエストが大きすぎます（上限 ${limitBytes} バイト）。 (request body over ${limitBytes} bytes)`,
    );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) {
    discard(req);
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) {
      discard(req);
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'リクエスト本文が空です。JSON を送ってください。 (empty body; send JSON)');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'リクエスト本文が JSON ではありません。 (body is not valid JSON)');
  }
}

/** Lets the rest of an oversized body drain so the client can read the 413; the connection then closes. */
function discard(req: IncomingMessage): void {
  req.on('error', () => {});
  req.resume();
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
