/**
 * Nutrition in the daily pass: the full pass (every client evaluated, `reuse: false`) over N clients
 * × D days on PostgreSQL, for two organizations in one database with the same generated training
 * data (same seed): A without nutrition data, B with, per client, D days of intake, D days of
 * weigh-ins and an active nutrition setting (so every client of B gets intake adherence, the energy
 * target and the adaptive expenditure estimate). The pass runs per organization, alternating A and B
 * for several rounds after one untimed warm-up pass of each (JIT, first writes), so both see the
 * same machine load and the same warmed code; the medians are compared. Data generation is untimed.
 * Issue 13 target: nutrition adds ≤ 20% to the pass.
 *
 *   npx tsx bench/triage/nutrition.ts [--clients 10000] [--days 180] [--rounds 3]
 *   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a temporary database is
 *   created and dropped.
 */
import { parseArgs } from "node:util";
import { runDailyPass } from "../../packages/server/src/monitoring/run-pass.ts";
import { type CpuSpent, cpuSample, cpuSince, loadAverage } from "./cpu.ts";
import { openBenchDb, seedTriageOrg } from "./world.ts";

const { values: args } = parseArgs({
  options: {
    clients: { type: "string", default: "10000" },
    days: { type: "string", default: "180" },
    rounds: { type: "string", default: "3" },
  },
});
const clients = Number(args.clients);
const days = Number(args.days);
const rounds = Number(args.rounds);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pct = (a: number, b: number) => Math.round((a / b - 1) * 1000) / 10;

const { database, drop } = await openBenchDb("postgres");
try {
  const without = await seedTriageOrg(database, clients, days);
  const withN = await seedTriageOrg(database, clients, days);
  const { today, now } = withN;
  const t0 = performance.now();
  // What the targets need: sex, birth year, height, body mass (both organizations alike).
  await database.query(
    `update clients set profile = profile || '{"sex":"female","birthYear":1990,"heightCm":168,"bodyMassKg":70}'::jsonb`,
  );
  // Deterministic noise from the row's identity; intake ~1,900 kcal ± 300, weight drifting down.
  // Rows go in day by day across clients, as daily logging writes them (one client's rows spread
  // over the table's pages), not client by client.
  const orgB = [today, days, withN.organizationId];
  await database.query(
    `insert into nutrition_intake (organization_id, client_id, date, kcal, protein_g, carbs_g, fat_g)
     select c.organization_id, c.id, d::date, 1900 + (abs(hashtext(c.id::text || d::text)) % 600) - 300, 120, 200, 60
       from clients c, generate_series($1::date - ($2::int - 1), $1::date, interval '1 day') d
      where c.organization_id = $3
       order by d, c.id`,
    orgB,
  );
  await database.query(
    `insert into body_measurements (organization_id, client_id, date, weight_kg, mass_unit, length_unit)
     select c.organization_id, c.id, d::date,
         70 + 0.02 * ($1::date - d::date) + (abs(hashtext(d::text || c.id::text)) % 100) / 100.0, 'kg', 'cm'
       from clients c, generate_series($1::date - ($2::int - 1), $1::date, interval '1 day') d
      where c.organization_id = $3
       order by d, c.id`,
    orgB,
  );
  await database.query(
    `insert into nutrition_targets (organization_id, client_id, status, goal, rate_pct_per_week, energy_kcal)
     select organization_id, id, 'active', 'lose', 0.5, case when abs(hashtext(id::text)) % 2 = 0 then 2000 end
       from clients where organization_id = $1`,
    [withN.organizationId],
  );
  // What autovacuum does on a live server: statistics and the visibility map (index-only scans);
  // then our own bulk load's dirty pages are flushed, so its checkpoint does not land in a timed pass.
  await database.query("vacuum analyze");
  await database.query("checkpoint");
  const nutritionGenS = (performance.now() - t0) / 1000;

  const pass = async (organizationId: string) => {
    const c0 = await cpuSample(database);
    const t = performance.now();
    const stats = await runDailyPass(database, { now, reuse: false, organizationId });
    const ms = performance.now() - t;
    const cpu: CpuSpent = await cpuSince(database, c0);
    if (stats.evaluated !== clients) throw new Error(`evaluated ${stats.evaluated} of ${clients}`);
    return { ms, nodeMs: cpu.nodeMs, pgMs: cpu.pgMs ?? 0 };
  };
  const loadBefore = loadAverage();
  // Warm-up (untimed): JIT, and the first pass's writes (states, flags, proposals, estimates).
  await pass(without.organizationId);
  await pass(withN.organizationId);
  const runs = { without: [] as Awaited<ReturnType<typeof pass>>[], with: [] as Awaited<ReturnType<typeof pass>>[] };
  for (let i = 0; i < rounds; i++) {
    runs.without.push(await pass(without.organizationId));
    runs.with.push(await pass(withN.organizationId));
  }
  const summary = (rs: typeof runs.without) => ({
    ms: Math.round(median(rs.map((r) => r.ms))),
    nodeMs: Math.round(median(rs.map((r) => r.nodeMs))),
    pgMs: Math.round(median(rs.map((r) => r.pgMs))),
    runs: rs.map((r) => [Math.round(r.ms), Math.round(r.nodeMs), r.pgMs]),
  });
  const a = summary(runs.without);
  const b = summary(runs.with);
  const [flags] = await database.query<{ n: number }>(
    "select count(*)::int as n from flags where kind = 'intake_off_target'",
  );
  console.log(
    JSON.stringify({
      clients,
      days,
      rounds,
      generateS: { training: without.generateS + withN.generateS, nutrition: nutritionGenS },
      // Medians; runs are [wall, Node CPU, PostgreSQL CPU] ms per pass, in order.
      withoutNutrition: a,
      withNutrition: b,
      addedPct: { wall: pct(b.ms, a.ms), node: pct(b.nodeMs, a.nodeMs), postgres: pct(b.pgMs, a.pgMs) },
      addedCpuPct: pct(b.nodeMs + b.pgMs, a.nodeMs + a.pgMs),
      intakeFlags: flags!.n,
      load: { before: loadBefore, after: loadAverage() },
    }),
  );
} finally {
  await drop();
}
