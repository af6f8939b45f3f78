import { reason } from "../core/reasons.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/**
 * Linear progression: + `incrementKg` after an exposure with every set completed; hold after a
 * miss; after `failureLimit` consecutive failed exposures reset by `resetPct` % and build again
 * (Rippetoe & Baker, Practical Programming for Strength Training, 2013; ACSM position stand,
 * MSSE 2009: novices progress load session to session).
 */
export function linearModel({ state, rule, target }: ModelInput<{ kind: "linear" } & LinearRule>): LoadProposal {
  const last = state.lastLoadKg;
  const failed = state.failedCount ?? 0;
  const inputs = { lastLoadKg: last, failedCount: failed, lastAllCompleted: state.lastAllCompleted };
  if (failed >= rule.failureLimit) {
    return {
      loadKg: last * (1 - rule.resetPct / 100),
      reps: target.reps,
      step: "reduce",
      reasons: [
        reason(
          "progression.linear.reset",
          `Missed reps ${failed} times in a row: reset ${rule.resetPct}% and build again.`,
          inputs,
          {
            failureLimit: rule.failureLimit,
            resetPct: rule.resetPct,
          },
        ),
      ],
    };
  }
  if (!state.lastAllCompleted) {
    return {
      loadKg: last,
      reps: target.reps,
      reasons: [reason("progression.linear.hold", "Missed reps last time: repeat the load.", inputs)],
    };
  }
  return {
    loadKg: last + rule.incrementKg,
    reps: target.reps,
    step: "increase",
    reasons: [
      reason("progression.linear.increase", `All sets completed last time: add ${rule.incrementKg} kg.`, inputs, {
        incrementKg: rule.incrementKg,
      }),
    ],
  };
}

type LinearRule = { incrementKg: number; failureLimit: number; resetPct: number };
