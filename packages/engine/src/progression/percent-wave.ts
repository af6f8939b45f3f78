import { reason } from "../session/reason.ts";
import type { LoadProposal, ModelInput } from "./types.ts";

/**
 * %1RM waves: training max = `trainingMaxPct` % of the best e1RM; week w of the block uses wave
 * step w mod n: load = TM × pct/100 for that step's reps (5/3/1-style).
 */
export function percentWaveModel({
  state,
  rule,
  weekInBlock,
}: ModelInput<{ kind: "percent_wave"; trainingMaxPct: number; waves: { pct: number; reps: number }[] }>): LoadProposal {
  const step = rule.waves[weekInBlock % rule.waves.length] ?? { pct: 70, reps: 5 };
  const tm = (state.bestE1rmKg * rule.trainingMaxPct) / 100;
  return {
    loadKg: (tm * step.pct) / 100,
    reps: step.reps,
    reasons: [
      reason(
        "progression.percent_wave.step",
        `Week ${weekInBlock + 1} of the wave: ${step.pct}% of a training max of ${tm.toFixed(1)} kg for ${step.reps} reps.`,
        { bestE1rmKg: Math.round(state.bestE1rmKg * 10) / 10, weekInBlock },
        { trainingMaxPct: rule.trainingMaxPct, pct: step.pct },
      ),
    ],
  };
}
