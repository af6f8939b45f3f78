/**
 * Triage benchmark: the daily pass over every client (default 10,000 clients × 180 days of
 * check-ins and sessions) on PostgreSQL and on PGlite, beside a plain scan of the same rows
 * (the same SELECTs of the same columns, chunked the same way) in the same run; then the
 * incremental update after one new check-in and after one new session log. Each database runs in
 * its own child process so peak RSS is per database. Data generation is untimed (reported apart).
 *
 *   npx tsx bench/triage/run.ts [--clients 10000] [--days 180] [--db postgres,pglite]
 *       [--pglite-clients N]   # a smaller size for PGlite if generating the full size is too slow
 *   BENCH_PROFILE=<file.cpuprofile> writes a CPU profile of the first pass (one database at a time).
 *   PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a temporary
 *   database is created and dropped.
 * Targets (PostgreSQL): pass ≤ 5 s and ≤ 1.5× the scan; incremental update p50 ≤ 5 ms. CPU per process
 * (Node, and the PostgreSQL backends through /proc: see cpu.ts) is printed per phase beside wall time.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import inspector from "node:inspector/promises";
import { parseArgs } from "node:util";
import { type Database, runDailyPass } from "@spotter/server";
// The benchmark times the incremental update and the scan themselves: server internals, on purpose.
import {
  CHECK_IN_COLUMNS,
  CHECK_IN_DAYS,
  HISTORY_DAYS,
  SESSION_COLUMNS,
} from "../../packages/server/src/monitoring/load-data.ts";
import { onSessionLogged, updateClient } from "../../packages/server/src/monitoring/run-pass.ts";
import { type CpuSpent, cpuSample, cpuSince, loadAverage } from "./cpu.ts";
import { checkIn, logSession, openBenchDb, sampleClients, seedTriageOrg } from "./world.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "10000" },
    days: { type: "string", default: "180" },
    db: { type: "string", default: "postgres,pglite" },
    "pglite-clients": { type: "string" },
    child: { type: "boolean", default: false },
  },
});
const CHUNK = 1000;

/** `BENCH_PROFILE=<file.cpuprofile>`: a CPU profile of the first pass alone (the one timed against the scan). */
async function startProfile() {
  const file = process.env.BENCH_PROFILE;
  if (!file) return null;
  const session = new inspector.Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    stop: async () => {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/** The pass's reads without the engine or the writes: ids by keyset, then check-ins and sessions per chunk. */
async function plainScan(database: Database, today: string): Promise<number> {
  const back = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) - (n - 1) * 86_400_000).toISOString().slice(0, 10);
  const from = back(HISTORY_DAYS);
  const checkInFrom = back(CHECK_IN_DAYS);
  let after = "00000000-0000-0000-0000-000000000000";
  let rows = 0;
  for (;;) {
    const ids = (
      await database.query<{ id: string }>(
        "select id from clients where status = 'active' and id > $1 order by id limit $2",
        [after, CHUNK],
      )
    ).map((r) => r.id);
    if (!ids.length) break;
    rows += (
      await database.query(
        `select ${CHECK_IN_COLUMNS} from check_ins where client_id = any($1::uuid[]) and date >= $2 and date <= $3`,
        [ids, checkInFrom, today],
      )
    ).length;
    rows += (
      await database.query(
        `select ${SESSION_COLUMNS} from monitoring_sessions where client_id = any($1::uuid[]) and date >= $2 and date <= $3`,
        [ids, from, today],
      )
    ).length;
    after = ids[ids.length - 1]!;
    if (ids.length < CHUNK) break;
  }
  return rows;
}

async function runOne(kind: string, clients: number, days: number) {
  const { database, drop } = await openBenchDb(kind);
  try {
    const org = await seedTriageOrg(database, clients, days);
    const { today, now } = org;
    let t0: number;

    const loadBefore = loadAverage();
    await plainScan(database, today); // warm the cache for both measurements alike
    let c0 = await cpuSample(database);
    t0 = performance.now();
    const scanned = await plainScan(database, today);
    const scanMs = ms(t0);
    const scanCpu = await cpuSince(database, c0);
    c0 = await cpuSample(database);
    const profiler = await startProfile();
    t0 = performance.now();
    const first = await runDailyPass(database, { now });
    const passMs = ms(t0);
    const passCpu = await cpuSince(database, c0);
    await profiler?.stop();
    c0 = await cpuSample(database);
    t0 = performance.now();
    const again = await runDailyPass(database, { now });
    const rerunMs = ms(t0);
    const rerunCpu = await cpuSince(database, c0);
    c0 = await cpuSample(database);
    t0 = performance.now();
    await plainScan(database, today); // a second scan after the passes; the lower of the two is the baseline
    const scan2Ms = ms(t0);
    const scan2Cpu = await cpuSince(database, c0);

    // Incremental: one new check-in or one new session log, then the update for that client.
    const afterCheckIn: number[] = [];
    const afterLog: number[] = [];
    for (const id of sampleClients(org, 60)) {
      await checkIn(database, org, id);
      t0 = performance.now();
      await updateClient(database, id, now);
      afterCheckIn.push(ms(t0));
      await logSession(database, org, id, "bench-log");
      t0 = performance.now();
      await onSessionLogged(database, id, now);
      afterLog.push(ms(t0));
    }
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const scanBase = Math.min(scanMs, scan2Ms);
    const scanBaseCpu = scanMs <= scan2Ms ? scanCpu : scan2Cpu;
    console.log(
      JSON.stringify({
        kind,
        clients,
        days,
        rows: { checkIns: org.checkIns, sessions: org.sessions, scanned },
        generateS: org.generateS,
        scanMs: scanBase,
        passMs,
        rerunMs,
        ratio: passMs / scanBase,
        rerunRatio: rerunMs / scanBase,
        written: {
          flags: first.flagsWritten,
          proposals: first.proposalsWritten,
          rerun: again.flagsWritten + again.proposalsWritten,
        },
        incrementalCheckIn: { median: median(afterCheckIn), p95: p95(afterCheckIn) },
        incrementalLog: { median: median(afterLog), p95: p95(afterLog) },
        peakRssMb: rssMb,
        cpu: { scan: scanBaseCpu, pass: passCpu, rerun: rerunCpu },
        load: { before: loadBefore, after: loadAverage() },
      }),
    );
  } finally {
    await drop();
  }
}

