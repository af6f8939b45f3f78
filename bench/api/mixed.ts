/**
 * Mixed-traffic API benchmark (issue 12). For each database (PostgreSQL from BENCH_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/test, and PGlite), against a 500-client organization
 * (mixed-server.ts), in one run:
 *
 *  1. the raw-driver ceiling (/raw/clients: the same statements through plain node-postgres) and
 *     GET /api/clients, closed loop at 50 connections; the ratio is the figure to watch (≥ 60%);
 *  2. GET /api/queue (the web's summary page) alone: Node CPU per request (target ≤ 3 ms);
 *  3. mixed traffic (roster, client detail, queue, the lights of a roster page of 50, a coach's
 *     check-in) open loop at BENCH_RATE req/s (default 500) and closed loop at BENCH_CONNECTIONS
 *     (default 500 on PostgreSQL, 50 on PGlite), with a health check every 200 ms alongside.
 *     A closed-loop caller refused with 503 waits its Retry-After first, as the web app does.
 *
 * Per phase: req/s, p50/p99 per endpoint, errors (non-2xx, 503s, timeouts), Node and PostgreSQL
 * CPU per request (/proc: the server process, and the database's backends). Figures are for
 * comparing within a run: the machine is shared. `BENCH_DB=postgres`, `BENCH_SECONDS=10`.
 *
 * `BENCH_PHASES` (default `ceiling,queue,open,closed`) picks phases; `endpoints` runs each endpoint
 * of the mix alone (10 connections) and prints Node + PostgreSQL CPU per request per endpoint.
 * `BENCH_SERVERS=base=/tmp/wt/bench/api/mixed-server.ts,new=bench/api/mixed-server.ts` measures
 * several servers (e.g. a git worktree of an earlier commit) in one run, each on its own database,
 * the endpoint phases alternating between them. `BENCH_PROFILE=<dir>` writes a CPU profile of the
 * server per phase (started and stopped around the timed part, so data generation is not in it).
 * Each phase first runs its own load untimed for `BENCH_WARMUP` seconds (default 5): a cold server's
 * first seconds at 500 req/s were the whole p99. `BENCH_TRACE=1` prints, per phase, what overlapped
 * the slow requests (GC pauses and event-loop stalls of server and client, pool waiters) and a
 * second-by-second p50/p99 (trace.ts). `BENCH_IDLE=<s>` leaves the server idle that long between
 * the warm-up and the timed part (a morning rush after a quiet night).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import { createInterface } from "node:readline";
import { pgBackendsMeter, ticks } from "./process-cpu.ts";
import { nowEpoch, reportTail, type Span, startStallTrace } from "./trace.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const KINDS = (process.env.BENCH_DB ?? "postgres,pglite").split(",");
const RATE = Number(process.env.BENCH_RATE ?? 500);
/**
 * Open loop: connections the callers share (`BENCH_OPEN_SOCKETS`, default 4096). Past them a request
 * waits inside this process, where the server cannot see it: to push a server past its capacity as
 * many browsers would, give it more connections than requests in flight.
 */
const OPEN_LOOP_SOCKETS = Number(process.env.BENCH_OPEN_SOCKETS ?? 4096);
const TIMEOUT_MS = 10_000;
/** Untimed seconds of the phase's own load before it is measured (`BENCH_WARMUP`; 0: one request). */
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 5);
/**
 * Idle seconds between the warm-up and the timed part (`BENCH_IDLE`, default 0): a quiet spell, such
 * as a night, after which the morning's requests arrive at full rate on a server that has been idle.
 */
const IDLE_S = Number(process.env.BENCH_IDLE ?? 0);
/** Closed loop: a caller answered 503 waits its Retry-After before the next request, as the web app does (`BENCH_HONOR_RETRY_AFTER=0`: at once). */
const HONOR_RETRY_AFTER = process.env.BENCH_HONOR_RETRY_AFTER !== "0";
const PHASES = new Set((process.env.BENCH_PHASES ?? "ceiling,queue,open,closed").split(","));
const PROFILE_DIR = process.env.BENCH_PROFILE;
/** Per phase, what overlapped the slow requests: GC pauses and event-loop stalls of server and client (trace.ts). */
const TRACE = process.env.BENCH_TRACE === "1";
/** `label=path/to/mixed-server.ts,...`: servers (e.g. a worktree of an earlier commit) measured in one run. */
const SERVERS = (process.env.BENCH_SERVERS ?? `this=${new URL("./mixed-server.ts", import.meta.url).pathname}`)
  .split(",")
  .map((s) => {
    const [label = "", path = ""] = s.split("=");
    return { label, path };
  });

type Target = { apiUrl: string; rawUrl: string; cookie: string; csrf: string; clientIds: string[]; dbName?: string };
type Call = { name: string; method: "GET" | "POST"; path: string; body?: string };
type Stats = { name: string; lat: number[]; errors: number; shed: number; timeouts: number; codes: Set<number> };

