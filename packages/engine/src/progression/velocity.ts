import { reason } from "../core/reasons.ts";
import { rpeModel } from "./rpe.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/** Velocity margin (m/s) that earns the full +1%; smaller margins earn +0.5% up to +1%. */
export const VELOCITY_FULL_MARGIN = 0.1;
/** Below target by this much (m/s) costs 1% of load, up to 5%. */
export const VELOCITY_PENALTY_STEP = 0.05;

/**
 * Velocity-based: when last mean velocity beats the target, add 0.5-1% (scaled by the margin);
 * when below, reduce 1% per 0.05 m/s short (max 5%). Without velocity data it falls back to RPE.
 * (Jovanović & Flanagan, J Aust Strength Cond 2014: load adjusted from the day's velocity.)
 */
export function velocityModel(
  input: ModelInput<{ kind: "velocity"; reps: number; targetVelocity: number }>,
): LoadProposal {
  const { state, rule } = input;
  if (state.lastVelocity === undefined) {
    const p = rpeModel(input);
    return {
      ...p,
      reasons: [
        reason("progression.velocity.no_data", "No velocity logged last time: load from the RPE chart.", {}),
        ...p.reasons,
      ],
    };
  }
  const diff = state.lastVelocity - rule.targetVelocity;
  const pct =
    diff >= 0
      ? 0.5 + 0.5 * Math.min(1, diff / VELOCITY_FULL_MARGIN)
      : -Math.min(5, Math.ceil(-diff / VELOCITY_PENALTY_STEP));
  return {
    loadKg: state.lastLoadKg * (1 + pct / 100),
    reps: rule.reps,
    reasons: [
      reason(
        diff >= 0 ? "progression.velocity.increase" : "progression.velocity.decrease",
        `Last top set moved at ${state.lastVelocity.toFixed(2)} m/s against a ${rule.targetVelocity} m/s target: ${pct > 0 ? "+" : ""}${pct.toFixed(2)}% load.`,
        { lastVelocity: state.lastVelocity, lastLoadKg: state.lastLoadKg },
        { targetVelocity: rule.targetVelocity, fullMargin: VELOCITY_FULL_MARGIN, penaltyStep: VELOCITY_PENALTY_STEP },
      ),
    ],
  };
}
