/**
 * PostgreSQL's JIT and the daily pass: Spotter's pool turns JIT off (db/open.ts) because the pass's
 * chunk read always passes jit_above_cost and compiling it cost more than it saved. This bench
 * keeps the evidence: the full pass (`reuse: false`) over `--clients` × `--days` on PostgreSQL,
 * through the server's pool (JIT off) and through a second pool on the same database with
 * `options=-c jit=on` (PostgreSQL's default), alternating `--runs` times in the same run; wall
 * time, Node CPU and PostgreSQL CPU (its backends through /proc, cpu.ts) per pass, lower of the
 * runs kept, with the load average.
 *
 *   npx tsx bench/triage/jit.ts [--clients 2000] [--days 180] [--runs 2]
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../../packages/server/src/db/open.ts";
import { runDailyPass } from "../../packages/server/src/monitoring/run-pass.ts";
import { type CpuSpent, cpuSample, cpuSince, loadAverage } from "./cpu.ts";
import { openBenchDb, seedTriageOrg } from "./world.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "2000" },
    days: { type: "string", default: "180" },
    runs: { type: "string", default: "2" },
  },
});

const { database, drop } = await openBenchDb("postgres");
try {
  const org = await seedTriageOrg(database, Number(args.clients), Number(args.days));
  const [{ db } = { db: "" }] = await database.query<{ db: string }>("select current_database() as db");
  const url = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test");
  url.pathname = `/${db}`;
  url.searchParams.set("options", "-c jit=on");
  const withJit = await openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 4 });
  try {
    const variants = { "jit off (server)": database, "jit on (default)": withJit };
    const best = new Map<string, { ms: number; cpu: CpuSpent }>();
    await runDailyPass(database, { now: org.now, reuse: false }); // warm the cache alike
    for (let i = 0; i < Number(args.runs); i++) {
      const order = Object.entries(variants);
      if (i % 2) order.reverse();
      for (const [name, d] of order) {
        const c0 = await cpuSample(d);
        const t0 = performance.now();
        await runDailyPass(d, { now: org.now, reuse: false });
        const run = { ms: performance.now() - t0, cpu: await cpuSince(d, c0) };
        if (!best.has(name) || run.ms < best.get(name)!.ms) best.set(name, run);
      }
    }
    console.log(`full pass, postgres, ${args.clients}×${args.days}, lower of ${args.runs} runs, load ${loadAverage()}`);
    const off = best.get("jit off (server)")!;
    for (const [name, r] of best)
      console.log(
        `  ${name.padEnd(17)} wall ${r.ms.toFixed(0)} ms (${(r.ms / off.ms).toFixed(2)}x), Node CPU ${r.cpu.nodeMs.toFixed(0)} ms, PostgreSQL CPU ${r.cpu.pgMs} ms (${((r.cpu.pgMs ?? 0) / (off.cpu.pgMs ?? 1)).toFixed(2)}x)`,
      );
  } finally {
    await withJit.close();
  }
} finally {
  await drop();
}
process.exit(0);
