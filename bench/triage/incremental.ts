/**
 * The incremental update alone (issue 12: p50 ≤ 5 ms after one log), without the 10,000-client
 * pass of run.ts: a `--clients` × `--days` organization (world.ts) on PostgreSQL (or PGlite), then
 * `--rounds` times for `--sample` clients: one new session log each (untimed), then
 * `onSessionLogged` for each (the loop's progression decisions + the client's evaluation and
 * writes); one new check-in each (untimed), then `updateClient` for each. Prints wall p50/p95, Node
 * CPU per update (process.cpuUsage), PostgreSQL CPU per update (its backends through /proc,
 * cpu.ts; the bench's own inserts are outside the measured phases) and statements per update
 * (every query the pool sent), so a loaded machine's waiting is told apart from work.
 * Two variants alternate by round in the same run: the server's update (the latest log's decisions
 * read beside the client's rows, run-pass.ts) and the previous order (decisions read first, then
 * the rows: one more round trip of waiting).
 * BENCH_PROFILE=<file> writes a .cpuprofile of the timed updates.
 *
 *   npx tsx bench/triage/incremental.ts [--clients 1000] [--days 180] [--sample 40] [--rounds 5] [--db postgres]
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import type { Database } from "../../packages/server/src/db/open.ts";
// The benchmark times the incremental update itself: server internals, on purpose.
import { progressionDecisionsFor } from "../../packages/server/src/monitoring/progression-context.ts";
import { onSessionLogged, runDailyPass, updateClient } from "../../packages/server/src/monitoring/run-pass.ts";
import { cpuSample, cpuSince, loadAverage } from "./cpu.ts";
import { checkIn, logSession, openBenchDb, sampleClients, seedTriageOrg } from "./world.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "1000" },
    days: { type: "string", default: "180" },
    sample: { type: "string", default: "40" },
    rounds: { type: "string", default: "5" },
    db: { type: "string", default: "postgres" },
  },
});
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * xs.length)] ?? Number.NaN;

/** Counts the statements sent through the PostgreSQL pool (drizzle's and raw queries alike); PGlite: not counted. */
function countStatements(database: Database): { n: number } {
  const counter = { n: 0 };
  const pool = database.pool;
  if (!pool) return counter;
  const query = pool.query.bind(pool) as (...a: unknown[]) => unknown;
  (pool as unknown as { query: (...a: unknown[]) => unknown }).query = (...a: unknown[]) => {
    counter.n += 1;
    return query(...a);
  };
  return counter;
}

type Variant = "parallel" | "sequential";
/** The previous update after a log: the decisions awaited before the client's rows are read. */
const afterLog: Record<Variant, (database: Database, id: string, now: string) => Promise<unknown>> = {
  parallel: onSessionLogged,
  sequential: async (database, id, now) =>
    updateClient(database, id, now, await progressionDecisionsFor(database, id, now)),
};

const { database, drop } = await openBenchDb(args.db);
try {
  const org = await seedTriageOrg(database, Number(args.clients), Number(args.days));
  const { now } = org;
  await runDailyPass(database, { now });
  const sample = sampleClients(org, Number(args.sample));
  const statements = countStatements(database);
  type Figures = {
    wallLog: number[];
    wallCheckIn: number[];
    nodeLog: number[];
    nodeCheckIn: number[];
    pgLog: number;
    pgCheckIn: number;
    stLog: number;
    stCheckIn: number;
  };
  const blank = (): Figures => ({
    wallLog: [],
    wallCheckIn: [],
    nodeLog: [],
    nodeCheckIn: [],
    pgLog: 0,
    pgCheckIn: 0,
    stLog: 0,
    stCheckIn: 0,
  });
  const figures: Record<Variant, Figures> = { parallel: blank(), sequential: blank() };
  const profiler = process.env.BENCH_PROFILE ? new Session() : undefined;
  const rounds = Number(args.rounds);
  let seq = 0;
  /** Times `update` for every sampled client; returns PostgreSQL CPU and statements over them all. */
  const timed = async (update: (id: string) => Promise<unknown>, wall: number[] | null, node: number[] | null) => {
    const pg0 = await cpuSample(database);
    const st0 = statements.n;
    for (const id of sample) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await update(id);
      wall?.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      node?.push((c.user + c.system) / 1000);
    }
    const st = statements.n - st0;
    return { pg: (await cpuSince(database, pg0)).pgMs ?? 0, st };
  };
  for (let r = 0; r < rounds; r++) {
    if (r === 1 && profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    const order: Variant[] = r % 2 ? ["sequential", "parallel"] : ["parallel", "sequential"];
    for (const v of order) {
      // Round 0 warms the JIT, the caches and each connection's prepared statements: not counted.
      const f = r > 0 ? figures[v] : blank();
      for (const id of sample) await logSession(database, org, id, `bench-${++seq}`);
      const log = await timed((id) => afterLog[v](database, id, now), f.wallLog, f.nodeLog);
      for (const id of sample) await checkIn(database, org, id, 5 + (seq % 4));
      const ci = await timed((id) => updateClient(database, id, now), f.wallCheckIn, f.nodeCheckIn);
      f.pgLog += log.pg;
      f.stLog += log.st;
      f.pgCheckIn += ci.pg;
      f.stCheckIn += ci.st;
    }
  }
  if (profiler && process.env.BENCH_PROFILE) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    profiler.disconnect();
  }
  console.log(
    `incremental update, ${args.db}, ${args.clients}×${args.days}, ${sample.length} clients × ${rounds - 1} rounds per variant, load ${loadAverage()}`,
  );
  const per = (x: number, f: Figures) => (x / f.wallLog.length).toFixed(2);
  for (const v of ["parallel", "sequential"] as const) {
    const f = figures[v];
    // The cpuSample/cpuSince reads (two statements per phase) are not the update's.
    const st = (n: number) => (database.pool ? ((n - 2 * (rounds - 1)) / f.wallLog.length).toFixed(2) : "n/a");
    console.log(
      `  ${v.padEnd(10)} after a log: wall p50 ${pct(f.wallLog, 50).toFixed(2)} ms, p95 ${pct(f.wallLog, 95).toFixed(2)} ms, Node CPU p50 ${pct(f.nodeLog, 50).toFixed(2)} ms, PostgreSQL CPU ${per(f.pgLog, f)} ms, ${st(f.stLog)} statements` +
        `; after a check-in: wall p50 ${pct(f.wallCheckIn, 50).toFixed(2)} ms, Node CPU p50 ${pct(f.nodeCheckIn, 50).toFixed(2)} ms, PostgreSQL CPU ${per(f.pgCheckIn, f)} ms, ${st(f.stCheckIn)} statements`,
    );
  }
  const ratio = pct(figures.parallel.wallLog, 50) / pct(figures.sequential.wallLog, 50);
  console.log(`  parallel / sequential, wall p50 after a log: ${ratio.toFixed(2)}; target: p50 ≤ 5 ms after a log`);
} finally {
  await drop();
}
process.exit(0);
