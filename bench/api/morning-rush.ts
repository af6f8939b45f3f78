/**
 * The morning rush of issue 12's "Done when": a 10,000-client business on one PostgreSQL and a few
 * API nodes answers every coach in well under a second during the morning rush, and nothing falls
 * over when it is pushed past that.
 *
 * The business (rush-world.ts): an owner and 20 coaches with 500 clients each, 60 days of data per
 * client, last night's daily pass. BENCH_NODES API nodes (default 3, rush-node.ts) share the
 * database; a round-robin balancer without stickiness sends each request to the next node, so a
 * coach's requests land on every node (and their session must be known on each).
 *
 * What people do, as page views (a page's time is from its first request to its last answer,
 * requests in the order and parallelism the web app uses):
 * - staff, one page every 2 s each while they work through the morning: roster page (a list page,
 *   then its lights and the unread count), triage queue, approve a proposal (and reload the queue),
 *   a client's page (detail, monitoring, proposals), Today; the owner's roster and queue span all
 *   10,000 clients.
 * - clients: each of the 10,000 opens Today and posts a check-in once in a 30-minute peak
 *   (BENCH_CLIENT_LOGINS sessions take turns being them).
 * That is the rush at ×1. Phases, BENCH_SECONDS each (default 20), open loop at a fixed arrival rate:
 *   1. ×1, then ×BENCH_SCALE (default 3: three times the business's own peak, its headroom);
 *   2. ×1 while the daily pass runs on node 1, and an owner deactivates a coach midway
 *      (the coach's cookie must be refused by every node at once);
 *   3. pushed past: BENCH_PUSH_USERS (default 1,500) people clicking without pause (closed loop;
 *      answered 503, they wait the Retry-After as the web app does);
 *   4. ×1 again: the nodes recover at once.
 * Health checks go to every node every 200 ms throughout. Prints per phase the pages' p50/p99/max,
 * refusals, errors and timeouts, each process's CPU, and a verdict against the Done-when.
 *
 *   NODE_OPTIONS=--max-semi-space-size=64 npx tsx bench/api/morning-rush.ts
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createInterface } from "node:readline";
import { pgBackendsMeter, ticks } from "./process-cpu.ts";
import { type ClientLogin, createRushWorld, dropRushWorld, type RushWorld, type Staff } from "./rush-world.ts";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const NODES = Number(process.env.BENCH_NODES ?? 3);
const COACHES = Number(process.env.BENCH_COACHES ?? 20);
const CLIENTS_PER_COACH = Number(process.env.BENCH_CLIENTS_PER_COACH ?? 500);
const CLIENT_LOGINS = Number(process.env.BENCH_CLIENT_LOGINS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SCALE = Number(process.env.BENCH_SCALE ?? 3);
const PUSH_USERS = Number(process.env.BENCH_PUSH_USERS ?? 1500);
/**
 * `BENCH_WORLD=<file>`: keep the business's database and its description in the file, and reuse
 * both on the next run (for profiling one phase again; a reused world has the earlier runs' writes).
 */
const WORLD_FILE = process.env.BENCH_WORLD;
/**
 * `BENCH_NODE_SCRIPT=/abs/path/rush-node.ts`: the API nodes of another checkout (a worktree of an
 * earlier commit with this rush-node.ts copied in), to compare two versions on one kept world.
 */
const NODE_SCRIPT = process.env.BENCH_NODE_SCRIPT;
/** Phases to run (default all): rush1, rush, pass, push, after. */
const PHASES = new Set((process.env.BENCH_PHASES ?? "rush1,rush,pass,push,after").split(","));
/** A page view abandoned by the person after this long counts as a timeout. */
const TIMEOUT_MS = 30_000;
/** The rush at ×1: a page every 2 s from each staff member; each client once in a 30-minute peak. */
const STAFF_PAGES_PER_S = 0.5;
const PEAK_S = 30 * 60;
/** The web app's page sizes (roster ROSTER_PAGE_SIZE, triage QUEUE_PAGE). */
const ROSTER_PAGE = 50;
const QUEUE_PAGE = 50;

