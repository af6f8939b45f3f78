import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildApp } from "../../src/app.ts";
import { RELAXED_LIMITS } from "../../src/config.ts";
import type { Database } from "../../src/db/open.ts";
import { DEFAULT_OVERLOAD, type OverloadSettings } from "../../src/http/overload.ts";
import { createTestDatabase } from "../support.ts";

/**
 * Issue 12, overload: a saturated node refuses extra work with 503 + Retry-After instead of
 * queueing without end, keeps answering health checks, drops queued requests whose caller hung
 * up, and answers a request that runs too long with a 503 while its work keeps its slot.
 */
describe("overload guard", () => {
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    await database?.close();
    app = undefined;
    database = undefined;
  });

  /** An app whose /api/test/slow waits until the test opens the gate; `started` counts handler runs. */
  async function start(overload: Partial<OverloadSettings>) {
    database = await createTestDatabase();
    const gate: { open: () => void; started: number } = { open: () => {}, started: 0 };
    let opened = new Promise<void>((resolve) => {
      gate.open = resolve;
    });
    app = await buildApp({
      database,
      logger: false,
      config: { ...RELAXED_LIMITS, overload: { ...DEFAULT_OVERLOAD, ...overload } },
      extend: (a) => {
        a.get("/api/test/slow", { config: { access: { public: true } } }, async () => {
          gate.started++;
          await opened;
          return { ok: true };
        });
      },
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const reopen = () => {
      opened = new Promise<void>((resolve) => {
        gate.open = resolve;
      });
    };
    return { base, gate, reopen, guard: app.overload };
  }

  it("sheds past the queue with 503 and Retry-After, answers health meanwhile, then serves the queued", async () => {
    const { base, gate, guard } = await start({ maxInFlight: 1, maxQueued: 1, maxQueueWaitMs: 60_000, retryAfterS: 3 });
    const first = fetch(`${base}/api/test/slow`);
    await vi.waitFor(() => expect(gate.started).toBe(1));
    const second = fetch(`${base}/api/test/slow`);
    await vi.waitFor(() => expect(guard.queued).toBe(1));
    const third = await fetch(`${base}/api/test/slow`);
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("3");
    expect(await third.json()).toMatchObject({ error: { code: "overloaded" } });
    // Saturated, yet the health check is answered at once.
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    gate.open();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(gate.started).toBe(2);
    expect(guard.inFlight).toBe(0);
  });

  it("drops a queued request whose caller hung up before it does any work", async () => {
    const { base, gate, guard } = await start({ maxInFlight: 1, maxQueued: 10, maxQueueWaitMs: 60_000 });
    const first = fetch(`${base}/api/test/slow`);
    await vi.waitFor(() => expect(gate.started).toBe(1));
    const abort = new AbortController();
    const abandoned = fetch(`${base}/api/test/slow`, { signal: abort.signal }).catch((e: Error) => e.name);
    await vi.waitFor(() => expect(guard.queued).toBe(1));
    abort.abort();
    expect(await abandoned).toBe("AbortError");
    await vi.waitFor(() => expect(guard.queued).toBe(0));
    gate.open();
    expect((await first).status).toBe(200);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    expect(gate.started).toBe(1);
    expect(guard.inFlight).toBe(0);
  });

  it("a queued request waits at most maxQueueWaitMs, then gets 503", async () => {
    const { base, gate } = await start({ maxInFlight: 1, maxQueued: 10, maxQueueWaitMs: 50, retryAfterS: 1 });
    const first = fetch(`${base}/api/test/slow`);
    await vi.waitFor(() => expect(gate.started).toBe(1));
    const waited = await fetch(`${base}/api/test/slow`);
    expect(waited.status).toBe(503);
    expect(waited.headers.get("retry-after")).toBe("1");
    gate.open();
    expect((await first).status).toBe(200);
  });

  it("answers a request that runs too long with 503; its work keeps the slot until it ends", async () => {
    const { base, gate, guard } = await start({ maxInFlight: 1, maxQueued: 10, requestTimeoutMs: 50 });
    const slow = await fetch(`${base}/api/test/slow`);
    expect(slow.status).toBe(503);
    expect(slow.headers.get("retry-after")).toBe(String(DEFAULT_OVERLOAD.retryAfterS));
    expect(guard.inFlight).toBe(1);
    gate.open();
    await vi.waitFor(() => expect(guard.inFlight).toBe(0));
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
