/**
 * Benchmark target, run as a child process by run.ts so its RSS can be sampled alone.
 * Starts the real Spotter app on a fresh database (PGlite in memory, or a new PostgreSQL
 * database when BENCH_DATABASE_URL is set) with the 18-client demo organization, plus a bare
 * Fastify server in the same process. Prints one JSON line: {apiUrl, bareUrl, cookie}.
 */
import { randomBytes } from "node:crypto";
import { ensureDemo } from "@spotter/cli";
import { buildApp, openDatabase } from "@spotter/server";
import Fastify from "fastify";
import pg from "pg";

const pgUrl = process.env.BENCH_DATABASE_URL;
let dbName: string | undefined;
let databaseUrl: string | undefined;
if (pgUrl) {
  dbName = `spotter_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
}
const database = await openDatabase(databaseUrl ? { databaseUrl, poolSize: 20 } : { dataDir: "memory://" });
const login = await ensureDemo(database, "bench-password-123");
const app = await buildApp({ database, logger: false });
const apiUrl = await app.listen({ port: 0, host: "127.0.0.1" });
const res = await fetch(`${apiUrl}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: login.email, password: login.password }),
});
const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];

const bare = Fastify({ logger: false });
bare.get("/bare", async () => ({ hello: "world" }));
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

console.log(JSON.stringify({ apiUrl, bareUrl, cookie }));

process.on("SIGTERM", async () => {
  await app.close();
  await bare.close();
  await database.close();
  if (pgUrl && dbName) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
  process.exit(0);
});
