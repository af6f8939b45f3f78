import type { RepMax } from "../model/index.ts";
import { reason } from "../session/reason.ts";
import { estimateE1rm, loadForTarget } from "../strength/index.ts";
import type { LoadProposal } from "./types.ts";

/** First exposures aim for this RPE at most ("RPE 6-7"): room to learn the lift and calibrate. */
export const FIRST_EXPOSURE_RPE = 6.5;

export const FIND_WORKING_WEIGHT =
  "Find your working weight: start light and add load each set until it feels like 4 reps left in reserve (RPE 6).";

/**
 * A first exposure starts conservatively: from a baseline rep max at RPE 6.5 when there is one,
 * else with no prescribed load and a "find your working weight" note (the empty bar for barbells).
 */
export function firstExposure(reps: number, baseline: RepMax | undefined): LoadProposal & { note?: string } {
  if (baseline) {
    const est = estimateE1rm({ load: baseline.loadKg, reps: baseline.reps, rpe: baseline.rpe });
    return {
      loadKg: loadForTarget(est.e1rm, reps, FIRST_EXPOSURE_RPE),
      reps,
      reasons: [
        reason(
          "progression.first_exposure.baseline",
          `First time: ${reps} reps at RPE ${FIRST_EXPOSURE_RPE} from the baseline ${baseline.loadKg} kg × ${baseline.reps} (e1RM ${est.e1rm.toFixed(1)} kg).`,
          { baselineKg: baseline.loadKg, baselineReps: baseline.reps, e1rmKg: Math.round(est.e1rm * 10) / 10 },
          { rpe: FIRST_EXPOSURE_RPE },
        ),
      ],
    };
  }
  return {
    loadKg: 0,
    reps,
    note: FIND_WORKING_WEIGHT,
    reasons: [
      reason(
        "progression.first_exposure.find_weight",
        "First time and no baseline: the client finds a light working weight.",
        {
          baseline: null,
        },
        { rpe: 6 },
      ),
    ],
  };
}
