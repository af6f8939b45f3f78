/**
 * The incremental update alone (issue 12: p50 ≤ 5 ms after one log), without the 10,000-client
 * pass of run.ts: a `--clients` × `--days` organization on PostgreSQL (or PGlite), then for each of
 * `--sample` clients, `--rounds` times: one new monitoring session, then `onSessionLogged` (the
 * loop's progression decisions + the client's evaluation and writes), and one new check-in, then
 * `updateClient`. Prints wall p50/p95 and CPU per update — Node (process.cpuUsage) and the
 * PostgreSQL backends (/proc, cpu.ts) — so a loaded machine's waiting is told apart from work —
 * for the server's named prepared statements and, alternating by round in the same run, for the
 * same statements sent unnamed (db/named-query.ts).
 * BENCH_PROFILE=<file> writes a .cpuprofile of the timed updates.
 *
 *   npx tsx bench/triage/incremental.ts [--clients 1000] [--days 180] [--sample 40] [--rounds 5] [--db postgres]
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { type Database, migrateDatabase, openDatabase, runDailyPass } from "@spotter/server";
import { generateScaleData, insertCheckIns, recordSessionForMonitoring } from "@spotter/server/demo";
import pg from "pg";
// The benchmark times the incremental update itself: server internals, on purpose.
import { setNamedStatements } from "../../packages/server/src/db/named-query.ts";
import { onSessionLogged, updateClient } from "../../packages/server/src/monitoring/run-pass.ts";
import { cpuSample, cpuSince, loadAverage } from "./cpu.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "1000" },
    days: { type: "string", default: "180" },
    sample: { type: "string", default: "40" },
    rounds: { type: "string", default: "5" },
    db: { type: "string", default: "postgres" },
  },
});
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * xs.length)] ?? Number.NaN;

async function open(kind: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    return { database, drop: () => database.close() };
  }
  const name = `spotter_bench_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 4 });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      await database.close();
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

const { database, drop } = await open(args.db);
try {
  const clients = Number(args.clients);
  const [org] = await database.query<{ id: string }>("insert into organizations (name) values ('Bench') returning id");
  const today = new Date().toISOString().slice(0, 10);
  const gen = await generateScaleData(database, {
    organizationId: org!.id,
    clients,
    days: Number(args.days),
    endDate: today,
    seed: 7,
  });
  await database.query("analyze");
  const now = `${today}T06:00:00.000Z`;
  await runDailyPass(database, { now });
  const step = Math.max(1, Math.floor(clients / Number(args.sample)));
  const sample = gen.clientIds.filter((_, i) => i % step === 0).slice(0, Number(args.sample));
  // Two variants in the same run, alternating by round: named prepared statements (the server's
  // default) and the same statements sent unnamed (parsed and planned every time).
  type Figures = { wallLog: number[]; wallCheckIn: number[]; nodeLog: number[]; nodeCheckIn: number[]; pgMs: number };
  const variants = { named: true, unnamed: false } as const;
  const figures: Record<keyof typeof variants, Figures> = {
    named: { wallLog: [], wallCheckIn: [], nodeLog: [], nodeCheckIn: [], pgMs: 0 },
    unnamed: { wallLog: [], wallCheckIn: [], nodeLog: [], nodeCheckIn: [], pgMs: 0 },
  };
  const profiler = process.env.BENCH_PROFILE ? new Session() : undefined;
  const rounds = Number(args.rounds);
  let seq = 0;
  for (let r = 0; r < rounds; r++) {
    if (r === 1 && profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    const order = (r % 2 ? ["unnamed", "named"] : ["named", "unnamed"]) as (keyof typeof variants)[];
    for (const v of order) {
      setNamedStatements(variants[v]);
      const f = figures[v];
      const pg0 = await cpuSample(database);
      for (const id of sample) {
        seq += 1;
        await recordSessionForMonitoring(database, org!.id, id, [
          { ref: `bench-${seq}`, date: today, planned: true, completed: true, durationMin: 60, sessionRpe: 7 },
        ]);
        let c0 = process.cpuUsage();
        let t0 = performance.now();
        await onSessionLogged(database, id, now);
        // Round 0 warms the JIT, the caches and each connection's prepared statements: not counted.
        if (r > 0) {
          f.wallLog.push(performance.now() - t0);
          const c = process.cpuUsage(c0);
          f.nodeLog.push((c.user + c.system) / 1000);
        }
        await insertCheckIns(database, [
          {
            organizationId: org!.id,
            clientId: id,
            checkIn: {
              date: today,
              sleepHours: 5 + (seq % 4),
              sleepQuality: 4,
              fatigue: 5,
              soreness: 4,
              stress: 3,
              mood: 3,
            },
          },
        ]);
        c0 = process.cpuUsage();
        t0 = performance.now();
        await updateClient(database, id, now);
        if (r > 0) {
          f.wallCheckIn.push(performance.now() - t0);
          const c = process.cpuUsage(c0);
          f.nodeCheckIn.push((c.user + c.system) / 1000);
        }
      }
      // PostgreSQL CPU of the whole pass over the sample (the bench's own inserts included), per update.
      if (r > 0) f.pgMs += (await cpuSince(database, pg0)).pgMs ?? 0;
    }
  }
  setNamedStatements(true);
  if (profiler && process.env.BENCH_PROFILE) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    profiler.disconnect();
  }
  console.log(
    `incremental update, ${args.db}, ${clients}×${args.days}, ${sample.length} clients × ${rounds - 1} rounds per variant, load ${loadAverage()}`,
  );
  for (const v of ["named", "unnamed"] as const) {
    const f = figures[v];
    console.log(
      `  ${v.padEnd(8)} after a log: wall p50 ${pct(f.wallLog, 50).toFixed(2)} ms, p95 ${pct(f.wallLog, 95).toFixed(2)} ms, Node CPU p50 ${pct(f.nodeLog, 50).toFixed(2)} ms; after a check-in: wall p50 ${pct(f.wallCheckIn, 50).toFixed(2)} ms, Node CPU p50 ${pct(f.nodeCheckIn, 50).toFixed(2)} ms` +
        (args.db === "postgres"
          ? `; PostgreSQL CPU per update (with the bench's inserts) ${(f.pgMs / (2 * f.wallLog.length)).toFixed(2)} ms`
          : ""),
    );
  }
  const ratio = pct(figures.named.wallLog, 50) / pct(figures.unnamed.wallLog, 50);
  console.log(`  named / unnamed, wall p50 after a log: ${ratio.toFixed(2)}; target: p50 ≤ 5 ms after a log`);
} finally {
  await drop();
}
process.exit(0);
