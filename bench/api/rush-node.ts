/**
 * One API node of bench/api/morning-rush.ts: the real Spotter app with its default configuration
 * (pool, overload guard, session cache with cross-node invalidation) on the shared PostgreSQL
 * database named by BENCH_NODE_DATABASE_URL. Prints one JSON line {url, pid} when it listens.
 *
 * SIGUSR2 runs the daily pass for BENCH_NODE_ORG in this process, as a scheduled job on one node
 * would, and prints {pass: {ms, clients, evaluated}} when it ends.
 */
import { buildApp, openDatabase, runDailyPass } from "@spotter/server";

const databaseUrl = process.env.BENCH_NODE_DATABASE_URL;
const organizationId = process.env.BENCH_NODE_ORG;
if (!databaseUrl || !organizationId) throw new Error("BENCH_NODE_DATABASE_URL and BENCH_NODE_ORG are required");

const database = await openDatabase({ databaseUrl });
const app = await buildApp({ database, logger: false });
const url = await app.listen({ port: 0, host: "127.0.0.1" });
console.log(JSON.stringify({ url, pid: process.pid }));

process.on("SIGUSR2", async () => {
  const started = performance.now();
  const stats = await runDailyPass(database, { organizationId });
  const ms = Math.round(performance.now() - started);
  console.log(JSON.stringify({ pass: { ms, clients: stats.clients, evaluated: stats.evaluated } }));
});

process.on("SIGTERM", async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
