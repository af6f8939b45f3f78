import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Database } from "../db/open.ts";
import type { SessionCache } from "./session-cache.ts";

/** The channel migration 0008's triggers notify. */
export const SESSIONS_CHANNEL = "spotter_sessions";
const RECONNECT_MS = 1_000;
const BARRIER_TIMEOUT_MS = 2_000;

export type SessionListener = {
  /**
   * Resolves once every invalidation committed before the call has reached this process's cache.
   * A write request awaits it before its response leaves, so the same cookie's next request is
   * refused whatever code deleted the session.
   */
  barrier(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Keeps `cache` in step with the `spotter_sessions` channel. PostgreSQL: a dedicated connection
 * LISTENs (reconnecting after a loss, with the cache off meanwhile); every API node gets each
 * invalidation at commit. PGlite: `listen()` on the one embedded instance, whose notifications are
 * delivered while the committing statement returns, so the barrier has nothing to wait for.
 */
export async function listenForSessionChanges(database: Database, cache: SessionCache): Promise<SessionListener> {
  if (database.kind === "pglite" && database.pglite) {
    const unlisten = await database.pglite.listen(SESSIONS_CHANNEL, (payload) => cache.invalidate(payload));
    cache.setEnabled(true);
    return {
      barrier: async () => {},
      stop: async () => {
        cache.setEnabled(false);
        await unlisten().catch(() => {});
      },
    };
  }
  if (!database.pool) return { barrier: async () => {}, stop: async () => {} };
  const listener = new PgSessionListener(database.pool, cache);
  await listener.connect().catch(() => listener.scheduleReconnect());
  return listener;
}

class PgSessionListener implements SessionListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly node = randomUUID();
  private seq = 0;
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly cache: SessionCache,
  ) {}

  async connect() {
    const client = new pg.Client(this.pool.options);
    client.on("notification", (message) => this.onPayload(message.payload ?? ""));
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`listen ${SESSIONS_CHANNEL}`);
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.cache.setEnabled(true);
  }

  scheduleReconnect() {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connect().catch(() => this.scheduleReconnect());
    }, RECONNECT_MS);
    this.timer.unref();
  }

  private lost(client: pg.Client) {
    if (this.client !== client) return;
    this.client = undefined;
    // Notifications may be missed while disconnected: stop answering from memory.
    this.cache.setEnabled(false);
    for (const release of this.waiting.values()) release();
    this.waiting.clear();
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private onPayload(payload: string) {
    if (payload.startsWith("b:")) {
      this.waiting.get(payload)?.();
      this.waiting.delete(payload);
      return;
    }
    this.cache.invalidate(payload);
  }

  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  /**
   * Notifications reach a listener in commit order, so once our own marker (notified after the
   * caller's transaction committed) arrives, every earlier invalidation has been applied. One
   * marker at a time on the listening connection; callers arriving meanwhile share the next one
   * (it is sent after their commits, so it covers them).
   */
  barrier(): Promise<void> {
    if (!this.client || !this.cache.enabled || this.cache.size === 0) return Promise.resolve();
    if (this.queued) return this.queued;
    const next: Promise<void> = (this.running ?? Promise.resolve())
      .then(() => {
        this.queued = undefined;
        this.running = next;
        return this.roundTrip();
      })
      .finally(() => {
        if (this.running === next) this.running = undefined;
      });
    this.queued = next;
    return next;
  }

  private async roundTrip() {
    const client = this.client;
    if (!client || !this.cache.enabled || this.cache.size === 0) return;
    const marker = `b:${this.node}:${++this.seq}`;
    let timeout: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      this.waiting.set(marker, () => resolve(true));
      timeout = setTimeout(() => resolve(false), BARRIER_TIMEOUT_MS);
    });
    try {
      await client.query("select pg_notify($1, $2)", [SESSIONS_CHANNEL, marker]);
      if (!(await arrived)) this.cache.clear();
    } catch {
      this.cache.clear();
    } finally {
      clearTimeout(timeout);
      this.waiting.delete(marker);
    }
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.cache.setEnabled(false);
    if (client) await client.end().catch(() => {});
  }
}