/** `page`: the ids of a roster page (comma-separated), whose lights the web asks for. */
type Endpoint = { name: string; weight: number; call: (id: string, today: string, page: string) => Call };
/** Rows per roster page in the web app (ROSTER_PAGE_SIZE). */
const ROSTER_PAGE = 50;

/** The mix's endpoints and their share of it (weights out of 20). */
const ENDPOINTS: Endpoint[] = [
  {
    name: "GET /api/clients",
    weight: 7,
    call: () => ({ name: "GET /api/clients", method: "GET", path: "/api/clients" }),
  },
  {
    name: "GET /api/clients/:id",
    weight: 5,
    call: (id) => ({ name: "GET /api/clients/:id", method: "GET", path: `/api/clients/${id}` }),
  },
  {
    name: "GET /api/queue",
    weight: 3,
    call: () => ({ name: "GET /api/queue", method: "GET", path: "/api/queue?view=summary&limit=100" }),
  },
  {
    name: "GET /api/queue/levels",
    weight: 3,
    // The roster's page of lights, as the web asks for them (a server that predates `clientIds`
    // ignores it and answers every client's, as the web then asked: BENCH_SERVERS compares the two).
    call: (_id, _today, page) => ({
      name: "GET /api/queue/levels",
      method: "GET",
      path: `/api/queue/levels?clientIds=${page}`,
    }),
  },
  {
    name: "POST checkin",
    weight: 2,
    call: (id, today) => {
      const body = { date: today, sleepHours: 7, sleepQuality: 2, fatigue: 2, soreness: 2, stress: 2, mood: 2 };
      return { name: "POST checkin", method: "POST", path: `/api/clients/${id}/checkins`, body: JSON.stringify(body) };
    },
  },
];

/** The mix (all endpoints by weight), or one endpoint alone, cycling through the client ids. */
function mixOf(t: Target, only?: Endpoint): () => Call {
  let n = 0;
  const today = new Date().toISOString().slice(0, 10);
  const page = t.clientIds.slice(0, ROSTER_PAGE).join(",");
  return () => {
    const id = t.clientIds[n++ % t.clientIds.length] ?? "";
    if (only) return only.call(id, today, page);
    let r = n % 20;
    for (const e of ENDPOINTS) {
      if (r < e.weight) return e.call(id, today, page);
      r -= e.weight;
    }
    throw new Error("weights do not sum to 20");
  };
}

type Sent = { status: number; ms: number; at: number; retryAfterS?: number };

function send(agent: http.Agent, base: string, t: Target, call: Call): Promise<Sent> {
  const url = new URL(call.path, base);
  const at = nowEpoch();
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: call.method,
        agent,
        timeout: TIMEOUT_MS,
        headers: {
          cookie: t.cookie,
          ...(call.body ? { "content-type": "application/json", "x-csrf-token": t.csrf } : {}),
        },
      },
      (res) => {
        res.resume();
        const retryAfterS = Number(res.headers["retry-after"] ?? Number.NaN);
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            at,
            ...(Number.isFinite(retryAfterS) ? { retryAfterS } : {}),
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => resolve({ status: e.message === "timeout" ? -1 : 0, ms: performance.now() - started, at }));
    req.end(call.body);
  });
}

const traced: Span[] = [];

function record(stats: Map<string, Stats>, call: Call, r: Sent) {
  const name = call.name;
  if (TRACE) traced.push([r.at, r.ms, `${call.method} ${call.path.split("?")[0]}`]);
  let s = stats.get(name);
  if (!s) {
    s = { name, lat: [], errors: 0, shed: 0, timeouts: 0, codes: new Set() };
    stats.set(name, s);
  }
  if (r.status >= 200 && r.status < 300) s.lat.push(r.ms);
  else if (r.status === 503) s.shed++;
  else if (r.status === -1) s.timeouts++;
  else {
    s.errors++;
    s.codes.add(r.status);
  }
}

