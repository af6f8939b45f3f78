/**
 * Benchmark: the adaptive expenditure estimate for 10,000 clients × 180 days, against a baseline
 * plain pass over the same data (one read of every day's weight and intake per client, summing
 * them: the least any per-client daily computation over this data costs), measured in the same run.
 * Run: `npx tsx bench/nutrition/run.ts`. Prints medians of 5 interleaved rounds and the ratios, and
 * the estimator's error against the simulated truth.
 *
 * Cases:
 *  - estimate: today's estimate per client (the 28-day window the daily pass would compute);
 *  - estimate + trend: plus the EWMA trend and weekly rate over the 180 days (dense loop);
 *  - rolling: an estimate for every day of the 180 (a chart's history), for scale.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { estimateFromDense, mulberry32 } from "@spotter/engine";

const CLIENTS = 10_000;
const DAYS = 180;
const ROUNDS = 5;
const load0 = loadavg();

// Simulated clients: true expenditure 1,800-3,200 kcal, eating a deficit or surplus up to ±600 with
// day-to-day sd 300 kcal, logging 85% of days; mass follows the energy balance (7,700 kcal/kg);
// the scale adds sd 0.5 kg; weigh-ins on 70% of days. Missing = NaN.
const rnd = mulberry32(20261201);
const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
const weights = new Float64Array(CLIENTS * DAYS);
const intake = new Float64Array(CLIENTS * DAYS);
const truth = new Float64Array(CLIENTS);
const prior = new Float64Array(CLIENTS);
for (let c = 0; c < CLIENTS; c++) {
  const tdee = 1800 + 1400 * rnd();
  const eatsAt = tdee + (rnd() - 0.5) * 1200;
  truth[c] = tdee;
  prior[c] = tdee * (0.85 + 0.3 * rnd()); // a formula off by up to ±15%
  let mass = 60 + 50 * rnd();
  for (let d = 0; d < DAYS; d++) {
    const eaten = eatsAt + 300 * gauss();
    mass += (eaten - tdee) / 7700;
    intake[c * DAYS + d] = rnd() < 0.85 ? eaten : Number.NaN;
    weights[c * DAYS + d] = rnd() < 0.7 ? mass + 0.5 * gauss() : Number.NaN;
  }
}

let sink = 0;
function baseline() {
  for (let c = 0; c < CLIENTS; c++) {
    const w = weights.subarray(c * DAYS, (c + 1) * DAYS);
    const i = intake.subarray(c * DAYS, (c + 1) * DAYS);
    let sw = 0;
    let si = 0;
    for (let d = 0; d < DAYS; d++) {
      const a = w[d]!;
      const b = i[d]!;
      if (!Number.isNaN(a)) sw += a;
      if (!Number.isNaN(b)) si += b;
    }
    sink += sw + si;
  }
}
const errors = new Float64Array(CLIENTS);
function estimate() {
  for (let c = 0; c < CLIENTS; c++) {
    const e = estimateFromDense(
      weights.subarray(c * DAYS, (c + 1) * DAYS),
      intake.subarray(c * DAYS, (c + 1) * DAYS),
      DAYS,
      prior[c]!,
    );
    errors[c] = e.kcal - truth[c]!;
    sink += e.kcal;
  }
}
/** (1 − α)^g for every gap g: the EWMA's decay without a pow per reading. */
const KEEP = Float64Array.from({ length: DAYS + 1 }, (_, g) => 0.9 ** g);
function estimateAndTrend() {
  estimate();
  // EWMA (α 0.1, gap-aware) over the 180 days and the slope of its last 14 days, per client.
  for (let c = 0; c < CLIENTS; c++) {
    const w = weights.subarray(c * DAYS, (c + 1) * DAYS);
    let t = Number.NaN;
    let last = -1;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let d = 0; d < DAYS; d++) {
      const x = w[d]!;
      if (Number.isNaN(x)) continue;
      t = Number.isNaN(t) ? x : t + (1 - KEEP[d - last]!) * (x - t);
      last = d;
      if (d >= DAYS - 14) {
        n++;
        sx += d;
        sy += t;
        sxx += d * d;
        sxy += d * t;
      }
    }
    sink += n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
  }
}
function rolling() {
  for (let c = 0; c < CLIENTS; c++) {
    const w = weights.subarray(c * DAYS, (c + 1) * DAYS);
    const i = intake.subarray(c * DAYS, (c + 1) * DAYS);
    for (let d = 28; d <= DAYS; d++) sink += estimateFromDense(w, i, d, prior[c]!).kcal;
  }
}

const cases = { baseline, estimate, estimateAndTrend, rolling } as const;
const times: Record<keyof typeof cases, number[]> = { baseline: [], estimate: [], estimateAndTrend: [], rolling: [] };
for (const f of Object.values(cases)) f(); // warm-up
for (let r = 0; r < ROUNDS; r++)
  for (const [name, f] of Object.entries(cases) as [keyof typeof cases, () => void][]) {
    const t0 = performance.now();
    f();
    times[name].push(performance.now() - t0);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) as Record<
  keyof typeof cases,
  number
>;

let abs = 0;
let bias = 0;
for (const e of errors) {
  abs += Math.abs(e);
  bias += e;
}
console.log(
  `nutrition bench: ${CLIENTS} clients × ${DAYS} days (load avg before ${load0.map((x) => x.toFixed(2)).join(" ")})`,
);
console.log(`  baseline plain pass        ${m.baseline.toFixed(1)} ms`);
console.log(
  `  adaptive estimate (today)  ${m.estimate.toFixed(1)} ms   ratio ${(m.estimate / m.baseline).toFixed(2)}× baseline`,
);
console.log(
  `  estimate + 180-day trend   ${m.estimateAndTrend.toFixed(1)} ms   ratio ${(m.estimateAndTrend / m.baseline).toFixed(2)}× baseline`,
);
console.log(
  `  rolling estimate, 153 days ${m.rolling.toFixed(1)} ms   ratio ${(m.rolling / m.baseline).toFixed(2)}× baseline (${((m.rolling / CLIENTS / 153) * 1000).toFixed(2)} µs per estimate)`,
);
console.log(
  `  per client: estimate ${((m.estimate / CLIENTS) * 1000).toFixed(2)} µs; estimator error vs truth: MAE ${(abs / CLIENTS).toFixed(0)} kcal/day, bias ${(bias / CLIENTS).toFixed(0)}`,
);
if (sink === 42) console.log("");
