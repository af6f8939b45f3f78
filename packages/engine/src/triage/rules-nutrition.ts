import { INTAKE_ADHERENCE_RULES as R } from "../monitoring/intake-adherence.ts";
import type { RuleContext } from "./rule-context.ts";

/**
 * Intake adherence, like training adherence: yellow when, over two weeks with enough logs, fewer
 * than half of the logged days land within ±10% of the energy target. Worded as a conversation, never
 * a judgement; eating far below target is also what the disordered-eating screen listens for, but this
 * rule does not diagnose or raise that flag.
 */
export function nutritionSignals({ m, sig }: RuleContext): void {
  const a = m.intakeAdherence;
  if (a.rate === null || a.targetKcal === null || a.meanDeviationPct === null) return;
  if (a.loggedDays < R.minLoggedDays || a.rate >= R.lowRate) return;
  const under = a.meanDeviationPct < 0;
  sig(
    "intake_off_target",
    "yellow",
    under ? "nutrition.intake.below_target" : "nutrition.intake.above_target",
    {
      inputs: {
        loggedDays: a.loggedDays,
        withinBandDays: a.withinBandDays,
        rate: Math.round(a.rate * 100) / 100,
        meanDeviationPct: a.meanDeviationPct,
        targetKcal: a.targetKcal,
      },
      thresholds: { bandPct: R.bandPct, lowRate: R.lowRate, minLoggedDays: R.minLoggedDays, windowDays: R.windowDays },
      dates: a.offDates,
    },
    `Logged intake was within ±${R.bandPct}% of the ${a.targetKcal} kcal target on ${a.withinBandDays} of ${a.loggedDays} logged days (on average ${Math.abs(a.meanDeviationPct)}% ${under ? "under" : "over"}). The target may not fit the client's days; worth asking.`,
    under
      ? "Ask what gets in the way; do not cut further while intake runs under target."
      : "Ask what gets in the way; review the target and meal plan with the client.",
  );
}
