/**
 * Issue 8's measure of "would a coach sign it": five virtual clients with KNOWN true strength
 * follow the engine's drafts for 8 weeks; the table compares what was prescribed with that truth.
 *
 *   npx tsx bench/programming/simulate.ts                 # the metrics table (goes in the closing note)
 *   npx tsx bench/programming/simulate.ts --sessions powerlifter   # one client's drafts, week by week
 *   options: --weeks N (default 8), --seed S (default 1)
 */

import {
  type Simulation,
  type SimulationMetrics,
  simulateClient,
  simulationMetrics,
  simulationPersonas,
  SIMULATION_TARGETS as T,
} from "@spotter/engine";
import { printSessions } from "./print-sessions.ts";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const weeks = Number(opt("weeks") ?? 8);
const seed = opt("seed") ?? "1";
const only = opt("sessions");

const personas = simulationPersonas();
if (only !== undefined) {
  const persona = personas.find((p) => p.id === only) ?? personas[0]!;
  printSessions(simulateClient({ persona, weeks, seed }));
  process.exit(0);
}

const t0 = performance.now();
const sims: Simulation[] = personas.map((persona) => simulateClient({ persona, weeks, seed }));
const metrics = sims.map((s) => simulationMetrics(s, weeks));
const elapsed = performance.now() - t0;

const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const ratio = (x: number | null) => (x === null ? "–" : `${x.toFixed(2)}×`);
const frac = (a: number, b: number) => `${a}/${b}`;

/** Metric rows: label, issue target, value per client. */
const rows: [string, string, (m: SimulationMetrics) => string][] = [
  ["sessions (engine errors)", "", (m) => `${m.sessions} (${m.engineErrors})`],
  ["split: weeks in order", "100%", (m) => pct(m.split.weeksInOrderShare)],
  ["split: longest same-day run", "1", (m) => String(m.split.longestSameDayRun)],
  ["main lifts per day slot per block (max)", "1", (m) => String(m.continuity.maxDistinctMainPerDayPerBlock)],
  [
    "lift changes: unexplained / stall / all",
    "0 / 0",
    (m) => `${m.continuity.unexplainedChanges} / ${m.continuity.stallChanges} / ${m.continuity.changes}`,
  ],
  [
    "competition lifts: min per week",
    "≥ 1",
    (m) =>
      Object.entries(m.competition.minPerWeek)
        .map(([id, n]) => `${id.replace("barbell-", "").slice(0, 5)} ${n}`)
        .join(", ") || "–",
  ],
  ["load error median (n)", `≤ ${pct(T.loadErrorMedian)}`, (m) => `${pct(m.loadError.median)} (${m.loadError.n})`],
  ["load error p90", `≤ ${pct(T.loadErrorP90)}`, (m) => pct(m.loadError.p90)],
  ["goal-zone share of main sets (n)", "most", (m) => `${pct(m.goalZone.share)} (${m.goalZone.n})`],
  [
    "deload/taper set cut (min-max)",
    "40-60%",
    (m) => (m.deload.min === null ? "–" : `${pct(m.deload.min)}-${pct(m.deload.max)}`),
  ],
  ["above target RPE → load up", "0", (m) => frac(m.progression.aboveThenHigher, m.progression.aboveTarget)],
  ["≥ 1.5 under target → not up", "0", (m) => frac(m.progression.farBelowThenNotHigher, m.progression.farBelow)],
  ["items without reasons", "0", (m) => String(m.itemsWithoutReasons)],
  ["loads the location does not have", "0", (m) => frac(m.loadsNotOwned.count, m.loadsNotOwned.n)],
  ["find-weight after 1st exposure", "0", (m) => frac(m.findWeightAfterFirst.count, m.findWeightAfterFirst.n)],
  [
    "minutes ÷ requested, engine (max)",
    "≈ 1",
    (m) => `${ratio(m.duration.engineMedian)} (${ratio(m.duration.engineMax)})`,
  ],
  [
    "minutes ÷ requested, indep. (max)",
    "≈ 1",
    (m) => `${ratio(m.duration.modelMedian)} (${ratio(m.duration.modelMax)})`,
  ],
];

const W = 22;
const header = ["metric".padEnd(40), "target".padEnd(8), ...metrics.map((m) => ` ${m.persona}`.padStart(W))].join("");
console.log(`Virtual athletes, ${weeks} weeks, seed ${seed} (${elapsed.toFixed(0)} ms)`);
console.log(header);
console.log("-".repeat(header.length));
for (const [label, target, value] of rows)
  console.log([label.padEnd(40), target.padEnd(8), ...metrics.map((m) => ` ${value(m)}`.padStart(W))].join(""));
console.log("\nWorst load errors (exposure ≥ 3) and lift changes per client:");
for (const m of metrics) {
  console.log(`  ${m.persona}:`);
  for (const w of m.loadError.worst) console.log(`    load  ${w}`);
  for (const c of m.continuity.examples) console.log(`    lift  ${c}`);
}
