import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "./api-error.ts";
import { get, post, retryAfterMs } from "./client.ts";
import { createQueryClient, OVERLOAD_RETRIES } from "./query-client.ts";

/**
 * A busy Spotter node answers 503 `overloaded` with Retry-After before doing any work. These run
 * the app's own QueryClient and API client against a real HTTP server that refuses the first
 * `busy` requests to each path, and count what reached it.
 */
let server: Server;
let base = "";
const seen = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const n = (seen.get(url.pathname) ?? 0) + 1;
    seen.set(url.pathname, n);
    const busy = Number(url.searchParams.get("busy") ?? 0);
    const status = Number(url.searchParams.get("status") ?? 503);
    if (n <= busy) {
      // Retry-After 0 keeps the test from waiting; the delay itself is checked below.
      res.writeHead(status, { "content-type": "application/json", "retry-after": "0" });
      res.end(JSON.stringify({ error: { code: status === 503 ? "overloaded" : "internal", message: "busy" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: n }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const read = (path: string) =>
  createQueryClient().fetchQuery({ queryKey: [path], queryFn: () => get<{ ok: number }>(`${base}${path}`) });

describe("reads refused by a busy server", () => {
  it("are sent again as Retry-After says and then succeed", async () => {
    expect(await read("/a?busy=2")).toEqual({ ok: 3 });
    expect(seen.get("/a")).toBe(3);
  });

  it("give up after a few retries with the server's error", async () => {
    const error = (await read(`/b?busy=99`).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe("overloaded");
    expect(error.isOverloaded).toBe(true);
    expect(error.retryAfterMs).toBe(0);
    expect(seen.get("/b")).toBe(1 + OVERLOAD_RETRIES);
  });

  it("are not retried for any other failure", async () => {
    const error = (await read("/c?busy=1&status=500").catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(500);
    expect(seen.get("/c")).toBe(1);
  });

  it("writes are never resent by themselves", async () => {
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, { mutationFn: () => post(`${base}/d?busy=1`) });
    const error = (await mutation.execute(undefined).catch((e: unknown) => e)) as ApiError;
    expect(error.isOverloaded).toBe(true);
    expect(seen.get("/d")).toBe(1);
  });
});

describe("retryAfterMs", () => {
  it("reads delay-seconds and HTTP dates", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("0")).toBe(0);
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(retryAfterMs("Tue, 01 Dec 2026 10:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("Tue, 01 Dec 2026 09:59:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs("")).toBeNull();
    expect(retryAfterMs("-1")).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
  });
});
