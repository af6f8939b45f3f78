import { reason } from "../session/reason.ts";
import { loadForTarget, percentOf1rm } from "../strength/index.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/**
 * RPE-autoregulated: load = e1RM × pct(reps, RPE)/100 from the RTS chart, with the e1RM of the
 * last exposure (the freshest estimate of today's ability).
 * @see SCIENCE.md §1.3
 */
export function rpeModel({ state, target }: ModelInput): LoadProposal {
  const e1rm = state.lastE1rmKg > 0 ? state.lastE1rmKg : state.bestE1rmKg;
  const pct = percentOf1rm(target.reps, target.rpe);
  return {
    loadKg: loadForTarget(e1rm, target.reps, target.rpe),
    reps: target.reps,
    reasons: [
      reason(
        "progression.rpe.chart",
        `${target.reps} reps @ RPE ${target.rpe} is ${pct.toFixed(1)}% of the last e1RM (${e1rm.toFixed(1)} kg).`,
        { e1rmKg: Math.round(e1rm * 10) / 10, reps: target.reps, rpe: target.rpe },
        { pct1rm: Math.round(pct * 10) / 10 },
      ),
    ],
  };
}
