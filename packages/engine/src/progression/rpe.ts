import { reason } from "../core/reasons.ts";
import { loadForTarget, percentOf1rm } from "../strength/index.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/** The estimate to prescribe from: current, else the last exposure's, else the best (old stored states). */
export function currentE1rm(state: { e1rmKg?: number; lastE1rmKg: number; bestE1rmKg: number }): number {
  if (state.e1rmKg !== undefined && state.e1rmKg > 0) return state.e1rmKg;
  return state.lastE1rmKg > 0 ? state.lastE1rmKg : state.bestE1rmKg;
}

/**
 * RPE-autoregulated: load = e1RM × pct(reps, RPE)/100 from the RTS chart (Tuchscherer 2008), with
 * the CURRENT e1RM estimate (`e1rmKg`: recent exposures blended, see logging/current-e1rm.ts).
 */
export function rpeModel({ state, target }: ModelInput): LoadProposal {
  const e1rm = currentE1rm(state);
  const pct = percentOf1rm(target.reps, target.rpe);
  return {
    loadKg: loadForTarget(e1rm, target.reps, target.rpe),
    reps: target.reps,
    reasons: [
      reason(
        "progression.rpe.chart",
        `${target.reps} reps @ RPE ${target.rpe} is ${pct.toFixed(1)}% of the current e1RM (${e1rm.toFixed(1)} kg).`,
        { e1rmKg: Math.round(e1rm * 10) / 10, reps: target.reps, rpe: target.rpe },
        { pct1rm: Math.round(pct * 10) / 10 },
      ),
    ],
  };
}