type Node = { child: ChildProcess; url: string; agent: http.Agent; lines: AsyncIterator<string> };
type Answer = { status: number; ms: number; body: string; retryAfterS?: number; setCookie?: string };
type Person = { cookie: string; csrf: string };
type CoachState = Staff & Person & { proposals: string[]; off?: boolean };
type PageResult = { kind: string; ms: number; worst: number; retryAfterS?: number };

const log = (line: string) => console.log(line);
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const today = () => new Date().toISOString().slice(0, 10);

let nodes: Node[] = [];
let turn = 0;
/** The balancer: each request to the next node. */
const nextNode = () => nodes[turn++ % nodes.length] as Node;

function request(node: Node, who: Person | null, method: string, path: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      new URL(path, node.url),
      {
        method,
        agent: node.agent,
        timeout: TIMEOUT_MS,
        headers: {
          ...(who ? { cookie: who.cookie } : {}),
          ...(data ? { "content-type": "application/json" } : {}),
          ...(who && method !== "GET" ? { "x-csrf-token": who.csrf } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const retryAfterS = Number(res.headers["retry-after"] ?? Number.NaN);
          const setCookie = res.headers["set-cookie"]?.[0]?.split(";")[0];
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            body: Buffer.concat(chunks).toString(),
            ...(Number.isFinite(retryAfterS) ? { retryAfterS } : {}),
            ...(setCookie ? { setCookie } : {}),
          });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) =>
      resolve({ status: e.message === "timeout" ? -1 : 0, ms: performance.now() - started, body: "" }),
    );
    req.end(data);
  });
}

/** How bad an answer is for a page: ok < refused (503) < timed out (-1) < any other error (0: no connection). */
const outcomeRank = (status: number) =>
  status >= 200 && status < 300 ? 0 : status === 503 ? 1 : status === -1 ? 2 : 3;

/** One page view: its requests through the balancer; the page's outcome is its worst answer. */
class PageView {
  worst = 200;
  retryAfterS: number | undefined;
  constructor(
    readonly kind: string,
    readonly who: Person,
  ) {}
  /** The answer's JSON when `parse` (the generator's CPU is shared with the nodes: parse only what a page reads). */
  async call(method: string, path: string, body?: unknown, parse = false): Promise<unknown> {
    const a = await request(nextNode(), this.who, method, path, body);
    if (a.status < 200 || a.status >= 300) {
      if (a.status === 503) this.retryAfterS = a.retryAfterS;
      if (outcomeRank(a.status) > outcomeRank(this.worst)) this.worst = a.status;
      return undefined;
    }
    return parse && a.body ? JSON.parse(a.body) : undefined;
  }
}

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T;
/** Proposals a page view has taken to approve: two pages never approve the same one (that is a 409, rightly). */
const claimed = new Set<string>();
let counter = 0;

async function staffPage(coach: CoachState, p: PageView, choice: number) {
  const n = counter++;
  if (choice < 3) {
    const pages = Math.max(1, Math.floor(coach.clientIds.length / ROSTER_PAGE));
    const [list] = await Promise.all([
      p.call("GET", `/api/clients?page=${(n % pages) + 1}&pageSize=${ROSTER_PAGE}`, undefined, true) as Promise<
        { items: { id: string }[] } | undefined
      >,
      p.call("GET", "/api/notifications/unread-count"),
    ]);
    const ids = list?.items.map((c) => c.id) ?? [];
    if (ids.length) await p.call("GET", `/api/queue/levels?clientIds=${ids.join(",")}`);
  } else if (choice < 8) {
    // The owner's queue holds every coach's proposals: one another page took since this list loaded is skipped.
    let id = choice < 6 ? undefined : coach.proposals.pop();
    while (id !== undefined && claimed.has(id)) id = coach.proposals.pop();
    if (id !== undefined) {
      claimed.add(id);
      await p.call("POST", `/api/proposals/${id}/approve`, {});
    }
    await loadQueue(coach, p);
  } else if (choice < 12) {
    const id = pick(coach.clientIds, n * 7919);
    await Promise.all([
      p.call("GET", `/api/clients/${id}`),
      p.call("GET", `/api/clients/${id}/monitoring`),
      p.call("GET", `/api/clients/${id}/proposals`),
    ]);
  } else {
    await p.call("GET", "/api/today");
  }
}

