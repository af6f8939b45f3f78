import type { MessageStreamEvent } from "@spotter/contracts";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { MessageHub, Subscriber } from "./hub.ts";

/** A comment line every 25 s keeps proxies (and idle-timeouts) from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/** True when the caller asked for a stream (EventSource always sends this Accept header). */
export const wantsEventStream = (request: FastifyRequest): boolean =>
  String(request.headers.accept ?? "").includes("text/event-stream");

/**
 * Turns the request into a server-sent-events stream subscribed to the hub until the client
 * disconnects or the app closes. Fastify no longer manages the reply (hijack), so the headers the
 * app set so far (helmet's, no-store) are copied onto the raw response.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: MessageHub,
  sub: Omit<Subscriber, "send">,
  ready: Record<string, unknown>,
  onClosed: Set<() => void>,
): void {
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = v;
  res.writeHead(200, {
    ...headers,
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    // nginx and similar proxies buffer responses unless told not to.
    "x-accel-buffering": "no",
  });
  const write = (name: string, data: unknown) => res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  const unsubscribe = hub.subscribe({ ...sub, send: (e: MessageStreamEvent) => write(e.type, e) });
  write("ready", ready);
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), HEARTBEAT_MS);
  heartbeat.unref();
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    onClosed.delete(close);
    if (!res.writableEnded) res.end();
  };
  onClosed.add(close);
  request.raw.on("close", close);
  res.on("error", close);
}
