import type { Unit } from "../model/index.ts";
import { toKg } from "../units/conversion.ts";
import { e1rmFromReps } from "./rep-formulas.ts";
import { rpeFromRir } from "./rir.ts";
import { e1rmFromRpe } from "./rpe-chart.ts";

/** A logged set as the e1RM rule reads it (a subset of SetLog). Load in the exposure's unit. */
export type ExposureSet = {
  load?: number;
  reps: number;
  rpe?: number;
  rir?: number;
  completed?: boolean;
  seconds?: number;
};

/** The set that gave an exposure its e1RM, in kg. */
export type ExposureBest = {
  e1rmKg: number;
  loadKg: number;
  reps: number;
  /** RPE of that set (from RIR when only RIR was logged); absent when unrated. */
  rpe?: number;
  method: "rpe_chart" | "epley";
};

/**
 * The RPE the chart is read at for a rated set, or undefined when the chart does not apply (no
 * rating, or more than 12 reps). The chart covers RPE 6-10; a rating below 6 is read as 6: the
 * set had at least 4 reps in reserve, so chart(reps, 6) is still a lower bound on the e1RM, and a
 * far tighter one than Epley's "to failure" (ratings that far from failure are too coarse to use
 * as given: Zourdos et al., JSCR 2016).
 */
export function chartRpe(rpe: number | undefined, reps: number): number | undefined {
  if (rpe === undefined || reps > 12) return undefined;
  return Math.min(10, Math.max(6, rpe));
}

/**
 * THE e1RM rule for one set, in the load's unit: the RTS chart when the set carries an effort
 * rating and ≤ 12 reps (see `chartRpe`), otherwise Epley with reps capped at 10, treating the set
 * as taken to failure (a lower bound when it was not). Allocation-free: it runs for every logged
 * set when states are derived.
 * @see Tuchscherer, The Reactive Training Manual (2008) for the chart; Epley (1985) and Reynolds,
 * Gordon & Robergs (JSCR 2006) for the 10-rep cap.
 */
export function setE1rm(load: number, reps: number, rpe: number | undefined): number {
  if (!(load > 0) || !(reps > 0)) return 0;
  const chart = chartRpe(rpe, reps);
  return chart !== undefined ? e1rmFromRpe(load, reps, chart) : e1rmFromReps(load, reps);
}

/** The effort a set was rated at, RIR converted through rpeFromRir (RPE = 10 − RIR). */
export function setRpe(set: { rpe?: number; rir?: number }): number | undefined {
  return set.rpe ?? (set.rir !== undefined ? rpeFromRir(set.rir) : undefined);
}

/**
 * Whether a set counts for e1RM: a load above 0, reps above 0, and not timed work (a set that
 * logs `seconds` is a carry or hold; its load says nothing about a 1RM). A set marked not
 * completed still counts when it logs reps: those reps were lifted (a missed 5th rep at 140 kg
 * is still 4 reps at 140 kg), and ignoring them would make a hard day look like no day.
 */
export function countsForE1rm(set: ExposureSet): boolean {
  return (set.load ?? 0) > 0 && set.reps > 0 && !(set.seconds !== undefined && set.seconds > 0);
}

/** The best set of an exposure by the one rule (see `setE1rm`), or undefined when none counts. */
export function exposureBest(sets: readonly ExposureSet[], unit: Unit): ExposureBest | undefined {
  let best: ExposureBest | undefined;
  for (const s of sets) {
    if (!countsForE1rm(s)) continue;
    const loadKg = toKg(s.load!, unit);
    const rpe = setRpe(s);
    const e1rmKg = setE1rm(loadKg, s.reps, rpe);
    if (best && e1rmKg <= best.e1rmKg) continue;
    best = { e1rmKg, loadKg, reps: s.reps, method: chartRpe(rpe, s.reps) !== undefined ? "rpe_chart" : "epley" };
    if (rpe !== undefined) best.rpe = rpe;
  }
  return best;
}

/**
 * One exposure's e1RM in kg: the best set estimate (see `exposureBest`); 0 when no set counts.
 * Used by progression states, the progress charts and monitoring alike.
 */
export function exposureE1rm(sets: readonly ExposureSet[], unit: Unit): number {
  return exposureBest(sets, unit)?.e1rmKg ?? 0;
}

/**
 * An e1RM as stored for monitoring and drawn on progress charts: to 0.1 kg. Finer digits are noise
 * (a set's estimate moves by kilograms between sessions), and one rounding keeps the two in step.
 */
export function reportedE1rmKg(e1rmKg: number): number {
  return Math.round(e1rmKg * 10) / 10;
}