async function loadQueue(coach: CoachState, p: PageView) {
  const q = (await p.call("GET", `/api/queue?view=summary&limit=${QUEUE_PAGE}&offset=0`, undefined, true)) as
    | { items: { type: string; id: string }[] }
    | undefined;
  if (q) coach.proposals = q.items.filter((i) => i.type === "proposal" && !claimed.has(i.id)).map((i) => i.id);
}

async function clientVisit(p: PageView) {
  await p.call("GET", "/api/me/today");
  await p.call("POST", "/api/me/checkins", {
    date: today(),
    sleepHours: 7,
    sleepQuality: 3,
    fatigue: 2,
    soreness: 2,
    stress: 2,
    mood: 3,
  });
}

const STAFF_KINDS = ["roster", "roster", "roster", "queue", "queue", "queue", "approve", "approve"].concat([
  "client",
  "client",
  "client",
  "client",
  "today",
]);

function makeVisitor(coaches: CoachState[], clients: ClientLogin[]) {
  const staffRate = coaches.length * STAFF_PAGES_PER_S;
  const clientRate = (COACHES * CLIENTS_PER_COACH) / PEAK_S;
  let s = 0;
  let c = 0;
  let owed = 0;
  return {
    pagesPerS: staffRate + clientRate,
    /** The next page view, staff and clients interleaved in proportion to their rates. */
    async next(): Promise<PageResult> {
      owed += clientRate / (staffRate + clientRate);
      const started = performance.now();
      if (owed >= 1) {
        owed -= 1;
        const who = pick(clients, c++);
        const p = new PageView("client: Today + check-in", who);
        await clientVisit(p);
        return { kind: p.kind, ms: performance.now() - started, worst: p.worst, retryAfterS: p.retryAfterS };
      }
      const active = coaches.filter((x) => !x.off);
      const coach = pick(active, s++);
      const choice = (s * 5 + Math.floor(s / active.length)) % STAFF_KINDS.length;
      const kind = `${coach.role}: ${STAFF_KINDS[choice]}`;
      const p = new PageView(kind, coach);
      await staffPage(coach, p, choice);
      return { kind, ms: performance.now() - started, worst: p.worst, retryAfterS: p.retryAfterS };
    },
  };
}

type Tally = { ms: number[]; shed: number; errors: number; timeouts: number; codes: Set<number> };
type PhaseResult = { label: string; tallies: Map<string, Tally>; seconds: number; health: HealthTally[] };
type HealthTally = {
  ok: number;
  failed: number;
  worst: number;
  slowRun: number;
  unhealthyMs: number;
  slowAt: number[];
};

function tallyOf(m: Map<string, Tally>, kind: string): Tally {
  let t = m.get(kind);
  if (!t) {
    t = { ms: [], shed: 0, errors: 0, timeouts: 0, codes: new Set() };
    m.set(kind, t);
  }
  return t;
}

function record(m: Map<string, Tally>, r: PageResult) {
  const t = tallyOf(m, r.kind);
  if (r.worst === 200) t.ms.push(r.ms);
  else if (r.worst === 503) t.shed++;
  else if (r.worst === -1) t.timeouts++;
  else {
    t.errors++;
    t.codes.add(r.worst);
  }
}

/** The health prober (health-prober.ts) over every node, until stop() returns its tallies. */
async function startProber(): Promise<{ stop(): Promise<HealthTally[]> }> {
  const script = new URL("./health-prober.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--import", "tsx", script, ...nodes.map((n) => n.url)], {
    cwd: new URL("../..", import.meta.url).pathname,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!child.stdout) throw new Error("no stdout");
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  await lines.next();
  return {
    async stop() {
      child.kill("SIGTERM");
      const { value } = await lines.next();
      return JSON.parse(String(value)) as HealthTally[];
    },
  };
}

