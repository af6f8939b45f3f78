/**
 * Drafting benchmark (issue 12 item 3): POST /api/clients/:id/sessions on PostgreSQL (database
 * included) for a client with one year of logged history (3 sessions a week, 156 logs), before and
 * after in the same run, calls interleaved:
 *   - before: every log read and parsed on each draft (no progression archive), catalog, Trainer
 *     Profile and methods read from the database (org cache off);
 *   - after: the window (latest 16 weeks / 64 logs) + the archive's stored progression states,
 *     catalog / profile / methods from the per-organization cache (programming/org-cache.ts).
 * Beside them: the engine alone (generateSession on the after-path inputs, no I/O), and the load
 * average (1/5/15 min) at start and end, since the machine is shared.
 *
 * Setup: bench/api/year-world.ts.
 *
 *   npx tsx bench/programming/generate.ts     # PostgreSQL from BENCH_DATABASE_URL
 *   BENCH_DB=pglite,postgres BENCH_N=200 npx tsx bench/programming/generate.ts
 * Target: p99 ≤ 50 ms on PostgreSQL.
 */
import { loadavg } from "node:os";
import { generateSession, roadmapPosition } from "@spotter/engine";
import { loadCatalog } from "../../packages/server/src/programming/catalog.ts";
import { loadDraftHistory } from "../../packages/server/src/programming/history-archive.ts";
import { setOrgCacheEnabled } from "../../packages/server/src/programming/org-cache.ts";
import { loadRoadmapRow } from "../../packages/server/src/programming/roadmaps.ts";
import { trainerProfileForClient } from "../../packages/server/src/programming/trainer-profiles.ts";
import { call, pct, seedWindowedAndFull, startYearWorld } from "../api/year-world.ts";

const KINDS = (process.env.BENCH_DB ?? "postgres").split(",");
const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);

async function runOn(kind: string) {
  const w = await startYearWorld(kind);
  const { database, h } = w;
  try {
    const clients = await seedWindowedAndFull(w);
    const times: Record<"windowed" | "full", number[]> = { windowed: [], full: [] };
    const draft = (path: "windowed" | "full") =>
      call(h, "POST", `/api/clients/${clients[path]}/sessions`, { durationMinutes: 60 });
    for (let i = 0; i < WARMUP; i++)
      for (const path of ["windowed", "full"] as const) {
        setOrgCacheEnabled(path === "windowed");
        await draft(path);
      }
    setOrgCacheEnabled(true);
    // Interleaved, so both paths see the same machine state (JIT, caches, background work).
    for (let i = 0; i < N; i++) {
      // A client has a draft or two a day, not hundreds: clear the bench's drafts now and then (untimed).
      if (i % 25 === 0) await database.query("delete from training_sessions where status = 'draft'");
      for (const path of ["windowed", "full"] as const) {
        setOrgCacheEnabled(path === "windowed");
        const t0 = performance.now();
        await draft(path);
        times[path].push(performance.now() - t0);
      }
    }
    setOrgCacheEnabled(true);
    // The engine alone, on the after-path inputs (loaded once; no I/O in the timed loop).
    const db = database.db;
    const orgId = w.organizationId;
    const clientId = clients.windowed;
    const [[stored], catalog, trainer, roadmapRow, drafted] = await Promise.all([
      database.query<{ profile: Parameters<typeof generateSession>[0]["client"] }>(
        "select profile from clients where id = $1",
        [clientId],
      ),
      loadCatalog(db, orgId),
      trainerProfileForClient(db, orgId, clientId, w.userId),
      loadRoadmapRow(db, clientId),
      loadDraftHistory(db, orgId, clientId),
    ]);
    const date = new Date().toISOString().slice(0, 10);
    const roadmap = roadmapRow!.roadmap;
    const engine: number[] = [];
    for (let i = 0; i < WARMUP + N; i++) {
      const t0 = performance.now();
      generateSession({
        trainer,
        client: stored!.profile,
        catalog,
        roadmap,
        position: roadmapPosition(roadmap, date),
        history: drafted.history,
        ...(drafted.priorStates ? { priorStates: drafted.priorStates } : {}),
        today: { durationMinutes: 60, newPain: [] },
        now: new Date().toISOString(),
        seed: `bench-${i}`,
        adjustments: [],
        requireScreening: false,
      });
      if (i >= WARMUP) engine.push(performance.now() - t0);
    }
    return [
      ...(["windowed", "full"] as const).map((path) => ({
        db: kind,
        path: path as string,
        p50: pct(times[path], 50),
        p99: pct(times[path], 99),
      })),
      { db: kind, path: "engine", p50: pct(engine, 50), p99: pct(engine, 99) },
    ];
  } finally {
    await w.close();
  }
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
const loadBefore = load();
const rows = [];
for (const kind of KINDS) rows.push(...(await runOn(kind)));
console.log(`\nSpotter drafting benchmark: one year of history (${N} calls per path, node ${process.version})`);
console.log(`load average (1/5/15 min): ${loadBefore} at start, ${load()} at end (2 cores)`);
console.log("database  path                                   p50ms   p99ms  p50 before/after");
for (const r of rows) {
  const before = rows.find((o) => o.db === r.db && o.path === "full");
  const label =
    r.path === "windowed"
      ? "after: window + states + org cache"
      : r.path === "full"
        ? "before: every log, no org cache"
        : "engine only (after-path inputs)";
  const ratio = r.path === "windowed" && before ? `${(before.p50 / r.p50).toFixed(2)}x` : "";
  console.log(
    `${r.db.padEnd(9)} ${label.padEnd(38)} ${r.p50.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(7)}  ${ratio}`,
  );
}
process.exit(0);
