import net from "node:net";
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
        // 5 ms inside the database: on PGlite the event loop is blocked meanwhile, as by any query.
        a.get("/api/test/busy", { config: { access: { public: true } } }, async () => {
          gate.started++;
          await a.database.query("select pg_sleep(0.005)");
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

  /**
   * Opens one connection per path, waits until the server has accepted them all, then writes every
   * request in the same turn: the server finds them all waiting at once, as a saturated node does.
   * Answers each path's status and Retry-After, in the order given.
   */
  async function burst(base: string, paths: string[]) {
    const { port } = new URL(base);
    let accepted = 0;
    const counting = () => accepted++;
    app?.server.on("connection", counting);
    const texts = paths.map(() => "");
    const sockets = await Promise.all(
      paths.map(
        (_, i) =>
          new Promise<net.Socket>((resolve, reject) => {
            const socket = net.connect(Number(port), "127.0.0.1", () => resolve(socket));
            socket.once("error", reject);
            socket.setEncoding("utf8");
            socket.on("data", (chunk: string) => {
              texts[i] += chunk;
            });
          }),
      ),
    );
    await vi.waitFor(() => expect(accepted).toBe(paths.length));
    app?.server.off("connection", counting);
    const answers = sockets.map((socket) => new Promise((resolve) => socket.once("end", resolve)));
    for (const [i, socket] of sockets.entries())
      socket.write(`GET ${paths[i]} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`);
    await Promise.all(answers);
    return texts.map((text) => ({
      status: Number(text.slice(9, 12)),
      retryAfter: /\r\nretry-after: (\S+)/i.exec(text)?.[1] ?? null,
    }));
  }

  it("by default holds about a second and a half of work: 4 at once and 256 waiting on PGlite, twice the pool and 1024 on PostgreSQL", async () => {
    const { guard } = await start({});
    const pglite = database?.kind === "pglite";
    expect(guard.maxInFlight).toBe(pglite ? 4 : 2 * (database?.pool?.options.max ?? 10));
    expect(guard.maxQueued).toBe(pglite ? 256 : 1024);
  });

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

  it("with a tiny queue-wait limit, a burst of database work is shed with 503 + Retry-After and health answers", async () => {
    // PGlite answers a query without yielding to the event loop: when admitted work started in the
    // turn that read it, each request of the burst ran to its end before the next was even read,
    // so nothing ever queued, nothing was shed, and health waited behind the whole burst.
    const { base, gate, guard } = await start({ maxInFlight: 1, maxQueued: 100, maxQueueWaitMs: 1, retryAfterS: 4 });
    expect((await fetch(`${base}/api/test/busy`)).status).toBe(200);
    gate.started = 0;
    const answers = await burst(base, [...Array.from({ length: 8 }, () => "/api/test/busy"), "/api/health"]);
    const health = answers.pop();
    expect(health?.status).toBe(200);
    const shed = answers.filter((a) => a.status === 503);
    expect(shed.length).toBeGreaterThan(0);
    expect(shed.every((a) => a.retryAfter === "4")).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBe(8 - shed.length);
    // Refused requests did none of their work.
    expect(gate.started).toBe(8 - shed.length);
    expect(guard.inFlight).toBe(0);
    expect(guard.queued).toBe(0);
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