/** Sends `load` for `seconds` (closed loop: `connections` callers; open loop: `rate`/s) and waits for every answer. */
async function drive(
  agent: http.Agent,
  base: string,
  t: Target,
  next: () => Call,
  load: { connections?: number; rate?: number },
  seconds: number,
  onAnswer: (call: Call, r: Sent) => void,
) {
  const started = performance.now();
  const end = started + seconds * 1000;
  const inflight: Promise<void>[] = [];
  if (load.connections) {
    for (let i = 0; i < load.connections; i++)
      inflight.push(
        (async () => {
          while (performance.now() < end) {
            const call = next();
            const r = await send(agent, base, t, call);
            onAnswer(call, r);
            // Like the web app (packages/web/src/api/query-client.ts), a refused caller waits as told.
            if (HONOR_RETRY_AFTER && r.status === 503 && r.retryAfterS !== undefined)
              await new Promise((resolve) =>
                setTimeout(resolve, Math.min(r.retryAfterS * 1000, end - performance.now())),
              );
          }
        })(),
      );
  } else {
    const rate = load.rate ?? RATE;
    let sent = 0;
    while (performance.now() < end) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      for (; sent < due; sent++) {
        const call = next();
        inflight.push(send(agent, base, t, call).then((r) => onAnswer(call, r)));
      }
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  await Promise.all(inflight);
}

type Phase = {
  label: string;
  stats: Map<string, Stats>;
  seconds: number;
  nodeMs: number;
  pgMs: number;
  health: string;
};

/** Closed loop (`connections` callers, each sending its next request when the last is answered) or open loop (`rate`/s). */
async function phase(
  label: string,
  child: ChildProcess,
  t: Target,
  base: string,
  next: () => Call,
  load: { connections?: number; rate?: number },
): Promise<Phase> {
  // Every caller keeps its connection from the warm-up into the timed part, as a browser does; with
  // Node's default maxFreeSockets (256) half of 500 connections closed between the two, and the timed
  // part began with ~250 new connections, which a busy server accepts one per event-loop turn.
  const sockets = load.connections ?? OPEN_LOOP_SOCKETS;
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const stats = new Map<string, Stats>();
  // Warm-up, untimed: the phase's own load for WARMUP_S seconds (a server just started, or just
  // moved to a heavier load, runs its first seconds cold: see RESULTS.md, 2026-12-01 18:52).
  if (WARMUP_S > 0) await drive(agent, base, t, next, load, WARMUP_S, () => {});
  else await send(agent, base, t, next());
  if (IDLE_S > 0) await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
  const health = { ok: 0, failed: 0, worst: 0 };
  const probe = setInterval(async () => {
    const r = await send(new http.Agent(), t.apiUrl, t, { name: "health", method: "GET", path: "/api/health" });
    if (r.status === 200) health.ok++;
    else health.failed++;
    health.worst = Math.max(health.worst, r.ms);
  }, 200);
  const profiled = PROFILE_DIR ? `${PROFILE_DIR}/${label.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile` : "";
  if (profiled) await fetch(`${t.rawUrl}/raw/profile`, { method: "POST" });
  traced.length = 0;
  const clientTrace = TRACE ? startStallTrace() : undefined;
  if (TRACE) await fetch(`${t.rawUrl}/raw/trace`, { method: "POST" });
  const node0 = ticks(child.pid ?? 0);
  const pgMeter = await pgBackendsMeter(PG_URL, t.dbName);
  const started = performance.now();
  await drive(agent, base, t, next, load, SECONDS, (call, r) => record(stats, call, r));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(probe);
  const nodeMs = ticks(child.pid ?? 0) - node0;
  const pgMs = await pgMeter.stop();
  if (clientTrace) {
    const server = await (await fetch(`${t.rawUrl}/raw/trace?stop=1`, { method: "POST" })).json();
    reportTail(label, { ...clientTrace.stop(), requests: traced }, server);
  }
  if (profiled) await fetch(`${t.rawUrl}/raw/profile?file=${encodeURIComponent(profiled)}`, { method: "POST" });
  agent.destroy();
  const healthLine = `health ${health.ok} answered, ${health.failed} not, slowest ${health.worst.toFixed(0)} ms`;
  return { label, stats, seconds, nodeMs, pgMs, health: healthLine };
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

function report(kind: string, p: Phase): number {
  return reportCpu(kind, p).okPerSecond;
}

/** Prints a phase; returns ok req/s and Node and PostgreSQL CPU per request. */
function reportCpu(kind: string, p: Phase): { okPerSecond: number; node: number; pg: number } {
  const all = [...p.stats.values()];
  const ok = all.reduce((n, s) => n + s.lat.length, 0);
  const total = all.reduce((n, s) => n + s.lat.length + s.errors + s.shed + s.timeouts, 0);
  console.log(
    `\n[${kind}] ${p.label}: ${(ok / p.seconds).toFixed(0)} ok req/s over ${p.seconds.toFixed(1)} s; ` +
      `Node ${(p.nodeMs / Math.max(1, total)).toFixed(2)} ms CPU/req` +
      (kind === "postgres" ? `, PostgreSQL ${(p.pgMs / Math.max(1, total)).toFixed(2)} ms CPU/req` : "") +
      `; ${p.health}`,
  );
  console.log("  endpoint                 ok   p50ms   p99ms  errors  503s  timeouts");
  for (const s of all)
    console.log(
      `  ${s.name.padEnd(22)} ${String(s.lat.length).padStart(6)} ${pct(s.lat, 50).toFixed(1).padStart(7)} ${pct(
        s.lat,
        99,
      )
        .toFixed(1)
        .padStart(7)} ${String(s.errors).padStart(7)} ${String(s.shed).padStart(5)} ${String(s.timeouts).padStart(9)}${
        s.codes.size ? `  (status ${[...s.codes].join(", ")}; 0 = connection error)` : ""
      }`,
    );
  return { okPerSecond: ok / p.seconds, node: p.nodeMs / Math.max(1, total), pg: p.pgMs / Math.max(1, total) };
}

async function startServer(kind: string, script: string): Promise<{ child: ChildProcess; target: Target }> {
  const env = { ...process.env, BENCH_DATABASE_URL: kind === "postgres" ? PG_URL : "" };
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", script], {
    cwd: new URL("../..", `file://${script}`).pathname,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!child.stdout) throw new Error("no stdout");
  for await (const line of createInterface({ input: child.stdout }))
    if (line.startsWith("{")) return { child, target: JSON.parse(line) as Target };
  throw new Error("benchmark server exited before it was ready");
}

console.log(
  `Spotter mixed API benchmark, ${SECONDS} s per phase, node ${process.version}, load ${readFileSync("/proc/loadavg", "utf8").trim()}`,
);
for (const kind of KINDS) {
  const servers: { label: string; child: ChildProcess; target: Target }[] = [];
  for (const s of SERVERS) servers.push({ label: s.label, ...(await startServer(kind, s.path)) });
  const named = (label: string, server: { label: string }) =>
    servers.length > 1 ? `${server.label}: ${label}` : label;
  const list = (): Call => ({ name: "GET /api/clients", method: "GET", path: "/api/clients" });
  for (const server of servers) {
    const { child, target } = server;
    if (!PHASES.has("ceiling")) break;
    if (kind === "postgres") {
      const rawCall = (): Call => ({ name: "raw /raw/clients", method: "GET", path: "/raw/clients" });
      const raw = report(
        kind,
        await phase(named("raw-driver ceiling, 50 connections", server), child, target, target.rawUrl, rawCall, {
          connections: 50,
        }),
      );
      const api = report(
        kind,
        await phase(named("GET /api/clients, 50 connections", server), child, target, target.apiUrl, list, {
          connections: 50,
        }),
      );
      console.log(
        `  => GET /api/clients at ${((100 * api) / raw).toFixed(0)}% of the raw-driver ceiling (target >= 60%)`,
      );
    } else
      report(
        kind,
        await phase(named("GET /api/clients, 50 connections", server), child, target, target.apiUrl, list, {
          connections: 50,
        }),
      );
  }
  if (PHASES.has("queue"))
    for (const server of servers) {
      const queue = (): Call => ({ name: "GET /api/queue", method: "GET", path: "/api/queue?view=summary&limit=100" });
      const label = named("GET /api/queue alone, 10 connections", server);
      report(kind, await phase(label, server.child, server.target, server.target.apiUrl, queue, { connections: 10 }));
    }
  // Each endpoint of the mix alone (10 connections), the servers alternating: CPU per request per endpoint.
  if (PHASES.has("endpoints")) {
    const table: string[] = [];
    for (const e of ENDPOINTS)
      for (const server of servers) {
        const label = named(`${e.name} alone, 10 connections`, server);
        const { target, child } = server;
        const r = reportCpu(
          kind,
          await phase(label, child, target, target.apiUrl, mixOf(target, e), { connections: 10 }),
        );
        table.push(
          `  ${e.name.padEnd(22)} ${server.label.padEnd(10)} ${r.okPerSecond.toFixed(0).padStart(6)} ${r.node.toFixed(2).padStart(8)} ${r.pg.toFixed(2).padStart(8)} ${(r.node + r.pg).toFixed(2).padStart(8)}`,
        );
      }
    console.log(`\n[${kind}] per endpoint alone: CPU ms per request`);
    console.log(`  ${"endpoint".padEnd(22)} ${"server".padEnd(10)}  ok/s     Node       PG    total`);
    for (const line of table) console.log(line);
  }
  for (const server of servers) {
    const { child, target } = server;
    const mix = mixOf(target);
    if (PHASES.has("open"))
      report(
        kind,
        await phase(named(`mixed, open loop ${RATE} req/s`, server), child, target, target.apiUrl, mix, { rate: RATE }),
      );
    const conns = Number(process.env.BENCH_CONNECTIONS ?? (kind === "postgres" ? 500 : 50));
    if (PHASES.has("closed"))
      report(
        kind,
        await phase(named(`mixed, closed loop ${conns} connections`, server), child, target, target.apiUrl, mix, {
          connections: conns,
        }),
      );
  }
  for (const { child } of servers) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
console.log(`\nload at the end: ${readFileSync("/proc/loadavg", "utf8").trim()}`);
