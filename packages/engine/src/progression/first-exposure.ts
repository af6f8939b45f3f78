import type { StartingStrength } from "../catalog/index.ts";
import { reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import { loadForTarget } from "../strength/index.ts";
import type { LoadProposal, LoadTarget } from "./types.ts";

/** First exposures aim for this RPE at most ("RPE 6-7"): room to learn the lift and calibrate. */
export const FIRST_EXPOSURE_RPE = 6.5;
/** The RPE the client works up to when nothing is known ("4 reps in reserve"). */
export const FIND_WEIGHT_RPE = 6;

export const FIND_WORKING_WEIGHT =
  "Find your working weight: start light and add load each set until it feels like 4 reps left in reserve (RPE 6).";

/**
 * A first exposure starts conservatively: with a starting strength (own state, own baseline or a
 * related lift, see `startingStrength`) the load for the target reps at RPE ≤ 6.5 (and not above
 * the target's %1RM); with nothing related known, no load at all and a "find your working weight"
 * note (the logged result then seeds the next exposure).
 */
export function firstExposure(
  target: LoadTarget,
  start: StartingStrength | undefined,
): LoadProposal & { note?: string } {
  const { reps } = target;
  if (start && start.e1rmKg > 0) {
    const rpe = Math.min(target.rpe, FIRST_EXPOSURE_RPE);
    const byRpe = loadForTarget(start.e1rmKg, reps, rpe);
    const byPct = target.percent1rm !== undefined ? (start.e1rmKg * target.percent1rm) / 100 : Number.POSITIVE_INFINITY;
    const transferred = start.path.length > 1;
    const from = `${start.source === "log" ? "logged" : "baseline"} ${start.fromExerciseId} (${start.date}, e1RM ${round(start.sourceE1rmKg, 1)} kg)`;
    const how = transferred
      ? ` × ratio ${round(start.ratio, 2)} × safety ${round(start.safetyFactor, 2)} = ${round(start.e1rmKg, 1)} kg`
      : start.safetyFactor < 1
        ? ` × ${round(start.safetyFactor, 2)} (old data) = ${round(start.e1rmKg, 1)} kg`
        : "";
    return {
      loadKg: Math.min(byRpe, byPct),
      reps,
      reasons: [
        reason(
          transferred ? "progression.first_exposure.related" : "progression.first_exposure.baseline",
          `First time: ${reps} reps at RPE ${rpe} from the ${from}${how}.`,
          {
            fromExerciseId: start.fromExerciseId,
            source: start.source,
            date: start.date,
            sourceE1rmKg: round(start.sourceE1rmKg, 1),
            ratio: round(start.ratio, 2),
            path: start.path.join(" → "),
            e1rmKg: round(start.e1rmKg, 1),
          },
          {
            rpe,
            safetyFactor: round(start.safetyFactor, 2),
            ...(target.percent1rm !== undefined ? { percent1rm: target.percent1rm } : {}),
          },
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
        "First time and nothing related is known: the client finds a light working weight; the next session loads from this log.",
        { start: null },
        { rpe: FIND_WEIGHT_RPE },
      ),
    ],
  };
}
