/**
 * Remembers recently seen keys (event ids, `channel:ts` of questions) so a question is
 * answered once: Slack re-delivers events it thinks were not acknowledged (X-Slack-Retry-Num),
 * and a thread reply that mentions the bot arrives both as `app_mention` and as `message`.
 * In memory and bounded: after a restart a late retry could be answered again, which is rare
 * and harmless compared with a store that can fail.
 */
export interface RecentKeysOptions {
  /** How long a key is remembered. Default 1 hour (Slack retries within minutes). */
  ttlMs?: number;
  /** Most keys kept; the oldest are forgotten first. Default 10 000. */
  maxKeys?: number;
  now?: () => number;
}

export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Records every key; true only when none of them was seen recently (the caller should proceed). */
  claim(...keys: string[]): boolean {
    const now = this.now();
    this.expire(now);
    const fresh = keys.every((key) => !this.seen.has(key));
    for (const key of keys) {
      this.seen.delete(key); // re-insert so iteration order stays oldest-first
      this.seen.set(key, now);
    }
    return fresh;
  }

  forget(key: string): void {
    this.seen.delete(key);
  }

  has(key: string): boolean {
    this.expire(this.now());
    return this.seen.has(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    // Map iteration is insertion order, so the oldest entries come first.
    for (const [key, at] of this.seen) {
      if (now - at < this.ttlMs && this.seen.size <= this.maxKeys) break;
      this.seen.delete(key);
    }
  }
}
