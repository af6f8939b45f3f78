import { type Reason, reason } from "../core/reasons.ts";
import type { Exercise } from "../model/index.ts";
import type { TodayReadiness } from "./types.ts";

/** Sleep below this (hours) with HRV below baseline is a low-readiness signal (≤ 6 h is sleep loss: Craven et al. 2022, Sports Med). */
export const LOW_SLEEP_HOURS = 6;
/** Soreness (0-10) at or above this is a low-readiness signal. */
export const HIGH_SORENESS = 7;
/** Low readiness lowers loads by this share ("about 10%"). */
export const LOW_READINESS_SCALE = 0.9;

export type ReadinessVerdict = {
  /** Load multiplier for the day. */
  intensityScale: number;
  /** Added to RPE targets. */
  rpeShift: number;
  /** Swap a heavy bilateral main lift for a lower-stress variant. */
  swapHeavyBilateral: boolean;
  reasons: Reason[];
};

/**
 * Low readiness: (sleep < 6 h AND HRV below baseline) OR soreness ≥ 7. One signal → loads −10% and
 * RPE −1; both signals → also swap a heavy bilateral (axially loaded) main lift for a lower-stress
 * variant.
 */
export function readinessVerdict(r: TodayReadiness | undefined): ReadinessVerdict {
  const none: ReadinessVerdict = { intensityScale: 1, rpeShift: 0, swapHeavyBilateral: false, reasons: [] };
  if (!r) return none;
  const sleepHrv = r.sleepHours !== undefined && r.sleepHours < LOW_SLEEP_HOURS && r.hrvStatus === "below";
  const sore = r.soreness !== undefined && r.soreness >= HIGH_SORENESS;
  if (!sleepHrv && !sore) return none;
  const inputs = { sleepHours: r.sleepHours ?? null, hrvStatus: r.hrvStatus ?? null, soreness: r.soreness ?? null };
  const thresholds = {
    sleepHoursBelow: LOW_SLEEP_HOURS,
    hrv: "below",
    sorenessAtLeast: HIGH_SORENESS,
    loadScale: LOW_READINESS_SCALE,
  };
  const what = [
    sleepHrv ? `short sleep (${r.sleepHours} h) with HRV below baseline` : "",
    sore ? `soreness ${r.soreness}/10` : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return {
    intensityScale: LOW_READINESS_SCALE,
    rpeShift: -1,
    swapHeavyBilateral: sleepHrv && sore,
    reasons: [
      reason(
        "readiness.lower_intensity",
        `Low readiness (${what}): loads about 10% lighter and targets 1 RPE easier.`,
        inputs,
        thresholds,
      ),
    ],
  };
}

/** Heavy bilateral = loaded, not unilateral, with spinal axial load (squats, deadlifts, presses standing). */
export function isHeavyBilateral(ex: Exercise): boolean {
  return !ex.unilateral && ex.jointStress.includes("spinal_axial_load") && ex.loadType !== "bodyweight";
}
