/**
 * Prometheus metrics for one web server. Each server has its own Registry (not prom-client's
 * global one), so several servers in one process (tests) never clash over metric names.
 */
import { Counter, Histogram, Registry } from 'prom-client';

export class WebMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'kotae_http_requests_total',
    help: 'HTTP requests by route and status code',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'kotae_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly answers = new Counter({
    name: 'kotae_answers_total',
    help: 'Questions answered over the web API (abstentions included)',
    registers: [this.registry],
  });
  readonly abstentions = new Counter({
    name: 'kotae_abstentions_total',
    help: 'Answers where kotae found no supporting passage and abstained',
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'kotae_http_errors_total',
    help: 'Requests that failed with an internal error (HTTP 5xx), by route',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  observe(route: string, method: string, status: number, seconds: number): void {
    this.requests.inc({ route, method, status: String(status) });
    this.latency.observe({ route }, seconds);
    if (status >= 500) this.errors.inc({ route });
  }
}