async function runPhase(
  label: string,
  visitor: ReturnType<typeof makeVisitor>,
  load: { scale?: number; users?: number },
  during?: () => Promise<void>,
): Promise<PhaseResult> {
  const tallies = new Map<string, Tally>();
  const prober = await startProber();
  const cpu0 = nodes.map((n) => ticks(n.child.pid ?? 0));
  const generator0 = process.cpuUsage();
  const pgMeter = await pgBackendsMeter(PG_URL, world.dbName);
  const started = performance.now();
  const end = started + SECONDS * 1000;
  const inflight: Promise<void>[] = [];
  const side = during?.();
  if (load.users) {
    for (let i = 0; i < load.users; i++)
      inflight.push(
        (async () => {
          while (performance.now() < end) {
            const r = await visitor.next();
            record(tallies, r);
            if (r.worst === 503 && r.retryAfterS !== undefined)
              await new Promise((res) =>
                setTimeout(res, Math.max(0, Math.min(r.retryAfterS * 1000, end - performance.now()))),
              );
          }
        })(),
      );
  } else {
    const rate = visitor.pagesPerS * (load.scale ?? 1);
    let sent = 0;
    while (performance.now() < end) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      for (; sent < due; sent++) inflight.push(visitor.next().then((r) => record(tallies, r)));
      await new Promise((res) => setTimeout(res, 5));
    }
  }
  await Promise.all(inflight);
  await side;
  const seconds = (performance.now() - started) / 1000;
  const health = await prober.stop();
  const nodeMs = nodes.map((n, i) => ticks(n.child.pid ?? 0) - (cpu0[i] ?? 0));
  const generator = process.cpuUsage(generator0);
  const generatorS = (generator.user + generator.system) / 1e6;
  const pgMs = await pgMeter.stop();
  const pages = [...tallies.values()].reduce((n, t) => n + t.ms.length + t.shed + t.errors + t.timeouts, 0);
  log(`\n${label}: ${(pages / seconds).toFixed(0)} page views/s over ${seconds.toFixed(1)} s (load ${loadavg()})`);
  log(
    `  CPU: nodes ${nodeMs.map((m) => (m / 1000).toFixed(1)).join(" + ")} s, PostgreSQL ${(pgMs / 1000).toFixed(1)} s ` +
      `(${((nodeMs.reduce((a, b) => a + b, 0) + pgMs) / Math.max(1, pages)).toFixed(1)} ms a page); this load generator ${generatorS.toFixed(1)} s`,
  );
  log(
    `  health: ${health.map((h, i) => `node ${i + 1} ${h.ok} answered, ${h.failed} not, slowest ${h.worst.toFixed(0)} ms, ${h.slowRun} over 1 s in a row${h.slowAt.length ? ` (sent at ${h.slowAt.join(", ")} s; unhealthy for ${h.unhealthyMs} ms at most)` : ""}`).join("; ")}`,
  );
  log("  page                        ok    p50ms   p99ms   maxms   503s  errors  timeouts");
  for (const [kind, t] of [...tallies.entries()].sort()) {
    const s = [...t.ms].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) : Number.NaN);
    log(
      `  ${kind.padEnd(26)} ${String(s.length).padStart(5)} ${q(0.5).toFixed(0).padStart(8)} ${q(0.99).toFixed(0).padStart(7)} ${(s.at(-1) ?? Number.NaN).toFixed(0).padStart(7)} ${String(t.shed).padStart(6)} ${String(t.errors).padStart(7)} ${String(t.timeouts).padStart(9)}${t.codes.size ? `  (status ${[...t.codes].join(", ")}; 0 = connection error)` : ""}`,
    );
  }
  return { label, tallies, seconds, health };
}

