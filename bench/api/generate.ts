/**
 * API benchmark, drafting case: POST /api/clients/:id/sessions (database included) for a client
 * with one year of logged history (3 sessions a week, 156 logs), on PGlite and PostgreSQL. Two
 * clients with the same history are measured in the same run: one drafts from the windowed
 * history + progression archive (the current path); the other has no archive, so drafting reads
 * and parses every log (the old path). Sequential calls from one client (latency, not throughput),
 * interleaved, after 100 untimed calls per path. Prints p50/p99 (ms) per path and the ratio old/new,
 * and the Node CPU per call (process.cpuUsage around each call: server and client share the
 * process, so it is the request's whole Node cost; wall time on a shared machine is mostly waiting).
 * BENCH_PROFILE=<file.cpuprofile> writes a CPU profile of the timed calls only (node:inspector).
 * BENCH_NAMED=compare times each path twice, alternating by block of 25 calls in the same run: with
 * the server's named prepared statements (db/named-query.ts) and with every statement unnamed; the
 * PostgreSQL CPU is then per variant (summed over its blocks).
 *
 * Setup: year-world.ts.
 *
 *   npx tsx bench/api/generate.ts            # both databases (PostgreSQL from BENCH_DATABASE_URL,
 *                                            # default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_DB=pglite BENCH_N=200 npx tsx bench/api/generate.ts
 * Target (issue 8): p99 ≤ 50 ms on PostgreSQL.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { setNamedStatements } from "../../packages/server/src/db/named-query.ts";
import { cpuSample, cpuSince } from "../triage/cpu.ts";
import { call, pct, seedWindowedAndFull, startYearWorld } from "./year-world.ts";

const KINDS = (process.env.BENCH_DB ?? "pglite,postgres").split(",");
const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
/** BENCH_PATHS=windowed times (and profiles) the current path only. */
const TIMED = (process.env.BENCH_PATHS ?? "windowed,full").split(",") as ("windowed" | "full")[];
/** Named statements on (true) and, with BENCH_NAMED=compare, off in alternate blocks. */
const VARIANTS = process.env.BENCH_NAMED === "compare" ? [true, false] : [true];
const BLOCK = 25;

async function runOn(kind: string) {
  const w = await startYearWorld(kind);
  const { database, h } = w;
  try {
    const clients = await seedWindowedAndFull(w);
    const key = (path: string, named: boolean) => `${path}|${named}`;
    const times = new Map<string, number[]>();
    const cpu = new Map<string, number[]>();
    const pgMs = new Map<boolean, number>();
    for (const path of TIMED)
      for (const named of VARIANTS) {
        times.set(key(path, named), []);
        cpu.set(key(path, named), []);
      }
    const draft = (path: "windowed" | "full") =>
      call(h, "POST", `/api/clients/${clients[path]}/sessions`, { durationMinutes: 60 });
    for (const named of VARIANTS) {
      setNamedStatements(named);
      for (let i = 0; i < WARMUP; i++) for (const path of TIMED) await draft(path);
    }
    const profiler = process.env.BENCH_PROFILE ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    // Interleaved, so both paths (and variants) see the same machine state (JIT, caches, background work).
    for (let block = 0; block * BLOCK < N * VARIANTS.length; block++) {
      const named = VARIANTS[block % VARIANTS.length]!;
      setNamedStatements(named);
      // A client has a draft or two a day, not hundreds: clear the bench's drafts now and then (untimed).
      await database.query("delete from training_sessions where status = 'draft'");
      const pg0 = await cpuSample(database);
      for (let i = 0; i < BLOCK; i++) {
        for (const path of TIMED) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          await draft(path);
          times.get(key(path, named))!.push(performance.now() - t0);
          const c = process.cpuUsage(c0);
          cpu.get(key(path, named))!.push((c.user + c.system) / 1000);
        }
      }
      // The database's CPU over the block's calls of every path.
      pgMs.set(named, (pgMs.get(named) ?? 0) + ((await cpuSince(database, pg0)).pgMs ?? Number.NaN));
    }
    setNamedStatements(true);
    if (profiler && process.env.BENCH_PROFILE) {
      const { profile } = await profiler.post("Profiler.stop");
      writeFileSync(
        `${process.env.BENCH_PROFILE.replace(/\.cpuprofile$/, "")}-${kind}.cpuprofile`,
        JSON.stringify(profile),
      );
      profiler.disconnect();
    }
    return TIMED.flatMap((path) =>
      VARIANTS.map((named) => {
        const t = times.get(key(path, named))!;
        const c = cpu.get(key(path, named))!;
        return {
          db: kind,
          path,
          named,
          p50: pct(t, 50),
          p99: pct(t, 99),
          cpu50: pct(c, 50),
          cpuMean: c.reduce((a, b) => a + b, 0) / c.length,
          pgPerCall: (pgMs.get(named) ?? Number.NaN) / (t.length * TIMED.length),
        };
      }),
    );
  } finally {
    await w.close();
  }
}

const rows = [];
for (const kind of KINDS) rows.push(...(await runOn(kind)));
console.log(
  `\nSpotter API benchmark: generate a draft, one year of history (${N} calls per path, node ${process.version})`,
);
console.log(`load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
console.log(
  "database  path                                 p50ms   p99ms  p50 old/new  Node CPU/call p50, mean (ms)  PostgreSQL CPU/call, all timed paths (ms)",
);
for (const r of rows) {
  const old = rows.find((o) => o.db === r.db && o.path === "full" && o.named === r.named);
  const label =
    (r.path === "windowed" ? "windowed + archive (new)" : "every log (old)") +
    (VARIANTS.length > 1 ? (r.named ? " named" : " unnamed") : "");
  const ratio = r.path === "windowed" && old ? `${(old.p50 / r.p50).toFixed(2)}x` : "";
  console.log(
    `${r.db.padEnd(9)} ${label.padEnd(36)} ${r.p50.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(7)}  ${ratio.padEnd(11)} ${r.cpu50.toFixed(2).padStart(6)}, ${r.cpuMean.toFixed(2)}  ${r.pgPerCall.toFixed(2)}`,
  );
}
process.exit(0);
