/**
 * API benchmark, week case (issue 16): time to draft a 4-day week over HTTP — one
 * POST /api/clients/:id/week/generate (4 drafts, then the week view it answers with) — against
 * the baseline measured in the same run: 4 × POST /api/clients/:id/sessions, one per planned date.
 * The client has one year of logged history and a saved roadmap; calls are sequential and
 * interleaved (week, baseline, week, …) after untimed warm-ups, and each iteration's drafts are
 * deleted (untimed) so every call drafts a fresh week. PGlite and PostgreSQL.
 *
 * Setup: year-world.ts.
 *
 *   npx tsx bench/api/week.ts                 # both databases (BENCH_DATABASE_URL, default local test)
 *   BENCH_DB=pglite BENCH_N=30 npx tsx bench/api/week.ts
 */
import { call, gymProfile, pct, seedYearClient, startYearWorld } from "./year-world.ts";

const KINDS = (process.env.BENCH_DB ?? "pglite,postgres").split(",");
const N = Number(process.env.BENCH_N ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

async function runOn(kind: string) {
  const w = await startYearWorld(kind);
  const { database, h } = w;
  try {
    const profile = gymProfile({ daysPerWeek: 4, preferredDays: ["mon", "tue", "thu", "fri"] });
    const client = { id: await seedYearClient(w, "Year of weeks", profile) };
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
    await w.close();
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
