import { reason } from "../core/reasons.ts";
import { currentE1rm } from "./rpe.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/**
 * %1RM waves: training max = `trainingMaxPct` % of the current e1RM (Wendler, 5/3/1, 2nd ed. 2011:
 * the TM is ~90% of a true max, so the wave's heavy sets stay submaximal); week w of the block uses wave
 * step w mod n: load = TM × pct/100 for that step's reps (5/3/1-style).
 */
export function percentWaveModel({
  state,
  rule,
  weekInBlock,
}: ModelInput<{ kind: "percent_wave"; trainingMaxPct: number; waves: { pct: number; reps: number }[] }>): LoadProposal {
  const step = rule.waves[weekInBlock % rule.waves.length] ?? { pct: 70, reps: 5 };
  const e1rm = currentE1rm(state);
  const tm = (e1rm * rule.trainingMaxPct) / 100;
  return {
    loadKg: (tm * step.pct) / 100,
    reps: step.reps,
    reasons: [
      reason(
        "progression.percent_wave.step",
        `Week ${weekInBlock + 1} of the wave: ${step.pct}% of a training max of ${tm.toFixed(1)} kg for ${step.reps} reps.`,
        { e1rmKg: Math.round(e1rm * 10) / 10, weekInBlock },
        { trainingMaxPct: rule.trainingMaxPct, pct: step.pct },
      ),
    ],
  };
}
