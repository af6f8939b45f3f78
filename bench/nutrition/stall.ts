/**
 * The adaptive target loop on a larger cohort, end to end through the real server (the same driver as
 * packages/server/test/nutrition/adaptive-simulation.test.ts): seeded virtual dieters with a known
 * true expenditure log weigh-ins and intake over HTTP for `DAYS` days; stalls begin on day 28, 35 or
 * 42; the coach approves what is pending each morning.
 *
 * Run: `npx tsx bench/nutrition/stall.ts [perRole=6] [days=84] [seed=bench]` (PGlite), or with
 * TEST_DATABASE_URL=postgres://… for PostgreSQL. Prints, per role: how many weeks after the stall the
 * first proposal appeared, the steps' sizes, proposals on clients that never stalled (false), on
 * clients with an open disordered-eating flag (must be 0), and the stored estimate's error.
 */
import { performance } from "node:perf_hooks";
import { createTestApp } from "../../packages/server/src/testing/index.ts";
import {
  type ClientOutcome,
  cohort,
  runStallSimulation,
} from "../../packages/server/test/nutrition/stall-simulation.ts";

const perRole = Number(process.argv[2] ?? 6);
const days = Number(process.argv[3] ?? 84);
const seed = process.argv[4] ?? "bench";

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const fmt = (x: number, d = 1) => (Number.isNaN(x) ? "—" : x.toFixed(d));

let ms = Date.parse("2026-01-05T08:00:00Z");
const t = await createTestApp({ clock: { now: () => new Date(ms) } });
const started = performance.now();
const outcomes = await runStallSimulation(t, { set: (iso) => (ms = Date.parse(iso)) }, cohort(perRole, seed), days);
const seconds = (performance.now() - started) / 1000;
await t.close();

const by = (role: ClientOutcome["role"]) => outcomes.filter((o) => o.role === role);
console.log(
  `${outcomes.length} clients × ${days} days on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}, seed ${seed}: ${fmt(seconds, 0)} s`,
);
for (const role of ["stall_review", "stall_auto"] as const) {
  const os = by(role);
  const lags = os.filter((o) => o.proposals.length).map((o) => (o.proposals[0]!.day - o.stallDay!) / 7);
  const early = os.filter((o) => o.proposals.some((p) => p.day <= o.stallDay!)).length;
  const steps = os.flatMap((o) => o.proposals.map((p) => p.before - p.after));
  const statuses = [...new Set(os.flatMap((o) => o.proposals.map((p) => p.status)))].join(",");
  const underMin = os.flatMap((o) => o.proposals.filter((p) => p.after < o.minKcal)).length;
  console.log(
    `${role}: first proposal in ${lags.length}/${os.length}; weeks after the stall began: median ${fmt(quantile(lags, 0.5))}, min ${fmt(Math.min(...lags))}, max ${fmt(Math.max(...lags))}; before the stall: ${early}; proposals ${steps.length} (${statuses}); step kcal min ${Math.min(...steps)} max ${Math.max(...steps)}; under the minimum: ${underMin}`,
  );
}
const onTrack = by("on_track");
const falses = onTrack.flatMap((o) => o.proposals);
console.log(
  `on_track: ${falses.length} proposals on ${onTrack.filter((o) => o.proposals.length).length}/${onTrack.length} clients (false); weight change median ${fmt(
    quantile(
      onTrack.map((o) => o.finalKg - o.startKg),
      0.5,
    ),
  )} kg`,
);
const de = by("disordered_stall");
console.log(
  `disordered_stall: ${de.flatMap((o) => o.proposals).length} proposals on ${de.length} clients; checks blocked ${de.filter((o) => o.check?.status === "blocked").length}/${de.length}`,
);
const errs = outcomes.filter((o) => o.check).map((o) => Math.abs(o.check!.kcal - o.check!.trueKcal));
const within = outcomes.filter((o) => o.check && Math.abs(o.check.kcal - o.check.trueKcal) <= 2 * o.check.sdKcal);
console.log(
  `stored estimate vs the true 28-day expenditure: median |error| ${fmt(quantile(errs, 0.5), 0)} kcal, p90 ${fmt(quantile(errs, 0.9), 0)}, within 2 sd ${within.length}/${errs.length}`,
);
