import { reason } from "../session/reason.ts";
import { loadForTarget } from "../strength/index.ts";
import { currentE1rm } from "./rpe.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/** Reported RPE this far (or more) above the aimed RPE reduces the load to the e1RM's load. */
export const EFFORT_REDUCE_AT = 1;
/** Reported RPE this far (or more) below the aimed RPE jumps to the e1RM's load for the target. */
export const EFFORT_FAR_BELOW = 2;

/**
 * Reported effort overrides the model's step, for every model (Helms et al., SCJ 2016 on
 * RIR-based RPE autoregulation; Zourdos et al., JSCR 2016): the last exposure's top-set RPE is
 * compared with the RPE it was prescribed at (today's target when the log does not say):
 * - ≥ 1 above: reduce to the load the last exposure's e1RM gives for today's target;
 * - above by less: hold (never heavier than last time; lighter when the rep target grew);
 * - at target: the model's normal step;
 * - below: increase (at least the smallest available step; double progression adds its rep);
 * - ≥ 2 below: increase more, to the e1RM's load for the target (still bounded by nextLoad).
 * %1RM waves and %1RM targets follow the e1RM already (it moves with reported effort), so for
 * them "below" keeps the planned percentage and "far below" lifts it to the e1RM's load, with no
 * floor at last week's load (a wave's week may rightly be lighter). A missed set never increases
 * (nextLoad enforces it).
 */
export function governByEffort(p: LoadProposal, m: ModelInput, percentBased: boolean): LoadProposal {
  const { state, target, rule } = m;
  if (state.lastRpe === undefined || !(state.lastLoadKg > 0)) return p;
  const aimed = state.lastTargetRpe ?? target.rpe;
  const diff = state.lastRpe - aimed;
  const last = state.lastLoadKg;
  const double = rule.kind === "double" ? rule : undefined;
  // Hold or reduce a double progression at the reps last achieved, not a new rep target.
  const reps =
    double && diff > 0 ? Math.max(double.repRange[0], Math.min(double.repRange[1], state.lastMinReps)) : p.reps;
  // The freshest evidence: the last exposure's own e1RM (the current estimate blends in older days).
  const e1rm = state.lastE1rmKg > 0 ? state.lastE1rmKg : currentE1rm(state);
  const fromE1rm = loadForTarget(e1rm, reps, target.rpe);
  const inputs = { lastRpe: state.lastRpe, aimedRpe: aimed, lastLoadKg: last, lastE1rmKg: round1(e1rm) };
  const thresholds = { reduceAt: EFFORT_REDUCE_AT, farBelow: EFFORT_FAR_BELOW, targetRpe: target.rpe };
  const out = (loadKg: number, step: LoadProposal["step"], id: string, message: string): LoadProposal => {
    const next: LoadProposal = { loadKg, reps, reasons: [...p.reasons, reason(id, message, inputs, thresholds)] };
    if (step) next.step = step;
    return next;
  };
  if (diff >= EFFORT_REDUCE_AT) {
    const loadKg = Math.min(last, p.loadKg, fromE1rm);
    return out(
      loadKg,
      "reduce",
      "progression.effort.reduce",
      `Last time felt RPE ${state.lastRpe} against RPE ${aimed}: load from the e1RM for ${reps} @ RPE ${target.rpe} (${round1(fromE1rm)} kg), not heavier than last time.`,
    );
  }
  if (diff > 0) {
    // Holding the load for more reps than last time would be an increase in effort: cap it at
    // the e1RM's load for the new rep target.
    const moreReps = reps > state.lastReps;
    return out(
      moreReps ? Math.min(last, p.loadKg, fromE1rm) : Math.min(last, p.loadKg),
      "hold",
      "progression.effort.hold",
      `Last time felt RPE ${state.lastRpe}, a little above RPE ${aimed}: hold the effort${moreReps ? ` (${reps} reps instead of ${state.lastReps}: the e1RM's load, ${round1(fromE1rm)} kg)` : ""}.`,
    );
  }
  if (diff <= -EFFORT_FAR_BELOW) {
    // A wave or %1RM week may rightly be lighter than last week: no floor at the last load there.
    return out(
      Math.max(p.loadKg, fromE1rm, percentBased ? 0 : last),
      "increase",
      "progression.effort.far_below",
      `Last time felt RPE ${state.lastRpe}, well under RPE ${aimed}: up to the e1RM's load for ${reps} @ RPE ${target.rpe} (${round1(fromE1rm)} kg), within the increase cap.`,
    );
  }
  if (diff === 0 || percentBased) return p;
  if (double && p.step !== "increase") {
    // Below target inside the range: the rep is the increase; the load waits for the top of the range.
    return {
      ...p,
      reasons: [
        ...p.reasons,
        reason(
          "progression.effort.below",
          `Last time felt RPE ${state.lastRpe}, under RPE ${aimed}: progress as planned.`,
          inputs,
          thresholds,
        ),
      ],
    };
  }
  return out(
    Math.max(p.loadKg, last),
    "increase",
    "progression.effort.below",
    `Last time felt RPE ${state.lastRpe}, under RPE ${aimed}: the load goes up.`,
  );
}

const round1 = (x: number) => Math.round(x * 10) / 10;
