import type { Actor } from "./actor.ts";

export type SessionCacheSettings = {
  /** How long a resolved session is reused without asking the database (bounds a missed notification). */
  ttlMs: number;
  /** Entries kept at most (the oldest go first). */
  maxEntries: number;
};

export const DEFAULT_SESSION_CACHE: SessionCacheSettings = { ttlMs: 5_000, maxEntries: 20_000 };

type Entry = { actor: Actor; sessionExpiresAt: number; freshUntil: number };

/**
 * Resolved sessions by token hash, reused for a few seconds so a request does not pay a join of
 * three tables. Correctness rests on invalidation, not on the short TTL: every change that ends a
 * session or the access behind it (a deleted login_sessions row, a changed or deleted membership or
 * user, a client login unlinked) is announced by a database trigger on the `spotter_sessions`
 * channel (migration 0008) and dropped here (see session-listener.ts). The cache answers only while
 * that channel is connected (`enabled`); without it every request asks the database.
 *
 * A lookup that started before an invalidation must not store what it read: `generation` counts
 * invalidations, and `store` refuses a row read under an older generation.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byUser = new Map<string, Set<string>>();
  private enabledFlag = false;
  generation = 0;

  constructor(
    readonly settings: SessionCacheSettings,
    /** Monotonic milliseconds (the TTL must not follow a test's fixed wall clock). */
    private readonly monotonicMs: () => number,
  ) {}

  get enabled() {
    return this.enabledFlag;
  }

  get size() {
    return this.entries.size;
  }

  /** Turned on when the invalidation channel is listening, off (and emptied) when it is lost. */
  setEnabled(on: boolean) {
    this.clear();
    this.enabledFlag = on && this.settings.ttlMs > 0;
  }

  /** The cached caller, or undefined when absent, stale, or the session itself has expired at `nowMs`. */
  get(tokenHash: string, nowMs: number): Actor | undefined {
    if (!this.enabledFlag) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.freshUntil <= this.monotonicMs() || entry.sessionExpiresAt <= nowMs) {
      this.drop(tokenHash);
      return undefined;
    }
    return entry.actor;
  }

  /** Stores a lookup's result unless an invalidation happened since `generationAtStart`. */
  store(tokenHash: string, actor: Actor, sessionExpiresAt: number, generationAtStart: number) {
    if (!this.enabledFlag || generationAtStart !== this.generation) return;
    if (this.entries.size >= this.settings.maxEntries && !this.entries.has(tokenHash)) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.drop(oldest);
    }
    this.entries.set(tokenHash, { actor, sessionExpiresAt, freshUntil: this.monotonicMs() + this.settings.ttlMs });
    const tokens = this.byUser.get(actor.userId);
    if (tokens) tokens.add(tokenHash);
    else this.byUser.set(actor.userId, new Set([tokenHash]));
  }

  /** Applies one `spotter_sessions` payload: `s:<token hash>` or `u:<user id>`. Anything else empties the cache. */
  invalidate(payload: string) {
    this.generation++;
    if (payload.startsWith("s:")) this.drop(payload.slice(2));
    else if (payload.startsWith("u:")) {
      for (const tokenHash of this.byUser.get(payload.slice(2)) ?? []) this.drop(tokenHash);
    } else this.clear();
  }

  clear() {
    this.generation++;
    this.entries.clear();
    this.byUser.clear();
  }

  private drop(tokenHash: string) {
    const entry = this.entries.get(tokenHash);
    if (!entry) return;
    this.entries.delete(tokenHash);
    const tokens = this.byUser.get(entry.actor.userId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.byUser.delete(entry.actor.userId);
  }
}
