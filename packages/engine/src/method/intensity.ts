import type { ProgressionRule } from "../model/plan.ts";
import { percentOf1rm } from "../strength/rpe-chart.ts";
import type { SlotPrescription } from "./types.ts";

/**
 * Printed RPE and printed %1RM may differ by this many %1RM points before they contradict each
 * other: about one RPE point at 1-5 reps on the RTS chart (Tuchscherer 2008), less at higher reps.
 */
export const RPE_PERCENT_TOLERANCE = 4;

/** The rep range of a prescription as [low, high] (a single number is both ends). */
export function repBounds(reps: SlotPrescription["reps"]): [number, number] {
  return typeof reps === "number" ? [reps, reps] : [reps[0], reps[1]];
}

/**
 * The %1RM range a prescription's work sets land at, [lightest, heaviest], or undefined when it
 * names no intensity. `percent1rm` on a %1RM-wave slot is of the training max (e.g. 90% of the
 * e1RM), so 85% of it is 76.5% of 1RM; a wave slot without one spans its wave steps. An RPE
 * target converts through the RTS chart: more reps at the same RPE mean a lighter load.
 */
export function prescribedPercent(p: SlotPrescription, rule?: ProgressionRule): [number, number] | undefined {
  const tm = rule?.kind === "percent_wave" ? rule.trainingMaxPct / 100 : 1;
  if (p.percent1rm !== undefined) return [p.percent1rm * tm, p.percent1rm * tm];
  if (rule?.kind === "percent_wave" && rule.waves.length > 0) {
    const pcts = rule.waves.map((w) => w.pct * tm);
    return [Math.min(...pcts), Math.max(...pcts)];
  }
  if (p.rpe !== undefined) {
    const [lo, hi] = repBounds(p.reps);
    return [percentOf1rm(hi, p.rpe), percentOf1rm(lo, p.rpe)];
  }
  return undefined;
}

/**
 * True when a prescription that states both RPE and %1RM says two different things: the %1RM is
 * more than RPE_PERCENT_TOLERANCE points outside what the chart gives for its reps at its RPE.
 */
export function rpeContradictsPercent(p: SlotPrescription, rule?: ProgressionRule): boolean {
  if (p.rpe === undefined || p.percent1rm === undefined) return false;
  const tm = rule?.kind === "percent_wave" ? rule.trainingMaxPct / 100 : 1;
  const pct = p.percent1rm * tm;
  const [lo, hi] = repBounds(p.reps);
  const lightest = percentOf1rm(hi, p.rpe);
  const heaviest = percentOf1rm(lo, p.rpe);
  return pct < lightest - RPE_PERCENT_TOLERANCE || pct > heaviest + RPE_PERCENT_TOLERANCE;
}
