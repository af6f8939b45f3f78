import { reason } from "../core/reasons.ts";
import { round } from "../core/stats.ts";
import { percentOf1rm } from "../strength/index.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/** Reported RPE this far (or more) above the aimed RPE reduces the load to the chart's load. */
export const EFFORT_REDUCE_AT = 1;
/** Reported RPE this far (or more) below the aimed RPE jumps to the chart's load for the target. */
export const EFFORT_FAR_BELOW = 2;
/**
 * Ratings below this are read as this when converting along the chart: far from failure people
 * misjudge reps in reserve most (Halperin et al., Sports Med 2022), so "RPE 1" says "very light",
 * not "9 in reserve". The increase it leads to is still capped by nextLoad.
 */
export const EFFORT_LOWEST_READ_RPE = 4;
/**
 * A rating under EFFORT_LOWEST_READ_RPE only says "at least 6 in reserve", so the chart's load
 * from it is a lower bound: a far-below exposure rated that light rises at least this share over
 * last time (still within bound-load's calibration cap), the way a coach adds a big jump when a
 * set "felt like nothing" instead of creeping up one plate a week.
 */
export const EFFORT_SATURATED_STEP = 0.2;
/** In double progression, this far (or more) below the aimed RPE adds load rather than a rep. */
export const EFFORT_LOAD_UP = 1;
/**
 * An effort-driven step to the next load that exists is taken only when the chart's load for the
 * target reaches it (within this share): 6 → 8 kg dumbbells is +33%, far more than one RPE.
 */
export const STEP_TOLERANCE = 0.025;

type Branch = "reduce" | "hold" | "far_below" | "load_up" | "rep" | "model";

/**
 * Reported effort overrides the model's step, for every model (Helms et al., SCJ 2016 on
 * RIR-based RPE autoregulation; Zourdos et al., JSCR 2016). The last exposure's hardest top-load
 * RPE is compared with the RPE it was prescribed at (today's target when the log does not say):
 * - ≥ 1 above: reduce to the load last time's top set gives for today's target on the RTS chart;
 * - above by less: hold (never heavier than last time; lighter when the rep target grew);
 * - at target: the model's normal step;
 * - below: increase: the model's step, or the next load that exists when the chart's load for
 *   the target reaches it (double progression adds a rep instead when less than 1 RPE under, or
 *   when the next load is too big a jump);
 * - ≥ 2 below: increase more, to the chart's load for the target and at least the next load
 *   that exists (still bounded by nextLoad's cap).
 * %1RM waves, %1RM targets and the RPE model follow the e1RM already (it moves with reported
 * effort), so for them "below" keeps the model's load (the planned percentage, or the chart's load
 * of the current e1RM) and "far below" lifts it to the chart's load, with no
 * floor at last week's load (a wave's week may rightly be lighter). A missed set never increases
 * (nextLoad enforces it). `nextUpKg` is the next load that exists above last time's, in kg.
 */