if (args.child) {
  await runOne(args.db, Number(args.clients), Number(args.days));
} else {
  const results: Record<string, unknown>[] = [];
  for (const kind of args.db.split(",")) {
    const clients = kind === "pglite" && args["pglite-clients"] ? args["pglite-clients"] : args.clients;
    console.log(`${kind}: generating ${clients} clients × ${args.days} days (untimed), then timing...`);
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        new URL(import.meta.url).pathname,
        "--child",
        "--db",
        kind,
        "--clients",
        clients,
        "--days",
        args.days,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
    });
    const code: number = await new Promise((r) => child.on("close", (c) => r(c ?? 1)));
    const line = out.split("\n").find((l) => l.startsWith("{"));
    if (code !== 0 || !line) {
      console.log(`${kind}: failed (exit ${code})\n${out}`);
      continue;
    }
    results.push(JSON.parse(line) as Record<string, unknown>);
  }
  console.log(
    "\ndb        clients×days   rows(ci/sess)      gen s  scan ms  pass ms  ratio  rerun ms  incr ci p50/p95 ms  incr log p50/p95 ms  peak RSS",
  );
  for (const r of results as never as {
    kind: string;
    clients: number;
    days: number;
    rows: { checkIns: number; sessions: number };
    generateS: number;
    scanMs: number;
    passMs: number;
    ratio: number;
    rerunMs: number;
    incrementalCheckIn: { median: number; p95: number };
    incrementalLog: { median: number; p95: number };
    peakRssMb: number;
    written: { flags: number; proposals: number; rerun: number };
    cpu: { scan: CpuSpent; pass: CpuSpent; rerun: CpuSpent };
    load: { before: string; after: string };
  }[]) {
    console.log(
      `${r.kind.padEnd(9)} ${`${r.clients}×${r.days}`.padEnd(14)} ${`${r.rows.checkIns}/${r.rows.sessions}`.padEnd(18)} ${fmt(r.generateS).padStart(5)} ${fmt(r.scanMs).padStart(8)} ${fmt(r.passMs).padStart(8)} ${r.ratio.toFixed(2).padStart(5)}x ${fmt(r.rerunMs).padStart(8)}  ${`${fmt(r.incrementalCheckIn.median)}/${fmt(r.incrementalCheckIn.p95)}`.padStart(18)}  ${`${fmt(r.incrementalLog.median)}/${fmt(r.incrementalLog.p95)}`.padStart(19)}  ${fmt(r.peakRssMb)} MB`,
    );
    console.log(
      `          first pass wrote ${r.written.flags} flags, ${r.written.proposals} proposals; the re-run wrote ${r.written.rerun} rows`,
    );
    const cpu = (c: CpuSpent) =>
      `node ${fmt(c.nodeMs)} ms, postgres ${c.pgMs === null ? "(in node)" : `${fmt(c.pgMs)} ms`}`;
    const ratio = (a: number | null, b: number | null) => (a === null || !b ? "n/a" : `${(a / b).toFixed(2)}x`);
    console.log(`          cpu scan:  ${cpu(r.cpu.scan)}`);
    console.log(
      `          cpu pass:  ${cpu(r.cpu.pass)}  (node ${ratio(r.cpu.pass.nodeMs, r.cpu.scan.nodeMs)}, postgres ${ratio(r.cpu.pass.pgMs, r.cpu.scan.pgMs)} of the scan)`,
    );
    console.log(
      `          cpu rerun: ${cpu(r.cpu.rerun)}  (node ${ratio(r.cpu.rerun.nodeMs, r.cpu.scan.nodeMs)}, postgres ${ratio(r.cpu.rerun.pgMs, r.cpu.scan.pgMs)} of the scan)`,
    );
    console.log(`          load average before ${r.load.before}, after ${r.load.after}`);
  }
  console.log("targets (PostgreSQL): pass ≤ 5000 ms and ≤ 1.50x the scan; incremental p50 ≤ 5 ms");
}
