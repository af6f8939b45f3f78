import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { HttpError } from "./errors.ts";

export type OverloadSettings = {
  /** API requests handled at once; "auto": 4 on PGlite (one connection), twice the pool on PostgreSQL. */
  maxInFlight: number | "auto";
  /**
   * Requests waiting for a slot; one more is answered 503 at once. "auto": about a second and a
   * half of what a node of that kind answers on a 2-core machine, 256 on PGlite (~200 req/s) and
   * 1024 on PostgreSQL (~600 req/s of a coach's mix). Past the queue, or past `maxQueueWaitMs`,
   * the caller hears at once rather than waiting seconds for an answer.
   */
  maxQueued: number | "auto";
  /**
   * Longest wait for a slot. A request whose predicted wait (the requests ahead of it times the
   * measured time a request holds its slot, shared by the slots) is longer is answered 503 at
   * once; one that still waits this long gets its 503 then.
   */
  maxQueueWaitMs: number;
  /** A request not answered after this long gets a 503 (its work still ends before its slot is freed). */
  requestTimeoutMs: number;
  /** Seconds a refused caller is told to wait (Retry-After). */
  retryAfterS: number;
};

export const DEFAULT_OVERLOAD: OverloadSettings = {
  maxInFlight: "auto",
  // On PostgreSQL 256 refused ~200 of 500 coaches' requests at any moment when each would have
  // waited about a second; on PGlite 1024 let answers wait 12 s instead of 1.5 s (bench/api/RESULTS.md,
  // 2026-12-01 20:34-20:39).
  maxQueued: "auto",
  maxQueueWaitMs: 5_000,
  requestTimeoutMs: 15_000,
  retryAfterS: 2,
};

/** Never queued, never refused: load balancers and monitors must hear from a saturated node. */
const EXEMPT = (url: string) => !url.startsWith("/api/") || url === "/api/health" || url.startsWith("/api/health?");

/** Weight of the newest slot-hold time in the running mean (an exponentially weighted average). */
const HOLD_WEIGHT = 0.2;

type Waiter = { request: FastifyRequest; reply: FastifyReply; grant: () => void; refuse: (e: Error) => void };
type Slot = { held: boolean; running: boolean; since: number; timer?: NodeJS.Timeout; waiter?: Waiter };

const slots = new WeakMap<FastifyRequest, Slot>();

/** One turn of the event loop: sockets are read and timers fire before the work that follows. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const abandoned = (request: FastifyRequest, reply: FastifyReply) =>
  reply.sent || request.raw.destroyed || request.raw.socket?.destroyed === true;

/**
 * Admission control for the API (issue 12). At most `maxInFlight` requests run; the next
 * `maxQueued` wait in arrival order, and a waiting request whose caller hung up is dropped before
 * it starts any work. Past that, when its predicted wait is longer than `maxQueueWaitMs`, or after
 * waiting that long, the answer is 503 `overloaded` with Retry-After, cheaply, before sessions or
 * bodies are looked at. A request still unanswered after `requestTimeoutMs` gets the same 503; its
 * handler keeps its slot until it returns, so abandoned work never piles up beyond `maxInFlight`.
 * GET /api/health and the web app's files bypass all of it.
 *
 * Admitted work starts on the next turn of the event loop, never in the turn that read it. PGlite
 * runs its queries synchronously on this thread and resolves them as promises, so a request's whole
 * work (and, were a slot handed on at once, every queued request's after it) runs in one unbroken
 * chain of microtasks: Node reads no socket and fires no timer meanwhile, the backlog waits unread
 * in the kernel where this guard cannot see it, nothing is shed, and health checks go unanswered.
 * Starting work on the next turn bounds a turn to the work of `maxInFlight` requests: each turn
 * reads every waiting request into the queue (or refuses it) and answers health before it runs more.
 */
