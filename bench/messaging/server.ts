/**
 * Target of bench/messaging/run.ts, run as a child process so its memory (RSS) is its own: a new
 * PostgreSQL database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), the
 * real Spotter app, one organization whose owner coaches BENCH_CLIENTS clients (default 50), each
 * with a portal login. Prints one JSON line {url, owner: {cookie, csrf}, clients: [{cookie, csrf}]};
 * answers the IPC message "rss" with its resident set size in bytes; drops the database on "stop".
 */
import { randomBytes } from "node:crypto";
import { createClient, inviteAndAccept, signup, TestClient } from "@spotter/server/testing";
import pg from "pg";

// BENCH_SERVER_SRC: another copy of packages/server/src/index.ts (e.g. an earlier commit's, see
// run.ts BENCH_BEFORE), so one run can compare two versions of the server on the same machine.
const { buildApp, openDatabase } = (await import(
  process.env.BENCH_SERVER_SRC ?? "@spotter/server"
)) as typeof import("@spotter/server");

const pgUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const dbName = `spotter_msg_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query(`create database ${dbName}`);
await admin.end();
const u = new URL(pgUrl);
u.pathname = `/${dbName}`;
const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 20 });
const app = await buildApp({ database, logger: false });
const url = await app.listen({ port: 0, host: "127.0.0.1" });

const owner = new TestClient(url);
await signup(owner, "Messaging bench");
const clients: { cookie: string; csrf: string; clientId: string }[] = [];
for (let i = 0; i < CLIENTS; i++) {
  const clientId = await createClient(owner, `Bench client ${i}`);
  const login = new TestClient(url);
  await inviteAndAccept(owner, login, { role: "client", clientId });
  clients.push({ cookie: login.cookie ?? "", csrf: login.csrfToken ?? "", clientId });
}
process.stdout.write(`${JSON.stringify({ url, owner: { cookie: owner.cookie, csrf: owner.csrfToken }, clients })}\n`);

process.on("message", async (msg) => {
  if (msg === "rss") process.send?.({ rss: process.memoryUsage().rss });
  if (msg === "stop") {
    await app.close();
    await database.close();
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
    process.exit(0);
  }
});
