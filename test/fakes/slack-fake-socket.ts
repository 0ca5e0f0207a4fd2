/**
 * A fake Socket Mode server on 127.0.0.1: the URL that apps.connections.open hands out.
 * Greets each connection with `hello`, sends envelopes (`events_api`, `slash_commands`,
 * `interactive`) and resolves when the client acknowledges the envelope id.
 */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  private readonly clients = new Set<WebSocket>();
  private readonly pendingAcks = new Map<string, (ack: SocketAck) => void>();
  private envelopeCounter = 0;
  private connectedResolvers: (() => void)[] = [];

  private constructor(private readonly wss: WebSocketServer) {
    wss.on('connection', (socket) => {
      this.clients.add(socket);
      socket.on('close', () => this.clients.delete(socket));
      socket.on('message', (data) => this.onMessage(String(data)));
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: {} }),
      );
      for (const resolve of this.connectedResolvers.splice(0)) resolve();
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    return new FakeSocketMode(wss);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}/link`;
  }

  get connectionCount(): number {
    return this.clients.size;
  }

  /** Resolves once a client is connected (immediately if one already is). */
  connected(): Promise<void> {
    if (this.clients.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.connectedResolvers.push(resolve));
  }

  /** Sends an envelope to every connected client; resolves with the ack (fails after `timeoutMs`). */
  send(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: Record<string, unknown>,
    options: { retryAttempt?: number; timeoutMs?: number } = {},
  ): Promise<SocketAck> {
    this.envelopeCounter += 1;
    const envelopeId = `env-${this.envelopeCounter}`;
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: '' } : {}),
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelopeId);
        reject(new Error(`no ack for ${envelopeId} within ${options.timeoutMs ?? 5000} ms`));
      }, options.timeoutMs ?? 5000);
      this.pendingAcks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      for (const client of this.clients) client.send(JSON.stringify(envelope));
    });
  }

  /** Waits (bounded) for clients to close their side, then stops the server. */
  async close(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.clients.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const client of this.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onMessage(text: string): void {
    let message: SocketAck;
    try {
      message = JSON.parse(text) as SocketAck;
    } catch {
      return;
    }
    const resolve = this.pendingAcks.get(message.envelope_id);
    if (resolve) {
      this.pendingAcks.delete(message.envelope_id);
      resolve(message);
    }
  }
}
