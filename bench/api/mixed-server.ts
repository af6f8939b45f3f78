/**
 * Target of bench/api/mixed.ts, run as a child process so its CPU can be read alone. A fresh
 * database (PGlite in memory, or a new PostgreSQL database when BENCH_DATABASE_URL is set) with
 * one organization whose owner coaches BENCH_CLIENTS synthetic clients (default 500) with 60 days
 * of check-ins and sessions and one daily pass (so the queue is full), the real Spotter app, and in
 * the same process a bare Fastify server whose /raw/clients runs the statements of an
 * authenticated GET /api/clients through plain node-postgres named statements (session lookup,
 * the roster page with its window count, the read-audit insert): the driver's ceiling.
 * Prints one JSON line: {apiUrl, rawUrl, cookie, csrf, clientIds, dbName}.
 */
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { buildApp, DEFAULT_CONFIG, openDatabase, runDailyPass } from "@spotter/server";
import { generateScaleData, hashPassword } from "@spotter/server/demo";
import Fastify from "fastify";
import pg from "pg";
import { statementText as rosterStatementText } from "../../packages/server/src/routes/clients/list-query.ts";
import { nowEpoch, type Span, startStallTrace } from "./trace.ts";

const pgUrl = process.env.BENCH_DATABASE_URL;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
let dbName: string | undefined;
let databaseUrl: string | undefined;
if (pgUrl) {
  dbName = `spotter_mixed_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
}
const database = await openDatabase(
  databaseUrl
    ? { databaseUrl, poolSize: 20, keepConnections: process.env.BENCH_KEEP_CONNECTIONS !== "0" }
    : { dataDir: "memory://" },
);
const email = "mixed-owner@bench.local";
const password = "bench-password-123";
const [org] = await database.query<{ id: string }>(
  "insert into organizations (name) values ('Mixed bench') returning id",
);
const [user] = await database.query<{ id: string }>(
  "insert into users (email, name, password_hash) values ($1, 'Bench Owner', $2) returning id",
  [email, await hashPassword(password)],
);
if (!org || !user) throw new Error("could not create the organization");
await database.query("insert into memberships (organization_id, user_id, role) values ($1, $2, 'owner')", [
  org.id,
  user.id,
]);
const gen = await generateScaleData(database, {
  organizationId: org.id,
  coachUserId: user.id,
  clients: CLIENTS,
  days: 60,
});
await runDailyPass(database, { organizationId: org.id });
await database.query("analyze");

// `BENCH_MAX_QUEUED`: the overload guard's queue length, to compare settings in one run.
const maxQueued = process.env.BENCH_MAX_QUEUED
  ? Number(process.env.BENCH_MAX_QUEUED)
  : DEFAULT_CONFIG.overload.maxQueued;
const app = await buildApp({
  database,
  logger: false,
  config: { overload: { ...DEFAULT_CONFIG.overload, maxQueued } },
});
const apiUrl = await app.listen({ port: 0, host: "127.0.0.1" });
const login = await fetch(`${apiUrl}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email, password }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const me = (await (await fetch(`${apiUrl}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };

// The raw-driver ceiling: the same statements, named (prepared once per connection), no framework work.
const raw = Fastify({ logger: false });
if (database.pool) {
  const pool = database.pool;
  const tokenHash = createHash("sha256")
    .update(cookie.split("=")[1] ?? "")
    .digest("hex");
  raw.get("/raw/clients", async (request) => {
    const session = await pool.query({
      name: "raw_session",
      text: `select s.id, s.user_id, s.organization_id, s.expires_at, m.role, c.id as client_id
             from login_sessions s join memberships m on m.user_id = s.user_id and m.organization_id = s.organization_id
             left join clients c on c.user_id = s.user_id and c.organization_id = s.organization_id
             where s.token_hash = $1 limit 1`,
      values: [tokenHash],
    });
    const actor = session.rows[0] ?? { organization_id: org.id, user_id: user.id };
    // The roster page GET /api/clients runs (the owner's, status active), not the original
    // `select c.*, ..., count(*) over()`, which cost PostgreSQL ~3.5 ms a request and made the ratio
    // compare the API with a ceiling of other, slower queries.
    const page = await pool.query({
      name: "raw_clients",
      text: rosterStatementText("owner", true),
      values: [actor.organization_id, 25, 0, "active"],
    });
    await pool.query({
      name: "raw_audit",
      text: `insert into audit_events (organization_id, actor_user_id, action, entity_type, ip, user_agent, metadata)
             values ($1, $2, 'client.list', 'client', $3, $4, $5)`,
      values: [actor.organization_id, actor.user_id, request.ip, request.headers["user-agent"] ?? null, { page: 1 }],
    });
    return {
      items: page.rows.map((r) => ({ id: r.id, name: r.name, email: r.email, status: r.status })),
      total: Number(page.rows[0]?.total ?? 0),
    };
  });
}
// BENCH_PROFILE (mixed.ts): a CPU profile of the server over one phase, started and stopped here
// so the data generation above is not in it.
const inspector = new Session();
raw.post<{ Querystring: { file?: string } }>("/raw/profile", async (request) => {
  if (!request.query.file) {
    inspector.connect();
    await inspector.post("Profiler.enable");
    await inspector.post("Profiler.start");
    return { started: true };
  }
  const { profile } = await inspector.post("Profiler.stop");
  writeFileSync(request.query.file, JSON.stringify(profile));
  inspector.disconnect();
  return { written: request.query.file };
});
// BENCH_TRACE (mixed.ts): this process's GC pauses, event-loop stalls, pool waiters and each
// request's time inside it, over one phase (trace.ts).
let tracing: { stop(): unknown } | undefined;
raw.post<{ Querystring: { stop?: string } }>("/raw/trace", async (request) => {
  if (!request.query.stop) {
    const stalls = startStallTrace();
    const requests: Span[] = [];
    const poolWaits: Span[] = [];
    const poolSizes: Span[] = [[nowEpoch(), 0, String(database.pool?.totalCount ?? 0)]];
    const onRequest = (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
      const started = nowEpoch();
      res.once("finish", () =>
        requests.push([started, nowEpoch() - started, `${req.method} ${req.url?.split("?")[0]}`]),
      );
    };
    app.server.on("request", onRequest);
    const sampler = setInterval(() => {
      const waiting = database.pool?.waitingCount ?? 0;
      if (waiting > 0) poolWaits.push([nowEpoch(), 5, String(waiting)]);
      const size = String(database.pool?.totalCount ?? 0);
      if (poolSizes.at(-1)?.[2] !== size) poolSizes.push([nowEpoch(), 0, size]);
    }, 5);
    tracing = {
      stop: () => {
        app.server.off("request", onRequest);
        clearInterval(sampler);
        return { ...stalls.stop(), requests, poolWaits, poolSizes };
      },
    };
    return { started: true };
  }
  const trace = tracing?.stop();
  tracing = undefined;
  return trace;
});
const rawUrl = await raw.listen({ port: 0, host: "127.0.0.1" });

console.log(
  JSON.stringify({ apiUrl, rawUrl, cookie, csrf: me.csrfToken, clientIds: gen.clientIds.slice(0, 200), dbName }),
);

process.on("SIGTERM", async () => {
  await app.close();
  await raw.close();
  await database.close();
  if (pgUrl && dbName) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  process.exit(0);
});