export function installOverloadGuard(app: FastifyInstance): void {
  const settings = app.spotterConfig.overload;
  const maxInFlight =
    settings.maxInFlight !== "auto"
      ? settings.maxInFlight
      : app.database.kind === "pglite"
        ? 4
        : 2 * (app.database.pool?.options.max ?? 10);
  const maxQueued = settings.maxQueued !== "auto" ? settings.maxQueued : app.database.kind === "pglite" ? 256 : 1024;
  let inFlight = 0;
  /** Mean ms a request holds its slot; 0 until one has. Queue wait ≈ requests ahead × this / slots. */
  let holdMs = 0;
  const queue: Waiter[] = [];
  const refusal = (message: string) =>
    new HttpError("overloaded", message, { headers: { "retry-after": String(settings.retryAfterS) } });

  const release = (request: FastifyRequest) => {
    const slot = slots.get(request);
    if (!slot?.held) return;
    slot.held = false;
    inFlight--;
    const held = performance.now() - slot.since;
    holdMs = holdMs === 0 ? held : holdMs + HOLD_WEIGHT * (held - holdMs);
    while (queue.length > 0 && inFlight < maxInFlight) {
      const next = queue.shift() as Waiter;
      // The caller gave up while waiting: drop the request before it does any work.
      if (abandoned(next.request, next.reply)) {
        next.refuse(refusal("the request was abandoned"));
        continue;
      }
      inFlight++;
      next.grant();
    }
  };

  app.decorate("overload", {
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queue.length;
    },
    get predictedWaitMs() {
      return (queue.length * holdMs) / maxInFlight;
    },
    maxInFlight,
    maxQueued,
  });

  // Wrap every API handler: its slot is freed when its work is done, not when the caller left.
  app.addHook("onRoute", (route: RouteOptions) => {
    if (EXEMPT(route.url)) return;
    const handler = route.handler;
    route.handler = async function guarded(this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const slot = slots.get(request);
      if (slot) slot.running = true;
      try {
        return await handler.call(this, request, reply);
      } finally {
        if (slot) slot.running = false;
        release(request);
      }
    };
  });

  app.addHook("onRequest", async (request, reply) => {
    if (EXEMPT(request.url)) return;
    const slot: Slot = { held: false, running: false, since: 0 };
    slots.set(request, slot);
    slot.timer = setTimeout(() => {
      if (reply.sent) return;
      reply.header("retry-after", String(settings.retryAfterS));
      reply.code(503).send({ error: { code: "overloaded", message: "the request took too long; try again" } });
    }, settings.requestTimeoutMs);
    slot.timer.unref();
    // A request that never reaches its handler (refused, or the caller hung up) frees its slot here.
    request.raw.once("close", () => {
      clearTimeout(slot.timer);
      const at = slot.waiter ? queue.indexOf(slot.waiter) : -1;
      if (at >= 0) queue.splice(at, 1)[0]?.refuse(refusal("the request was abandoned"));
      if (!slot.running) release(request);
    });
    if (inFlight < maxInFlight && queue.length === 0) {
      inFlight++;
      slot.held = true;
      slot.since = performance.now();
    } else {
      if (queue.length >= maxQueued) throw refusal("too many requests are waiting; try again shortly");
      if (((queue.length + 1) * holdMs) / maxInFlight > settings.maxQueueWaitMs)
        throw refusal("the wait for a free slot would be too long; try again shortly");
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          request,
          reply,
          grant: () => {
            clearTimeout(wait);
            slot.held = true;
            slot.since = performance.now();
            resolve();
          },
          refuse: (error) => {
            clearTimeout(wait);
            reject(error);
          },
        };
        const wait = setTimeout(() => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(refusal("too many requests are waiting; try again shortly"));
        }, settings.maxQueueWaitMs);
        wait.unref();
        slot.waiter = waiter;
        queue.push(waiter);
      });
    }
    await nextTurn();
    // The caller hung up during that turn (its slot was freed on close): do none of its work.
    if (abandoned(request, reply)) throw refusal("the request was abandoned");
  });

  app.addHook("onSend", async (request, _reply, payload) => {
    const slot = slots.get(request);
    if (slot && !slot.running) release(request);
    return payload;
  });
}

declare module "fastify" {
  interface FastifyInstance {
    overload: {
      readonly inFlight: number;
      readonly queued: number;
      /** How long a request arriving now would wait for a slot, by the measured slot-hold time. */
      readonly predictedWaitMs: number;
      readonly maxInFlight: number;
      readonly maxQueued: number;
    };
  }
}
