/**
 * API benchmark, week case (issue 16): time to draft a 4-day week over HTTP — one
 * POST /api/clients/:id/week/generate (4 drafts, then the week view it answers with) — against
 * the baseline measured in the same run: 4 × POST /api/clients/:id/sessions, one per planned date.
 * The client has one year of logged history and a saved roadmap; calls are sequential and
 * interleaved (week, baseline, week, …) after untimed warm-ups, and each iteration's drafts are
 * deleted (untimed) so every call drafts a fresh week. PGlite and PostgreSQL.
 *
 *   npx tsx bench/api/week.ts                 # both databases (BENCH_DATABASE_URL, default local test)
 *   BENCH_DB=pglite BENCH_N=30 npx tsx bench/api/week.ts
 */
import { randomBytes } from "node:crypto";
import { buildApp, openDatabase } from "@spotter/server";
import pg from "pg";
import { insertLoggedSessions, yearOfLogs } from "../../packages/server/test/programming/year-of-history.ts";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const KINDS = (process.env.BENCH_DB ?? "pglite,postgres").split(",");
const N = Number(process.env.BENCH_N ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

type Http = { base: string; cookie: string; csrf: string };

async function call<T>(h: Http, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(h.base + path, {
    method,
    headers: {
      cookie: h.cookie,
      "x-csrf-token": h.csrf,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
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
        email: "week@example.test",
        password: "bench-password-123",
      }),
    });
    const me = (await signup.json()) as { csrfToken: string; organization: { id: string } };
    const h: Http = { base, cookie: (signup.headers.get("set-cookie") ?? "").split(";")[0]!, csrf: me.csrfToken };
    const profile = {
      goals: { primary: "strength", secondary: [] },
      trainingAgeMonths: 30,
      injuries: [],
      locations: [{ id: "gym", name: "Gym", equipment: ["barbell", "squat_rack", "bench", "dumbbells", "pullup_bar"] }],
      defaultLocationId: "gym",
      schedule: { daysPerWeek: 4, sessionMinutes: 60, preferredDays: ["mon", "tue", "thu", "fri"] },
    };
    const client = await call<{ id: string }>(h, "POST", "/api/clients", { name: "Year of weeks", profile });
    await insertLoggedSessions(
      database,
      { organizationId: me.organization.id, clientId: client.id },
      yearOfLogs(52, Date.now() - 86_400_000),
    );
    await call(h, "POST", `/api/clients/${client.id}/roadmap`, {});
    type Week = { week: { start: string; days: { date: string; planned: unknown }[] } };
    const now = await call<Week>(h, "GET", `/api/clients/${client.id}/week`);
    const monday = new Date(`${now.week.start}T00:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() + 7);
    const start = monday.toISOString().slice(0, 10);
    const next = await call<Week>(h, "GET", `/api/clients/${client.id}/week?start=${start}`);
    const dates = next.week.days.filter((d) => d.planned).map((d) => d.date);
    if (dates.length !== 4) throw new Error(`expected 4 planned days, got ${dates.length}`);
    const clear = () => database.query("delete from training_sessions where status = 'draft'");
    const week = async () => {
      const r = await call<{ results: { outcome: string }[] }>(h, "POST", `/api/clients/${client.id}/week/generate`, {
        start,
      });
      if (r.results.filter((x) => x.outcome === "created").length !== 4) throw new Error(JSON.stringify(r.results));
    };
    const single = async () => {
      for (const date of dates)
        await call(h, "POST", `/api/clients/${client.id}/sessions`, { durationMinutes: 60, date });
    };
    const times = { week: [] as number[], single: [] as number[] };
    for (let i = 0; i < WARMUP; i++) {
      await week();
      await clear();
      await single();
      await clear();
    }
    for (let i = 0; i < N; i++) {
      for (const [name, run] of [
        ["week", week],
        ["single", single],
      ] as const) {
        const t0 = performance.now();
        await run();
        times[name].push(performance.now() - t0);
        await clear();
      }
    }
    return (["week", "single"] as const).map((path) => ({
      db: kind,
      path,
      p50: pct(times[path], 50),
      p99: pct(times[path], 99),
    }));
  } finally {
    await app.close();
    await database.close();
    await pgdb?.drop();
  }
}

const rows = [];
for (const kind of KINDS) rows.push(...(await runOn(kind)));
console.log(
  `\nSpotter API benchmark: draft a 4-day week, one year of history (${N} runs per path, node ${process.version})`,
);
console.log("database  path                                   p50ms   p99ms  week/baseline");
for (const r of rows) {
  const base = rows.find((o) => o.db === r.db && o.path === "single");
  const label = r.path === "week" ? "POST week/generate (4 drafts + view)" : "4 × POST sessions (baseline)";
  const ratio = r.path === "week" && base ? `${(r.p50 / base.p50).toFixed(2)}x` : "";
  console.log(
    `${r.db.padEnd(9)} ${label.padEnd(38)} ${r.p50.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(7)}  ${ratio}`,
  );
}
process.exit(0);