async function startNode(i: number): Promise<Node> {
  const script = NODE_SCRIPT ?? new URL("./rush-node.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", script], {
    cwd: new URL("../..", `file://${script}`).pathname,
    env: { ...process.env, BENCH_NODE_DATABASE_URL: world.databaseUrl, BENCH_NODE_ORG: world.organizationId },
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!child.stdout) throw new Error("no stdout");
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await lines.next();
    if (done) throw new Error(`node ${i + 1} exited before it listened`);
    if (value.startsWith("{")) {
      const { url } = JSON.parse(value) as { url: string };
      return { child, url, lines, agent: new http.Agent({ keepAlive: true, maxSockets: 4096, maxFreeSockets: 4096 }) };
    }
  }
}

/** Waits for the node's next JSON line that has `key`. */
async function nodeSays<T>(node: Node, key: string): Promise<T> {
  for (;;) {
    const { value, done } = await node.lines.next();
    if (done) throw new Error("the node exited");
    if (value.startsWith("{")) {
      const parsed = JSON.parse(value) as Record<string, T>;
      if (key in parsed) return parsed[key] as T;
    }
  }
}

log(
  `Spotter morning rush: ${COACHES} coaches × ${CLIENTS_PER_COACH} clients, ${NODES} API nodes, one PostgreSQL; node ${process.version}, load ${loadavg()}`,
);
const setupStarted = performance.now();
const world: RushWorld =
  WORLD_FILE && existsSync(WORLD_FILE)
    ? JSON.parse(readFileSync(WORLD_FILE, "utf8"))
    : await createRushWorld(PG_URL, {
        coaches: COACHES,
        clientsPerCoach: CLIENTS_PER_COACH,
        clientLogins: CLIENT_LOGINS,
        log,
      });
