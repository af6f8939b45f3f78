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
 *   npx tsx bench/programming/generate.ts     # PostgreSQL from BENCH_DATABASE_URL
 *   BENCH_DB=pglite,postgres BENCH_N=200 npx tsx bench/programming/generate.ts
 * Target: p99 ≤ 50 ms on PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { generateSession, roadmapPosition } from "@spotter/engine";
import { buildApp, openDatabase } from "@spotter/server";
import pg from "pg";
import { loadCatalog } from "../../packages/server/src/programming/catalog.ts";
import { loadDraftHistory } from "../../packages/server/src/programming/history-archive.ts";
import { setOrgCacheEnabled } from "../../packages/server/src/programming/org-cache.ts";
import { loadRoadmapRow } from "../../packages/server/src/programming/roadmaps.ts";
import { trainerProfileForClient } from "../../packages/server/src/programming/trainer-profiles.ts";
import { insertLoggedSessions, yearOfLogs } from "../../packages/server/test/programming/year-of-history.ts";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const KINDS = (process.env.BENCH_DB ?? "postgres").split(",");
const N = Number(process.env.BENCH_N ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);

type Http = { base: string; cookie: string; csrf: string };

async function call(h: Http, method: string, path: string, body?: unknown) {
  const res = await fetch(h.base + path, {
    method,
    headers: {
      cookie: h.cookie,
      "x-csrf-token": h.csrf,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `spotter_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

async function runOn(kind: string) {
  const pgdb = kind === "postgres" ? await freshPostgres() : undefined;
  const database = await openDatabase(pgdb ? { databaseUrl: pgdb.url, poolSize: 10 } : { dataDir: "memory://" });
  const app = await buildApp({ database, logger: false });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  try {
    const signup = await fetch(`${base}/api/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        organizationName: "Bench",
        name: "Coach",
        email: "bench@example.test",
        password: "bench-password-123",
      }),
    });
    const me = (await signup.json()) as { csrfToken: string; organization: { id: string }; user: { id: string } };
    const h: Http = { base, cookie: (signup.headers.get("set-cookie") ?? "").split(";")[0]!, csrf: me.csrfToken };
    const profile = {
      goals: { primary: "strength", secondary: [] },
      trainingAgeMonths: 30,
      injuries: [],
      locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells", "pullup_bar"] }],
      defaultLocationId: "gym",
      schedule: { daysPerWeek: 3, sessionMinutes: 60, preferredDays: [] },
    };
    const logs = yearOfLogs(52, Date.now() - 86_400_000);
    const clients: Record<"windowed" | "full", string> = { windowed: "", full: "" };
    for (const path of ["windowed", "full"] as const) {
      const c = (await call(h, "POST", "/api/clients", { name: `Year ${path}`, profile })) as { id: string };
      clients[path] = c.id;
      await insertLoggedSessions(database, { organizationId: me.organization.id, clientId: c.id }, logs);
      await call(h, "POST", `/api/clients/${c.id}/roadmap`, {});
      // One session through the API: the log builds the progression archive.
      const draft = (await call(h, "POST", `/api/clients/${c.id}/sessions`, { durationMinutes: 60 })) as { id: string };
      await call(h, "POST", `/api/sessions/${draft.id}/publish`);
      await call(h, "POST", `/api/sessions/${draft.id}/log`, { sets: [], sessionRpe: 6 });
    }
    // The old path: no archive, so every log is read and parsed on each draft.
    await database.query("delete from progression_archives where client_id = $1", [clients.full]);
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
    const orgId = me.organization.id;
    const clientId = clients.windowed;
    const [[stored], catalog, trainer, roadmapRow, drafted] = await Promise.all([
      database.query<{ profile: Parameters<typeof generateSession>[0]["client"] }>(
        "select profile from clients where id = $1",
        [clientId],
      ),
      loadCatalog(db, orgId),
      trainerProfileForClient(db, orgId, clientId, me.user.id),
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
    await app.close();
    await database.close();
    await pgdb?.drop();
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