export function governByEffort(p: LoadProposal, m: ModelInput, percentBased: boolean, nextUpKg?: number): LoadProposal {
  const { state, target, rule } = m;
  if (state.lastRpe === undefined || !(state.lastLoadKg > 0)) return p;
  const aimed = state.lastTargetRpe ?? target.rpe;
  const diff = state.lastRpe - aimed;
  const last = state.lastLoadKg;
  const double = rule.kind === "double" ? rule : undefined;
  const lastReps = state.lastReps > 0 ? state.lastReps : p.reps;
  const sameReps = double ? Math.max(double.repRange[0], Math.min(double.repRange[1], state.lastMinReps)) : p.reps;
  // Last time's top set converted along the RTS chart to today's reps and RPE. Relative, so it
  // stays right past 12 reps where an absolute e1RM is only a lower bound.
  const readRpe = Math.max(EFFORT_LOWEST_READ_RPE, state.lastRpe);
  const chartLoad = (reps: number) => (last * percentOf1rm(reps, target.rpe)) / percentOf1rm(lastReps, readRpe);
  const stepOk = (reps: number) => nextUpKg !== undefined && nextUpKg <= chartLoad(reps) * (1 + STEP_TOLERANCE);
  const branch = chooseBranch(diff, percentBased || rule.kind === "rpe", p, double !== undefined, stepOk(sameReps));
  if (branch === "model") return p;
  // Double progression holds, reduces or adds load at the reps last achieved; a rep otherwise.
  const reps = double && branch !== "rep" && !(branch === "far_below" && p.step === "increase") ? sameReps : p.reps;
  const chart = chartLoad(reps);
  const inputs = { lastRpe: state.lastRpe, aimedRpe: aimed, lastLoadKg: last, lastReps, nextUpKg: nextUpKg ?? null };
  const thresholds = {
    reduceAt: EFFORT_REDUCE_AT,
    farBelow: EFFORT_FAR_BELOW,
    targetRpe: target.rpe,
    stepTolerance: STEP_TOLERANCE,
    ...(double ? { loadUpAt: EFFORT_LOAD_UP } : {}),
  };
  const felt = `Last time felt RPE ${state.lastRpe}`;
  const at = `the chart's load for ${reps} @ RPE ${target.rpe} from last time's top set (${round(chart, 1)} kg)`;
  const out = (loadKg: number, step: LoadProposal["step"], id: string, message: string): LoadProposal => {
    const next: LoadProposal = { loadKg, reps, reasons: [...p.reasons, reason(id, message, inputs, thresholds)] };
    if (step) next.step = step;
    return next;
  };
  switch (branch) {
    case "reduce":
      // Not heavier than last time at as many reps or more; fewer reps (a single after triples)
      // may be heavier, as far as the chart allows.
      return out(
        Math.min(reps >= lastReps ? last : Number.POSITIVE_INFINITY, p.loadKg, chart),
        "reduce",
        "progression.effort.reduce",
        `${felt} against RPE ${aimed}: ${at}${reps >= lastReps ? ", not heavier than last time" : ""}.`,
      );
    case "hold": {
      // Holding the load for more reps than last time would raise the effort: cap at the chart.
      const more = reps > lastReps;
      const msg = `${felt}, a little above RPE ${aimed}: hold the effort${more ? ` (${reps} reps instead of ${lastReps}: ${at})` : ""}.`;
      return out(
        more ? Math.min(last, p.loadKg, chart) : Math.min(last, p.loadKg),
        "hold",
        "progression.effort.hold",
        msg,
      );
    }
    case "far_below": {
      // Two or more RPE under is a clear "too light": at least the next load that exists, and
      // a real jump when the rating sits below what the chart can read.
      const saturated = state.lastRpe < EFFORT_LOWEST_READ_RPE && !percentBased;
      return out(
        Math.max(p.loadKg, chart, percentBased ? 0 : last, saturated ? last * (1 + EFFORT_SATURATED_STEP) : 0),
        "increase",
        "progression.effort.far_below",
        `${felt}, well under RPE ${aimed}: up to ${at}, at least the next load that exists${saturated ? ` and +${EFFORT_SATURATED_STEP * 100}% (a rating under RPE ${EFFORT_LOWEST_READ_RPE} is only a lower bound)` : ""}, within the increase cap.`,
      );
    }
    case "load_up":
      return out(
        Math.max(p.loadKg, last),
        "increase",
        "progression.effort.below",
        `${felt}, under RPE ${aimed}: the load goes up.`,
      );
    default:
      return {
        ...p,
        reasons: [
          ...p.reasons,
          reason(
            "progression.effort.below",
            `${felt}, under RPE ${aimed}: ${p.step === "increase" ? "the planned increase" : "a rep more, same load"}.`,
            inputs,
            thresholds,
          ),
        ],
      };
  }
}

/**
 * `followsE1rm`: %1RM waves and targets, and the RPE model, whose load comes from the current
 * e1RM, which already moved with the reported effort; a small "under" is theirs to handle.
 */
function chooseBranch(diff: number, followsE1rm: boolean, p: LoadProposal, double: boolean, stepOk: boolean): Branch {
  if (diff >= EFFORT_REDUCE_AT) return "reduce";
  if (diff > 0) return "hold";
  if (diff <= -EFFORT_FAR_BELOW) return "far_below";
  if (diff === 0 || followsE1rm) return "model";
  // Below target: the model's own increase stands; otherwise step up when the chart reaches the
  // next load that exists, else (double progression) a rep, else hold.
  if (p.step === "increase") return "rep";
  if (double && diff > -EFFORT_LOAD_UP) return "rep";
  if (stepOk) return "load_up";
  return double ? "rep" : "model";
}
