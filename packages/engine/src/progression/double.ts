import { reason } from "../core/reasons.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/**
 * Double progression: keep the load and add reps inside [low, high]; once every set reaches
 * `high`, add `incrementPct` % and return to `low`. A missed set repeats the exposure.
 * (ACSM position stand, MSSE 2009: +2-10% once the client does 1-2 reps over the target.)
 */
export function doubleModel({
  state,
  rule,
}: ModelInput<{ kind: "double"; repRange: [number, number]; incrementPct: number }>): LoadProposal {
  const [lo, hi] = rule.repRange;
  const last = state.lastLoadKg;
  const inputs = { lastLoadKg: last, lastMinReps: state.lastMinReps, lastAllCompleted: state.lastAllCompleted };
  if (!state.lastAllCompleted) {
    const reps = Math.max(lo, Math.min(hi, state.lastMinReps));
    return {
      loadKg: last,
      reps,
      reasons: [
        reason("progression.double.hold", "A set fell short last time: same load, same reps.", inputs, {
          low: lo,
          high: hi,
        }),
      ],
    };
  }
  if (state.lastMinReps >= hi) {
    return {
      loadKg: last * (1 + rule.incrementPct / 100),
      reps: lo,
      step: "increase",
      reasons: [
        reason(
          "progression.double.increase",
          `Every set reached ${hi} reps: add ${rule.incrementPct}% and go back to ${lo}.`,
          inputs,
          {
            low: lo,
            high: hi,
            incrementPct: rule.incrementPct,
          },
        ),
      ],
    };
  }
  const reps = Math.max(lo, Math.min(hi, state.lastMinReps + 1));
  return {
    loadKg: last,
    reps,
    reasons: [
      reason("progression.double.add_rep", `Same load, aim for ${reps} reps per set.`, inputs, { low: lo, high: hi }),
    ],
  };
}
