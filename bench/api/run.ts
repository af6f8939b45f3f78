/**
 * API benchmark: authenticated GET /api/clients (the 18-client demo roster, first page) at 50 and
 * 200 connections, on PGlite and on PostgreSQL, beside a bare Fastify route measured in the same
 * run. Prints req/s, p50, p99 (ms), the ratio to bare, and the server process's peak RSS.
 *
 *   npx tsx bench/api/run.ts                 # both databases (PostgreSQL from BENCH_DATABASE_URL,
 *                                            # default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DB=pglite npx tsx bench/api/run.ts # one database only; BENCH_SECONDS=5 per measurement
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const KINDS = (process.env.BENCH_DB ?? "pglite,postgres").split(",");
const CONNECTIONS = [50, 200];

type Target = { apiUrl: string; bareUrl: string; cookie: string };
type Row = { db: string; route: string; connections: number; rps: number; p50: number; p99: number; non2xx: number };

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function startServer(kind: string): Promise<{ child: ChildProcess; target: Target }> {
  const env = { ...process.env, BENCH_DATABASE_URL: kind === "postgres" ? PG_URL : "" };
  const child = spawn(
    process.execPath,
    ["--max-semi-space-size=64", "--import", "tsx", new URL("./server.ts", import.meta.url).pathname],
    {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) if (line.startsWith("{")) return { child, target: JSON.parse(line) as Target };
  throw new Error("benchmark server exited before it was ready");
}

async function measure(url: string, connections: number, headers: Record<string, string>) {
  // One untimed second first, so JIT warm-up and first-query planning are not in the figures.
  await autocannon({ url, connections, duration: 1, headers });
  const r = await autocannon({ url, connections, duration: SECONDS, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors };
}

const rows: Row[] = [];
const peaks: Record<string, number> = {};
for (const kind of KINDS) {
  const { child, target } = await startServer(kind);
  let peak = rssKb(child.pid!);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(child.pid!));
  }, 100);
  for (const connections of CONNECTIONS) {
    const bare = await measure(`${target.bareUrl}/bare`, connections, {});
    rows.push({ db: kind, route: "bare fastify", connections, ...bare });
    const api = await measure(`${target.apiUrl}/api/clients`, connections, { cookie: target.cookie });
    rows.push({ db: kind, route: "GET /api/clients", connections, ...api });
  }
  clearInterval(sampler);
  peaks[kind] = peak;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}

const fmt = (n: number, w: number) => String(Math.round(n)).padStart(w);
console.log(`\nSpotter API benchmark (${SECONDS}s per row, node ${process.version})`);
console.log("database  route             conns   req/s   p50ms   p99ms  vs bare  errors");
for (const r of rows) {
  const bare = rows.find((b) => b.db === r.db && b.connections === r.connections && b.route === "bare fastify");
  const ratio = bare && r.route !== "bare fastify" ? `${(r.rps / bare.rps).toFixed(3)}x` : "1x";
  console.log(
    `${r.db.padEnd(9)} ${r.route.padEnd(17)} ${fmt(r.connections, 5)} ${fmt(r.rps, 7)} ${fmt(r.p50, 7)} ${fmt(r.p99, 7)} ${ratio.padStart(8)} ${fmt(r.non2xx, 7)}`,
  );
}
for (const [kind, kb] of Object.entries(peaks)) console.log(`peak server RSS (${kind}): ${(kb / 1024).toFixed(0)} MB`);