if (WORLD_FILE) writeFileSync(WORLD_FILE, JSON.stringify(world));
log(
  `business ready in ${((performance.now() - setupStarted) / 1000).toFixed(0)} s; last night's pass: ${world.overnightPass.ms} ms, ` +
    `${world.overnightPass.flags} flags, ${world.overnightPass.proposals} proposals`,
);
const verdicts: string[] = [];
try {
  nodes = await Promise.all(Array.from({ length: NODES }, (_, i) => startNode(i)));

  // Staff sign in as the rush starts, through the balancer.
  const signIns: number[] = [];
  const coaches: CoachState[] = [];
  for (const s of world.staff) {
    const a = await request(nextNode(), null, "POST", "/api/auth/login", { email: s.email, password: world.password });
    if (a.status !== 200 || !a.setCookie) throw new Error(`sign-in of ${s.email}: ${a.status} ${a.body}`);
    signIns.push(a.ms);
    const { csrfToken } = JSON.parse(a.body) as { csrfToken: string };
    coaches.push({ ...s, cookie: a.setCookie, csrf: csrfToken, proposals: [] });
  }
  log(`staff signed in: ${coaches.length}, slowest sign-in ${Math.max(...signIns).toFixed(0)} ms`);
  const visitor = makeVisitor(coaches, world.clientLogins);
  log(`the rush at ×1: ${visitor.pagesPerS.toFixed(1)} page views/s`);

  const rushPhases: PhaseResult[] = [];
  if (PHASES.has("rush1")) rushPhases.push(await runPhase("rush ×1", visitor, { scale: 1 }));
  if (PHASES.has("rush")) rushPhases.push(await runPhase(`rush ×${SCALE}`, visitor, { scale: SCALE }));

  const leaving = coaches.at(-1) as CoachState;
  const owner = coaches[0] as CoachState;
  let lockout = "";
  if (PHASES.has("pass")) {
    let passLine = "";
    const label = "rush ×1, daily pass on node 1, a coach deactivated midway";
    rushPhases.push(
      await runPhase(label, visitor, { scale: 1 }, async () => {
        const node1 = nodes[0] as Node;
        node1.child.kill("SIGUSR2");
        const pass = nodeSays<{ ms: number; clients: number; evaluated: number }>(node1, "pass");
        await new Promise((res) => setTimeout(res, (SECONDS * 1000) / 2));
        leaving.off = true;
        const off = await request(node1, owner, "POST", `/api/members/${leaving.userId}/deactivate`);
        const after = await Promise.all(nodes.map((n) => request(n, leaving, "GET", "/api/auth/me")));
        lockout = `deactivation answered ${off.status} in ${off.ms.toFixed(0)} ms; the coach's next request on each node: ${after.map((a) => a.status).join(", ")}`;
        // Back to work (a kept world, BENCH_WORLD, signs every coach in on its next run).
        await request(node1, owner, "POST", `/api/members/${leaving.userId}/reactivate`);
        const p = await pass;
        passLine = `daily pass on node 1 during the rush: ${p.ms} ms, ${p.clients} clients, ${p.evaluated} evaluated`;
      }),
    );
    log(`  ${passLine}`);
    log(`  ${lockout}`);
  }
  const push = PHASES.has("push")
    ? await runPhase(`pushed past: ${PUSH_USERS} people clicking without pause`, visitor, { users: PUSH_USERS })
    : undefined;
  if (PHASES.has("after")) rushPhases.push(await runPhase("rush ×1 after the push", visitor, { scale: 1 }));

  for (const r of rushPhases) {
    let worst = 0;
    let p99 = 0;
    let bad = 0;
    for (const [kind, t] of r.tallies) {
      bad += t.errors + t.timeouts + t.shed;
      if (kind.startsWith("client")) continue;
      const s = [...t.ms].sort((a, b) => a - b);
      p99 = Math.max(p99, s[Math.floor(0.99 * (s.length - 1))] ?? 0);
      worst = Math.max(worst, s.at(-1) ?? 0);
    }
    verdicts.push(
      `${r.label}: slowest staff page kind p99 ${p99.toFixed(0)} ms, slowest staff page ${worst.toFixed(0)} ms, ` +
        `${bad} pages not answered ok → ${p99 < 1000 && bad === 0 ? "met" : "NOT met"}`,
    );
  }
  if (push) {
    let errors = 0;
    let timeouts = 0;
    let shed = 0;
    for (const t of push.tallies.values()) {
      errors += t.errors;
      timeouts += t.timeouts;
      shed += t.shed;
    }
    const slowestHealth = Math.max(...push.health.map((h) => h.worst));
    const unhealthyMs = Math.max(...push.health.map((h) => h.unhealthyMs));
    // A node stays in rotation unless it looks unhealthy for ~3 s: a readiness probe at its
    // tightest (every 1 s, 1 s timeout, three failures); see health-prober.ts.
    const healthOk = push.health.every((h) => h.failed === 0) && unhealthyMs < 3000;
    verdicts.push(
      `pushed past: ${shed} pages refused with 503 + Retry-After, ${errors} errors, ${timeouts} timeouts; ` +
        `health on every node answered (slowest ${slowestHealth.toFixed(0)} ms; no node unhealthy for 3 s: ` +
        `at most ${unhealthyMs} ms) → ` +
        `${errors === 0 && timeouts === 0 && healthOk ? "nothing fell over" : "NOT met"}`,
    );
  }
  if (lockout) {
    const lockedOut = lockout.endsWith(nodes.map(() => "401").join(", "));
    verdicts.push(`deactivated coach refused on every node at once → ${lockedOut ? "met" : "NOT met"}`);
  }
  log("\nverdict (issue 12, Done when):");
  for (const v of verdicts) log(`  ${v}`);
} finally {
  for (const n of nodes) n.child.kill("SIGTERM");
  await Promise.all(
    nodes.map((n) => new Promise((res) => (n.child.exitCode !== null ? res(null) : n.child.once("exit", res)))),
  );
  if (!WORLD_FILE) await dropRushWorld(PG_URL, world.dbName);
  log(`\nload at the end: ${loadavg()}`);
}
